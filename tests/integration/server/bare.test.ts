/**
 * A bare site (no lists from sharepoint/assets) provisioned at run time through PnPjs from the
 * same schema files reads back field by field like the package-provisioned site: the comparison
 * issue 16's provisioning command relies on.
 */
import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/views';
import { track } from '../../support/cleanup';
import { api } from '../../support/localServer';
import { Site, startSite } from './site';

const ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');
let packaged: Site;
let bare: Site;

interface SchemaList { title: string; url: string; description: string; fields: string[]; defaultView?: { fields: string[]; xml: string } }

function schemaLists(): SchemaList[] {
  const elements = fs.readFileSync(path.join(ASSETS, 'elements.xml'), 'utf8');
  return [...elements.matchAll(/<ListInstance\s[^>]*?\/>/g)].map(([tag]) => {
    const attr = (n: string) => new RegExp(`\\b${n}="([^"]*)"`).exec(tag)?.[1] ?? '';
    const xml = fs.readFileSync(path.join(ASSETS, attr('CustomSchema')), 'utf8');
    const view = /<View\b[^>]*DefaultView="TRUE"[^>]*>([\s\S]*?)<\/View>/.exec(xml)?.[1];
    // the view's columns go through viewFields; the rest of it (Query, RowLimit) through SetViewXml
    const defaultView = view === undefined ? undefined : {
      fields: [...(/<ViewFields>([\s\S]*?)<\/ViewFields>/.exec(view)?.[1] ?? '').matchAll(/<FieldRef Name="([^"]+)"/g)].map((m) => m[1]),
      xml: `<View>${view.replace(/<ViewFields>[\s\S]*?<\/ViewFields>/, '')}</View>`,
    };
    return { title: attr('Title'), url: attr('Url'), description: attr('Description'), fields: [...xml.matchAll(/<Field\b[^>]*?(?:\/>|>[\s\S]*?<\/Field>)/g)].map((m) => m[0]), defaultView };
  });
}

/** What a runtime provisioner does with PnPjs: make each list at its URL, then its fields from the schema XML. */
async function provision(sp: SPFI): Promise<void> {
  for (const l of schemaLists()) {
    const urlName = l.url.replace(/^Lists\//, '');
    await sp.web.lists.add(urlName, l.description, 100, false);
    const list = sp.web.lists.getByTitle(urlName);
    await list.update({ Title: l.title });
    const fields = sp.web.lists.getByTitle(l.title).fields;
    for (const xml of l.fields) {
      if (/\bName="Title"/.test(xml)) {
        const display = /DisplayName="([^"]*)"/.exec(xml)![1];
        const max = /MaxLength="(\d+)"/.exec(xml);
        await fields.getByInternalNameOrTitle('Title').update({
          Title: display, Required: /Required="TRUE"/.test(xml), Indexed: /Indexed="TRUE"/.test(xml), ...(max ? { MaxLength: Number(max[1]) } : {}),
        });
      } else await fields.createFieldAsXml({ SchemaXml: xml, Options: 8 });
    }
    if (l.defaultView) {
      const view = sp.web.lists.getByTitle(l.title).defaultView;
      await view.fields.removeAll();
      for (const f of l.defaultView.fields) await view.fields.add(f);
      await view.setViewXml(l.defaultView.xml);
    }
  }
}

