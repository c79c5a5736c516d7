/**
 * `npm run provision -- --groups`: the SharePoint groups the product expects, their permission
 * levels (src/data/permissions/roles.ts, which the local server enforces too), and the lists with
 * permissions of their own; and `--tenant-wide`, the tenant setting that points every web part at
 * the directory site. Read back through the real PnPjs.
 */
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import { maskHas, maskOf, ROLE_DEFINITIONS } from '../../../src/data/permissions/roles';
import { DIRECTORY_SITE_KEY, KEEP_CACHE_KEY } from '../../../src/data/provisioning/tenantSetting';
import { Site, startSite } from '../server/site';
import { provision } from './support';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

const unique = async (list: { select(...s: string[]): () => Promise<unknown> }): Promise<unknown> => ((await list.select('HasUniqueRoleAssignments')()) as { HasUniqueRoleAssignments: unknown }).HasUniqueRoleAssignments;
type Assignment = { PrincipalId: number; Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };
const levels = async (scope: { roleAssignments: { expand(...e: string[]): () => Promise<unknown> } }): Promise<Record<string, string[]>> =>
  Object.fromEntries(((await scope.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as Assignment[]).map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name)]));

test('a dry run says what it would do and changes nothing', async () => {
  const run = await provision(['--site', site.siteUrl, '--groups', '--dry-run', '--json']);
  expect(run.code).toBe(0);
  // Edit items, Add items, Edit liaison officers, Review change requests and Edit own entry (given on one item alone)
  expect(run.json()).toMatchObject({ groups: { created: 4 }, permissionLevels: { created: 5 } });
  expect((await site.sp().web.siteGroups.select('Title')()).map((g: { Title: string }) => g.Title)).toEqual(['Council Owners', 'Council Members', 'Council Visitors']);
});

test('the groups are made with their levels; Change Requests: members add, only Democratic Services approve; a second run changes nothing', async () => {
  const sp = site.sp('owner');
  const run = await provision(['--site', site.siteUrl, '--groups', '--json']);
  expect(run.code).toBe(0);
  expect(run.json()).toMatchObject({ groups: { created: 4, updated: 0, unchanged: 0 }, permissionLevels: { created: 5, updated: 0, unchanged: 0 } });

  expect((await sp.web.siteGroups.select('Title')()).map((g: { Title: string }) => g.Title)).toEqual(expect.arrayContaining(['Democratic Services', 'Members', 'Officers', 'Liaison Officers']));
  const editItems = await sp.web.roleDefinitions.getByName(ROLE_DEFINITIONS.editItems.name)();
  const mask = maskOf(ROLE_DEFINITIONS.editItems.permissions);
  expect(editItems.BasePermissions).toMatchObject({ High: String(mask.High), Low: String(mask.Low) });
  // edit items, never lists
  expect(maskHas(editItems.BasePermissions, 'EditListItems')).toBe(true);
  expect(maskHas(editItems.BasePermissions, 'ManageLists')).toBe(false);

  expect(await levels(sp.web)).toMatchObject({
    'Democratic Services': [ROLE_DEFINITIONS.editItems.name], Members: ['Read'], Officers: ['Read'], 'Liaison Officers': ['Read'], 'Council Owners': ['Full Control']
  });
  const requests = sp.web.lists.getByTitle('Change Requests');
  expect(await unique(requests)).toBe(true);
  expect(await levels(requests)).toEqual({
    'Council Owners': ['Full Control'],
    // the site's own members group could edit items; here it can only read
    'Council Members': ['Read'],
    'Council Visitors': ['Read'],
    // they read every councillor's request (Override List Behaviors), which the list otherwise keeps to its author
    'Democratic Services': [ROLE_DEFINITIONS.reviewRequests.name],
    Members: [ROLE_DEFINITIONS.addItems.name],
    Officers: ['Read'],
    'Liaison Officers': ['Read']
  });
  const review = await sp.web.roleDefinitions.getByName(ROLE_DEFINITIONS.reviewRequests.name)();
  expect(maskHas(review.BasePermissions, 'CancelCheckout')).toBe(true);
  expect(maskHas(review.BasePermissions, 'ManageLists')).toBe(false);
  expect(maskHas(editItems.BasePermissions, 'CancelCheckout')).toBe(false);
  // the officer directory is kept by the sync, but Democratic Services keep the photos and the politically restricted flag
  expect((await levels(sp.web.lists.getByTitle('Officers')))['Democratic Services']).toEqual([ROLE_DEFINITIONS.editItems.name]);
  expect((await levels(sp.web.lists.getByTitle('Officers'))).Officers).toEqual(['Read']);
  // every other list inherits the site's
  expect(await unique(sp.web.lists.getByTitle('Members'))).toBe(false);

  const again = await provision(['--site', site.siteUrl, '--groups', '--json']);
  expect(again.json()).toMatchObject({ groups: { created: 0, updated: 0, unchanged: 4 }, permissionLevels: { created: 0, updated: 0, unchanged: 5 }, permissions: { created: 0, updated: 0 } });
  expect((await provision(['--site', site.siteUrl, '--groups'])).stdout).toMatch(/Nothing to change: the site already has every list, column, index and view, group and permission as the package defines them\./);
});

