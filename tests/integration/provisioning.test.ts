/**
 * The lists come from sharepoint/assets (the same files the .sppkg deploys), and runtime
 * provisioning works the way PnPjs does it: lists.ensure, fields.add*, createFieldAsXml.
 */
import * as fs from 'fs';
import * as path from 'path';
import { SPFI } from '@pnp/sp';
import { errorOf, spFor, startTestServer, TestServer } from '../support/localServer';

const ASSETS = path.resolve(__dirname, '../../sharepoint/assets');
let s: TestServer;
let sp: SPFI;

beforeAll(async () => {
  s = await startTestServer();
  sp = spFor(s.siteUrl, 'owner');
});
afterAll(() => s.stop());

interface XmlField { name: string; type: string; indexed: boolean; list?: string }

function assetLists(): { title: string; url: string; fields: XmlField[] }[] {
  const elements = fs.readFileSync(path.join(ASSETS, 'elements.xml'), 'utf8');
  return [...elements.matchAll(/<ListInstance\s[^>]*Title="([^"]+)"[^>]*Url="([^"]+)"[^>]*CustomSchema="([^"]+)"/g)].map(([, title, url, schema]) => {
    const xml = fs.readFileSync(path.join(ASSETS, schema), 'utf8');
    const fields = [...xml.matchAll(/<Field\s([^>]*?)\/?>/g)].map(([, attrs]) => {
      const a = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(attrs)?.[1];
      return { name: a('Name')!, type: a('Type')!, indexed: a('Indexed') === 'TRUE', list: a('List') };
    });
    return { title, url, fields };
  });
}

test('every list in elements.xml exists with its URL and every field (type, index, lookup target)', async () => {
  const lists = assetLists();
  expect(lists.map((l) => l.title)).toEqual(['Wards', 'Political Groups', 'Members', 'Bodies', 'Memberships', 'Service Areas', 'Department Mappings', 'Officers', 'Liaison Officers', 'Change Requests', 'Change Request Decisions', 'Pre-election Periods', 'Member Channels']);
  const all = await sp.web.lists.select('Id', 'Title')();
  const ids = new Map(all.map((l: { Id: string; Title: string }) => [l.Title, l.Id]));
  for (const l of lists) {
    const folder = await sp.web.lists.getByTitle(l.title).rootFolder.select('ServerRelativeUrl')();
    expect(folder.ServerRelativeUrl).toBe(`/sites/council/${l.url}`);
    const fields = await sp.web.lists.getByTitle(l.title).fields.filter('Hidden eq false').select('InternalName', 'TypeAsString', 'Indexed', 'LookupList')();
    const byName = new Map(fields.map((f: { InternalName: string }) => [f.InternalName, f]));
    for (const f of l.fields) {
      const live = byName.get(f.name) as { TypeAsString: string; Indexed: boolean; LookupList?: string } | undefined;
      expect(live).toBeDefined();
      expect(live!.TypeAsString).toBe(f.type);
      expect(live!.Indexed).toBe(f.indexed);
      if (f.list) expect(live!.LookupList).toBe(`{${ids.get(lists.find((x) => x.url === f.list)!.title)}}`);
    }
  }
});

test('the schema files are registered in package-solution.json', () => {
  const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../config/package-solution.json'), 'utf8'));
  const assets = pkg.solution.features[0].assets;
  expect(assets.elementManifests).toEqual(['elements.xml']);
  const elements = fs.readFileSync(path.join(ASSETS, 'elements.xml'), 'utf8');
  const schemas = [...elements.matchAll(/CustomSchema="([^"]+)"/g)].map((m) => m[1]);
  // besides the schemas, the element manifests that upgrade actions apply to sites that have an earlier version
  expect([...assets.elementFiles].filter((f: string) => !/^elements-upgrade-/.test(f)).sort()).toEqual([...schemas].sort());
  for (const f of assets.elementFiles) expect(fs.existsSync(path.join(ASSETS, f))).toBe(true);
});

