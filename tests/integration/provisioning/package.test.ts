/**
 * The package check (tools/verify-package.js, run by CI after `npm run package`): on this
 * repository's sources it finds nothing wrong, and each rule it enforces is seen to fail on a copy
 * that breaks it. The built package's layout (feature_<id>.xml, element manifests and upgrade
 * actions under the feature's id, element files and Teams icons) is SPFx 1.21's packager's, read
 * in @microsoft/spfx-heft-plugins' packageSolution.
 */
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';

// eslint-disable-next-line @typescript-eslint/no-var-requires
const verify = require('../../../tools/verify-package.js') as {
  checkSources(root?: string): string[];
  checkPackage(entries: Map<string, () => Buffer>, root?: string): string[];
  readPng(buf: Buffer): { width?: number; height?: number; error?: string };
  WEB_PARTS: Array<{ id: string; title: string; manifest: string }>;
};

const REPO = path.resolve(__dirname, '../../..');
const FEATURE = '27a76900-c533-4f42-8ed3-f1702e8727a0';
const [MEMBERS, OFFICERS] = verify.WEB_PARTS;

/** A copy of what the check reads, to break. */
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copy(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-'));
  made.push(root);
  for (const dir of ['config', 'sharepoint/assets', 'teams', 'src/webparts/memberProfiles', 'src/webparts/officerDirectory']) {
    fs.mkdirSync(path.join(root, dir), { recursive: true });
    for (const f of fs.readdirSync(path.join(REPO, dir))) {
      const from = path.join(REPO, dir, f);
      if (fs.statSync(from).isFile()) fs.copyFileSync(from, path.join(root, dir, f));
    }
  }
  return root;
}
const edit = (root: string, file: string, change: (text: string) => string): void => fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), 'utf8')));

/** A w×h RGBA PNG of one colour. */
function png(w: number, h: number, rgba: number[]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (b: Buffer): number => {
    let c = 0xffffffff;
    for (const x of b) c = crcTable[(c ^ x) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer): Buffer => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4);
    c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: w }, () => rgba).flat())]);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(Buffer.concat(Array.from({ length: h }, () => row)))), chunk('IEND', Buffer.alloc(0))]);
}

test('the sources are right: tenant-wide, versioned, upgradable, Teams-ready', () => {
  expect(verify.checkSources(REPO)).toEqual([]);
  const solution = JSON.parse(fs.readFileSync(path.join(REPO, 'config/package-solution.json'), 'utf8')).solution;
  expect(solution).toMatchObject({ skipFeatureDeployment: true, version: solution.features[0].version });
  expect(verify.readPng(fs.readFileSync(path.join(REPO, `teams/${OFFICERS.id}_color.png`)))).toMatchObject({ width: 192, height: 192 });
});

test('a list added without an upgrade action, or defined differently there, is caught', () => {
  const root = copy();
  edit(root, 'sharepoint/assets/elements.xml', (t) => t.replace('</Elements>', '  <ListInstance Title="Casework" Url="Lists/Casework" TemplateType="100" FeatureId="00bfea71-de22-43b2-a848-c05709900100" CustomSchema="schema-wards.xml" Description="x" OnQuickLaunch="FALSE" />\n</Elements>'));
  edit(root, 'sharepoint/assets/elements-upgrade-0.2.0.0.xml', (t) => t.replace('Description="Entra ID departments', 'Description="Departments'));
  expect(verify.checkSources(root)).toEqual([
    'elements-upgrade-0.2.0.0.xml: the list Department Mappings must be defined exactly as in elements.xml',
    'the list Casework is newer than 0.1.0.0 but no upgrade action makes it on sites that have 0.1.0.0'
  ]);
});

