/**
 * A second council, written to carry the quirks MODERNGOV.md lists that the fixture lacks: NBSPs
 * and twice-encoded titles, a nickname and post-nominals with commas, "Cllr.", a pseudo-ward
 * with the Mayor in it, an individual listed as their own party, "Non-Aligned", a blank party,
 * two email addresses in one field, prose in a phone field, relative and placeholder photos,
 * absent and "unspecified" terms, a Full Council for council-wide posts, a deleted committee, an
 * older meeting beside the latest, officers and co-optees among the attendees, and an unknown role.
 * Imported into a site whose Political Groups Democratic Services already keep.
 */
import { importModernGov } from '../../../src/data/import';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { answersFrom, clearLists, MESSY, rows, TODAY } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  const sp = spFor(s.siteUrl, 'owner');
  await clearLists(sp);
  await sp.web.lists.getByTitle('Political Groups').items.add({ Title: 'Labour Group', ShortName: 'Labour' });
  await sp.web.lists.getByTitle('Political Groups').items.add({ Title: 'Liberal Democrat Group', Aliases: 'Liberal Democrats' });
});
afterAll(() => s.stop());

test('every quirk is handled by its rule', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const r = await importModernGov(sp, await answersFrom(MESSY), { today: TODAY, dryRun: false });
  const problems = r.summary.problems.map((p) => `${p.entity} ${p.id} ${p.field}: ${p.message}`);

  // Wards: the pseudo-ward is not one; entities decoded twice, NBSP trimmed.
  expect((await rows(sp, 'Wards', ['Title'])).map((w) => w.Title)).toEqual(['Rugby - Benn & Bilton', 'Newbold and Brownsover', 'Paddox']);
  expect(r.summary.vacancies).toBe(1);
  expect(problems).toContain('member 1006 wardId: Listed under "Borough Member", which is not a ward, so no ward was set.');

  // Groups: existing groups are not duplicated; a new local group is reported, not created; the national spelling is added as another name.
  const groups = await rows(sp, 'Political Groups', ['Id', 'Title', 'Aliases']);
  expect(groups.map((g) => [g.Title, g.Aliases])).toEqual([
    // "LABOUR PARTY" is the group's own name, folded; "Lib Dem" is matched through the national party, so it is kept as another name.
    ['Labour Group', null],
    ['Liberal Democrat Group', 'Liberal Democrats\nLib Dem']
  ]);
  expect(problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^member 1007 politicalGroupId: "Rugby Independents" does not match the name, short name or other names of any Political Group/),
    expect.stringMatching(/^member 1004 politicalGroupId: "Independent Councillor Nair" names the councillor rather than a group/)
  ]));

  const members = await rows(sp, 'Members', ['ModernGovId', 'Honorific', 'GivenName', 'FamilyName', 'PreferredName', 'PostNominals', 'Email', 'Phone', 'Mobile', 'Photo', 'WardId', 'PoliticalGroupId', 'TermStart']);
  const m = (id: string) => members.find((x) => x.ModernGovId === id) as Record<string, unknown>;
  expect(members.map((x) => x.ModernGovId)).toEqual(['1001', '1002', '1004', '1005', '1006', '1007']);
  expect(m('1001')).toMatchObject({ GivenName: 'Robert', FamilyName: 'Smith', PreferredName: 'Bob', PostNominals: 'OBE JP', Mobile: '07700 900001', Photo: null, PoliticalGroupId: groups[0].Id });
  expect(m('1002')).toMatchObject({ GivenName: 'Anne-Marie', FamilyName: 'O’Neill', Email: 'anne.oneill@messy.example.gov.uk', Phone: null, Photo: null, PoliticalGroupId: groups[1].Id });
  expect(m('1004')).toMatchObject({ Honorific: 'Dr', PostNominals: 'MBE', Email: null, Phone: '01632 960004', PoliticalGroupId: null });
  expect(JSON.parse(String(m('1004').Photo))).toMatchObject({ serverUrl: 'https://moderngov.messy.example' });
  expect(String(m('1004').TermStart)).toMatch(/^2022-05-0[45]T/);
  expect(m('1005')).toMatchObject({ GivenName: 'Tom', FamilyName: 'Jones', Phone: '01632 960005', PoliticalGroupId: null });
  expect(m('1006')).toMatchObject({ GivenName: 'Sam', FamilyName: 'Green', WardId: null, TermStart: null });
  expect(m('1007')).toMatchObject({ Honorific: 'Mr', GivenName: 'Lee', FamilyName: 'van der Berg', Email: null, Phone: '01632 960007', PoliticalGroupId: null });
  expect(problems).toEqual(expect.arrayContaining([
    'member 1002 email: Council email holds more than one address ("anne.oneill@messy.example.gov.uk; a.oneill@home.example"); only the first, anne.oneill@messy.example.gov.uk, was taken.',
    'member 1002 phone: Phone "Please ring the Members’ Office" is not a UK phone number, so it was not imported.',
    expect.stringMatching(/^member 1001 photoUrl: Photo "\/UserData\/1\/0\/0\/1\/Info00001001\/bigpic\.jpg" is not a web address \(saved answers give no site/),
    'member 1004 email: ModernGov gives only a personal email address (in the home address), which the import does not publish; add the council email by hand.',
    'member 1007 email: Council email "not given" is not an email address, so it was not imported.'
  ]));

  // Bodies: the deleted committee is not created.
  const bodies = await rows(sp, 'Bodies', ['Id', 'Title', 'Kind']);
  expect(bodies.map((b) => [b.Title, b.Kind])).toEqual([['Full Council', 'Council'], ['Cabinet', 'Cabinet'], ['Planning Committee', 'Committee'], ['Audit & Standards Committee', 'Committee']]);

  // Memberships: Cabinet roles with their portfolio, council-wide posts on Full Council, committee places from the latest meeting.
  const memberKey = new Map((await rows(sp, 'Members', ['Id', 'ModernGovId'])).map((x) => [x.Id, x.ModernGovId]));
  const bodyTitle = new Map(bodies.map((b) => [b.Id, b.Title]));
  const memberships = await rows(sp, 'Memberships', ['MemberId', 'BodyId', 'Role', 'PostTitle', 'Portfolio']);
  expect(memberships.map((x) => [memberKey.get(x.MemberId as number), bodyTitle.get(x.BodyId as number), x.Role, x.PostTitle ?? x.Portfolio]).sort()).toEqual(
    [
      ['1001', 'Cabinet', 'Leader', 'Leader of the Council'],
      ['1001', 'Planning Committee', 'Member', null],
      ['1002', 'Full Council', 'Chair', null],
      ['1002', 'Full Council', 'Champion', 'Climate Change Champion'],
      ['1004', 'Audit & Standards Committee', 'Chair', null],
      ['1004', 'Full Council', 'Champion', 'Member Champion for Older People'],
      ['1004', 'Planning Committee', 'Member', null],
      ['1005', 'Planning Committee', 'Vice-Chair', null],
      ['1006', 'Full Council', 'Mayor', 'Mayor'],
      ['1007', 'Planning Committee', 'Substitute', null]
    ].sort()
  );
  expect(memberships.find((x) => x.Role === 'Leader')?.Portfolio).toBe('Finance, Performance and Legal');
  expect(problems).toEqual(expect.arrayContaining([
    expect.stringMatching(/^membership 9002 memberId: Mrs A Parishioner \(9002\) at meeting 7001 of Planning Committee is not a councillor/),
    expect.stringMatching(/^membership 1001 role: Cllr Bob Smith \(1001\) at meeting 7001 of Planning Committee has the role "Lead Questioner", which the directory does not know; they were imported as a Member\.$/)
  ]));
  expect(r.plan.unmappedPosts.map((p) => p.post)).toEqual(['Chief Whip', 'Shadow Portfolio Holder for Housing']);

  // Run again: nothing to do.
  const again = await importModernGov(sp, await answersFrom(MESSY), { today: TODAY, dryRun: true });
  for (const list of ['wards', 'groups', 'members', 'bodies', 'memberships'] as const) expect([list, again.summary[list].create, again.summary[list].update]).toEqual([list, 0, 0]);
});
