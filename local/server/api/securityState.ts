/**
 * What the site stores about who may do what, and what SharePoint makes of it. The stored state
 * is SharePoint's own: permission levels (role definitions), the site's groups and their members,
 * and role assignments on the web, on lists with permissions of their own and on items with
 * permissions of their own. A user's effective permissions on a securable are the union of the
 * levels assigned to them and to the groups they are in, on the nearest object with unique
 * permissions (item, else list, else web); a site collection administrator has full control.
 *
 * A new site starts in one of two states:
 * - 'site': what a new SharePoint team site has (its Owners, Members and Visitors groups).
 * - 'directory': the directory site as `npm run provision -- --groups` leaves it (the product's
 *   levels and groups from src/data/permissions/roles.ts, the lists with permissions of their
 *   own), with the local users in the groups an administrator would put them in.
 */
import { DIRECTORY_GROUPS, GROUP_ACCESS, ITEM_LEVELS, maskHas, roleMask, roleOf, ROLE_DEFINITIONS, type RoleKey } from '../../../src/data/permissions/roles';
import type { ListMeta, Store } from '../store/db';
import type { LocalUser } from './users';
import { LOCAL_USERS } from './users';

export type SecurityMode = 'site' | 'directory';

export interface RoleDef { id: number; name: string; description: string; order: number; high: number; low: number; roleTypeKind: number; hidden: boolean }
export interface Binding { principalId: number; roleDefIds: number[] }
export interface SecurityState {
  roles: RoleDef[];
  web: Binding[];
  /** Lists with permissions of their own, by list id. */
  lists: Record<string, Binding[]>;
  /** Items with permissions of their own, by "<list id>:<item id>". */
  items?: Record<string, Binding[]>;
}
export interface SiteGroup { id: number; title: string; description: string; members: number[] }

export interface Mask { High: number; Low: number }

/** SharePoint's own levels: their fixed ids and RoleTypeKind on every site. */
export const BUILT_IN_LEVELS: ReadonlyArray<{ key: RoleKey; id: number; kind: number; order: number }> = [
  { key: 'fullControl', id: 1073741829, kind: 5, order: 1 },
  { key: 'edit', id: 1073741830, kind: 6, order: 48 },
  { key: 'contribute', id: 1073741827, kind: 3, order: 64 },
  { key: 'read', id: 1073741826, kind: 2, order: 128 },
];

/** Ids of levels a site owner adds, as SharePoint numbers them after its own. */
export const nextRoleId = (roles: readonly RoleDef[]): number => Math.max(1073741900, ...roles.map((r) => r.id)) + 1;

/** The three groups every team site has. */
export const OWNERS = 3;
export const MEMBERS = 4;
export const VISITORS = 5;
const STANDARD_GROUPS: ReadonlyArray<Omit<SiteGroup, 'members'>> = [
  { id: OWNERS, title: 'Council Owners', description: 'Use this group to grant people full control permissions to the SharePoint site: Council' },
  { id: MEMBERS, title: 'Council Members', description: 'Use this group to grant people contribute permissions to the SharePoint site: Council' },
  { id: VISITORS, title: 'Council Visitors', description: 'Use this group to grant people read permissions to the SharePoint site: Council' },
];

function level(key: RoleKey, id: number, kind: number, order: number): RoleDef {
  const m = roleMask(key);
  return { id, name: ROLE_DEFINITIONS[key].name, description: ROLE_DEFINITIONS[key].description, order, high: m.High >>> 0, low: m.Low >>> 0, roleTypeKind: kind, hidden: false };
}

const roleIdOf = (s: SecurityState, key: RoleKey): number => s.roles.find((r) => r.name === ROLE_DEFINITIONS[key].name)!.id;

/** The stored state of a new site, and its groups. */
export function initialSecurity(mode: SecurityMode, listByTitle: (title: string) => ListMeta | undefined): { security: SecurityState; groups: SiteGroup[] } {
  const roles = BUILT_IN_LEVELS.map((b) => level(b.key, b.id, b.kind, b.order));
  const byKey = (key: LocalUser['key']): number => LOCAL_USERS.find((u) => u.key === key)!.id;
  const groups: SiteGroup[] = STANDARD_GROUPS.map((g) => ({ ...g, members: [] }));
  const members = (id: number): number[] => groups.find((g) => g.id === id)!.members;
  members(OWNERS).push(byKey('owner'));
  members(VISITORS).push(...LOCAL_USERS.filter((u) => !u.isSiteAdmin && u.key !== 'democratic-services').map((u) => u.id));
  const security: SecurityState = { roles, web: [{ principalId: OWNERS, roleDefIds: [1073741829] }, { principalId: MEMBERS, roleDefIds: [1073741830] }, { principalId: VISITORS, roleDefIds: [1073741826] }], lists: {}, items: {} };
  if (mode === 'site') {
    // A new site's members group holds the one who keeps its content.
    members(MEMBERS).push(byKey('democratic-services'));
    return { security, groups };
  }
  // As provisioning makes them: the product's own levels, then its groups, on the site ...
  const needed = new Set<RoleKey>([...DIRECTORY_GROUPS.flatMap((g) => [GROUP_ACCESS[g.access].site, ...Object.values(GROUP_ACCESS[g.access].lists)]), 'read', ...ITEM_LEVELS]);
  for (const key of needed) if (!ROLE_DEFINITIONS[key].builtIn) roles.push(level(key, nextRoleId(roles), 0, 1000));
  const groupIds = new Map<string, number>();
  for (const def of DIRECTORY_GROUPS) {
    const id = Math.max(...groups.map((g) => g.id)) + 1;
    groups.push({ id, title: def.name, description: def.description, members: LOCAL_USERS.filter((u) => u.directoryGroups.includes(def.name)).map((u) => u.id) });
    groupIds.set(def.name, id);
    security.web.push({ principalId: id, roleDefIds: [roleIdOf(security, GROUP_ACCESS[def.access].site)] });
  }
  // ... and on the lists where a group holds another level: copied from the site, then narrowed,
  // anyone else who could edit items there keeping only Read.
  const read = roleIdOf(security, 'read');
  const canEdit = (id: number): boolean => {
    const r = roles.find((x) => x.id === id);
    return !!r && maskHas({ High: r.high, Low: r.low }, 'EditListItems');
  };
  for (const title of new Set(DIRECTORY_GROUPS.flatMap((g) => Object.keys(GROUP_ACCESS[g.access].lists)))) {
    const list = listByTitle(title);
    if (!list) continue;
    security.lists[list.id] = security.web.map((b) => {
      const def = DIRECTORY_GROUPS.find((g) => groupIds.get(g.name) === b.principalId);
      if (def) return { principalId: b.principalId, roleDefIds: [roleIdOf(security, roleOf(def.access, title))] };
      if (b.principalId !== OWNERS && b.roleDefIds.some(canEdit)) return { principalId: b.principalId, roleDefIds: [read] };
      return { principalId: b.principalId, roleDefIds: [...b.roleDefIds] };
    });
  }
  return { security, groups };
}