test('versions, tenant-wide deployment, manifests and Teams icons are each checked', () => {
  const root = copy();
  edit(root, 'config/package-solution.json', (t) => t.replace('"skipFeatureDeployment": true', '"skipFeatureDeployment": false').replace(/("id": "27a76900-c533-4f42-8ed3-f1702e8727a0",\s*"version": )"[^"]+"/, '$1"0.1.0.0"'));
  edit(root, OFFICERS.manifest, (t) => t.replace(', "TeamsPersonalApp"', ''));
  edit(root, MEMBERS.manifest, (t) => t.replace(MEMBERS.id, '00000000-0000-0000-0000-000000000001'));
  fs.writeFileSync(path.join(root, `teams/${OFFICERS.id}_outline.png`), png(32, 32, [0, 90, 112, 255]));
  fs.rmSync(path.join(root, `teams/${MEMBERS.id}_color.png`));
  const failures = verify.checkSources(root);
  expect(failures).toEqual(expect.arrayContaining([
    expect.stringMatching(/skipFeatureDeployment must be true/),
    expect.stringMatching(/the feature's version 0\.1\.0\.0 must be the solution's, 0\.2\.0\.0/),
    expect.stringMatching(/OfficerDirectoryWebPart\.manifest\.json: supportedHosts must include TeamsPersonalApp/),
    expect.stringMatching(/the component id is 00000000-0000-0000-0000-000000000001, not 12723712/),
    expect.stringMatching(new RegExp(`teams/${OFFICERS.id}_outline\\.png must be white on transparent only`)),
    expect.stringMatching(new RegExp(`teams/${MEMBERS.id}_color\\.png must be a 192×192 PNG`))
  ]));
  expect(failures).toHaveLength(6);
});

/** The entries of a package as SPFx's packager lays them out. */
function packageEntries(): Map<string, () => Buffer> {
  const text = (s: string) => () => Buffer.from(s);
  const file = (p: string) => () => fs.readFileSync(path.join(REPO, p));
  const entries = new Map<string, () => Buffer>([
    ['AppManifest.xml', text('<App />')],
    [`feature_${FEATURE}.xml`, text(`<Feature Id="${FEATURE}" Version="0.2.0.0" />`)],
    [`${FEATURE}/elements.xml`, file('sharepoint/assets/elements.xml')],
    [`${FEATURE}/upgrade-actions-0.2.0.0.xml`, file('sharepoint/assets/upgrade-actions-0.2.0.0.xml')],
    ['elements-upgrade-0.2.0.0.xml', file('sharepoint/assets/elements-upgrade-0.2.0.0.xml')],
    ['ClientSideAssets/member-profiles-web-part_a.js', text('')],
    ['ClientSideAssets/officer-directory-web-part_b.js', text('')]
  ]);
  for (const f of fs.readdirSync(path.join(REPO, 'sharepoint/assets')).filter((n) => n.startsWith('schema-'))) entries.set(f, file(`sharepoint/assets/${f}`));
  for (const p of verify.WEB_PARTS) {
    entries.set(`${FEATURE}/WebPart_${p.id}.xml`, text(`<WebPart ComponentId="${p.id}" Title="${p.title}" />`));
    entries.set(`teams/${p.id}_color.png`, file(`teams/${p.id}_color.png`));
    entries.set(`teams/${p.id}_outline.png`, file(`teams/${p.id}_outline.png`));
  }
  return entries;
}

test('the built package must carry the web parts, the schemas, the upgrade actions, the feature\'s version and the Teams icons', () => {
  expect(verify.checkPackage(packageEntries(), REPO)).toEqual([]);
  const broken = packageEntries();
  broken.delete(`teams/${OFFICERS.id}_outline.png`);
  broken.delete('elements-upgrade-0.2.0.0.xml');
  broken.delete(`${FEATURE}/upgrade-actions-0.2.0.0.xml`);
  broken.set(`feature_${FEATURE}.xml`, () => Buffer.from(`<Feature Id="${FEATURE}" Version="0.1.0.0" />`));
  broken.delete('schema-wards.xml');
  expect(verify.checkPackage(broken, REPO)).toEqual([
    `the Teams icon ${OFFICERS.id}_outline.png is not in the package (Sync to Teams needs it)`,
    'the list schema schema-wards.xml is not in the package',
    'the upgrade actions upgrade-actions-0.2.0.0.xml are not in the package',
    'elements-upgrade-0.2.0.0.xml, applied by the upgrade actions, is not in the package',
    'no feature of version 0.2.0.0 in the package'
  ]);
});

test('an entry bundle over 100 KB gzipped fails the package check', () => {
  const entries = packageEntries();
  // Random bytes do not compress: 120,000 of them are over the budget once gzipped.
  const heavy = randomBytes(120000);
  entries.set('ClientSideAssets/officer-directory-web-part_b.js', () => heavy);
  expect(verify.checkPackage(entries, REPO)).toEqual([expect.stringMatching(/^officer-directory-web-part_b\.js is \d+ bytes gzipped, over the 100000-byte budget for an entry bundle$/)]);
});
