/**
 * The four local users and what SharePoint would let each of them do, including the effective
 * permission masks PnPjs reads with hasPermissions / currentUserHasPermissions.
 */
import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/views';
import { api, errorOf, LocalUserName, spFor, startTestServer, TestServer } from '../support/localServer';
import { seedCouncil } from './fixtures';
import { roleMask } from '../../src/data/permissions/roles';

let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
  await seedCouncil(s);
});
afterAll(() => s.stop());

const canAdd = async (user: LocalUserName, list: string, item: Record<string, unknown>): Promise<boolean> => {
  try {
    await spFor(s.siteUrl, user).web.lists.getByTitle(list).items.add(item);
    return true;
  } catch (e) {
    expect((e as { status: number }).status).toBe(403);
    expect((e as Error).message).toContain('Access denied. You do not have permission to perform this action or access this resource.');
    return false;
  }
};

test.each([
  ['officer', 'Members', false],
  ['officer', 'Change Requests', false],
  ['councillor', 'Change Requests', true],
  ['councillor', 'Members', false],
  ['democratic-services', 'Members', true],
  ['democratic-services', 'Liaison Officers', true],
  ['democratic-services', 'Officers', true],
  ['democratic-services', 'Service Areas', true],
  ['owner', 'Officers', true],
] as [LocalUserName, string, boolean][])('%s adding to %s: %s', async (user, list, allowed) => {
  const before = (await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).select('ItemCount')()).ItemCount;
  expect(await canAdd(user, list, { Title: `by ${user}` })).toBe(allowed);
  const after = (await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).select('ItemCount')()).ItemCount;
  expect(after).toBe(before + (allowed ? 1 : 0));
});

test('a councillor can add a change request but not edit or delete it, nor decide it', async () => {
  const sp = spFor(s.siteUrl, 'councillor');
  const cr = await sp.web.lists.getByTitle('Change Requests').items.add({ Title: 'Update my skills', Changes: '[]', BaseVersion: 1 });
  expect((await errorOf(() => sp.web.lists.getByTitle('Change Requests').items.getById(cr.Id).update({ Details: 'changed' }))).status).toBe(403);
  expect((await errorOf(() => sp.web.lists.getByTitle('Change Requests').items.getById(cr.Id).delete())).status).toBe(403);
  // The decision lives where only Democratic Services write.
  const decisions = (user: LocalUserName) => spFor(s.siteUrl, user).web.lists.getByTitle('Change Request Decisions').items;
  expect((await errorOf(() => decisions('councillor').add({ Title: 'Approved', RequestId: cr.Id, Decision: 'Approved' }))).status).toBe(403);
  await decisions('democratic-services').add({ Title: 'Approved', RequestId: cr.Id, Decision: 'Approved' });
  // One decision per request.
  expect((await errorOf(() => decisions('democratic-services').add({ Title: 'Declined', RequestId: cr.Id, Decision: 'Declined' }))).status).toBe(400);
});

test('everyone reads every list', async () => {
  const counts: number[] = [];
  for (const user of ['officer', 'councillor', 'democratic-services', 'owner'] as LocalUserName[]) {
    const rows = await spFor(s.siteUrl, user).web.lists.getByTitle('Officers').items.select('Title')();
    expect(rows.map((r: { Title: string }) => r.Title)).toEqual(expect.arrayContaining(['Olu Adebayo', 'Rhiannon Price']));
    counts.push(rows.length);
  }
  expect(new Set(counts).size).toBe(1);
});

