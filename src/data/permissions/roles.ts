/**
 * The permission levels (role definitions) of the directory site and who holds which, defined
 * once: the local SharePoint server enforces exactly these, and provisioning on a real tenant can
 * create the same (`web.roleDefinitions.add(name, description, order, maskOf(kinds))`) and assign
 * them (`list.breakRoleInheritance` + `roleAssignments.add`).
 *
 * Permissions are SharePoint's PermissionKind values (the numbers PnPjs's `PermissionKind` uses);
 * a mask sets bit (kind − 1) across the Low (kinds 1–32) and High (33–64) halves of
 * SP.BasePermissions. Democratic Services keep the directory's items but never its lists: their
 * level has no ManageLists, so they cannot add or rename columns, change views or list settings.
 */
import { LIST_TITLES } from '../lists';
import { maskOf, PERMISSION_KINDS, type BasePermissions, type PermissionName } from './mask';

export { maskHas, maskOf, PERMISSION_KINDS } from './mask';
export type { BasePermissions, PermissionName } from './mask';

const READ: readonly PermissionName[] = [
  'ViewListItems',
  'OpenItems',
  'ViewVersions',
  'ViewFormPages',
  'Open',
  'ViewPages',
  'CreateSSCSite',
  'BrowseUserInfo',
  'UseClientIntegration',
  'UseRemoteAPIs',
  'CreateAlerts'
];

const CONTRIBUTE: readonly PermissionName[] = [
  ...READ,
  'AddListItems',
  'EditListItems',
  'DeleteListItems',
  'DeleteVersions',
  'ManagePersonalViews',
  'BrowseDirectories',
  'AddDelPrivateWebParts',
  'UpdatePersonalWebParts',
  'EditMyUserInfo'
];

/** Keeping a list's items (add, change, remove) without changing the list. */
const EDIT_ITEMS: readonly PermissionName[] = [...READ, 'AddListItems', 'EditListItems', 'DeleteListItems', 'BrowseDirectories', 'EditMyUserInfo'];

export interface RoleDefinition {
  /** The permission level's name, as SharePoint shows it. */
  name: string;
  description: string;
  /** SharePoint's own levels already exist on every site; the others are created by provisioning. */
  builtIn: boolean;
  permissions: readonly PermissionName[];
}

