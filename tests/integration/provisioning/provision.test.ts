/**
 * `npm run provision` into a bare local site (no lists): the first run makes every list, column,
 * index and default view the package defines, the second changes nothing and says so, and the
 * result reads back list by list and field by field like the site the package itself provisioned.
 * Then what it does on sites that are not bare: a later package's columns added without losing
 * data, a council's own columns and choices kept, lists adopted by title, conflicts reported.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readListDefinitions } from '../../../src/data/provisioning';
import { Site, startSite } from '../server/site';
import { describeList, provision } from './support';

const ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');
const definitions = readListDefinitions(fs.readFileSync(path.join(ASSETS, 'elements.xml'), 'utf8'), (n) => fs.readFileSync(path.join(ASSETS, n), 'utf8'));
const TITLES = definitions.map((d) => d.title);
const ELEMENTS = fs.readFileSync(path.join(ASSETS, 'elements.xml'), 'utf8');

let packaged: Site;
let bare: Site;

beforeAll(async () => {
  [packaged, bare] = await Promise.all([startSite(), startSite({ bare: true })]);
});
afterAll(() => Promise.all([packaged.stop(), bare.stop()]));

const siteTitles = async (site: Site): Promise<string[]> => (await site.sp().web.lists.select('Title')()).map((l: { Title: string }) => l.Title);

test('the definitions are every ListInstance of elements.xml, with every <Field> of its schema', () => {
  expect(TITLES).toEqual([...ELEMENTS.matchAll(/<ListInstance Title="([^"]+)"/g)].map((m) => m[1]));
  for (const d of definitions) {
    const schema = fs.readFileSync(path.join(ASSETS, /CustomSchema="([^"]+)"/.exec(ELEMENTS.split(`Title="${d.title}"`)[1])![1]), 'utf8');
    expect(d.fields.map((f) => f.internalName)).toEqual([...schema.matchAll(/<Field\b[^>]*\bName="([^"]+)"/g)].map((m) => m[1]));
  }
});

test('a dry run on a bare site says what it would make, and makes nothing', async () => {
  const dry = await provision(['--site', bare.siteUrl, '--dry-run', '--json']);
  expect(dry.code).toBe(0);
  const fieldCount = definitions.reduce((n, d) => n + d.fields.filter((f) => f.internalName !== 'Title').length, 0);
  expect(dry.json()).toMatchObject({ lists: { created: TITLES.length, updated: 0, unchanged: 0 }, fields: { created: fieldCount }, views: { created: TITLES.length } });
  expect(await siteTitles(bare)).toEqual(['Documents', 'Site Assets', 'Site Pages']);
});

test('the first run makes every list; the second changes nothing and says so; the site then reads like the package-provisioned one', async () => {
  const first = await provision(['--site', bare.siteUrl, '--json']);
  expect(first.stderr).toBe('');
  expect(first.code).toBe(0);
  const counts = first.json();
  // exactly the four keys the command promises, each {created, updated, unchanged}
  expect(Object.keys(counts)).toEqual(['lists', 'fields', 'indexes', 'views']);
  for (const c of Object.values(counts)) expect(Object.keys(c as object)).toEqual(['created', 'updated', 'unchanged']);
  const indexed = definitions.reduce((n, d) => n + d.fields.filter((f) => f.indexed).length, 0);
  expect(counts).toMatchObject({ lists: { created: TITLES.length, updated: 0, unchanged: 0 }, indexes: { created: indexed, updated: 0, unchanged: 0 }, views: { created: TITLES.length, updated: 0, unchanged: 0 } });

  const second = await provision(['--site', bare.siteUrl, '--json']);
  expect(second.code).toBe(0);
  const fieldTotal = definitions.reduce((n, d) => n + d.fields.length, 0);
  expect(second.json()).toEqual({
    lists: { created: 0, updated: 0, unchanged: TITLES.length },
    fields: { created: 0, updated: 0, unchanged: fieldTotal },
    indexes: { created: 0, updated: 0, unchanged: indexed },
    views: { created: 0, updated: 0, unchanged: TITLES.length }
  });
  const words = await provision(['--site', bare.siteUrl]);
  expect(words.stdout).toMatch(/Nothing to change: the site already has every list, column, index and view as the package defines them\./);

  expect((await siteTitles(bare)).sort()).toEqual([...(await siteTitles(packaged))].sort());
  for (const title of TITLES) {
    const [want, got] = await Promise.all([describeList(packaged.sp(), title), describeList(bare.sp(), title)]);
    expect({ title, ...got }).toEqual({ title, ...want });
  }
  // and the package-provisioned site itself is already as the package defines it
  const onPackaged = await provision(['--site', packaged.siteUrl, '--json']);
  expect(onPackaged.json()).toMatchObject({ lists: { created: 0, updated: 0 }, fields: { created: 0, updated: 0 }, indexes: { created: 0, updated: 0 }, views: { created: 0, updated: 0 } });
});

/** A copy of the package's definitions, changed: an older or a broken package. */
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function assetsCopy(change: (files: Map<string, string>) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'assets-'));
  made.push(dir);
  const files = new Map(fs.readdirSync(ASSETS).map((n) => [n, fs.readFileSync(path.join(ASSETS, n), 'utf8')]));
  change(files);
  for (const [n, text] of files) fs.writeFileSync(path.join(dir, n), text);
  return dir;
}