test('effective permissions answer truthfully per user and list', async () => {
  const can = async (user: LocalUserName, list: string | null, kind: PermissionKind) => {
    const sp = spFor(s.siteUrl, user);
    return list ? sp.web.lists.getByTitle(list).currentUserHasPermissions(kind) : sp.web.currentUserHasPermissions(kind);
  };
  expect(await can('officer', 'Members', PermissionKind.ViewListItems)).toBe(true);
  expect(await can('officer', 'Members', PermissionKind.EditListItems)).toBe(false);
  expect(await can('councillor', 'Change Requests', PermissionKind.AddListItems)).toBe(true);
  expect(await can('councillor', 'Change Requests', PermissionKind.EditListItems)).toBe(false);
  expect(await can('democratic-services', 'Members', PermissionKind.EditListItems)).toBe(true);
  expect(await can('democratic-services', 'Officers', PermissionKind.EditListItems)).toBe(true);
  expect(await can('officer', 'Officers', PermissionKind.EditListItems)).toBe(false);
  expect(await can('democratic-services', 'Service Areas', PermissionKind.EditListItems)).toBe(true);
  expect(await can('democratic-services', 'Members', PermissionKind.ManageLists)).toBe(false);
  expect(await can('democratic-services', null, PermissionKind.ManageLists)).toBe(false);
  expect(await can('democratic-services', null, PermissionKind.ManageWeb)).toBe(false);
  expect(await can('owner', null, PermissionKind.ManageWeb)).toBe(true);
  expect(await can('owner', 'Officers', PermissionKind.ManageLists)).toBe(true);
  const raw = await spFor(s.siteUrl, 'officer').web.lists.getByTitle('Members').effectiveBasePermissions();
  expect(raw).toMatchObject({ High: '176', Low: '138612833' }); // SharePoint's Read role
});

test('getUserEffectivePermissions for another user', async () => {
  const sp = spFor(s.siteUrl, 'owner');
  const dsLogin = 'i:0#.f|membership|helen.okafor@council.local';
  expect(await sp.web.lists.getByTitle('Members').userHasPermissions(dsLogin, PermissionKind.EditListItems)).toBe(true);
  expect(await sp.web.lists.getByTitle('Officers').userHasPermissions(dsLogin, PermissionKind.EditListItems)).toBe(true);
  expect(await sp.web.lists.getByTitle('Officers').userHasPermissions(dsLogin, PermissionKind.ManageLists)).toBe(false);
  expect(await sp.web.userHasPermissions('i:0#.f|membership|nobody@elsewhere.example', PermissionKind.ViewListItems)).toBe(false);
});

test('users: currentUser, siteUsers, getById, getByEmail, ensureUser', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  expect(await sp.web.currentUser()).toMatchObject({ Id: 12, Title: 'Helen Okafor', Email: 'helen.okafor@council.local', IsSiteAdmin: false });
  expect(await spFor(s.siteUrl, 'owner').web.currentUser.select('IsSiteAdmin')()).toMatchObject({ IsSiteAdmin: true });
  expect((await sp.web.siteUsers()).map((u: { Id: number }) => u.Id)).toEqual(expect.arrayContaining([10, 11, 12, 13]));
  expect(await sp.web.siteUsers.getById(11)()).toMatchObject({ Title: 'Daniel Kowalski' });
  expect(await sp.web.siteUsers.getByEmail('priya.shah@council.local')()).toMatchObject({ Id: 10 });
  expect((await errorOf(() => sp.web.siteUsers.getById(999)())).status).toBe(404);
  const ensured = await sp.web.ensureUser('i:0#.f|membership|lucy.grey@council.local');
  expect(ensured).toMatchObject({ Title: 'Lucy Grey', Email: 'lucy.grey@council.local' });
  expect((await sp.web.ensureUser('lucy.grey@council.local')).Id).toBe(ensured.Id);
  const m = await sp.web.lists.getByTitle('Members').items.add({ Title: 'Lucy Grey', AccountId: ensured.Id });
  expect(m.AccountStringId).toBe(String(ensured.Id));
  expect((await errorOf(() => sp.web.lists.getByTitle('Members').items.add({ Title: 'Ghost', AccountId: 4242 }))).status).toBe(400);
});

