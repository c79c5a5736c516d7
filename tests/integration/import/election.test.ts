/**
 * The day after an election, with the real PnPjs against the local server: a dry run says who
 * leaves and what ends and writes nothing; the action marks them Former and ends their memberships
 * on the date (nothing deleted), adds the newly elected, and a second run has nothing left to do.
 */
import { applyElection, importModernGov, planElection, type ModernGovAnswers } from '../../../src/data/import';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { answersFrom, clearLists, FIXTURE, rows, TODAY } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await clearLists(spFor(s.siteUrl, 'owner'));
  await importModernGov(spFor(s.siteUrl, 'democratic-services'), await answersFrom(FIXTURE), { today: TODAY, dryRun: false });
});
afterAll(() => s.stop());

const ELECTION = '2027-05-06';

/** ModernGov after the election: Joan Underhill (309) and Kwame Vaughan-Price (310) lost; Mo Patel (312) won Fernside. */
async function afterElection(): Promise<ModernGovAnswers> {
  const answers = await answersFrom(FIXTURE);
  const fernside = answers.wards?.find((w) => w.title === 'Fernside');
  if (!fernside) throw new Error('the fixture has no Fernside ward');
  const lorna = fernside.councillors.find((c) => c.id === '311');
  fernside.councillors = [
    ...(lorna ? [lorna] : []),
    { id: '312', fullName: 'Cllr Mo Patel', party: 'Labour Party', work: { email: 'mo.patel@fernside.example.gov.uk' }, home: {}, terms: [{ start: '2027-05-07' }] }
  ];
  return answers;
}

test('a dry run names who leaves and which memberships end, and writes nothing', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const { plan, site } = await importModernGov(sp, await afterElection(), { today: '2027-05-07', dryRun: true });
  const election = planElection(plan, site, ELECTION);
  expect(election.leaving.map((l) => l.name).sort()).toEqual(['Cllr Joan Underhill', 'Cllr Kwame Vaughan-Price']);
  expect(election.ending.map((e) => [e.member, e.membership.record.role])).toEqual([['Cllr Joan Underhill', 'Member']]);
  expect(plan.members.create.map((m) => m.key)).toEqual(['312']);
  expect((await rows(sp, 'Members', ['Status'])).every((m) => m.Status === 'Current')).toBe(true);
});

test('the action marks them Former, ends their memberships on the date, keeps history, and adds the newly elected', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const before = await rows(sp, 'Memberships', ['Id']);
  const { plan, site } = await importModernGov(sp, await afterElection(), { today: '2027-05-07', dryRun: true });
  const result = await applyElection(sp, planElection(plan, site, ELECTION), site);
  expect(result).toMatchObject({ markedFormer: 2, membershipsEnded: 1 });
  expect(result.imported.members.created).toBe(1);
  const members = await rows(sp, 'Members', ['Id', 'ModernGovId', 'Status', 'TermEnd']);
  const m = (id: string) => members.find((x) => x.ModernGovId === id) as Record<string, unknown>;
  expect(m('309')).toMatchObject({ Status: 'Former' });
  expect(String(m('309').TermEnd)).toMatch(/^2027-05-0[56]T/);
  // Kwame's term had already ended in 2019: that end is kept.
  expect(String(m('310').TermEnd)).toMatch(/^2019-05-0[12]T/);
  expect(m('312')).toMatchObject({ Status: 'Current' });
  expect(m('311')).toMatchObject({ Status: 'Current', TermEnd: null });
  const after = await rows(sp, 'Memberships', ['Id', 'MemberId', 'EndDate']);
  expect(after.length).toBe(before.length);
  const joans = after.filter((x) => x.MemberId === m('309').Id);
  expect(joans).toHaveLength(1);
  expect(String(joans[0].EndDate)).toMatch(/^2027-05-0[56]T/);
  expect(after.filter((x) => x.MemberId !== m('309').Id).every((x) => x.EndDate === null)).toBe(true);

  const again = await importModernGov(sp, await afterElection(), { today: '2027-05-07', dryRun: true });
  const second = planElection(again.plan, again.site, ELECTION);
  expect([second.leaving.length, second.ending.length, again.summary.members.create]).toEqual([0, 0, 0]);
});

test('a source that shares no one with the current council is refused, and a bad date is explained', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const answers = await afterElection();
  for (const w of answers.wards ?? []) w.councillors = w.councillors.map((c) => ({ ...c, id: `x${c.id}`, fullName: `Cllr Someone Else${c.id}` }));
  const { plan, site } = await importModernGov(sp, answers, { today: '2027-05-07', dryRun: true });
  expect(() => planElection(plan, site, ELECTION)).toThrow(/None of the current members is in the ModernGov data/);
  expect(() => planElection(plan, site, '2027-02-30')).toThrow(/must be a real date/);
});

test('saved answers without the councillors cannot say who was elected, so nobody is marked as former', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const answers = await afterElection();
  delete answers.wards;
  const { plan, site } = await importModernGov(sp, answers, { today: '2027-05-07', dryRun: true });
  expect(() => planElection(plan, site, ELECTION)).toThrow('The ModernGov data holds no councillors (GetCouncillorsByWard), so the election cannot tell who was elected; nobody was marked as former.');
});