test('a later package adds its columns and lists to a site made by an earlier one, and no item or value is lost', async () => {
  const site = await startSite({ bare: true });
  try {
    // the earlier package: Members without ModernGovId, and no Member Channels list
    const older = assetsCopy((files) => {
      files.set('schema-members.xml', files.get('schema-members.xml')!.replace(/\s*<Field [^>]*Name="ModernGovId"[^>]*\/>/, ''));
      files.set('elements.xml', files.get('elements.xml')!.replace(/\s*<ListInstance Title="Member Channels"[^>]*\/>/, ''));
    });
    expect((await provision(['--site', site.siteUrl, '--assets', older])).code).toBe(0);
    const members = site.sp('owner').web.lists.getByTitle('Members');
    expect((await members.fields.select('InternalName')()).map((f: { InternalName: string }) => f.InternalName)).not.toContain('ModernGovId');
    await site.sp('owner').web.lists.getByTitle('Wards').items.add({ Title: 'Benn', GssCode: 'E05012345' });
    const added = await members.items.add({ Title: 'Jane Smith', FamilyName: 'Smith', WardId: 1, TermStart: '2024-05-02', Skills: 'Planning' });
    // the council's own column, and its own choice on a package column
    await members.fields.createFieldAsXml({ SchemaXml: '<Field Type="Text" Name="CommitteeNotes" DisplayName="Committee notes" />', Options: 8 });
    await members.fields.getByInternalNameOrTitle('Status').update({ Choices: ['Current', 'Former', 'Suspended'] }, 'SP.FieldChoice');
    await members.items.getById(added.Id).update({ CommitteeNotes: 'keep me', Status: 'Suspended' });

    const upgrade = await provision(['--site', site.siteUrl, '--json']);
    expect(upgrade.code).toBe(0);
    expect(upgrade.json()).toMatchObject({ lists: { created: 1 }, fields: { created: expect.any(Number) }, indexes: { created: expect.any(Number) } });
    const fields = (await members.fields.select('InternalName', 'Indexed', 'Choices')()) as Array<{ InternalName: string; Indexed: boolean; Choices?: string[] }>;
    expect(fields.find((f) => f.InternalName === 'ModernGovId')).toMatchObject({ Indexed: true });
    expect(fields.find((f) => f.InternalName === 'CommitteeNotes')).toBeDefined();
    expect(fields.find((f) => f.InternalName === 'Status')?.Choices).toEqual(['Current', 'Former', 'Suspended']);
    expect(await siteTitles(site)).toContain('Member Channels');
    expect(await members.items.getById(added.Id).select('Title', 'FamilyName', 'WardId', 'TermStart', 'Skills', 'CommitteeNotes', 'Status')()).toMatchObject({
      Title: 'Jane Smith', FamilyName: 'Smith', WardId: 1, TermStart: '2024-05-01T23:00:00Z', Skills: 'Planning', CommitteeNotes: 'keep me', Status: 'Suspended'
    });
    expect((await provision(['--site', site.siteUrl, '--json'])).json()).toMatchObject({ lists: { created: 0, updated: 0 }, fields: { created: 0, updated: 0 }, indexes: { created: 0, updated: 0 }, views: { created: 0, updated: 0 } });
  } finally {
    await site.stop();
  }
});

