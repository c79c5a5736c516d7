/**
 * The four local users and what SharePoint would let each of them do, including the effective
 * permission masks PnPjs reads with hasPermissions / currentUserHasPermissions.
 */
import { PermissionKind } from '@pnp/sp/security';
import { api, errorOf, LocalUserName, spFor, startTestServer, TestServer } from '../support/localServer';
import { seedCouncil } from './fixtures';

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
  ['democratic-services', 'Officers', false],
  ['democratic-services', 'Service Areas', false],
  ['owner', 'Officers', true],
] as [LocalUserName, string, boolean][])('%s adding to %s: %s', async (user, list, allowed) => {
  const before = (await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).select('ItemCount')()).ItemCount;
  expect(await canAdd(user, list, { Title: `by ${user}` })).toBe(allowed);
  const after = (await spFor(s.siteUrl, 'owner').web.lists.getByTitle(list).select('ItemCount')()).ItemCount;
  expect(after).toBe(before + (allowed ? 1 : 0));
});

test('a councillor can add a change request but not edit or delete it', async () => {
  const sp = spFor(s.siteUrl, 'councillor');
  const cr = await sp.web.lists.getByTitle('Change Requests').items.add({ Title: 'Update my phone', MemberId: 1, Details: 'New number' });
  expect(cr.Status).toBe('Pending');
  expect((await errorOf(() => sp.web.lists.getByTitle('Change Requests').items.getById(cr.Id).update({ Status: 'Approved' }))).status).toBe(403);
  expect((await errorOf(() => sp.web.lists.getByTitle('Change Requests').items.getById(cr.Id).delete())).status).toBe(403);
  await spFor(s.siteUrl, 'democratic-services').web.lists.getByTitle('Change Requests').items.getById(cr.Id).update({ Status: 'Approved' });
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
  expect(await can('democratic-services', 'Officers', PermissionKind.EditListItems)).toBe(false);
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
  expect(await sp.web.lists.getByTitle('Officers').userHasPermissions(dsLogin, PermissionKind.EditListItems)).toBe(false);
  expect(await sp.web.userHasPermissions('i:0#.f|membership|nobody@elsewhere.example', PermissionKind.ViewListItems)).toBe(false);
});

test('users: currentUser, siteUsers, getById, getByEmail, ensureUser', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  expect(await sp.web.currentUser()).toMatchObject({ Id: 12, Title: 'Helen Okafor', Email: 'helen.okafor@council.local', IsSiteAdmin: false });
  expect(await spFor(s.siteUrl, 'owner').web.currentUser.select('IsSiteAdmin')()).toMatchObject({ IsSiteAdmin: true });
  expect((await sp.web.siteUsers()).map((u: { Id: number }) => u.Id)).toEqual(expect.arrayContaining([10, 11, 12, 13]));
  expect(await sp.web.siteUsers.getById(11)()).toMatchObject({ Title: 'Tom Hargreaves' });
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
