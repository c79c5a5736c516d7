/**
 * Who may do what: the permissions the site stores (securityState.ts), enforced. The masks are
 * SharePoint's real SPBasePermissions values, from the levels defined once in
 * src/data/permissions/roles.ts, so PnPjs's hasPermissions(PermissionKind.X) reads them correctly.
 */
import { roleMask, type BasePermissions } from '../../../src/data/permissions/roles';
import type { ListMeta, Store } from '../store/db';
import { effectiveMaskOf } from './securityState';
import type { LocalUser } from './users';

export type Mask = BasePermissions;

/** SPBasePermissions bits in the low 32 bits (the ones the server checks). */
export const Perm = {
  ViewListItems: 0x1,
  AddListItems: 0x2,
  EditListItems: 0x4,
  DeleteListItems: 0x8,
  ManageLists: 0x800,
  ManagePermissions: 0x2000000,
  ManageWeb: 0x40000000,
} as const;

export const ROLE_READ: Mask = roleMask('read');
export const ROLE_CONTRIBUTE: Mask = roleMask('contribute');
export const ROLE_EDIT: Mask = roleMask('edit');
export const ROLE_FULL_CONTROL: Mask = roleMask('fullControl');
export const ROLE_NONE: Mask = { High: 0, Low: 0 };

/** A user's effective permissions on the web, a list, or one item of it. */
export function effectiveMask(store: Store, user: Pick<LocalUser, 'id' | 'isSiteAdmin'> | undefined, list?: ListMeta, itemId?: number): Mask {
  return effectiveMaskOf(store, user, list, itemId);
}

export function hasPerm(mask: Mask, bit: number): boolean {
  return ((mask.Low >>> 0) & bit) >>> 0 !== 0;
}

/** SharePoint serialises the Int64 halves as strings in JSON. */
export function maskJson(mask: Mask): { 'odata.type': string; High: string; Low: string } {
  return { 'odata.type': 'SP.BasePermissions', High: String(mask.High >>> 0), Low: String(mask.Low >>> 0) };
}