const PROPS = ['Id', 'InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'EnforceUniqueValues', 'MaxLength', 'Choices', 'LookupField', 'DefaultValue', 'Hidden', 'ReadOnlyField', 'SchemaXml'];

async function describe(sp: SPFI, title: string) {
  const lists = await sp.web.lists.select('Id', 'Title')();
  const titles = new Map(lists.map((l: { Id: string; Title: string }) => [`{${l.Id}}`, l.Title]));
  const list = await sp.web.lists.getByTitle(title).select('BaseTemplate', 'ListItemEntityTypeFullName', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
  const fields = (await sp.web.lists.getByTitle(title).fields.filter('Hidden eq false and ReadOnlyField eq false').select(...PROPS, 'LookupList')()) as unknown as Record<string, unknown>[];
  const view = await sp.web.lists.getByTitle(title).defaultView.select('Title', 'ViewQuery', 'RowLimit', 'Paged', 'ServerRelativeUrl')();
  const viewFields = (await sp.web.lists.getByTitle(title).defaultView.fields()).Items;
  return {
    list: { BaseTemplate: list.BaseTemplate, ListItemEntityTypeFullName: list.ListItemEntityTypeFullName, RootFolder: list.RootFolder.ServerRelativeUrl },
    view: { ...Object.fromEntries(Object.entries(view).filter(([k]) => !k.startsWith('odata.'))), fields: viewFields },
    fields: fields.map((f): Record<string, unknown> => ({
      ...Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith('odata.'))), LookupList: f.LookupList ? titles.get(String(f.LookupList)) : undefined,
      // SourceID names the list, whose id differs between two sites
      SchemaXml: String(f.SchemaXml).replace(/ (SourceID|List)="\{[^}]+\}"/g, ''),
    })).sort((a, b) => String(a.InternalName).localeCompare(String(b.InternalName))),
  };
}

beforeAll(async () => {
  [packaged, bare] = await Promise.all([startSite(), startSite({ bare: true })]);
});
afterAll(() => Promise.all([packaged.stop(), bare.stop()]));

test('a bare site has none of the package lists, only the libraries every site has', async () => {
  const titles = (await bare.sp().web.lists.select('Title')()).map((l: { Title: string }) => l.Title);
  expect(titles).toEqual(['Documents', 'Site Assets', 'Site Pages']);
});

test('the comparison sees a difference: a Title left at 255 characters differs from a schema that says 150', async () => {
  await bare.sp().web.lists.add('Elections Check');
  await packaged.sp().web.lists.add('Elections Check');
  await packaged.sp().web.lists.getByTitle('Elections Check').fields.getByInternalNameOrTitle('Title').update({ MaxLength: 150 });
  const [want, got] = await Promise.all([describe(packaged.sp(), 'Elections Check'), describe(bare.sp(), 'Elections Check')]);
  expect(got).not.toEqual(want);
  expect(got.fields.find((f) => f.InternalName === 'Title')).toMatchObject({ MaxLength: 255 });
});

test('provisioned at run time through PnPjs, every list reads back like the package-provisioned one', async () => {
  await provision(bare.sp());
  for (const l of schemaLists()) {
    const [want, got] = await Promise.all([describe(packaged.sp(), l.title), describe(bare.sp(), l.title)]);
    expect({ title: l.title, ...got }).toEqual({ title: l.title, ...want });
  }
});

test('the command line takes --bare, and prints the control token', async () => {
  const repo = path.resolve(__dirname, '../../..');
  const child = spawn(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), path.join(repo, 'local/server/main.ts'), '--port', '0', '--db', ':memory:', '--bare'], { cwd: repo, stdio: ['ignore', 'pipe', 'pipe'] });
  const out = await track(new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no start in 20 s: ${text}`)), 20000);
    child.stdout!.on('data', (d: Buffer) => {
      text += d.toString();
      if (/X-Local-Token: \S+/.test(text)) {
        clearTimeout(timer);
        resolve(text);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${text}`)));
  }), async () => void child.kill('SIGTERM'));
  const siteUrl = /listening at (\S+)/.exec(out)![1];
  const lists = await api(siteUrl, 'web/lists?$select=Title');
  expect(lists.json.value.map((l: { Title: string }) => l.Title)).toEqual(['Documents', 'Site Assets', 'Site Pages']);
  const token = /X-Local-Token: (\S+)/.exec(out)![1];
  const seeded = await fetch(`${new URL(siteUrl).origin}/_local/faults`, { method: 'POST', headers: { 'Content-Type': 'text/plain', 'X-Local-Token': token }, body: '{"latencyMs":0}' });
  expect(seeded.status).toBe(200);
  child.kill('SIGTERM');
});
