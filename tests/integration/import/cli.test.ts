/**
 * `npm run import -- moderngov …` as a user runs it: a child process against the local server,
 * with the `--json` shape and the exit codes the issue gives (0 ran, 2 the source is not ModernGov
 * data, 64 usage).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli, type CommandRun } from '../../support/cli';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { clearLists, FIXTURE, rows, TODAY } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  await clearLists(spFor(s.siteUrl, 'owner'));
});
afterAll(() => s.stop());

/** `npm run import -- <args>`, as Democratic Services. */
const run = (args: string[]): Promise<CommandRun> => runCli(['import', ...args], { env: { LOCAL_USER: 'democratic-services' } });

test('--dry-run --json prints exactly the summary shape, and writes nothing', async () => {
  const r = await run(['moderngov', '--from', FIXTURE, '--site', s.siteUrl, '--dry-run', '--json', '--today', TODAY]);
  expect(r.code).toBe(0);
  const out = JSON.parse(r.stdout);
  expect(Object.keys(out)).toEqual(['source', 'wards', 'groups', 'members', 'bodies', 'memberships', 'vacancies', 'problems']);
  expect(out).toMatchObject({ source: FIXTURE, wards: { create: 5, update: 0, unchanged: 0 }, members: { create: 10, update: 0, unchanged: 0 }, vacancies: 1 });
  for (const p of out.problems) expect(Object.keys(p)).toEqual(['entity', 'id', 'field', 'message']);
  expect(await rows(spFor(s.siteUrl), 'Members', ['Id'])).toEqual([]);
}, 60000);

test('without --dry-run it writes, and says what it wrote; a second run has nothing to do', async () => {
  const first = await run(['moderngov', '--from', FIXTURE, '--site', s.siteUrl, '--today', TODAY]);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Members {6}10 created, 0 updated/);
  const second = await run(['moderngov', '--from', FIXTURE, '--site', s.siteUrl, '--json', '--today', TODAY]);
  expect(JSON.parse(second.stdout).members).toEqual({ create: 0, update: 0, unchanged: 10 });
  const report = await run(['moderngov', '--from', FIXTURE, '--site', s.siteUrl, '--report', '--today', TODAY]);
  expect(report.code).toBe(0);
  expect(report.stdout).toMatch(/Posts in ModernGov that are not memberships/);
  expect(report.stdout).toMatch(/This report is kept at \/sites\/council\/SiteAssets\/moderngov-drift-report\.json/);
}, 90000);

test('a source that is not ModernGov data exits 2 with the reason; a wrong command line exits 64', async () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'moderngov-'));
  fs.copyFileSync(path.join(FIXTURE, 'not-xml-redirect.html'), path.join(folder, 'GetCouncillorsByWard.xml'));
  const html = await run(['moderngov', '--from', folder, '--site', s.siteUrl, '--json']);
  expect(html.code).toBe(2);
  expect(html.stderr).toMatch(/GetCouncillorsByWard could not be read: the answer is a web page, not ModernGov data/);
  const none = await run(['moderngov', '--from', path.join(folder, 'missing'), '--site', s.siteUrl]);
  expect(none.code).toBe(2);
  expect(none.stderr).toMatch(/is neither a ModernGov address/);
  const usage = await run(['moderngov', '--site', s.siteUrl]);
  expect(usage.code).toBe(64);
  expect(usage.stderr).toMatch(/missing --from/);
  fs.rmSync(folder, { recursive: true });
}, 90000);
