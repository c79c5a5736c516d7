/**
 * Who may do what. The four local users belong to the directory site's groups, which hold the
 * permission levels defined once in src/data/permissions/roles.ts (the same definitions
 * provisioning creates on a real tenant); the masks are SharePoint's real SPBasePermissions values,
 * so PnPjs's hasPermissions(PermissionKind.X) reads them correctly.
 */
import { roleMask, roleOf, type BasePermissions, type DirectoryGroup } from '../../../src/data/permissions/roles';
import type { ListMeta } from '../store/db';
import type { LocalUser, LocalUserKey } from './users';

export type Mask = BasePermissions;

/** SPBasePermissions bits in the low 32 bits (the ones the server checks). */
export const Perm = {
  ViewListItems: 0x1,
  AddListItems: 0x2,
  EditListItems: 0x4,
  DeleteListItems: 0x8,
  ManageLists: 0x800,
  ManageWeb: 0x40000000,
} as const;

export const ROLE_READ: Mask = roleMask('read');
export const ROLE_CONTRIBUTE: Mask = roleMask('contribute');
export const ROLE_EDIT: Mask = roleMask('edit');
export const ROLE_FULL_CONTROL: Mask = roleMask('fullControl');
export const ROLE_NONE: Mask = { High: 0, Low: 0 };

/** The group each local user is in. */
const GROUP_OF: Record<LocalUserKey, DirectoryGroup> = {
  officer: 'staff',
  councillor: 'councillors',
  'democratic-services': 'democraticServices',
  owner: 'owners',
};

export function effectiveMask(user: LocalUser | undefined, list?: ListMeta): Mask {
  // any other member of the organisation: "Everyone except external users" can read
  const group = user ? GROUP_OF[user.key] : 'staff';
  return roleMask(roleOf(group, list?.title));
}

export function hasPerm(mask: Mask, bit: number): boolean {
  return ((mask.Low >>> 0) & bit) >>> 0 !== 0;
}

/** SharePoint serialises the Int64 halves as strings in JSON. */
export function maskJson(mask: Mask): { 'odata.type': string; High: string; Low: string } {
  return { 'odata.type': 'SP.BasePermissions', High: String(mask.High >>> 0), Low: String(mask.Low >>> 0) };
}
