/**
 * The local server's groups, permission levels, role assignments, inheritance and tenant
 * properties, through the real PnPjs: the calls runtime provisioning makes, with SharePoint's
 * answers and errors.
 */
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/appcatalog';
import { errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
const unique = async (list: { select(...s: string[]): () => Promise<unknown> }): Promise<unknown> => ((await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: unknown }).HasUniqueRoleAssignments;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

test('SharePoint\'s own permission levels are there with their ids and kinds; a custom one can be added, read, changed and deleted', async () => {
  const sp = site.sp('owner');
  const levels = await sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')();
  expect(levels).toEqual(expect.arrayContaining([
    expect.objectContaining({ Id: 1073741829, Name: 'Full Control', RoleTypeKind: 5 }),
    expect.objectContaining({ Id: 1073741826, Name: 'Read', RoleTypeKind: 2 }),
  ]));
  expect((await sp.web.roleDefinitions.getByType(3)()).Name).toBe('Contribute');
  const added = await sp.web.roleDefinitions.add('Custom level', 'for a test', 500, { High: 0, Low: 3 });
  expect(added.data).toMatchObject({ Name: 'Custom level', RoleTypeKind: 0, BasePermissions: { High: '0', Low: '3' } });
  await added.definition.update({ BasePermissions: { High: 0, Low: 1 } });
  expect((await sp.web.roleDefinitions.getByName('Custom level')()).BasePermissions).toMatchObject({ Low: '1' });
  expect((await errorOf(() => sp.web.roleDefinitions.add('custom LEVEL', '', 1, { High: 0, Low: 1 }))).status).toBe(400);
  await sp.web.roleDefinitions.getById(added.data.Id).delete();
  expect((await errorOf(() => sp.web.roleDefinitions.getByName('Custom level')())).status).toBe(404);
  expect((await errorOf(() => sp.web.roleDefinitions.getByType(5).delete())).status).toBe(400);
});

test('groups can be added by a site owner only, once per name', async () => {
  const added = await site.sp('owner').web.siteGroups.add({ Title: 'Test Group', Description: 'for a test' });
  expect(added).toMatchObject({ Title: 'Test Group', Description: 'for a test', PrincipalType: 8 });
  expect((await site.sp('owner').web.siteGroups.getByName('test group')()).Id).toBe(added.Id);
  expect((await errorOf(() => site.sp('owner').web.siteGroups.add({ Title: 'TEST GROUP' }))).status).toBe(400);
  expect((await errorOf(() => site.sp('democratic-services').web.siteGroups.add({ Title: 'Another' }))).status).toBe(403);
});

test('a list inherits until its inheritance is broken; a copy keeps the site\'s assignments, none keeps only the owners', async () => {
  const sp = site.sp('owner');
  const wards = sp.web.lists.getByTitle('Wards');
  const group = await sp.web.siteGroups.getByName('Test Group')();
  // assigning on a list that inherits is SharePoint's error
  const inherits = await errorOf(() => wards.roleAssignments.add(group.Id, 1073741826));
  expect(inherits.status).toBe(400);
  expect(inherits.message).toMatch(/inherits permissions/);
  await wards.breakRoleInheritance(true, false);
  expect(await unique(wards)).toBe(true);
  expect((await wards.roleAssignments()).map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([3, 4, 5]);
  await wards.roleAssignments.add(group.Id, 1073741826);
  await wards.roleAssignments.remove(4, 1073741830);
  const bound = await wards.roleAssignments.getById(group.Id).expand('Member', 'RoleDefinitionBindings')();
  expect(bound).toMatchObject({ PrincipalId: group.Id, Member: { Title: 'Test Group' }, RoleDefinitionBindings: [expect.objectContaining({ Name: 'Read' })] });
  expect((await wards.roleAssignments()).map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([3, 5, group.Id]);
  // the site's own assignments are untouched
  expect((await sp.web.roleAssignments()).map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([3, 4, 5]);
  await wards.resetRoleInheritance();
  expect(await unique(wards)).toBe(false);

  const bodies = sp.web.lists.getByTitle('Bodies');
  await bodies.breakRoleInheritance(false, false);
  expect((await bodies.roleAssignments()).map((a: { PrincipalId: number }) => a.PrincipalId)).toEqual([3]);
  expect((await errorOf(() => bodies.roleAssignments.add(9999, 1073741826))).message).toMatch(/Cannot find the user or group/);
  expect((await errorOf(() => site.sp('democratic-services').web.lists.getByTitle('Bodies').resetRoleInheritance())).status).toBe(403);
});

test('tenant properties: unset reads as null, an owner sets and removes one, anyone reads it', async () => {
  const owner = site.sp('owner');
  expect(await site.sp('officer').web.getStorageEntity('SomeKey')).toEqual({ 'odata.null': true });
  const catalog = await owner.getTenantAppCatalogWeb();
  await catalog.setStorageEntity('SomeKey', 'some value', 'a description', 'a comment');
  expect(await site.sp('councillor').web.getStorageEntity('SomeKey')).toMatchObject({ Value: 'some value', Description: 'a description', Comment: 'a comment' });
  expect((await errorOf(() => site.sp('officer').web.setStorageEntity('SomeKey', 'x'))).status).toBe(403);
  await owner.web.removeStorageEntity('SomeKey');
  expect(await owner.web.getStorageEntity('SomeKey')).toEqual({ 'odata.null': true });
});
