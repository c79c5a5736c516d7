/**
 * The SharePoint groups the product expects on the directory site, and what each may do there,
 * made or corrected through PnPjs. The permission levels and who holds which are defined once in
 * src/data/permissions/roles.ts (the local server enforces the same): Democratic Services edit
 * items but never lists; councillors read, and on Change Requests only add; officers read. Lists
 * where a group holds another level than on the site get permissions of their own, and there
 * nobody else but the site owners can edit items (so only Democratic Services approve a change
 * request). Idempotent; with dryRun it only says what it would do.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/security';
import { DIRECTORY_GROUPS, GROUP_ACCESS, ITEM_LEVELS, maskHas, maskOf, ROLE_DEFINITIONS, roleOf, type DirectoryGroupDefinition, type RoleKey } from '../permissions/roles';
import type { Counts } from './plan';

export { DIRECTORY_GROUPS } from '../permissions/roles';
export type { DirectoryGroupDefinition } from '../permissions/roles';

/** SharePoint's RoleTypeKind for its own levels (their names are translated on other sites). */
const BUILT_IN_KIND: Partial<Record<RoleKey, number>> = { read: 2, contribute: 3, fullControl: 5, edit: 6 };

export interface GroupsResult {
  permissionLevels: Counts;
  groups: Counts;
  /** Role assignments of the groups, on the site and on lists with their own permissions. */
  permissions: Counts;
  /** What was (or would be) done, in plain words. */
  actions: string[];
  failures: string[];
}

type Row = Record<string, unknown>;
interface Binding { principalId: number; roleIds: number[] }

const counts = (): Counts => ({ created: 0, updated: 0, unchanged: 0 });
const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

function bindingsOf(rows: Row[]): Binding[] {
  return rows.map((r) => {
    const raw = r.RoleDefinitionBindings as Row[] | { results?: Row[] } | undefined;
    const list = Array.isArray(raw) ? raw : raw?.results ?? [];
    return { principalId: Number(r.PrincipalId), roleIds: list.map((d) => Number(d.Id)) };
  });
}

