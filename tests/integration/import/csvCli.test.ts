/**
 * `npm run import -- csv …` and `import -- election --from FILE.csv` as a user runs them: a child
 * process against the local server, with the `--json` shape and the exit codes every command
 * shares (0 it ran, 2 the file or site could not be read, 64 usage).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { runCli, type CommandRun } from '../../support/cli';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { CSV_FIXTURES, sheet, snapshot } from './csvSupport';

let s: TestServer;
let dir: string;
beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugbyDataset());
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csv-cli-'));
});
afterAll(async () => {
  await s.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** `npm run import -- <args>`, as Democratic Services. */
const run = (args: string[]): Promise<CommandRun> => runCli(['import', ...args], { env: { LOCAL_USER: 'democratic-services' } });

test('--export writes the file Excel opens; --dry-run --json prints the summary shape and writes nothing; without it the valid rows are written', async () => {
  const file = path.join(dir, 'bodies.csv');
  const exported = await run(['csv', '--list', 'bodies', '--export', file, '--site', s.siteUrl]);
  expect([exported.code, exported.stdout]).toEqual([0, `Exported 23 bodies from Bodies to ${file}.\n`]);
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const piped = await run(['csv', '--list', 'bodies', '--export', '-', '--site', s.siteUrl]);
  expect([piped.code, piped.stdout]).toEqual([0, bytes.toString('utf8')]);

  const b = sheet(bytes.toString('utf8'));
  b.set(b.byId(3), 'Description', 'Decides the planning applications that are not delegated to officers.');
  b.set(b.byId(4), 'Kind', 'Quango');
  fs.writeFileSync(path.join(dir, 'bodies-edited.csv'), b.text());
  const before = await snapshot(spFor(s.siteUrl), 'Bodies', ['Description', 'Kind']);
  const dry = await run(['csv', '--list', 'bodies', '--from', path.join(dir, 'bodies-edited.csv'), '--site', s.siteUrl, '--dry-run', '--json']);
  expect(dry.code).toBe(0);
  const out = JSON.parse(dry.stdout);
  expect(Object.keys(out)).toEqual(['source', 'list', 'dryRun', 'rows', 'create', 'update', 'unchanged', 'invalid', 'notInFile', 'written', 'problems', 'notes']);
  expect(out).toMatchObject({ list: 'Bodies', dryRun: true, rows: 23, create: 0, update: 1, unchanged: 21, invalid: 1, written: null });
  expect(out.problems).toEqual([{ row: 5, column: 'Kind', message: 'Kind of body must be one of: Council, Cabinet, Committee, Working Party, Task and Finish Group, Outside Body.' }]);
  expect(await snapshot(spFor(s.siteUrl), 'Bodies', ['Description', 'Kind'])).toEqual(before);

  const wet = await run(['csv', '--list', 'bodies', '--from', path.join(dir, 'bodies-edited.csv'), '--site', s.siteUrl]);
  expect(wet.code).toBe(0);
  expect(wet.stdout).toMatch(/To change \(1\):\n {2}row 4: Planning Committee: Description ".*" → "Decides the planning applications that are not delegated to officers\."/);
  expect(wet.stdout).toMatch(/Written: 0 added, 1 changed; 21 unchanged; 1 not written\./);
  expect(wet.stdout).toMatch(/Not written \(1\):\n {2}row 5, Kind: Kind of body must be one of/);
  const after = await snapshot(spFor(s.siteUrl), 'Bodies', ['Description', 'Kind']);
  expect(after.find((x) => x.Id === 3)?.Description).toBe('Decides the planning applications that are not delegated to officers.');
  expect(after.find((x) => x.Id === 4)).toEqual(before.find((x) => x.Id === 4));
}, 90000);

test('a file that is not a CSV of the list, or not there, exits 2 saying why; a wrong command line exits 64', async () => {
  const wrong = await run(['csv', '--list', 'bodies', '--from', path.join(CSV_FIXTURES, 'bodies-wrong-headers.csv'), '--site', s.siteUrl, '--json']);
  expect(wrong.code).toBe(2);
  expect(wrong.stderr).toMatch(/bodies-wrong-headers\.csv: None of the columns is a column of Bodies\./);
  expect(JSON.parse(wrong.stdout)).toMatchObject({ list: 'Bodies', error: expect.stringMatching(/^None of the columns is a column of Bodies/) });
  const missing = await run(['csv', '--list', 'bodies', '--from', path.join(dir, 'nowhere.csv'), '--site', s.siteUrl]);
  expect([missing.code, missing.stderr]).toEqual([2, `import: ${path.join(dir, 'nowhere.csv')} does not exist.\n`]);
  const noList = await run(['csv', '--from', 'x.csv', '--site', s.siteUrl]);
  expect([noList.code, noList.stderr]).toEqual([64, 'import: missing --list NAME (the list).\nRun with --help for usage.\n']);
  const badList = await run(['csv', '--list', 'wards', '--from', 'x.csv', '--site', s.siteUrl]);
  expect(badList.stderr).toMatch(/--list must be one of members, memberships, bodies, officers, liaison-officers \(got "wards"\)/);
  const both = await run(['csv', '--list', 'bodies', '--from', 'x.csv', '--export', 'y.csv', '--site', s.siteUrl]);
  expect([both.code, both.stderr]).toEqual([64, 'import: give either --from FILE (to import) or --export FILE (to export).\nRun with --help for usage.\n']);
}, 90000);

test('the election from a CSV: a dry run with --json, then the action', async () => {
  const file = path.join(dir, 'members.csv');
  expect((await run(['csv', '--list', 'members', '--export', file, '--site', s.siteUrl])).code).toBe(0);
  const m = sheet(fs.readFileSync(file, 'utf8'));
  m.rows = m.rows.filter((r) => m.get(r, 'ID') !== '2');
  m.add({ 'Given name': 'Priti', 'Family name': 'Okoro', Email: 'priti.okoro@rugby.gov.uk', Ward: 'Benn', 'Term start': '2028-05-05' });
  const after = path.join(dir, 'after-election.csv');
  fs.writeFileSync(after, m.text({ delimiter: ';' }));
  const dry = await run(['election', '--date', '2028-05-04', '--from', after, '--site', s.siteUrl, '--dry-run', '--json']);
  expect(dry.code).toBe(0);
  const out = JSON.parse(dry.stdout);
  expect(out).toMatchObject({ date: '2028-05-04', dryRun: true, leaving: [{ id: 2, name: 'Cllr Harpreet Sandhu' }], markedFormer: 0, refused: null, import: { list: 'Members', create: 1, invalid: 0 } });
  expect(out.membershipsToEnd).toBeGreaterThan(0);
  const wet = await run(['election', '--date', '2028-05-04', '--from', after, '--site', s.siteUrl]);
  expect(wet.code).toBe(0);
  expect(wet.stdout).toMatch(new RegExp(`Marked as former: 1; memberships ended: ${out.membershipsToEnd}`));
  const members = await snapshot(spFor(s.siteUrl), 'Members', ['Status', 'FamilyName']);
  expect(members.find((x) => x.Id === 2)).toMatchObject({ Status: 'Former' });
  expect(members.find((x) => x.FamilyName === 'Okoro')).toMatchObject({ Status: 'Current' });
}, 90000);