test('a permission level someone widened is put back; a group given another level gets its own back', async () => {
  const sp = site.sp('owner');
  const level = await sp.web.roleDefinitions.getByName(ROLE_DEFINITIONS.editItems.name)();
  await sp.web.roleDefinitions.getById(level.Id).update({ BasePermissions: maskOf([...ROLE_DEFINITIONS.editItems.permissions, 'ManageLists']) });
  const ds = await sp.web.siteGroups.getByName('Democratic Services')();
  const fullControl = await sp.web.roleDefinitions.getByType(5)();
  await sp.web.roleAssignments.add(ds.Id, fullControl.Id);
  const run = await provision(['--site', site.siteUrl, '--groups', '--json']);
  expect(run.json()).toMatchObject({ permissionLevels: { updated: 1 }, permissions: { updated: 1 } });
  expect(maskHas((await sp.web.roleDefinitions.getById(level.Id)()).BasePermissions, 'ManageLists')).toBe(false);
  expect((await levels(sp.web))['Democratic Services']).toEqual([ROLE_DEFINITIONS.editItems.name]);
});

test('only a site owner can make groups: anyone else is told, and nothing is half made', async () => {
  const other = await startSite();
  try {
    const run = await provision(['--site', other.siteUrl, '--groups'], { LOCAL_USER: 'democratic-services' });
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/Not done/);
    expect(run.stdout).toMatch(/Access denied/);
    expect((await other.sp().web.siteGroups.select('Title')()).map((g: { Title: string }) => g.Title)).toEqual(['Council Owners', 'Council Members', 'Council Visitors']);
  } finally {
    await other.stop();
  }
});

test('--tenant-wide records the directory site in the tenant setting the web parts read, once', async () => {
  const first = await provision(['--site', site.siteUrl, '--tenant-wide', '--json']);
  expect(first.code).toBe(0);
  expect(first.json().tenantSettings).toEqual([{ key: DIRECTORY_SITE_KEY, value: site.siteUrl, action: 'create' }]);
  expect(await site.sp('officer').web.getStorageEntity(DIRECTORY_SITE_KEY)).toMatchObject({ Value: site.siteUrl });
  const again = await provision(['--site', site.siteUrl, '--tenant-wide']);
  expect(again.stdout).toMatch(new RegExp(`Tenant setting CouncilDirectorySiteUrl \\(the directory site for web parts on every site\\): is already ${site.siteUrl}\\.`));
  const keep = await provision(['--site', site.siteUrl, '--keep-cache', 'yes', '--json']);
  expect(keep.json().tenantSettings).toEqual([{ key: KEEP_CACHE_KEY, value: 'true', action: 'create' }]);
  expect(await site.sp('officer').web.getStorageEntity(KEEP_CACHE_KEY)).toMatchObject({ Value: 'true' });
  expect((await provision(['--site', site.siteUrl, '--keep-cache', 'maybe'])).code).toBe(64);
  const other = await startSite();
  try {
    const refused = await provision(['--site', other.siteUrl, '--tenant-wide'], { LOCAL_USER: 'officer' });
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/the tenant setting CouncilDirectorySiteUrl could not be written: .*Access denied.* It needs a SharePoint administrator who is also an owner of the app catalogue site\./);
    expect(await other.sp('officer').web.getStorageEntity(DIRECTORY_SITE_KEY)).not.toHaveProperty('Value');
  } finally {
    await other.stop();
  }
});
