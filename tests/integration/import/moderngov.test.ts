/**
 * The ModernGov import with the real PnPjs against the local SharePoint server: the fixture into
 * an empty site creates exactly its wards, groups, members, bodies and memberships; a second run
 * changes nothing; a dry run writes nothing; the drift report after hand edits names each edit.
 */
import { buildDriftReport, importModernGov, readLastDriftReport, saveDriftReport } from '../../../src/data/import';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { answersFrom, clearLists, FIXTURE, rows, TODAY } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await clearLists(spFor(s.siteUrl, 'owner'));
});
afterAll(() => s.stop());

const ds = () => spFor(s.siteUrl, 'democratic-services');

test('a dry run plans the whole fixture and writes nothing', async () => {
  const r = await importModernGov(ds(), await answersFrom(FIXTURE), { today: TODAY, dryRun: true });
  expect(r.summary).toMatchObject({
    wards: { create: 5, update: 0, unchanged: 0 },
    groups: { create: 6, update: 0, unchanged: 0 },
    members: { create: 10, update: 0, unchanged: 0 },
    bodies: { create: 6, update: 0, unchanged: 0 },
    memberships: { create: 9, update: 0, unchanged: 0 },
    vacancies: 1
  });
  expect(r.written).toBeUndefined();
  for (const title of ['Wards', 'Members', 'Memberships']) expect(await rows(ds(), title, ['Id'])).toEqual([]);
});