/** Parsed state, kept while the stored text is unchanged (every request asks). */
const parsed = new WeakMap<Store, Map<string, { text: string; value: unknown }>>();
function readMeta<T>(store: Store, key: string, fallback: () => T): T {
  const text = store.meta(key);
  if (text === undefined) return fallback();
  let cache = parsed.get(store);
  if (!cache) parsed.set(store, (cache = new Map()));
  const hit = cache.get(key);
  if (hit && hit.text === text) return hit.value as T;
  const value = JSON.parse(text) as T;
  cache.set(key, { text, value });
  return value;
}

/** A copy to change and save (the cached one is never changed in place). */
export function loadSecurity(store: Store): SecurityState {
  const s = readMeta<SecurityState | undefined>(store, 'security', () => undefined);
  if (!s) throw new Error('The site has no security state: startLocalServer makes one.');
  return JSON.parse(JSON.stringify(s)) as SecurityState;
}
export const saveSecurity = (store: Store, s: SecurityState): void => store.setMeta('security', JSON.stringify(s));

export function loadGroups(store: Store): SiteGroup[] {
  return JSON.parse(JSON.stringify(readMeta<SiteGroup[]>(store, 'groups', () => []))) as SiteGroup[];
}
export const saveGroups = (store: Store, groups: SiteGroup[]): void => store.setMeta('groups', JSON.stringify(groups));

/** Makes the stored state of a new site (once: a site keeps what it has). */
export function ensureSecurity(store: Store, mode: SecurityMode): void {
  if (store.meta('security') !== undefined) return;
  const { security, groups } = initialSecurity(mode, (t) => store.listByTitle(t));
  saveSecurity(store, security);
  saveGroups(store, groups);
}

export const itemKey = (list: ListMeta, itemId: number): string => `${list.id}:${itemId}`;

/** The bindings in force on a securable: its own, else its parent's. */
export function bindingsFor(s: SecurityState, list?: ListMeta, itemId?: number): Binding[] {
  if (list && itemId !== undefined) {
    const own = s.items?.[itemKey(list, itemId)];
    if (own) return own;
  }
  if (list && s.lists[list.id]) return s.lists[list.id];
  return s.web;
}

export const FULL_CONTROL: Mask = { High: 0x7fffffff, Low: 0xffffffff };

/** A user's effective permissions on the web, a list or an item, from what the site stores. */
export function effectiveMaskOf(store: Store, user: Pick<LocalUser, 'id' | 'isSiteAdmin'> | undefined, list?: ListMeta, itemId?: number): Mask {
  if (!user) return { High: 0, Low: 0 };
  if (user.isSiteAdmin) return FULL_CONTROL;
  const s = readMeta<SecurityState | undefined>(store, 'security', () => undefined);
  if (!s) return { High: 0, Low: 0 };
  const principals = new Set([user.id, ...readMeta<SiteGroup[]>(store, 'groups', () => []).filter((g) => g.members.includes(user.id)).map((g) => g.id)]);
  let high = 0;
  let low = 0;
  for (const b of bindingsFor(s, list, itemId)) {
    if (!principals.has(b.principalId)) continue;
    for (const id of b.roleDefIds) {
      const r = s.roles.find((x) => x.id === id);
      if (!r) continue;
      high |= r.high;
      low |= r.low;
    }
  }
  return { High: high >>> 0, Low: low >>> 0 };
}

/** Items of a list with permissions of their own (their ids), for trimming what a user may not see. */
export function uniqueItems(store: Store, list: ListMeta): number[] {
  const s = readMeta<SecurityState | undefined>(store, 'security', () => undefined);
  const prefix = `${list.id}:`;
  return Object.keys(s?.items ?? {}).filter((k) => k.startsWith(prefix)).map((k) => Number(k.slice(prefix.length)));
}

/** An item that is deleted takes its permissions with it, as in SharePoint. */
export function forgetItem(store: Store, list: ListMeta, itemId: number): void {
  if (store.meta('security') === undefined) return;
  const s = loadSecurity(store);
  if (!s.items?.[itemKey(list, itemId)]) return;
  delete s.items[itemKey(list, itemId)];
  saveSecurity(store, s);
}

/** When every item goes (the demo reset), so do their permissions. */
export function forgetAllItems(store: Store): void {
  if (store.meta('security') === undefined) return;
  const s = loadSecurity(store);
  s.items = {};
  saveSecurity(store, s);
}
