/**
 * Date-only values written by the import paths (CSV, ModernGov, the election) are the site's own
 * midnight, by the site's regional settings time zone, and are read back by it: with the real
 * PnPjs against the local server. On the default site (GMT Standard Time) a British Summer Time
 * date goes in and comes back as the same day; on a site in US Eastern time, where writing UK
 * midnight lands on the evening before, the import still writes the day it was given; on a site in
 * Tokyo, where UK reading of the site's midnight lands on the day before, the export still says
 * the stored day. The oracle is SharePoint's stored instant, computed here by hand.
 */
import { applyElection, exportCsv, importCsv, importModernGov, planElection } from '../../../src/data/import';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { startSite, type Site } from '../server/site';
import { sheet } from './csvSupport';
import { answersFrom, clearLists, FIXTURE, rows, TODAY } from './support';

let uk: Site;
let eastern: Site;
let tokyo: Site;

beforeAll(async () => {
  [uk, eastern, tokyo] = await Promise.all([startSite(), startSite({ timeZone: 10 }), startSite({ timeZone: 20 })]);
  for (const site of [uk, eastern, tokyo]) seedCouncil(site.server, rugbyDataset());
});
afterAll(() => Promise.all([uk.stop(), eastern.stop(), tokyo.stop()]));

const member = async (site: Site, id: number): Promise<Record<string, unknown>> => site.sp('owner').web.lists.getByTitle('Members').items.getById(id).select('TermStart', 'TermEnd', 'Status')();

/** Exports Members, sets one member's term start as Excel in the UK writes a date, and imports the file. */
async function importTermStart(site: Site, id: number, ukDate: string) {
  const sp = site.sp('democratic-services');
  const file = sheet((await exportCsv(sp, 'members')).text);
  file.set(file.byId(id), 'Term start', ukDate);
  return importCsv(sp, file.text(), { list: 'members', source: 'members.csv', dryRun: false });
}

test('the default site, GMT Standard Time: a summer-time date imported from a CSV is the site\u2019s midnight, and the export and a second import agree', async () => {
  const done = await importTermStart(uk, 3, '07/05/2026');
  expect(done.summary).toMatchObject({ update: 1, written: { updated: 1, notWritten: 0 } });
  // Midnight on 7 May in British Summer Time is 23:00 UTC on 6 May.
  expect((await member(uk, 3)).TermStart).toBe('2026-05-06T23:00:00Z');
  const again = await exportCsv(uk.sp('democratic-services'), 'members');
  expect(sheet(again.text).get(sheet(again.text).byId(3), 'Term start')).toBe('2026-05-07');
  const second = await importCsv(uk.sp('democratic-services'), again.text, { list: 'members', source: 'members.csv', dryRun: true });
  expect(second.summary).toMatchObject({ update: 0, invalid: 0 });
});

test('a site in US Eastern time: the CSV import writes the day it was given (a UK midnight would be the evening before there)', async () => {
  const done = await importTermStart(eastern, 3, '07/05/2026');
  expect(done.summary.written).toMatchObject({ updated: 1, notWritten: 0 });
  // Midnight on 7 May in New York (summer time, UTC−4). Written as UK midnight, SharePoint would keep 6 May.
  expect((await member(eastern, 3)).TermStart).toBe('2026-05-07T04:00:00Z');
  const again = sheet((await exportCsv(eastern.sp('democratic-services'), 'members')).text);
  expect(again.get(again.byId(3), 'Term start')).toBe('2026-05-07');
});

test('a site in Tokyo: a date SharePoint holds as the site\u2019s midnight is exported as that day (read in UK time it is the day before)', async () => {
  // As SharePoint's own form stores 7 May in Tokyo (UTC+9): 15:00 UTC on 6 May.
  await tokyo.sp('owner').web.lists.getByTitle('Members').items.getById(4).update({ TermStart: '2026-05-06T15:00:00Z' });
  const file = sheet((await exportCsv(tokyo.sp('democratic-services'), 'members')).text);
  expect(file.get(file.byId(4), 'Term start')).toBe('2026-05-07');
  // The same day typed back changes nothing.
  file.set(file.byId(4), 'Term start', '07/05/2026');
  const dry = await importCsv(tokyo.sp('democratic-services'), file.text(), { list: 'members', source: 'members.csv', dryRun: true });
  expect(dry.plan.rows.find((r) => r.id === 4)).toMatchObject({ outcome: 'unchanged' });
});

test('a site in US Eastern time: the ModernGov import and the election write the site\u2019s midnight of each date', async () => {
  const sp = eastern.sp('democratic-services');
  await clearLists(eastern.sp('owner'));
  const imported = await importModernGov(sp, await answersFrom(FIXTURE), { today: TODAY, dryRun: false });
  expect(imported.written?.problems.filter((p) => /date|term/i.test(p.field))).toEqual([]);
  const members = await rows(eastern.sp('owner'), 'Members', ['Id', 'ModernGovId', 'TermStart', 'Status']);
  const bernard = members.find((m) => m.ModernGovId === '301') as Record<string, unknown>;
  // The fixture's term from 04/05/2023: midnight in New York is 04:00 UTC; UK midnight would have been 3 May there.
  expect(bernard.TermStart).toBe('2023-05-04T04:00:00Z');
  // A second import reads the dates back as they were written: nothing to change.
  const second = await importModernGov(sp, await answersFrom(FIXTURE), { today: TODAY, dryRun: true });
  expect(second.summary.members.update).toBe(0);

  // The day after an election on 7 May 2026 (summer time): everyone ModernGov no longer lists leaves.
  const answers = await answersFrom(FIXTURE);
  const ward = answers.wards?.find((w) => w.councillors.some((c) => c.id === '301'));
  if (!ward) throw new Error('the fixture has no ward for councillor 301');
  ward.councillors = ward.councillors.filter((c) => c.id !== '301');
  const { plan, site } = await importModernGov(sp, answers, { today: '2026-05-08', dryRun: true });
  const election = planElection(plan, site, '2026-05-07');
  expect(election.leaving.map((l) => l.member.id)).toEqual([bernard.Id]);
  const result = await applyElection(sp, election, site);
  expect(result.markedFormer).toBe(1);
  expect(await member(eastern, bernard.Id as number)).toMatchObject({ Status: 'Former', TermEnd: '2026-05-07T04:00:00Z' });
  const ended = (await rows(eastern.sp('owner'), 'Memberships', ['MemberId', 'EndDate'])).filter((m) => m.MemberId === bernard.Id);
  expect(ended.length).toBeGreaterThan(0);
  expect(ended.map((m) => m.EndDate)).toEqual(ended.map(() => '2026-05-07T04:00:00Z'));
});