test('the fields list hides system columns when asked for Hidden eq false', async () => {
  const all = await sp.web.lists.getByTitle('Wards').fields.select('InternalName', 'Hidden')();
  const visible = await sp.web.lists.getByTitle('Wards').fields.filter('Hidden eq false').select('InternalName')();
  expect(all.map((f: { InternalName: string }) => f.InternalName)).toContain('GUID');
  expect(visible.map((f: { InternalName: string }) => f.InternalName)).not.toContain('GUID');
  expect(visible.map((f: { InternalName: string }) => f.InternalName)).toEqual(expect.arrayContaining(['Title', 'GssCode', 'Seats']));
});

test('lists.ensure creates a list once, then finds it', async () => {
  const first = await sp.web.lists.ensure('Casework Log', 'Notes on casework');
  expect(first.created).toBe(true);
  expect(first.data).toMatchObject({ Title: 'Casework Log', ListItemEntityTypeFullName: 'SP.Data.Casework_x0020_LogListItem', ItemCount: 0 });
  const again = await sp.web.lists.ensure('Casework Log', 'Notes on casework');
  expect(again.created).toBe(false);
});

test('fields.add* and createFieldAsXml add usable columns', async () => {
  const fields = sp.web.lists.getByTitle('Casework Log').fields;
  const text = await fields.addText('Case Ref', { MaxLength: 20 });
  expect(text).toMatchObject({ InternalName: 'Case_x0020_Ref', TypeAsString: 'Text', MaxLength: 20 });
  await fields.addNumber('Priority');
  await fields.addBoolean('Urgent');
  await fields.addDateTime('Opened');
  await fields.addChoice('Stage', { Choices: ['Open', 'Closed'] });
  await fields.addMultiChoice('Topics', { Choices: ['Bins', 'Parking', 'Housing'] });
  const wards = await sp.web.lists.getByTitle('Wards').select('Id')();
  await fields.addLookup('Ward', { LookupListId: wards.Id, LookupFieldName: 'Title' });
  const xml = await fields.createFieldAsXml('<Field Type="Text" Name="Summary" DisplayName="Short summary" MaxLength="100" />');
  expect(xml.InternalName).toBe('Short_x0020_summary'); // SharePoint names it after DisplayName…
  const hinted = await fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Notes" DisplayName="Case notes" />', Options: 8 });
  expect(hinted.InternalName).toBe('Notes'); // …unless AddFieldInternalNameHint is passed
  expect((await errorOf(() => fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Notes" DisplayName="x" />', Options: 8 }))).status).toBe(400);

  await s.seed('Wards', { items: [{ Title: 'Benn' }] });
  const items = sp.web.lists.getByTitle('Casework Log').items;
  const added = await items.add({ Title: 'Case 1', Case_x0020_Ref: 'C-1', Priority: 2, Urgent: true, Opened: '2025-01-06T09:00:00Z', Stage: 'Open', Topics: ['Bins', 'Parking'], WardId: 1, Notes: 'Line 1\nLine 2' });
  expect(added).toMatchObject({ Case_x0020_Ref: 'C-1', Priority: 2, Urgent: true, Stage: 'Open', Topics: ['Bins', 'Parking'], WardId: 1 });
  const read = await items.filter("Topics eq 'Parking' and Urgent eq 1").select('Title', 'Ward/Title').expand('Ward')();
  expect(read).toEqual([expect.objectContaining({ Title: 'Case 1', Ward: expect.objectContaining({ Title: 'Benn' }) })]);
});

test('only people who may manage lists can create lists and fields', async () => {
  const officer = spFor(s.siteUrl, 'officer');
  expect((await errorOf(() => officer.web.lists.add('Not mine'))).status).toBe(403);
  expect((await errorOf(() => officer.web.lists.getByTitle('Wards').fields.addText('Sneaky'))).status).toBe(403);
  const ds = spFor(s.siteUrl, 'democratic-services');
  expect((await errorOf(() => ds.web.lists.getByTitle('Officers').fields.addText('Party'))).status).toBe(403);
});