test('the import creates exactly the fixture’s wards, groups, members, bodies and memberships', async () => {
  const r = await importModernGov(ds(), await answersFrom(FIXTURE), { today: TODAY, dryRun: false });
  expect(r.written).toMatchObject({
    wards: { created: 5, updated: 0, notWritten: 0 },
    groups: { created: 6, updated: 0, notWritten: 0 },
    bodies: { created: 6, updated: 0, notWritten: 0 },
    members: { created: 10, updated: 0, notWritten: 0 },
    memberships: { created: 9, updated: 0, notWritten: 0 }
  });
  const sp = ds();
  const wards = await rows(sp, 'Wards', ['Id', 'Title', 'Seats', 'ModernGovId']);
  expect(wards.map((w) => [w.Title, w.Seats, w.ModernGovId])).toEqual([
    ['Abbey & Kingsway', 3, 'Abbey & Kingsway'],
    ['Brookfield', 2, 'Brookfield'],
    ['Castle Hill', 2, 'Castle Hill'],
    ['Dunmore - Eastgate', 1, 'Dunmore - Eastgate'],
    ['Fernside', 3, 'Fernside']
  ]);
  const groups = await rows(sp, 'Political Groups', ['Id', 'Title', 'Aliases']);
  expect(groups.map((g) => [g.Title, g.Aliases])).toEqual([
    ['Conservative', null],
    ['Labour', 'Labour and Co-operative Party'],
    ['Liberal Democrats', null],
    ['Green Party', null],
    ['Fernside Residents', null],
    ['Independent', null]
  ]);
  const groupId = (name: string) => groups.find((g) => g.Title === name)?.Id;
  const wardId = (title: string) => wards.find((w) => w.Title === title)?.Id;

  const members = await rows(sp, 'Members', ['Id', 'Title', 'GivenName', 'FamilyName', 'Honorific', 'PostNominals', 'Email', 'Phone', 'Photo', 'WardId', 'PoliticalGroupId', 'TermStart', 'TermEnd', 'Status', 'ModernGovId', 'PostalAddress', 'PublishAddress']);
  expect(members.map((m) => m.ModernGovId)).toEqual(['301', '302', '303', '304', '305', '306', '308', '309', '310', '311']);
  const m = (id: string) => members.find((x) => x.ModernGovId === id) as Record<string, unknown>;
  expect(m('301')).toMatchObject({ Title: 'Bernard Okonkwo', GivenName: 'Bernard', FamilyName: 'Okonkwo', Email: 'bernard.okonkwo@fernside.example.gov.uk', Phone: '01632 960201', WardId: wardId('Abbey & Kingsway'), PoliticalGroupId: groupId('Conservative'), Status: 'Current' });
  expect(String(m('301').TermStart)).toMatch(/^2023-05-0[34]T/);
  expect(m('301').TermEnd).toBeNull();
  expect(JSON.parse(String(m('301').Photo))).toMatchObject({ serverUrl: 'https://democracy.fernside.example', serverRelativeUrl: '/UserData/3/0/1/Info00000301/bigpic.jpg' });
  expect(m('303')).toMatchObject({ GivenName: 'Dorothy', FamilyName: 'Mbeki-Rowe', Phone: null, PoliticalGroupId: groupId('Liberal Democrats') });
  expect(m('304')).toMatchObject({ Honorific: 'Mrs', GivenName: 'Eamon', FamilyName: 'Fairbairn', PostNominals: 'MBE', Photo: null, WardId: wardId('Brookfield') });
  expect(m('305')).toMatchObject({ Email: null, PoliticalGroupId: groupId('Fernside Residents') });
  expect(m('308')).toMatchObject({ PoliticalGroupId: groupId('Labour'), WardId: wardId('Dunmore - Eastgate') });
  expect(m('309')).toMatchObject({ Email: null, PoliticalGroupId: groupId('Labour') });
  expect(m('310')).toMatchObject({ Status: 'Current' });
  expect(String(m('310').TermEnd)).toMatch(/^2019-05-0[12]T/);
  expect(m('311')).toMatchObject({ TermStart: null, PoliticalGroupId: groupId('Labour') });
  // Home addresses are never published, nor even written, for a new member.
  for (const x of members) expect([x.ModernGovId, x.PostalAddress, x.PublishAddress]).toEqual([x.ModernGovId, null, false]);

  const bodies = await rows(sp, 'Bodies', ['Id', 'Title', 'Kind', 'ModernGovId']);
  expect(bodies.map((b) => [b.ModernGovId, b.Title, b.Kind])).toEqual([
    ['101', 'Cabinet', 'Cabinet'],
    ['102', 'Planning Committee', 'Committee'],
    ['103', 'Licensing Committee', 'Committee'],
    ['104', 'Overview and Scrutiny Committee', 'Committee'],
    ['105', 'Climate Emergency Working Party', 'Working Party'],
    ['106', 'Town Centre Task & Finish Group', 'Task and Finish Group']
  ]);
  const memberKey = new Map(members.map((x) => [x.Id, x.ModernGovId]));
  const bodyKey = new Map(bodies.map((b) => [b.Id, b.Title]));
  const memberships = await rows(sp, 'Memberships', ['Id', 'Title', 'MemberId', 'BodyId', 'Role', 'PostTitle', 'Portfolio', 'EndDate']);
  expect(memberships.map((x) => [memberKey.get(x.MemberId as number), bodyKey.get(x.BodyId as number), x.Role, x.PostTitle, x.Portfolio]).sort()).toEqual(
    [
      ['301', 'Cabinet', 'Leader', 'Leader of the Council', 'Growth & Investment'],
      ['302', 'Planning Committee', 'Chair', null, null],
      ['303', 'Licensing Committee', 'Vice-Chair', null, null],
      ['304', 'Planning Committee', 'Vice-Chair', null, null],
      ['306', 'Cabinet', 'Portfolio Holder', null, 'Housing'],
      ['306', 'Planning Committee', 'Member', null, null],
      ['308', 'Overview and Scrutiny Committee', 'Vice-Chair', null, null],
      ['309', 'Planning Committee', 'Member', null, null],
      ['311', 'Planning Committee', 'Substitute', null, null]
    ].sort()
  );
  expect(memberships.find((x) => x.Role === 'Leader')?.Title).toBe('Bernard Okonkwo – Cabinet');
  // What could not be imported is said, by member and field.
  expect(r.summary.problems).toEqual(
    expect.arrayContaining([
      { entity: 'member', id: '309', field: 'email', message: expect.stringMatching(/^Council email "see surgery details; or cllr\.office@fernside\.example\.gov\." is not an email address/) },
      { entity: 'member', id: '303', field: 'phone', message: expect.stringMatching(/labelled as a home number/) },
      { entity: 'member', id: '310', field: 'termStart', message: expect.stringMatching(/Every term of office in ModernGov has ended/) },
      { entity: 'membership', id: '303', field: 'keyposts', message: expect.stringMatching(/"Armed Forces Champion" \(Cllr Dorothy Mbeki-Rowe\) was not imported: the site has no Full Council body/) }
    ])
  );
});

