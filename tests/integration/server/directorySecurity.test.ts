/**
 * The local server enforces the permissions the site stores, as SharePoint does: a user holds the
 * levels given to them and to their groups on the nearest object with permissions of its own
 * (item, list, web). The directory site starts exactly as `npm run provision -- --groups` leaves
 * a new site (with the local users in its groups); changing the groups, a list's or an item's
 * permissions changes what people may do. And items(n)/versions answers as SharePoint Online does.
 */
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { ROLE_DEFINITIONS } from '../../../src/data/permissions/roles';
import { errorOf, type LocalUserName } from '../../support/localServer';
import { provision } from '../provisioning/support';
import { Site, startSite } from './site';

type Row = Record<string, unknown>;
type Assignment = { Member: { Title: string }; RoleDefinitionBindings: Array<{ Name: string }> };

/** Who holds which levels on a securable, by name (ids differ between sites). */
async function assignments(scope: { roleAssignments: { expand(...e: string[]): () => Promise<unknown> } }): Promise<Record<string, string[]>> {
  const rows = (await scope.roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as Assignment[];
  return Object.fromEntries(rows.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name).sort()]));
}

async function permissionsOf(sp: SPFI): Promise<Record<string, unknown>> {
  const levels = (await sp.web.roleDefinitions.select('Name', 'BasePermissions')()) as Array<{ Name: string; BasePermissions: { High: string; Low: string } }>;
  const lists = (await sp.web.lists.select('Title', 'HasUniqueRoleAssignments')()) as Array<{ Title: string; HasUniqueRoleAssignments: boolean }>;
  const own: Record<string, unknown> = {};
  for (const l of lists.filter((x) => x.HasUniqueRoleAssignments)) own[l.Title] = await assignments(sp.web.lists.getByTitle(l.Title));
  return {
    levels: Object.fromEntries(levels.map((l) => [l.Name, `${l.BasePermissions.High}/${l.BasePermissions.Low}`])),
    groups: ((await sp.web.siteGroups.select('Title')()) as Array<{ Title: string }>).map((g) => g.Title).sort(),
    web: await assignments(sp.web),
    lists: own
  };
}

let site: Site;
beforeAll(async () => {
  site = await startSite({ security: 'directory' });
});
afterAll(() => site.stop());

test('the directory site has exactly the levels, groups and list permissions that provisioning makes on a new site', async () => {
  const fresh = await startSite();
  try {
    expect((await provision(['--site', fresh.siteUrl, '--groups', '--json'])).code).toBe(0);
    const provisioned = await permissionsOf(fresh.sp('owner'));
    expect(await permissionsOf(site.sp('owner'))).toEqual(provisioned);
    // and what that is: Change Requests, Officers and Liaison Officers have permissions of their own
    expect(Object.keys(provisioned.lists as object).sort()).toEqual(['Change Requests', 'Liaison Officers', 'Officers']);
    expect((provisioned.lists as Record<string, Record<string, string[]>>)['Liaison Officers']['Democratic Services']).toEqual([ROLE_DEFINITIONS.editLiaisonOfficers.name]);
  } finally {
    await fresh.stop();
  }
});

test('the local users are in the directory site’s groups, as an administrator would put them', async () => {
  const members = async (group: string) => ((await site.sp('owner').web.siteGroups.getByName(group).users()) as Array<{ Title: string }>).map((u) => u.Title);
  expect(await members('Democratic Services')).toEqual(['Helen Okafor']);
  expect(await members('Members')).toEqual(['Daniel Kowalski']);
  expect(await members('Officers')).toEqual(['Priya Shah', 'Gemma Lloyd']);
  expect(await members('Liaison Officers')).toEqual(['Gemma Lloyd']);
  // Democratic Services are not in the site's own members group, whose Edit level would let them change lists
  expect(await members('Council Members')).toEqual([]);
});

test('what the site stores is what it enforces: a group given a level on a list may use it there, and no longer when it goes', async () => {
  const owner = site.sp('owner');
  const wards = owner.web.lists.getByTitle('Wards');
  const { Id } = await wards.items.add({ Title: 'Test ward' });
  const officerEdit = () => site.sp('officer').web.lists.getByTitle('Wards').items.getById(Id).update({ Title: 'Changed by an officer' });
  expect((await errorOf(officerEdit)).status).toBe(403);

  const officers = await owner.web.siteGroups.getByName('Officers')();
  const contribute = await owner.web.roleDefinitions.getByType(3)();
  await wards.breakRoleInheritance(true, false);
  await wards.roleAssignments.add(officers.Id, contribute.Id);
  await officerEdit();
  expect((await wards.items.getById(Id)()).Title).toBe('Changed by an officer');
  // the rest of the site is as it was
  expect((await errorOf(() => site.sp('officer').web.lists.getByTitle('Bodies').items.add({ Title: 'x', Kind: 'Committee' }))).status).toBe(403);

  await wards.resetRoleInheritance();
  expect((await errorOf(officerEdit)).status).toBe(403);
});

