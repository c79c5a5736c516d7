/**
 * docs/deploy.md, run as written: every command in its shell boxes, in order, against a bare local
 * site (with the local Microsoft Graph for the officer sync), the guide's example tenant address
 * standing for the local site. Each must run (exit 0, or 1 where the guide says the command then
 * lists what needs attention) and say what the guide says it says.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { localGraph } from '../../../local/graph';
import type { LocalServer } from '../../../local/server';
import { track } from '../../support/cleanup';
import { Site, startSite } from '../server/site';

const REPO = path.resolve(__dirname, '../../..');
const GUIDE = fs.readFileSync(path.join(REPO, 'docs/deploy.md'), 'utf8');
const EXAMPLE_SITE = 'https://rugbygov.sharepoint.com/sites/directory';
const LISTS = (fs.readFileSync(path.join(REPO, 'sharepoint/assets/elements.xml'), 'utf8').match(/<ListInstance /g) ?? []).length;

/** The commands in the guide's ```sh boxes, in order. */
const commands = [...GUIDE.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) => m[1].split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#')));

let site: Site;
beforeAll(async () => {
  let server: LocalServer | undefined;
  const graph = localGraph({ server: () => server as LocalServer });
  site = await startSite({ bare: true, extraRoutes: graph.routes });
  server = site.server;
});
afterAll(() => site.stop());

function run(command: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const argv = command.replace(/\s+/g, ' ').split(' ');
  if (argv[0] !== 'npm' || argv[1] !== 'run') throw new Error(`The guide has a command the test does not know how to run: ${command}`);
  const args = ['run', '--silent', ...argv.slice(2).map((a) => (a === EXAMPLE_SITE ? site.siteUrl : a))];
  return track(
    new Promise((resolve, reject) => {
      const child = spawn('npm', args, { cwd: REPO, env: { ...process.env, LOCAL_USER: 'owner' }, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      child.on('error', reject);
      child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    }),
    async () => undefined
  );
}

test('the guide has the commands an administrator needs, each for the directory site', () => {
  expect(commands.length).toBeGreaterThanOrEqual(8);
  for (const c of commands.filter((x) => !x.includes('--help'))) expect(c).toContain(`--site ${EXAMPLE_SITE}`);
  expect(commands.map((c) => c.split(' ')[2])).toEqual(expect.arrayContaining(['provision', 'sync-officers']));
});

test('every command in the guide runs as written, in order, and says what the guide says', async () => {
  const outputs: string[] = [];
  for (const command of commands) {
    const r = await run(command);
    outputs.push(r.stdout);
    const sync = command.includes('sync-officers');
    // the officer sync ends with 1 while departments are not yet mapped, as the guide says
    expect({ command, code: r.code, stderr: r.stderr }).toEqual({ command, code: sync ? expect.any(Number) : 0, stderr: sync ? expect.any(String) : '' });
    if (sync) expect([0, 1]).toContain(r.code);
  }
  const [dryRun, first, groups, tenantWide] = outputs;
  expect(dryRun).toMatch(/\(dry run: nothing was changed\)/);
  expect(first).toMatch(new RegExp(`Lists\\s+${LISTS} created`));
  expect(groups).toMatch(/Groups\s+4 created/);
  expect(tenantWide).toMatch(/Tenant setting CouncilDirectorySiteUrl/);
  // the upgrade step's run, on an up-to-date site
  const upgradeRun = outputs[commands.lastIndexOf(`npm run provision -- --site ${EXAMPLE_SITE}`)];
  expect(upgradeRun).toMatch(/Nothing to change/);
  expect(outputs[outputs.length - 1]).toMatch(/^Usage: npm run provision -- --site URL/);
  // what the guide says the site then has
  expect((await site.sp().web.lists.select('Title')()).length).toBe(3 + LISTS);
  expect(await site.sp().web.getStorageEntity('CouncilDirectorySiteUrl')).toMatchObject({ Value: site.siteUrl });
}, 120000);

test('README links to the guide', () => {
  expect(fs.readFileSync(path.join(REPO, 'README.md'), 'utf8')).toMatch(/\]\(docs\/deploy\.md\)/);
});
