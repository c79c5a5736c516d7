/**
 * CSV export and import with the real PnPjs against the local SharePoint server, on the Rugby
 * demo council: export → import of the same file changes nothing, for every list; a file with bad
 * rows is listed by row and column in a dry run that writes nothing, then only its valid rows are
 * written, in batches; Excel's own variants read as they should; a record changed in SharePoint
 * since the dry run, and a user without edit rights, are reported and nothing is overwritten.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { CSV_LISTS, CsvReadError, exportCsv, importCsv, MAX_CSV_CHARS, planCsvFile, readCsvSite, writeCsvPlan } from '../../../src/data/import';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { CSV_FIXTURES, sheet, snapshot } from './csvSupport';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugbyDataset());
});
afterAll(() => s.stop());

const ds = () => spFor(s.siteUrl, 'democratic-services');
const TITLES = { members: 'Members', memberships: 'Memberships', bodies: 'Bodies', officers: 'Officers', liaisonOfficers: 'Liaison Officers' } as const;

test('export → import of the same file changes nothing, in every list', async () => {
  for (const list of CSV_LISTS) {
    const before = await snapshot(ds(), TITLES[list]);
    const file = await exportCsv(ds(), list);
    expect([list, file.text.charCodeAt(0), file.rows]).toEqual([list, 0xfeff, before.length]);
    const r = await importCsv(ds(), file.text, { list, source: `${list}.csv`, dryRun: false });
    expect([list, r.summary]).toMatchObject([list, { rows: before.length, create: 0, update: 0, unchanged: before.length, invalid: 0, notInFile: 0, written: { created: 0, updated: 0, notWritten: 0 }, problems: [] }]);
    expect(await snapshot(ds(), TITLES[list])).toEqual(before);
  }
}, 60000);

test('lookups are exported as the title beside the id, and a stored formula-like value is neutralised and survives the round trip', async () => {
  const sp = ds();
  await sp.web.lists.getByTitle('Members').items.getById(2).update({ PreferredName: '=Harpreet', Biography: '@home in Rugby; -2 degrees today' });
  const file = await exportCsv(sp, 'members');
  const m = sheet(file.text);
  const row = m.byId(2);
  expect([m.get(row, 'Ward'), m.get(row, 'Ward ID'), m.get(row, 'Political group'), m.get(row, 'Political group ID')]).toEqual(['Admirals and Cawston', '1', 'Conservative Group', '1']);
  expect([m.get(row, 'Preferred name'), m.get(row, 'Biography')]).toEqual(["'=Harpreet", "'@home in Rugby; -2 degrees today"]);
  expect(file.text).toContain('"\'=Harpreet"');
  const r = await importCsv(sp, file.text, { list: 'members', source: 'members.csv', dryRun: true });
  expect(r.plan.rows.find((x) => x.id === 2)).toMatchObject({ outcome: 'unchanged' });
  const liaison = sheet((await exportCsv(sp, 'liaisonOfficers')).text);
  const emeka = liaison.byId(5);
  expect([liaison.get(emeka, 'Officer'), liaison.get(emeka, 'Wards covered'), liaison.get(emeka, 'Wards covered IDs')]).toEqual([
    'Emeka Moore',
    'Benn; Bilton; Eastlands; Hillmorton; New Bilton; Newbold and Brownsover; Paddox; Rokeby and Overslade',
    '2; 3; 7; 8; 10; 11; 12; 14'
  ]);
});

test('a file with bad rows: the dry run lists them by row and column and writes nothing; the import writes only the valid rows', async () => {
  const sp = ds();
  const m = sheet((await exportCsv(sp, 'members')).text);
  m.set(m.byId(1), 'Email', 'andrew.whitcombe@rugby'); // row 2: bad email
  m.set(m.byId(3), 'Ward', 'Hilmorton'); // row 4: a ward that does not exist
  m.set(m.byId(3), 'Ward ID', '');
  m.set(m.byId(4), 'Mobile', '07700 900555'); // row 5: valid change
  m.set(m.byId(5), 'Biography', 'Re-elect me and vote Green on 6 May.'); // row 6: campaigning
  m.set(m.byId(6), 'Term start', '06/05/2024'); // row 7: the same date, as Excel writes it
  m.set(m.byId(7), 'Ward', 'Benn'); // row 8: valid change of ward, by title
  m.set(m.byId(7), 'Ward ID', '');
  m.add({ 'Given name': 'Priti', 'Family name': 'Okoro', Email: 'priti.okoro@rugby.gov.uk', Ward: 'Paddox', 'Term start': '07/05/2026' });
  const text = m.text();
  const before = await snapshot(sp, 'Members', ['Email', 'Mobile', 'WardId', 'Biography']);

  const dry = await importCsv(sp, text, { list: 'members', source: 'members.csv', dryRun: true });
  expect(dry.summary.problems).toEqual([
    { row: 2, column: 'Email', message: 'Council email must be an email address, like name@rugby.gov.uk.' },
    { row: 4, column: 'Ward', message: '"Hilmorton" is not a ward in this site. Check the spelling, or give the Ward ID.' },
    { row: 6, column: 'Biography', message: expect.stringMatching(/^"Re-elect me" cannot be saved here\. /) }
  ]);
  expect(dry.summary).toMatchObject({ create: 1, update: 2, invalid: 3, written: null });
  expect(dry.plan.rows.filter((r) => r.outcome === 'update').map((r) => [r.row, r.changes.map((c) => [c.column, c.from, c.to])])).toEqual([
    [5, [['Mobile', '07700 900103', '07700 900555']]],
    [8, [['Ward', 'Bilton', 'Benn']]]
  ]);
  expect(await snapshot(sp, 'Members', ['Email', 'Mobile', 'WardId', 'Biography'])).toEqual(before);

  const done = await writeCsvPlan(sp, dry.plan);
  expect(done).toMatchObject({ created: 1, updated: 2, notWritten: 3, unchanged: dry.summary.unchanged });
  expect(done.problems.map((p) => [p.row, p.column])).toEqual([
    [2, 'Email'],
    [4, 'Ward'],
    [6, 'Biography']
  ]);
  const after = await snapshot(sp, 'Members', ['Title', 'GivenName', 'FamilyName', 'Email', 'Mobile', 'WardId', 'Biography', 'TermStart', 'Status']);
  const byId = (id: number) => after.find((x) => x.Id === id) as Record<string, unknown>;
  expect(byId(1).Email).toBe('andrew.whitcombe@rugby.gov.uk');
  expect(byId(4).Mobile).toBe('07700 900555');
  expect(byId(7).WardId).toBe(2);
  expect(String(byId(5).Biography)).not.toMatch(/vote Green/);
  const priti = after.find((x) => x.FamilyName === 'Okoro') as Record<string, unknown>;
  expect(priti).toMatchObject({ Title: 'Priti Okoro', GivenName: 'Priti', Email: 'priti.okoro@rugby.gov.uk', WardId: 12, Status: 'Current', TermStart: '2026-05-06T23:00:00Z' });
  // Only the changed columns were sent: the rest of the record, and every other record, is as it was.
  const untouched = before.filter((x) => ![4, 7].includes(x.Id as number));
  expect(after.filter((x) => untouched.some((u) => u.Id === x.Id)).map((x) => [x.Id, x.Modified])).toEqual(untouched.map((x) => [x.Id, x.Modified]));

  // The same file again: the rows written are unchanged now (Priti matched by name), the bad rows still listed.
  const again = await importCsv(sp, text, { list: 'members', source: 'members.csv', dryRun: true });
  expect(again.summary).toMatchObject({ create: 0, update: 0, invalid: 3 });
});

test('Excel’s semicolon CSV (sep= line, BOM, CRLF, UK dates, a quoted new line) imports as it reads', async () => {
  const sp = ds();
  const bytes = fs.readFileSync(path.join(CSV_FIXTURES, 'members-excel-semicolon.csv'));
  const r = await importCsv(sp, bytes, { list: 'members', source: 'members-excel-semicolon.csv', dryRun: false });
  expect(r.plan.rows.map((x) => [x.row, x.outcome])).toEqual([
    [2, 'unchanged'],
    [3, 'update'],
    [4, 'create']
  ]);
  expect(r.summary.written).toEqual({ created: 1, updated: 1, notWritten: 0 });
  const rows = await snapshot(sp, 'Members', ['GivenName', 'FamilyName', 'PostalAddress', 'PublishAddress', 'Skills', 'WardId', 'Phone']);
  expect(rows.find((x) => x.Id === 2)).toMatchObject({ PostalAddress: '12 Bilton Road\nRugby CV22 7AA', PublishAddress: false });
  expect(rows.find((x) => x.FamilyName === 'Fairclough-Smythe')).toMatchObject({ GivenName: 'Zoë', Skills: 'Housing\nYouth services', WardId: 12, Phone: '01632 960199' });
});

test('the liaison officer fixture: party-political text, an unknown ward, an ID that contradicts its name and a formula are each refused by row and column', async () => {
  const sp = ds();
  const before = await snapshot(sp, 'Liaison Officers', ['OfficerId', 'Role', 'WardsId', 'Profile']);
  const r = await importCsv(sp, fs.readFileSync(path.join(CSV_FIXTURES, 'liaison-officers-bad-rows.csv')), { list: 'liaisonOfficers', source: 'liaison-officers-bad-rows.csv', dryRun: false });
  expect(r.summary.notes).toEqual([{ message: 'Column "Notes for us" is not a column of Liaison Officers, so it was ignored.' }]);
  const problems = r.summary.problems.map((p) => [p.row, p.column, p.message]);
  expect(problems).toEqual([
    [3, 'What I can help with', expect.stringMatching(/^"Labour" cannot be saved here\. Names one of the council's political groups/)],
    [4, 'Wards covered', '"Atlantis" is not a ward in this site. Check the spelling, or give the Wards covered IDs.'],
    [5, 'Officer', 'Officer ID 6 is Gemma Lloyd, but Officer says "Gemma Jackson". Correct one of them, or clear Officer ID.'],
    [6, 'Officer', 'Officer starts with "=", so a spreadsheet would run it as a formula. Type the value itself.'],
    [7, 'Role', 'Role must be Liaison Officer or Deputy Liaison Officer.'],
    [7, 'What I can help with', 'What I can help with must say, in at least 20 characters, what councillors can come to this officer about.'],
    [7, 'Officer', 'Officer is required.'],
    [7, 'Service area', 'Service area is required.']
  ]);
  expect(r.summary.written).toEqual({ created: 0, updated: 1, notWritten: 5 });
  const after = await snapshot(sp, 'Liaison Officers', ['OfficerId', 'Role', 'WardsId', 'Profile']);
  expect(after.find((x) => x.Id === 3)).toMatchObject({ Role: 'Liaison Officer', WardsId: [2, 8] });
  expect(after.filter((x) => x.Id !== 3)).toEqual(before.filter((x) => x.Id !== 3));
});

test('a record changed in SharePoint after the dry run is not overwritten, and says so', async () => {
  const sp = ds();
  const m = sheet((await exportCsv(sp, 'members')).text);
  m.set(m.byId(9), 'Phone', '01788 533500');
  m.set(m.byId(10), 'Phone', '01788 533501');
  const site = await readCsvSite(sp, 'members');
  const plan = planCsvFile('members', m.text(), 'members.csv', site);
  expect(plan.counts).toMatchObject({ update: 2 });
  // Someone edits member 9 in SharePoint meanwhile.
  await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Members').items.getById(9).update({ Mobile: '07700 900999' });
  const done = await writeCsvPlan(sp, plan);
  expect(done).toMatchObject({ updated: 1, notWritten: 1 });
  expect(done.problems).toEqual([{ row: 10, message: expect.stringMatching(/^Cllr .+ was not updated: .*changed/) }]);
  const rows = await snapshot(sp, 'Members', ['Phone', 'Mobile']);
  expect(rows.find((x) => x.Id === 9)).toMatchObject({ Mobile: '07700 900999' });
  expect(rows.find((x) => x.Id === 9)?.Phone).not.toBe('01788 533500');
  expect(rows.find((x) => x.Id === 10)).toMatchObject({ Phone: '01788 533501' });
});

test('without edit rights nothing is written, and each row says why', async () => {
  const officer = spFor(s.siteUrl, 'officer');
  const b = sheet((await exportCsv(officer, 'bodies')).text);
  b.set(b.byId(3), 'Description', 'Decides planning applications.');
  const before = await snapshot(ds(), 'Bodies', ['Description']);
  const r = await importCsv(officer, b.text(), { list: 'bodies', source: 'bodies.csv', dryRun: false });
  expect(r.summary.written).toEqual({ created: 0, updated: 0, notWritten: 1 });
  expect(r.summary.problems).toEqual([{ row: 4, message: expect.stringMatching(/^Planning Committee was not updated: You do not have permission to change bodies/) }]);
  expect(await snapshot(ds(), 'Bodies', ['Description'])).toEqual(before);
});

test('valid rows are written in $batch requests, not one request each', async () => {
  const sp = spFor(s.siteUrl, 'owner');
  const o = sheet((await exportCsv(sp, 'officers')).text);
  for (const row of o.rows.slice(0, 250)) o.set(row, 'Location', 'Town Hall, Evreux Way');
  const site = await readCsvSite(sp, 'officers');
  const plan = planCsvFile('officers', o.text(), 'officers.csv', site);
  expect(plan.counts.update).toBe(250);
  await s.resetRequestCount();
  const done = await writeCsvPlan(sp, plan);
  expect(done).toMatchObject({ updated: 250, notWritten: 0 });
  // Chunks of 100, which PnPjs sends as $batch requests of 20 parts each: 5 + 5 + 3.
  expect(await s.requestCount()).toBe(13);
});

test('a file that is not a CSV of the list is refused before the site is read', async () => {
  await s.resetRequestCount();
  await expect(importCsv(ds(), fs.readFileSync(path.join(CSV_FIXTURES, 'bodies-wrong-headers.csv')), { list: 'bodies', source: 'x.csv', dryRun: true })).rejects.toThrow(CsvReadError);
  await expect(importCsv(ds(), new Uint8Array(MAX_CSV_CHARS + 10), { list: 'bodies', source: 'x.csv', dryRun: true })).rejects.toThrow(/larger than 20 MB/);
  expect(await s.requestCount()).toBe(0);
});