test('joining a group gives its permissions: an officer added to Democratic Services may edit members', async () => {
  const other = await startSite({ security: 'directory' });
  try {
    const owner = other.sp('owner');
    const { Id } = await owner.web.lists.getByTitle('Members').items.add({ Title: 'Test Member' });
    const edit = () => other.sp('officer').web.lists.getByTitle('Members').items.getById(Id).update({ Title: 'Renamed' });
    expect((await errorOf(edit)).status).toBe(403);
    await owner.web.siteGroups.getByName('Democratic Services').users.add('i:0#.f|membership|priya.shah@council.local');
    await edit();
    expect((await owner.web.lists.getByTitle('Members').items.getById(Id)()).Title).toBe('Renamed');
  } finally {
    await other.stop();
  }
});

test('an item with permissions of its own: the person given it may edit that item alone; others may not see it unless it says so', async () => {
  const owner = site.sp('owner');
  const list = owner.web.lists.getByTitle('Service Areas');
  const a = await list.items.add({ Title: 'Service A' });
  const b = await list.items.add({ Title: 'Service B' });
  const level = await owner.web.roleDefinitions.getByName(ROLE_DEFINITIONS.editOwnEntry.name)();
  const item = list.items.getById(a.Id);
  await item.breakRoleInheritance(true, false);
  await item.roleAssignments.add(10, level.Id);
  expect(await item.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });

  const asOfficer = (u: LocalUserName) => site.sp(u).web.lists.getByTitle('Service Areas').items;
  await asOfficer('officer').getById(a.Id).update({ Title: 'Service A, by Priya' });
  expect((await errorOf(() => asOfficer('officer').getById(b.Id).update({ Title: 'x' }))).status).toBe(403);
  expect((await errorOf(() => asOfficer('officer').getById(a.Id).delete())).status).toBe(403);
  expect((await errorOf(() => asOfficer('liaison-officer').getById(a.Id).update({ Title: 'x' }))).status).toBe(403);
  // PnPjs reads the item's own permissions the way a web part asks them
  const mask = (await site.sp('officer').web.lists.getByTitle('Service Areas').items.getById(a.Id).getCurrentUserEffectivePermissions());
  expect(Number(mask.Low) & 0x4).toBe(0x4);
  expect(Number((await site.sp('officer').web.lists.getByTitle('Service Areas').getCurrentUserEffectivePermissions()).Low) & 0x4).toBe(0);

  // Without a copy of the list's permissions, only the owners (and who is given it) see it.
  await list.items.getById(b.Id).breakRoleInheritance(false, false);
  const titles = ((await asOfficer('officer').select('Title').top(5000)()) as Array<{ Title: string }>).map((r) => r.Title);
  expect(titles).toContain('Service A, by Priya');
  expect(titles).not.toContain('Service B');
  expect((await errorOf(() => asOfficer('officer').getById(b.Id)())).status).toBe(403);

  // Deleting an item takes its permissions with it.
  await list.items.getById(a.Id).delete();
  const again = await list.items.add({ Title: 'Service C' });
  expect(await list.items.getById(again.Id).select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: false });
});

test('versions answer as SharePoint Online does: label, when, by whom, and every field with lookups as LookupId and LookupValue', async () => {
  const owner = site.sp('owner');
  const wards = owner.web.lists.getByTitle('Wards').items;
  const w1 = await wards.add({ Title: 'Benn' });
  const w2 = await wards.add({ Title: 'Bilton' });
  const officer = await owner.web.lists.getByTitle('Officers').items.add({ Title: 'Jo Bloggs', GivenName: 'Jo', FamilyName: 'Bloggs' });
  const service = await owner.web.lists.getByTitle('Service Areas').items.add({ Title: 'Licensing' });
  const entry = await site.sp('democratic-services').web.lists.getByTitle('Liaison Officers').items.add({
    Title: 'Jo Bloggs – Licensing', OfficerId: officer.Id, ServiceAreaId: service.Id, Profile: 'First words about licensing.', WardsId: [w1.Id]
  });
  await site.sp('democratic-services').web.lists.getByTitle('Liaison Officers').items.getById(entry.Id).update({ Profile: 'Second words about licensing.', WardsId: [w1.Id, w2.Id] });
  const versions = (await owner.web.lists.getByTitle('Liaison Officers').items.getById(entry.Id).versions()) as Row[];
  expect(versions.map((v) => v.VersionLabel)).toEqual(['2.0', '1.0']);
  expect(versions[0]).toMatchObject({
    IsCurrentVersion: true,
    VersionId: 1024,
    Profile: 'Second words about licensing.',
    Officer: { LookupId: officer.Id, LookupValue: 'Jo Bloggs' },
    Wards: [{ LookupId: w1.Id, LookupValue: 'Benn' }, { LookupId: w2.Id, LookupValue: 'Bilton' }],
    Editor: { LookupId: 12, LookupValue: 'Helen Okafor', Email: 'helen.okafor@council.local' },
    OData__x005f_UIVersionString: '2.0',
    owshiddenversion: 2
  });
  expect(versions[1]).toMatchObject({ IsCurrentVersion: false, VersionId: 512, Profile: 'First words about licensing.', Wards: [{ LookupId: w1.Id, LookupValue: 'Benn' }] });
  // a version's Created comes without a time zone, as SharePoint Online sends it
  expect(versions[0].Created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  // its versions are the item's: someone who may not see the item may not see them
  await owner.web.lists.getByTitle('Liaison Officers').items.getById(entry.Id).breakRoleInheritance(false, false);
  expect((await errorOf(() => site.sp('officer').web.lists.getByTitle('Liaison Officers').items.getById(entry.Id).versions())).status).toBe(403);
});
