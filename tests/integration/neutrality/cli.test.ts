/**
 * `npm run neutrality -- scan --site URL` and `check --site URL` against the local SharePoint
 * server: the report, --json, --csv, exit codes 0 / 1 / 2, and the npm script itself.
 */
import Papa from 'papaparse';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { LIST_TITLES } from '../../../src/data/lists';
import { toItem } from '../../../src/data/mappers/entities';
import type { ScanReport } from '../../../src/data/scan';
import { runCli, runCommand, type CommandRun } from '../../support/cli';
import { startTestServer, type TestServer } from '../../support/localServer';

/** `npm run neutrality -- <args>`, with what it reads on standard input. */
const cli = (args: string[], input = '', env: Record<string, string> = {}): Promise<CommandRun> => runCli(['neutrality', ...args], { input, env });

let dirty: TestServer;
let clean: TestServer;

beforeAll(async () => {
  clean = await startTestServer();
  seedCouncil(clean.server!, rugbyDataset());
  dirty = await startTestServer();
  dirty.server!.seed(LIST_TITLES.politicalGroups, [{ Title: 'Rugby Independents Group', ShortName: 'RIG', Aliases: 'Rugby Independents' }]);
  dirty.server!.seed(LIST_TITLES.serviceAreas, [
    toItem('serviceAreas', { title: 'Waste and Recycling', directorate: 'Operations', description: 'Green waste and bins.' }),
    toItem('serviceAreas', { title: 'Parks', directorate: 'Operations', description: 'Delivered thanks to the R u g b y   I n d e p e n d e n t s.' })
  ]);
  dirty.server!.seed(LIST_TITLES.officers, [
    toItem('officers', { givenName: 'Sam', familyName: 'Patel', jobTitle: 'Lаbour Party Liaison', serviceAreaId: 1, email: 'sam@rugby.gov.uk' }, 'Sam Patel'),
    toItem('officers', { givenName: 'Jo', familyName: 'Green', jobTitle: 'Green Spaces Officer', serviceAreaId: 2, email: 'jo@rugby.gov.uk' }, 'Jo Green')
  ]);
}, 60000);

afterAll(async () => {
  await clean?.stop();
  await dirty?.stop();
});

describe('neutrality scan', () => {
  it('prints every violation with its list, item, field, words, rule and link, and exits 1', async () => {
    const r = await cli(['scan', '--site', dirty.siteUrl]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`Neutrality scan of ${dirty.siteUrl}:`);
    expect(r.stdout).toContain('Officers, item 1 (Sam Patel), Job title: "Lаbour Party" [party-name]');
    expect(r.stdout).toContain(`${dirty.siteUrl}/Lists/Officers/DispForm.aspx?ID=1`);
    expect(r.stdout).toContain('Service Areas, item 2 (Parks), Service description: "R u g b y   I n d e p e n d e n t s" [council-group]');
    expect(r.stdout).toContain(`${dirty.siteUrl}/Lists/ServiceAreas/DispForm.aspx?ID=2`);
    expect(r.stdout).not.toContain('Jo Green');
    expect(r.stdout).toMatch(/2 violations in 2 items\.\n$/);
  });

  it('writes JSON with --json, and a CSV file with --csv', async () => {
    const csv = path.join(mkdtempSync(path.join(tmpdir(), 'scan-')), 'report.csv');
    const r = await cli(['scan', `--site=${dirty.siteUrl}`, '--json', '--csv', csv]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as ScanReport;
    expect(report.complete).toBe(true);
    expect(report.violations.map((v) => [v.list, v.itemId, v.fieldName, v.words, v.rule])).toEqual([
      ['Service Areas', 2, 'description', 'R u g b y   I n d e p e n d e n t s', 'council-group'],
      ['Officers', 1, 'jobTitle', 'Lаbour Party', 'party-name']
    ]);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { newline: '\r\n', skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(['List', 'Item', 'Item title', 'Field', 'Words found', 'Rule', 'Why', 'Link']);
    expect(parsed.data.slice(1).map((row) => [row[0], row[1], row[4]])).toEqual([
      ['Service Areas', '2', 'R u g b y   I n d e p e n d e n t s'],
      ['Officers', '1', 'Lаbour Party']
    ]);
  });

  it('finds nothing on the clean Rugby site and exits 0', async () => {
    const r = await cli(['scan', '--site', clean.siteUrl]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/No party-political or campaigning text found\.\n$/);
  });

  it('exits 2 when the site cannot be read, naming it', async () => {
    const gone = await startTestServer();
    const url = gone.siteUrl;
    await gone.stop();
    const r = await cli(['scan', '--site', url]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`the site ${url} could not be read`);
  });

  it("refuses a tenant site without the tenant's sign-in settings, naming them", async () => {
    const env = { ENTRA_TENANT_ID: '', ENTRA_CLIENT_ID: '', ENTRA_CLIENT_SECRET: '', ENTRA_CERTIFICATE_PRIVATE_KEY: '', ENTRA_CERTIFICATE_THUMBPRINT: '' };
    const r = await cli(['scan', '--site', 'https://rugby.sharepoint.com/sites/council'], '', env);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/is a Microsoft 365 tenant site, and signing in to it .* needs .*ENTRA_TENANT_ID, ENTRA_CLIENT_ID/);
  });
});

describe('neutrality check --site', () => {
  it("uses the site's own political groups", async () => {
    const input = [JSON.stringify({ id: 1, text: 'RIG members asked about bins.' }), JSON.stringify({ id: 2, text: 'The drilling rig was removed.' })].join('\n');
    const r = await cli(['check', '--channel', 'officer', '--site', dirty.siteUrl], input);
    expect(r.code).toBe(0);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: number; allowed: boolean; findings: Array<{ rule: string }> });
    expect(out.map((o) => [o.id, o.allowed, o.findings.map((f) => f.rule)])).toEqual([
      [1, false, ['council-group']],
      [2, true, []]
    ]);
  });
});

describe('the npm script', () => {
  it('runs the check exactly as README documents', async () => {
    const r = await runCommand('npm', ['run', '--silent', 'neutrality', '--', 'check', '--channel', 'officer'], { input: '{"id":"a","text":"Vote Labour!"}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ id: 'a', allowed: false });
  }, 60000);
});
