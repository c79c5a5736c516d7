/**
 * Who may do what. The four local users hold SharePoint's standard roles; the masks are the real
 * SPBasePermissions values, so PnPjs's hasPermissions(PermissionKind.X) reads them correctly.
 */
import type { ListMeta } from '../store/db';
import type { LocalUser } from './users';

export interface Mask {
  High: number;
  Low: number;
}

/** SPBasePermissions bits in the low 32 bits (the ones the server checks). */
export const Perm = {
  ViewListItems: 0x1,
  AddListItems: 0x2,
  EditListItems: 0x4,
  DeleteListItems: 0x8,
  ManageLists: 0x800,
  ManageWeb: 0x40000000,
} as const;

const or = (a: Mask, low: number, high = 0): Mask => ({ High: (a.High | high) >>> 0, Low: (a.Low | low) >>> 0 });

/** Read: ViewListItems, OpenItems, ViewVersions, ViewFormPages, Open, ViewPages, CreateSSCSite, BrowseUserInfo, UseClientIntegration, UseRemoteAPIs, CreateAlerts. */
export const ROLE_READ: Mask = { High: 176, Low: 138612833 };
/** Contribute: Read + Add/Edit/Delete items, DeleteVersions, ManagePersonalViews, BrowseDirectories, web part personalisation, EditMyUserInfo. */
export const ROLE_CONTRIBUTE: Mask = { High: 432, Low: 1011028719 };
/** Edit: Contribute + ManageLists. */
export const ROLE_EDIT: Mask = or(ROLE_CONTRIBUTE, Perm.ManageLists);
export const ROLE_FULL_CONTROL: Mask = { High: 2147483647, Low: 4294967295 };
/** The councillor's custom role on Change Requests: read, and add (but not edit or delete). */
const ROLE_READ_AND_ADD: Mask = or(ROLE_READ, Perm.AddListItems);
export const ROLE_NONE: Mask = { High: 0, Low: 0 };

/** Lists on which democratic services keep only Read (broken inheritance from their Edit on the web). */
const DEMOCRATIC_SERVICES_READ_ONLY = ['lists/serviceareas', 'lists/officers'];

export function effectiveMask(user: LocalUser | undefined, list?: ListMeta): Mask {
  if (!user) return ROLE_READ; // any other member of the organisation: "Everyone except external users" can read
  switch (user.key) {
    case 'owner':
      return ROLE_FULL_CONTROL;
    case 'democratic-services':
      if (list && DEMOCRATIC_SERVICES_READ_ONLY.includes(list.url.toLowerCase())) return ROLE_READ;
      return ROLE_EDIT;
    case 'councillor':
      return list && list.url.toLowerCase() === 'lists/changerequests' ? ROLE_READ_AND_ADD : ROLE_READ;
    default:
      return ROLE_READ;
  }
}

export function hasPerm(mask: Mask, bit: number): boolean {
  return ((mask.Low >>> 0) & bit) >>> 0 !== 0;
}

/** SharePoint serialises the Int64 halves as strings in JSON. */
export function maskJson(mask: Mask): { 'odata.type': string; High: string; Low: string } {
  return { 'odata.type': 'SP.BasePermissions', High: String(mask.High >>> 0), Low: String(mask.Low >>> 0) };
}