/** Makes the groups and permission levels, and gives each group its level on the site and on the lists that need their own. */
export async function provisionGroups(sp: SPFI, options: { dryRun?: boolean } = {}): Promise<GroupsResult> {
  const dryRun = options.dryRun === true;
  const result: GroupsResult = { permissionLevels: counts(), groups: counts(), permissions: counts(), actions: [], failures: [] };
  const act = async (what: string, write: () => Promise<unknown>): Promise<boolean> => {
    result.actions.push(what);
    if (dryRun) return true;
    try {
      await write();
      return true;
    } catch (e) {
      result.failures.push(`${what}: ${reason(e)}`);
      return false;
    }
  };

  // Permission levels: SharePoint's own by kind; the product's own by name, made or corrected.
  const roles = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind', 'BasePermissions')<Row[]>();
  const roleIds = new Map<RoleKey, number>();
  const masks = new Map<number, { High: unknown; Low: unknown }>(roles.map((r) => [Number(r.Id), r.BasePermissions as { High: unknown; Low: unknown }]));
  const needed = new Set<RoleKey>(DIRECTORY_GROUPS.flatMap((g) => [GROUP_ACCESS[g.access].site, ...Object.values(GROUP_ACCESS[g.access].lists)]));
  needed.add('read');
  // Given to one person on one item (a liaison officer's own entry), so it must exist on the site.
  for (const key of ITEM_LEVELS) needed.add(key);
  let placeholder = -1;
  for (const key of needed) {
    const def = ROLE_DEFINITIONS[key];
    const kind = BUILT_IN_KIND[key];
    if (def.builtIn && kind !== undefined) {
      const found = roles.find((r) => Number(r.RoleTypeKind) === kind);
      if (!found) throw new Error(`The site has no "${def.name}" permission level.`);
      roleIds.set(key, Number(found.Id));
      continue;
    }
    const mask = maskOf(def.permissions);
    const found = roles.find((r) => String(r.Name).toLowerCase() === def.name.toLowerCase());
    if (!found) {
      result.permissionLevels.created++;
      let id = placeholder--;
      await act(`Make the permission level "${def.name}"`, async () => {
        id = Number((await sp.web.roleDefinitions.add(def.name, def.description, 1000, mask)).data.Id);
      });
      roleIds.set(key, id);
      masks.set(id, mask);
      continue;
    }
    roleIds.set(key, Number(found.Id));
    const current = found.BasePermissions as { High?: unknown; Low?: unknown };
    if (Number(current.High) >>> 0 === mask.High && Number(current.Low) >>> 0 === mask.Low) result.permissionLevels.unchanged++;
    else {
      result.permissionLevels.updated++;
      await act(`Correct the permission level "${def.name}"`, () => sp.web.roleDefinitions.getById(Number(found.Id)).update({ BasePermissions: mask, Description: def.description }));
    }
    masks.set(Number(found.Id), mask);
  }

  // Groups, made if missing.
  const existing = await sp.web.siteGroups.select('Id', 'Title')<Row[]>();
  const groupIds = new Map<string, number>();
  for (const g of DIRECTORY_GROUPS) {
    const found = existing.find((x) => String(x.Title).toLowerCase() === g.name.toLowerCase());
    if (found) {
      result.groups.unchanged++;
      groupIds.set(g.name, Number(found.Id));
      continue;
    }
    result.groups.created++;
    let id = placeholder--;
    await act(`Make the group "${g.name}"`, async () => {
      id = Number((await sp.web.siteGroups.add({ Title: g.name, Description: g.description })).Id);
    });
    groupIds.set(g.name, id);
  }

  /** Gives each of our groups exactly its level in a scope (the site, or a list with its own permissions). */
  const assign = async (where: string, current: Binding[], scope: { add(p: number, r: number): Promise<void>; remove(p: number, r: number): Promise<void> }, levelOf: (g: DirectoryGroupDefinition) => RoleKey): Promise<void> => {
    for (const g of DIRECTORY_GROUPS) {
      const principal = groupIds.get(g.name)!;
      const want = roleIds.get(levelOf(g))!;
      const have = current.find((b) => b.principalId === principal)?.roleIds ?? [];
      if (have.length === 1 && have[0] === want) {
        result.permissions.unchanged++;
        continue;
      }
      if (have.length === 0) result.permissions.created++;
      else result.permissions.updated++;
      const name = ROLE_DEFINITIONS[levelOf(g)].name;
      await act(`${where}: give "${g.name}" the level "${name}"`, async () => {
        if (!have.includes(want)) await scope.add(principal, want);
        for (const other of have.filter((r) => r !== want)) await scope.remove(principal, other);
      });
    }
  };

  const webBindings = bindingsOf(await sp.web.roleAssignments.expand('RoleDefinitionBindings')<Row[]>());
  await assign('The site', webBindings, sp.web.roleAssignments, (g) => GROUP_ACCESS[g.access].site);
  // What the site holds once that is done (what breaking inheritance copies; a dry run cannot read it back).
  const webAfter: Binding[] = [
    ...webBindings.filter((b) => ![...groupIds.values()].includes(b.principalId)),
    ...DIRECTORY_GROUPS.map((g) => ({ principalId: groupIds.get(g.name)!, roleIds: [roleIds.get(GROUP_ACCESS[g.access].site)!] }))
  ];
  const nameOf = (principal: number): string => String(existing.find((x) => Number(x.Id) === principal)?.Title ?? `principal ${principal}`);

  // Lists where a group holds another level: permissions of their own.
  const special = [...new Set(DIRECTORY_GROUPS.flatMap((g) => Object.keys(GROUP_ACCESS[g.access].lists)))];
  const owners = Number((await sp.web.associatedOwnerGroup.select('Id')<Row>()).Id);
  const ours = new Set(groupIds.values());
  for (const title of special) {
    const list = sp.web.lists.getByTitle(title);
    let info: Row;
    try {
      info = await list.select('Id', 'HasUniqueRoleAssignments')<Row>();
    } catch (e) {
      result.failures.push(`${title}: the list could not be read, so its permissions were not set (${reason(e)}). Provision the lists first.`);
      continue;
    }
    let current: Binding[];
    if (info.HasUniqueRoleAssignments === true) current = bindingsOf(await list.roleAssignments.expand('RoleDefinitionBindings')<Row[]>());
    else {
      // Copied from the site, so nobody loses access they had; then narrowed below.
      if (!(await act(`${title}: give the list permissions of its own (copied from the site)`, () => list.breakRoleInheritance(true, false)))) continue;
      current = dryRun ? webAfter.map((b) => ({ ...b, roleIds: [...b.roleIds] })) : bindingsOf(await list.roleAssignments.expand('RoleDefinitionBindings')<Row[]>());
    }
    await assign(title, current, list.roleAssignments, (g) => roleOf(g.access, title));
    // Anyone else who could edit items here (other than the site owners) can now only read.
    const read = roleIds.get('read')!;
    for (const b of current) {
      if (ours.has(b.principalId) || b.principalId === owners) continue;
      const editing = b.roleIds.filter((r) => maskHas(masks.get(r) ?? {}, 'EditListItems'));
      if (editing.length === 0) continue;
      result.permissions.updated++;
      await act(`${title}: "${nameOf(b.principalId)}" could edit items here, and can now only read`, async () => {
        if (!b.roleIds.includes(read)) await list.roleAssignments.add(b.principalId, read);
        for (const r of editing) await list.roleAssignments.remove(b.principalId, r);
      });
    }
  }
  return result;
}