test('a second run of the same data changes nothing', async () => {
  const before = await rows(ds(), 'Members', ['Id', 'Modified']);
  const r = await importModernGov(ds(), await answersFrom(FIXTURE), { today: TODAY, dryRun: false });
  for (const list of ['wards', 'groups', 'members', 'bodies', 'memberships'] as const) expect([list, r.summary[list].create, r.summary[list].update]).toEqual([list, 0, 0]);
  expect(r.summary).toMatchObject({ wards: { unchanged: 5 }, groups: { unchanged: 6 }, members: { unchanged: 10 }, bodies: { unchanged: 6 }, memberships: { unchanged: 9 } });
  expect(r.written).toMatchObject({ members: { created: 0, updated: 0 }, memberships: { created: 0, updated: 0 } });
  expect(await rows(ds(), 'Members', ['Id', 'Modified'])).toEqual(before);
});

test('the drift report after hand edits names each edit, and is kept for the web part', async () => {
  const sp = ds();
  const members = await rows(sp, 'Members', ['Id', 'ModernGovId']);
  const id = (key: string) => members.find((m) => m.ModernGovId === key)?.Id as number;
  const wards = await rows(sp, 'Wards', ['Id', 'Title']);
  await sp.web.lists.getByTitle('Members').items.getById(id('302')).update({ Email: 'chidi.h@fernside.example.gov.uk', WardId: wards.find((w) => w.Title === 'Fernside')?.Id });
  const extra = await sp.web.lists.getByTitle('Members').items.add({ Title: 'Hand Typed', GivenName: 'Hand', FamilyName: 'Typed', Status: 'Current' });
  const planning = (await rows(sp, 'Bodies', ['Id', 'Title'])).find((b) => b.Title === 'Planning Committee')?.Id as number;
  const places = await rows(sp, 'Memberships', ['Id', 'MemberId', 'BodyId', 'Role']);
  const substitute = places.find((p) => p.MemberId === id('311') && p.BodyId === planning) as Record<string, number>;
  await sp.web.lists.getByTitle('Memberships').items.getById(substitute.Id).delete();
  await sp.web.lists.getByTitle('Memberships').items.add({ Title: 'x', MemberId: id('305'), BodyId: planning, Role: 'Member' });

  const r = await importModernGov(sp, await answersFrom(FIXTURE), { today: TODAY, dryRun: true });
  const report = buildDriftReport(r.plan, r.site, '2026-11-20T09:00:00.000Z');
  expect(report.members.differ).toEqual([
    {
      id: id('302'),
      moderngovId: '302',
      name: 'Cllr Chidi Hartley',
      fields: [
        { field: 'email', label: 'Council email', sharePoint: 'chidi.h@fernside.example.gov.uk', modernGov: 'chidi.hartley@fernside.example.gov.uk' },
        { field: 'wardId', label: 'Ward', sharePoint: 'Fernside', modernGov: 'Abbey & Kingsway' }
      ]
    }
  ]);
  expect(report.members.onlyInSharePoint).toEqual([{ id: extra.Id, name: 'Cllr Hand Typed' }]);
  expect(report.members.onlyInModernGov).toEqual([]);
  expect(report.memberships.onlyInModernGov).toEqual([{ member: 'Lorna Whitcombe', body: 'Planning Committee', role: 'Substitute', post: undefined }]);
  expect(report.memberships.onlyInSharePoint).toEqual([expect.objectContaining({ member: 'Cllr Farah Quayle', body: 'Planning Committee', role: 'Member' })]);
  expect(report.posts.map((p) => p.post)).toEqual(expect.arrayContaining(['Shadow Cabinet Member for Finance', 'Armed Forces Champion', 'Group Leader']));

  // Nothing was written by the comparison.
  expect((await sp.web.lists.getByTitle('Members').items.getById(id('302')).select('Email')()).Email).toBe('chidi.h@fernside.example.gov.uk');

  await saveDriftReport(spFor(s.siteUrl, 'owner'), report);
  expect(await readLastDriftReport(ds())).toEqual(report);
});