test('the acting user comes from the local-user cookie, else X-Local-User; an unknown one is a 401', async () => {
  const viaCookie = await api(s.siteUrl, 'web/currentUser', { headers: { Cookie: 'theme=dark; local-user=owner' }, user: 'officer' });
  expect(viaCookie.json.Id).toBe(13);
  const unknown = await api(s.siteUrl, 'web/currentUser', { user: 'mayor' as LocalUserName });
  expect(unknown.status).toBe(401);
  expect(unknown.json['odata.error'].message.value).toContain("Unknown local user 'mayor'");
  const byDefault = await fetch(`${s.siteUrl}/_api/web/currentUser`, { headers: { Accept: 'application/json' } });
  expect(((await byDefault.json()) as { Id: number }).Id).toBe(10);
});

/** Every list the product shows, with an item in each. */
const LISTS = ['Wards', 'Political Groups', 'Members', 'Bodies', 'Memberships', 'Service Areas', 'Officers', 'Liaison Officers', 'Change Requests', 'Change Request Decisions', 'Pre-election Periods'];

async function firstItemId(list: string): Promise<number> {
  const owner = spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).items;
  const rows = await owner.select('Id').top(1)();
  if (rows.length > 0) return rows[0].Id as number;
  const required: Record<string, Record<string, unknown>> = {
    Bodies: { Title: 'Planning Committee', Kind: 'Committee' },
    Memberships: { Title: 'Jane Smith – Planning Committee', MemberId: 1, BodyId: 1, Role: 'Member' },
    'Pre-election Periods': { Title: 'Borough elections', StartDate: '2026-03-30T00:00:00Z', EndDate: '2026-05-07T00:00:00Z' },
    'Change Requests': { Title: 'Update my skills', Changes: '[]', BaseVersion: 1 },
  };
  if (list === 'Change Request Decisions') {
    const request = await firstItemId('Change Requests');
    return (await owner.add({ Title: 'Declined', RequestId: request, Decision: 'Declined', Reason: 'A test' })).Id as number;
  }
  return (await owner.add(required[list] ?? { Title: `A ${list} item` })).Id as number;
}

/** Whether SharePoint let the change through; a refusal must be SharePoint's 403 (or 404 for an item the user may not even read). */
async function allowed(change: () => Promise<unknown>, refusal = 403): Promise<boolean> {
  try {
    await change();
    return true;
  } catch (e) {
    expect((e as { status?: number }).status).toBe(refusal);
    return false;
  }
}

test.each(LISTS)('an officer can change nothing in %s: no add, no edit, no delete', async (list) => {
  const id = await firstItemId(list);
  const before = await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id)();
  const items = spFor(s.siteUrl, 'officer').web.lists.getByTitle(list).items;
  expect(await allowed(() => items.add({ Title: 'by an officer' }))).toBe(false);
  // A change request is not even there for an officer (each person reads only their own), so SharePoint answers 404.
  const refusal = list === 'Change Requests' ? 404 : 403;
  expect(await allowed(() => items.getById(id).update({ Title: 'changed by an officer' }), refusal)).toBe(false);
  expect(await allowed(() => items.getById(id).delete(), refusal)).toBe(false);
  expect(await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id)()).toMatchObject({ Title: before.Title, 'odata.etag': before['odata.etag'] });
});

