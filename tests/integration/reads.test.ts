/**
 * Reading items through the real @pnp/sp: $select, $filter (every operator the API accepts),
 * $expand (lookup, multi-lookup, person), $orderby, metadata levels, and SharePoint's errors.
 */
import { SPFI } from '@pnp/sp';
import { api, errorOf, spFor, startTestServer, TestServer } from '../support/localServer';
import { seedCouncil } from './fixtures';

let s: TestServer;
let sp: SPFI;
const members = () => sp.web.lists.getByTitle('Members').items;
const titles = (rows: { Title: string }[]) => rows.map((r) => r.Title);

beforeAll(async () => {
  s = await startTestServer();
  await seedCouncil(s);
  sp = spFor(s.siteUrl);
});
afterAll(() => s.stop());

test('$select returns only the selected fields plus odata metadata', async () => {
  const rows = await members().select('Id', 'Title', 'WardId')();
  expect(rows).toHaveLength(5);
  expect(Object.keys(rows[0]).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Id', 'Title', 'WardId']);
  expect(rows[0]['odata.etag']).toBe('"1"');
});

test('no $select returns the standard fields and every column', async () => {
  const [jane] = await members().top(1)();
  for (const k of ['Id', 'ID', 'Title', 'Created', 'Modified', 'AuthorId', 'EditorId', 'OData__UIVersionString', 'Attachments', 'GUID', 'WardId', 'AccountId', 'AccountStringId', 'PublishPhone', 'Status']) {
    expect(jane).toHaveProperty(k);
  }
  expect(jane.AccountStringId).toBe('11');
  expect(jane.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  expect(jane.Skills).toBe('Planning\nFinance');
});

test.each([
  ["Title eq 'Jane Smith'", ['Jane Smith']],
  ["Title eq 'jane smith'", ['Jane Smith']], // SharePoint compares text case-insensitively
  ["Status ne 'Current'", ['Peter Jones']],
  ['WardId gt 1', ['Amrit Kaur', 'Peter Jones', 'Mary Adams']],
  ['WardId ge 2', ['Amrit Kaur', 'Peter Jones', 'Mary Adams']],
  ['WardId lt 2', ['Jane Smith', "Sean O'Brien"]],
  ['WardId le 1', ['Jane Smith', "Sean O'Brien"]],
  ["Status eq 'Current' and WardId eq 2", ['Amrit Kaur', 'Mary Adams']],
  ["(WardId eq 3 or PoliticalGroupId eq 2) and Status eq 'Current'", ["Sean O'Brien", 'Mary Adams']],
  ["startswith(Title,'Ma')", ['Mary Adams']],
  ["substringof('o''b',Title)", ["Sean O'Brien"]],
  ["FamilyName eq 'O''Brien'", ["Sean O'Brien"]],
  ['PoliticalGroupId eq null', ['Peter Jones']],
  ['TermEnd ne null', ['Peter Jones']],
  ["TermStart ge '2023-01-01T00:00:00.000Z'", ['Jane Smith', 'Amrit Kaur']],
  ["TermStart lt datetime'2019-05-03T00:00:00Z'", ["Sean O'Brien", 'Peter Jones']],
  ['year(TermStart) eq 2015', ['Peter Jones']],
  ['PublishPhone eq 1', ['Jane Smith', 'Amrit Kaur']],
  ['PublishPhone eq false', ["Sean O'Brien", 'Peter Jones', 'Mary Adams']],
  ['Ward/Id eq 2', ['Amrit Kaur', 'Mary Adams']],
  ["Ward/Title eq 'Dunsmore'", ['Peter Jones']],
  ['Account/Id eq 11', ['Jane Smith']],
  ["Account/EMail eq 'daniel.kowalski@council.local'", ['Jane Smith']],
  ['Id eq 4', ['Peter Jones']],
])('$filter %s', async (filter, expected) => {
  expect(titles(await members().filter(filter).select('Title')())).toEqual(expected);
});

test('PnPjs fluent filters (in → or chain, lookupId, boolean, date) work', async () => {
  const rows = await members().filter((f) => f.text('FamilyName').in('Smith', 'Kaur').and().boolean('PublishPhone').isTrue()).select('Title')();
  expect(titles(rows)).toEqual(['Jane Smith', 'Amrit Kaur']);
  const byWard = await members().filter((f) => f.lookupId('Ward').equals(3)).select('Title')();
  expect(titles(byWard)).toEqual(['Peter Jones']);
  const recent = await members().filter((f) => f.date('TermStart').greaterThan(new Date('2020-01-01T00:00:00Z'))).select('Title')();
  expect(titles(recent)).toEqual(['Jane Smith', 'Amrit Kaur']);
});

test('multi-value lookups filter by any of their values', async () => {
  const rows = await sp.web.lists.getByTitle('Liaison Officers').items.filter('WardsId eq 2').select('Title')();
  expect(titles(rows)).toEqual(['Waste CLO']);
});

test('$expand of a lookup, a multi-lookup and a person', async () => {
  const [clo] = await sp.web.lists.getByTitle('Liaison Officers').items
    .select('Title', 'Officer/Title', 'Officer/Id', 'ServiceArea/Title', 'Wards/Title', 'Wards/Id', 'WardsId').expand('Officer', 'ServiceArea', 'Wards').filter("Title eq 'Waste CLO'")();
  expect(clo.Officer).toMatchObject({ Title: 'Olu Adebayo', Id: 1 });
  expect(clo.ServiceArea).toMatchObject({ Title: 'Waste and Recycling' });
  expect(clo.Wards.map((w: { Title: string }) => w.Title)).toEqual(['Benn', 'Bilton']);
  expect(clo.WardsId).toEqual([1, 2]);
  const [jane] = await members().select('Title', 'Account/Title', 'Account/EMail', 'Author/Title').expand('Account', 'Author').filter('Id eq 1')();
  expect(jane.Account).toMatchObject({ Title: 'Daniel Kowalski', EMail: 'daniel.kowalski@council.local' });
  expect(jane.Author.Title).toBe('Sam Whitfield');
});

test('URL fields read as {Description, Url}', async () => {
  const [mary] = await members().select('PartyWebsite').filter("Title eq 'Mary Adams'")();
  expect(mary.PartyWebsite).toMatchObject({ Description: 'Mary online', Url: 'https://example.org/mary' });
});

test('$orderby on one or more columns, ascending and descending', async () => {
  expect(titles(await members().select('Title').orderBy('FamilyName')())).toEqual(['Mary Adams', 'Peter Jones', 'Amrit Kaur', "Sean O'Brien", 'Jane Smith']);
  expect(titles(await members().select('Title').orderBy('WardId', false).orderBy('Title')())).toEqual(['Peter Jones', 'Amrit Kaur', 'Mary Adams', 'Jane Smith', "Sean O'Brien"]);
});

test('$top limits a page and getById reads one item', async () => {
  expect(await members().top(2)()).toHaveLength(2);
  const item = await members().getById(3).select('Title')();
  expect(item.Title).toBe('Amrit Kaur');
  const missing = await errorOf(() => members().getById(999)());
  expect(missing.status).toBe(404);
});

test.each([
  ["endswith(Title,'h')"],
  ["tolower(Title) eq 'jane smith'"],
  ['WardId add 1 eq 3'],
  ["not (Title eq 'x')"],
  ["Title eq 'unterminated"],
  ['Title eq'],
  ['NoSuchField eq 1'],
  ["Skills eq 'Planning'"],
])('unsupported or malformed $filter %s is a 400 with SharePoint error JSON', async (filter) => {
  const r = await api(s.siteUrl, `web/lists/getByTitle('Members')/items?$filter=${encodeURIComponent(filter)}`);
  expect(r.status).toBe(400);
  expect(r.json['odata.error'].message.lang).toBe('en-US');
  expect(typeof r.json['odata.error'].message.value).toBe('string');
  const viaPnp = await errorOf(() => members().filter(filter)());
  expect(viaPnp.status).toBe(400);
});

test('unknown fields in $select, $orderby and $expand are 400s', async () => {
  expect((await errorOf(() => members().select('Nope')())).status).toBe(400);
  expect((await errorOf(() => members().orderBy('Nope')())).status).toBe(400);
  const ex = await errorOf(() => members().expand('Nope')());
  expect(ex.status).toBe(400);
  expect(ex.message).toContain("The field or property 'Nope' does not exist.");
  const noExpand = await errorOf(() => members().select('Ward/Title')());
  expect(noExpand.message).toContain('$expand');
});

test('an unknown list is a 404 naming the list and the site', async () => {
  const e = await errorOf(() => sp.web.lists.getByTitle('Councillors')());
  expect(e.status).toBe(404);
  expect(e.message).toContain(`List 'Councillors' does not exist at site with URL '${s.siteUrl}'.`);
});

test('verbose and nometadata responses', async () => {
  const v = await api(s.siteUrl, "web/lists/getByTitle('Liaison Officers')/items?$select=Title,WardsId,Wards/Title&$expand=Wards&$top=1", { headers: { Accept: 'application/json;odata=verbose' } });
  expect(v.json.d.results[0].__metadata.type).toBe('SP.Data.LiaisonOfficersListItem');
  expect(v.json.d.results[0].__metadata.etag).toBe('"1"');
  expect(v.json.d.results[0].WardsId.results).toEqual([1, 2]);
  expect(v.json.d.results[0].Wards.results[0].Title).toBe('Benn');
  const n = await api(s.siteUrl, "web/lists/getByTitle('Wards')/items(1)?$select=Title", { headers: { Accept: 'application/json;odata=nometadata' } });
  expect(n.json).toEqual({ Title: 'Benn' });
  const err = await api(s.siteUrl, "web/lists/getByTitle('Nope')", { headers: { Accept: 'application/json;odata=verbose' } });
  expect(err.json.error.code).toContain('System.ArgumentException');
});

test('paths are case-insensitive and query strings are form-decoded', async () => {
  const r = await api(s.siteUrl, "Web/Lists/GetByTitle('Political%20Groups')/Items?%24select=Title&%24filter=ShortName+eq+%27IND%27");
  expect(r.status).toBe(200);
  expect(r.json.value.map((x: { Title: string }) => x.Title)).toEqual(['Independent Group']);
  const byId = await sp.web.lists.getByTitle('Wards').select('Id')();
  const same = await sp.web.lists.getById(byId.Id).items.select('Title').top(1)();
  expect(same[0].Title).toBe('Benn');
});

test('list metadata carries what the data layer needs', async () => {
  const list = await sp.web.lists.getByTitle('Members').select('Id', 'Title', 'ItemCount', 'ListItemEntityTypeFullName', 'EnableModeration')();
  expect(list).toMatchObject({ Title: 'Members', ItemCount: 5, ListItemEntityTypeFullName: 'SP.Data.MembersListItem', EnableModeration: false });
  expect(list.Id).toMatch(/^[0-9a-f-]{36}$/);
  const web = await sp.web.select('Title', 'Url', 'ServerRelativeUrl')();
  expect(web).toMatchObject({ Url: s.siteUrl, ServerRelativeUrl: '/sites/council' });
});