test('a list made by hand at another address is adopted by its title, and brought up to the package\'s definition', async () => {
  const site = await startSite({ bare: true });
  try {
    const sp = site.sp('owner');
    await sp.web.lists.add('Electoral Wards', 'Typed in by hand', 100, false);
    await sp.web.lists.getByTitle('Electoral Wards').update({ Title: 'Wards' });
    await sp.web.lists.getByTitle('Wards').items.add({ Title: 'Benn' });
    const run = await provision(['--site', site.siteUrl, '--json']);
    expect(run.code).toBe(0);
    expect(run.json()).toMatchObject({ lists: { created: TITLES.length - 1, updated: 1 } });
    expect((await siteTitles(site)).filter((t) => t === 'Wards')).toHaveLength(1);
    const wards = await sp.web.lists.getByTitle('Wards').select('Description', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
    expect(wards).toMatchObject({ Description: definitions[0].description, RootFolder: { ServerRelativeUrl: '/sites/council/Lists/Electoral Wards' } });
    expect(await sp.web.lists.getByTitle('Wards').items.select('Title')()).toEqual([expect.objectContaining({ Title: 'Benn' })]);
    expect(((await sp.web.lists.getByTitle('Members').fields.getByInternalNameOrTitle('Ward').select('LookupList')()) as unknown as { LookupList: string }).LookupList).toBe(`{${(await sp.web.lists.getByTitle('Wards').select('Id')()).Id}}`);
  } finally {
    await site.stop();
  }
});

test('what cannot be changed safely is reported and left alone: exit 1, everything else made', async () => {
  const site = await startSite({ bare: true });
  try {
    const sp = site.sp('owner');
    await sp.web.lists.add('Wards', '', 100, false);
    await sp.web.lists.getByTitle('Wards').fields.createFieldAsXml({ SchemaXml: '<Field Type="Number" Name="GssCode" DisplayName="GSS code" />', Options: 8 });
    await sp.web.lists.add('Change Requests', '', 101, false);
    const run = await provision(['--site', site.siteUrl]);
    expect(run.code).toBe(1);
    // The decisions hang off the requests: their lookup cannot be made either, and their default view goes without it.
    expect(run.stdout).toMatch(/Not done \(3\):/);
    expect(run.stdout).toMatch(/Change Request Decisions: the column Request was not made, because Lists\/ChangeRequests could not be found\./);
    expect(run.stdout).not.toMatch(/default view failed/);
    expect(run.stdout).toMatch(/Wards: the column GssCode is Number on the site but Text in the package; it was left as it is/);
    expect(run.stdout).toMatch(/Change Requests \(Shared Documents|Change Requests \([^)]*\) is not a custom list \(template 101\)/);
    expect((await sp.web.lists.getByTitle('Wards').fields.getByInternalNameOrTitle('GssCode').select('TypeAsString')()).TypeAsString).toBe('Number');
    expect(await siteTitles(site)).toEqual(expect.arrayContaining(TITLES.filter((t) => t !== 'Change Requests')));
  } finally {
    await site.stop();
  }
});

test('definitions that cannot be read: exit 2, naming the file and the reason, and nothing is written', async () => {
  const site = await startSite({ bare: true });
  try {
    const broken = assetsCopy((files) => files.set('schema-wards.xml', files.get('schema-wards.xml')!.replace('Name="GssCode"', 'Name="Gss Code"')));
    const run = await provision(['--site', site.siteUrl, '--assets', broken]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/the list definitions could not be read: schema-wards\.xml: the field Gss Code: Name must be an internal name/);
    expect(run.stdout).toBe('');
    const missing = await provision(['--site', site.siteUrl, '--assets', os.tmpdir() + '/no-such-folder']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/there is no elements\.xml in /);
    expect(await siteTitles(site)).toEqual(['Documents', 'Site Assets', 'Site Pages']);
  } finally {
    await site.stop();
  }
});