test('a councillor cannot edit a member record, their own included', async () => {
  const members = spFor(s.siteUrl, 'councillor').web.lists.getByTitle('Members').items;
  expect(await allowed(() => members.getById(1).update({ Phone: '01788 533999' }))).toBe(false);
  expect(await allowed(() => members.add({ Title: 'New Councillor' }))).toBe(false);
  expect(await spFor(s.siteUrl, 'councillor').web.lists.getByTitle('Members').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  for (const list of ['Memberships', 'Wards', 'Bodies', 'Political Groups']) {
    const id = await firstItemId(list);
    expect(await allowed(() => spFor(s.siteUrl, 'councillor').web.lists.getByTitle(list).items.getById(id).update({ Title: 'x' }))).toBe(false);
  }
});

test('Democratic Services edit the items of every list they keep, Officers too (for the photos and the politically restricted flag)', async () => {
  for (const list of LISTS) {
    const id = await firstItemId(list);
    const can = await allowed(() => spFor(s.siteUrl, 'democratic-services').web.lists.getByTitle(list).items.getById(id).update({}));
    expect([list, can]).toEqual([list, true]);
  }
});

test('Democratic Services cannot change list settings, columns or views, nor make lists', async () => {
  const ds = spFor(s.siteUrl, 'democratic-services');
  const members = ds.web.lists.getByTitle('Members');
  const titleBefore = (await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Members').select('Title')()).Title;
  expect(await allowed(() => members.update({ Title: 'Councillors' }))).toBe(false);
  expect(await allowed(() => members.update({ EnableModeration: true }))).toBe(false);
  expect(await allowed(() => members.fields.addText('Party'))).toBe(false);
  expect(await allowed(() => ds.web.lists.getByTitle('Liaison Officers').fields.addText('Political party'))).toBe(false);
  expect(await allowed(() => members.fields.getByInternalNameOrTitle('Phone').update({ Title: 'Telephone' }))).toBe(false);
  expect(await allowed(() => members.fields.getByInternalNameOrTitle('Biography').delete())).toBe(false);
  expect(await allowed(() => members.views.add('By party'))).toBe(false);
  expect(await allowed(() => ds.web.lists.add('Campaign notes'))).toBe(false);
  expect(await allowed(() => members.delete())).toBe(false);
  // Nothing changed: the same title, and no column called Party.
  const owner = spFor(s.siteUrl, 'owner').web.lists.getByTitle('Members');
  expect((await owner.select('Title')()).Title).toBe(titleBefore);
  expect((await owner.fields.select('InternalName')()).map((f: { InternalName: string }) => f.InternalName)).not.toContain('Party');
  expect(await ds.web.lists.getByTitle('Members').currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
  expect(await ds.web.lists.getByTitle('Members').currentUserHasPermissions(PermissionKind.ManageLists)).toBe(false);
});

test('the built-in levels are the masks SharePoint documents; the editing level is Contribute without its personal views and web parts', () => {
  // SharePoint's Read, Contribute and Edit levels, as a tenant's EffectiveBasePermissions report them.
  expect(roleMask('read')).toEqual({ High: 176, Low: 138612833 });
  expect(roleMask('contribute')).toEqual({ High: 432, Low: 1011028719 });
  expect(roleMask('edit')).toEqual({ High: 432, Low: 1011030767 });
  const editItems = roleMask('editItems');
  const low = (kind: PermissionKind): number => 1 << (kind - 1);
  for (const kind of [PermissionKind.ViewListItems, PermissionKind.AddListItems, PermissionKind.EditListItems, PermissionKind.DeleteListItems]) {
    expect(editItems.Low & low(kind)).not.toBe(0);
  }
  for (const kind of [PermissionKind.ManageLists, PermissionKind.ManagePersonalViews, PermissionKind.ManagePermissions, PermissionKind.ManageWeb, PermissionKind.AddAndCustomizePages]) {
    expect([PermissionKind[kind], editItems.Low & low(kind)]).toEqual([PermissionKind[kind], 0]);
  }
});

test('the levels are SharePoint’s own masks, so PnPjs reads them as it would on a tenant', async () => {
  // Documented values: Read 176/138612833; Full Control all bits.
  expect(await spFor(s.siteUrl, 'councillor').web.lists.getByTitle('Members').effectiveBasePermissions()).toMatchObject({ High: '176', Low: '138612833' });
  const ds = (await spFor(s.siteUrl, 'democratic-services').web.lists.getByTitle('Members').effectiveBasePermissions()) as { High: string; Low: string };
  const low = Number(ds.Low);
  // View, Add, Edit and Delete items (bits 0–3) and nothing of ManageLists (bit 11), ManagePermissions (bit 25) or ManageWeb (bit 30).
  expect(low & 0xf).toBe(0xf);
  expect(low & (1 << 11)).toBe(0);
  expect(low & (1 << 25)).toBe(0);
  expect(low & (1 << 30)).toBe(0);
});
