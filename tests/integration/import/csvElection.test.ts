/**
 * The day after an election, from a CSV of Members, with the real PnPjs against the local server:
 * the file is the council after the election (an export with the rows of those not re-elected
 * removed or marked Former, and rows for the newly elected). The dry run names who leaves and
 * writes nothing; the action marks them Former and ends their memberships on the date (nothing
 * deleted) and adds the newly elected; a second run has nothing left to do. A file with a bad row,
 * or one that shares nobody with the council, is refused with nothing written.
 */
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { applyCsvElection, CsvReadError, ElectionRefused, exportCsv, planCsvElection, planCsvFile, readCsvSite, readSite } from '../../../src/data/import';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { sheet, snapshot } from './csvSupport';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugbyDataset());
});
afterAll(() => s.stop());

const ds = () => spFor(s.siteUrl, 'democratic-services');
const ELECTION = '2028-05-04';

async function electionFrom(text: string) {
  const sp = ds();
  const [csvSite, site] = await Promise.all([readCsvSite(sp, 'members'), readSite(sp)]);
  return { site, election: planCsvElection(planCsvFile('members', text, 'after-the-election.csv', csvSite), site, ELECTION) };
}

/** After the election: members 3 and 4 lost (3's row removed, 4's marked Former); Priti Okoro won Bilton. */
async function afterElection(): Promise<string> {
  const m = sheet((await exportCsv(ds(), 'members')).text);
  m.rows = m.rows.filter((r) => m.get(r, 'ID') !== '3');
  m.set(m.byId(4), 'Status', 'Former');
  m.add({ 'Given name': 'Priti', 'Family name': 'Okoro', Email: 'priti.okoro@rugby.gov.uk', Ward: 'Bilton', 'Term start': '05/05/2028', Status: 'Current' });
  return m.text();
}

test('the dry run names who leaves and which memberships end, and writes nothing', async () => {
  const before = await snapshot(ds(), 'Members');
  const { election, site } = await electionFrom(await afterElection());
  expect(election.leaving.map((l) => [l.member.id, l.name])).toEqual([
    [3, 'Cllr Owen Pritchard'],
    [4, 'Cllr Nadia Hussain']
  ]);
  const open = site.memberships.filter((m) => [3, 4].includes(m.record.memberId) && (!m.record.endDate || m.record.endDate > ELECTION));
  expect(election.ending.map((e) => e.membership.id).sort((a, b) => a - b)).toEqual(open.map((m) => m.id).sort((a, b) => a - b));
  expect(election.ending.length).toBeGreaterThan(0);
  expect(election.import.counts).toMatchObject({ create: 1, update: 0, invalid: 0 });
  expect(election.refused).toBeUndefined();
  expect(await snapshot(ds(), 'Members')).toEqual(before);
});

test('the action marks them Former, ends their memberships on the date, keeps history, and adds the newly elected', async () => {
  const sp = ds();
  const membershipsBefore = await snapshot(sp, 'Memberships', ['MemberId', 'EndDate']);
  const file = await afterElection();
  const { election, site } = await electionFrom(file);
  const result = await applyCsvElection(sp, election, site);
  expect(result).toMatchObject({ markedFormer: 2, membershipsEnded: election.ending.length, problems: [] });
  expect(result.imported).toMatchObject({ created: 1, updated: 0, notWritten: 0 });

  const members = await snapshot(sp, 'Members', ['GivenName', 'FamilyName', 'Status', 'TermEnd', 'WardId']);
  const byId = (id: number) => members.find((x) => x.Id === id) as Record<string, unknown>;
  for (const id of [3, 4]) {
    expect(byId(id)).toMatchObject({ Status: 'Former' });
    // 4 May 2028 in British Summer Time: the site's midnight, in UTC.
    expect(byId(id).TermEnd).toBe('2028-05-03T23:00:00Z');
  }
  expect(byId(1)).toMatchObject({ Status: 'Current' });
  expect(members.find((x) => x.FamilyName === 'Okoro')).toMatchObject({ GivenName: 'Priti', Status: 'Current', WardId: 3 });

  const after = await snapshot(sp, 'Memberships', ['MemberId', 'EndDate']);
  expect(after.length).toBe(membershipsBefore.length);
  const ended = after.filter((m) => [3, 4].includes(m.MemberId as number));
  expect(ended.length).toBe(election.ending.length);
  expect(ended.every((m) => m.EndDate === '2028-05-03T23:00:00Z')).toBe(true);
  const others = (rows: Array<Record<string, unknown>>) => rows.filter((m) => ![3, 4].includes(m.MemberId as number));
  expect(others(after)).toEqual(others(membershipsBefore));

  // The same file again: nobody else leaves, nothing else is added, and the leavers' rows change nothing.
  const again = await electionFrom(file);
  expect([again.election.leaving.length, again.election.ending.length, again.election.import.counts.create, again.election.import.counts.update]).toEqual([0, 0, 0, 0]);
});

test('a file with a bad row, or one that shares nobody with the council, is refused and nothing is written', async () => {
  const sp = ds();
  const m = sheet((await exportCsv(sp, 'members')).text);
  m.rows = m.rows.filter((r) => m.get(r, 'ID') !== '5');
  m.set(m.byId(6), 'Email', 'not an email');
  const before = await snapshot(sp, 'Members');
  const { election, site } = await electionFrom(m.text());
  expect(election.refused).toMatch(/^1 row has problems \(listed by row\)\. The election marks as former every current member the file does not list/);
  await expect(applyCsvElection(sp, election, site)).rejects.toThrow(ElectionRefused);
  expect(await snapshot(sp, 'Members')).toEqual(before);

  // A file with its column names and no rows would retire the whole council: refused.
  await expect(electionFrom(sheet((await exportCsv(sp, 'members')).text.split('\r\n')[0] + '\r\n').text())).rejects.toThrow(/^None of the current members is in after-the-election\.csv/);
  const stranger = sheet('ID,Given name,Family name,Email\r\n');
  stranger.add({ 'Given name': 'Someone', 'Family name': 'Else', Email: 'someone.else@rugby.gov.uk' });
  await expect(electionFrom(stranger.text())).rejects.toThrow(new CsvReadError('None of the current members is in after-the-election.csv, so nobody was marked as former: check that it is the right council.'));
});