export const ROLE_DEFINITIONS = {
  read: { name: 'Read', description: 'Can view pages and list items and download documents.', builtIn: true, permissions: READ },
  contribute: { name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', builtIn: true, permissions: CONTRIBUTE },
  edit: { name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', builtIn: true, permissions: [...CONTRIBUTE, 'ManageLists'] },
  fullControl: {
    name: 'Full Control',
    description: 'Has full control.',
    builtIn: true,
    permissions: Object.keys(PERMISSION_KINDS) as PermissionName[]
  },
  /** Democratic Services: keep the directory's items (add, change, remove), never its lists. */
  editItems: {
    name: 'Council Directory – Edit items',
    description: 'Can view, add, update and delete items and documents in the directory; cannot change lists, columns, views or list settings.',
    builtIn: false,
    permissions: EDIT_ITEMS
  },
  /**
   * Democratic Services on Change Requests: as everywhere, and Override List Behaviors
   * (CancelCheckout), because the list lets each person read only the requests they made
   * (ReadSecurity 2) and Democratic Services must see and decide every one. Given on that list
   * alone rather than added to "Edit items", so it overrides nothing on any other list.
   */
  reviewRequests: {
    name: 'Council Directory – Review change requests',
    description: 'Can view every change request, including those others made, and add, update and delete items; cannot change lists, columns, views or list settings.',
    builtIn: false,
    permissions: [...EDIT_ITEMS, 'CancelCheckout']
  },
  /** Councillors on Change Requests: ask for changes to their own profile, but not change or remove a request. */
  addItems: {
    name: 'Council Directory – Add items',
    description: 'Can view items and add new ones; cannot change or delete them.',
    builtIn: false,
    permissions: [...READ, 'AddListItems']
  },
  /**
   * Democratic Services on Liaison Officers: keep the entries, and give each liaison officer the
   * right to edit their own entry (item-level permissions need ManagePermissions on the item).
   */
  editLiaisonOfficers: {
    name: 'Council Directory – Edit liaison officers',
    description:
      'Can view, add, update and delete liaison officer entries, and let each liaison officer edit their own entry; cannot change lists, columns, views or list settings.',
    builtIn: false,
    permissions: [...READ, 'AddListItems', 'EditListItems', 'DeleteListItems', 'BrowseDirectories', 'EditMyUserInfo', 'ManagePermissions', 'EnumeratePermissions']
  },
  /** A liaison officer on their own entry (given on that item alone): change it, never add or remove one. */
  editOwnEntry: {
    name: 'Council Directory – Edit own entry',
    description: 'Can view items and change the entries given to them; cannot add or delete items.',
    builtIn: false,
    permissions: [...READ, 'EditListItems']
  }
} as const satisfies Record<string, RoleDefinition>;

/** Levels given to one person on one item (not held by a group): provisioning makes them too. */
export const ITEM_LEVELS: readonly RoleKey[] = ['editOwnEntry'];

export type RoleKey = keyof typeof ROLE_DEFINITIONS;

/** The mask of a role; Full Control is SharePoint's all-ones mask. */
export function roleMask(role: RoleKey): BasePermissions {
  if (role === 'fullControl') return { High: 0x7fffffff, Low: 0xffffffff };
  return maskOf(ROLE_DEFINITIONS[role].permissions);
}

/** The directory site's groups of people. */
export type DirectoryGroup = 'staff' | 'councillors' | 'democraticServices' | 'owners';

export interface GroupAccess {
  /** Who they are, for the provisioning guide. */
  description: string;
  /** Their level on the site, inherited by every list not named below. */
  site: RoleKey;
  /** Lists (by title) where they hold another level (broken inheritance). */
  lists: Readonly<Record<string, RoleKey>>;
}

export const GROUP_ACCESS: Readonly<Record<DirectoryGroup, GroupAccess>> = {
  staff: { description: 'Every officer (Everyone except external users).', site: 'read', lists: {} },
  councillors: {
    description: 'The councillors.',
    site: 'read',
    lists: { [LIST_TITLES.changeRequests]: 'addItems' }
  },
  democraticServices: {
    description: 'Democratic Services, who keep member profiles, memberships, wards, groups, services, liaison officers, officers’ photos and pre-election periods up to date.',
    site: 'editItems',
    // On Officers they keep only the photo and the politically restricted flag (the editor offers
    // no more; the sync from Entra ID puts its values back on any other field). On Liaison
    // Officers they also say who may edit each entry (its liaison officer). On Change Requests they
    // read every councillor's request, which nobody else but the site owners can.
    lists: { [LIST_TITLES.officers]: 'editItems', [LIST_TITLES.liaisonOfficers]: 'editLiaisonOfficers', [LIST_TITLES.changeRequests]: 'reviewRequests' }
  },
  owners: { description: 'The site owners.', site: 'fullControl', lists: {} }
};

export interface DirectoryGroupDefinition {
  /** The SharePoint group's name. */
  name: string;
  description: string;
  access: DirectoryGroup;
}

/**
 * The SharePoint groups of the directory site, in the council's words (provisioning makes them;
 * the local server's directory site has them with its users in them). Liaison officers are
 * officers: they read, and each edits their own entry through a permission on that item alone.
 */
export const DIRECTORY_GROUPS: readonly DirectoryGroupDefinition[] = [
  { name: 'Democratic Services', description: GROUP_ACCESS.democraticServices.description, access: 'democraticServices' },
  { name: 'Members', description: 'The councillors: they read the directory and ask Democratic Services for changes to their own profiles.', access: 'councillors' },
  { name: 'Officers', description: 'Council officers: they read the directory.', access: 'staff' },
  { name: 'Liaison Officers', description: 'Councillor Liaison Officers: they read the directory, and each may edit their own entry.', access: 'staff' }
];

/** The level a group holds on a list (by title; undefined for the site itself). */
export function roleOf(group: DirectoryGroup, listTitle?: string): RoleKey {
  const access = GROUP_ACCESS[group];
  if (listTitle === undefined) return access.site;
  const key = Object.keys(access.lists).find((t) => t.toLowerCase() === listTitle.toLowerCase());
  return key ? access.lists[key] : access.site;
}
