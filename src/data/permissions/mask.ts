/**
 * SharePoint's permission masks (SP.BasePermissions): each PermissionKind is bit (kind − 1)
 * across the Low (kinds 1–32) and High (33–64) halves. Kept apart from the role definitions
 * (roles.ts) so that the read bundles, which only ask whether a user may edit, stay small.
 */

/** SharePoint's PermissionKind values (SP.PermissionKind), by name. */
export const PERMISSION_KINDS = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63
} as const;

export type PermissionName = keyof typeof PERMISSION_KINDS;

/** SP.BasePermissions: two unsigned 32-bit halves. */
export interface BasePermissions {
  High: number;
  Low: number;
}

/** The mask holding exactly these permissions. */
export function maskOf(kinds: readonly PermissionName[]): BasePermissions {
  let low = 0;
  let high = 0;
  for (const name of kinds) {
    const bit = PERMISSION_KINDS[name] - 1;
    if (bit < 32) low |= 1 << bit;
    else high |= 1 << (bit - 32);
  }
  return { High: high >>> 0, Low: low >>> 0 };
}

/** Whether a mask (as SharePoint sends it: numbers or numeric strings) holds a permission. */
export function maskHas(mask: { High?: unknown; Low?: unknown }, name: PermissionName): boolean {
  const bit = PERMISSION_KINDS[name] - 1;
  const half = Number(bit < 32 ? mask.Low : mask.High) >>> 0;
  return ((half >>> (bit % 32)) & 1) === 1;
}

