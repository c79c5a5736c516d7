/**
 * Hostile and malformed requests: each gets SharePoint's 4xx error JSON, never a 500, a hang or a
 * reset connection. Parsers are bounded (parentheses, aliases, JSON and XML nesting, batch size),
 * and long but legitimate input (a 5,000-value in() chain) still works.
 */
import { api, digest } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
let token: string;
beforeAll(async () => {
  site = await startSite();
  token = await digest(site.siteUrl);
  await site.server.seed('Wards', [{ Title: 'Benn', GssCode: 'E05012345', Seats: 3 }, { Title: 'Bilton', GssCode: 'E05012346', Seats: 2 }]);
});
afterAll(() => site.stop());

const items = "web/lists/getByTitle('Wards')/items";
const nested = (n: number): string => `${'('.repeat(n)}Id eq 1${')'.repeat(n)}`;
const deepJson = (n: number): string => `{"Title":${'['.repeat(n)}${']'.repeat(n)}}`;
const deepXml = (n: number): string => `<View><Query><Where>${'<And>'.repeat(n)}<Eq><FieldRef Name="Title"/><Value Type="Text">x</Value></Eq>${'</And>'.repeat(n)}</Where></Query></View>`;

interface Case { name: string; path: string; method?: string; body?: string; headers?: Record<string, string>; expect?: number }

const cases: Case[] = [
  { name: '5,000 nested parentheses in $filter', path: `${items}?$filter=${encodeURIComponent(nested(5000))}`, expect: 400 },
  { name: '65 nested parentheses in $filter', path: `${items}?$filter=${encodeURIComponent(nested(65))}`, expect: 400 },
  { name: 'aliases that refer to each other', path: "web/getUserEffectivePermissions(@a)?@a=@b&@b=@a", expect: 400 },
  { name: 'an alias that refers to itself', path: 'web/getUserEffectivePermissions(@a)?@a=@a', expect: 400 },
  { name: 'an alias with no value', path: 'web/getUserEffectivePermissions(@a)', expect: 400 },
  { name: 'a $top that is not a number', path: `${items}?$top=lots`, expect: 400 },
  { name: 'a negative $top', path: `${items}?$top=-1`, expect: 400 },
  { name: 'a garbage $skiptoken', path: `${items}?$skiptoken=Paged%3DTRUE%26p_ID%3Dabc`, expect: 400 },
  { name: 'a deep $select path', path: `${items}?$select=Ward/Ward/Ward/Title&$expand=Ward` },
  { name: 'an item id that is not a number', path: `${items}('abc')` },
  { name: 'an item id with a fraction', path: `${items}(1.5)` },
  { name: 'an unquoted list title', path: 'web/lists/getByTitle(Wards)', expect: 400 },
  { name: 'an unterminated literal', path: "web/lists/getByTitle('Wards", expect: 400 },
  { name: 'a bad percent-escape in the path', path: "web/lists/getByTitle('%E0')" },
  { name: 'an unknown verb', path: 'web', method: 'PROPFIND', expect: 405 },
  { name: 'invalid JSON', path: items, method: 'POST', body: '{"Title": ', expect: 400 },
  { name: 'JSON nested 100,000 deep', path: items, method: 'POST', body: deepJson(100000), expect: 400 },
  { name: 'a JSON array body', path: items, method: 'POST', body: '[1,2]', expect: 400 },
  { name: 'CAML nested 200 deep', path: "web/lists/getByTitle('Wards')/getitems", method: 'POST', body: JSON.stringify({ query: { ViewXml: deepXml(200) } }), expect: 400 },
  { name: 'CAML that is not XML', path: "web/lists/getByTitle('Wards')/getitems", method: 'POST', body: JSON.stringify({ query: { ViewXml: '<View><Query>' } }), expect: 400 },
  { name: 'field XML nested 100,000 deep', path: "web/lists/getByTitle('Wards')/fields/createfieldasxml", method: 'POST', body: JSON.stringify({ parameters: { SchemaXml: `${'<a>'.repeat(100000)}${'</a>'.repeat(100000)}` } }), expect: 400 },
  { name: 'a field of an unknown type', path: "web/lists/getByTitle('Wards')/fields/createfieldasxml", method: 'POST', body: JSON.stringify({ parameters: { SchemaXml: '<Field Type="Hologram" Name="H" />' } }), expect: 400 },
  { name: 'a $batch with no boundary', path: '$batch', method: 'POST', body: 'x', headers: { 'Content-Type': 'multipart/mixed' }, expect: 400 },
  { name: 'a lookup id of the wrong type', path: "web/lists/getByTitle('Members')/items", method: 'POST', body: JSON.stringify({ Title: 'x', WardId: 'one' }), expect: 400 },
  { name: 'a number where text belongs', path: items, method: 'POST', body: JSON.stringify({ Title: 42 }), expect: 400 },
  { name: 'a huge number', path: items, method: 'POST', body: '{"Title":"x","Seats":1e400}', expect: 400 },
];

test.each(cases)('$name: a 4xx with SharePoint error JSON, never a 500', async (c) => {
  const headers: Record<string, string> = { 'X-RequestDigest': token, 'Content-Type': 'application/json;charset=utf-8', ...c.headers };
  const r = await api(site.siteUrl, c.path, { method: c.method ?? 'GET', body: c.body, headers, user: 'owner' });
  expect(r.status).toBeGreaterThanOrEqual(400);
  expect(r.status).toBeLessThan(500);
  if (c.expect) expect(r.status).toBe(c.expect);
  expect(typeof r.json['odata.error'].message.value).toBe('string');
});

function batchBody(boundary: string, urls: string[]): string {
  return [...urls.flatMap((u) => [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', `GET ${u} HTTP/1.1`, 'Accept: application/json', '', '']), `--${boundary}--`, ''].join('\n');
}

async function batch(urls: string[]) {
  const boundary = 'batch_hostile';
  return api(site.siteUrl, '$batch', {
    method: 'POST', user: 'owner', body: batchBody(boundary, urls),
    headers: { 'X-RequestDigest': token, 'Content-Type': `multipart/mixed; boundary="${boundary}"` },
  });
}

test('inside a $batch the same bounds hold, part by part, and a long in() chain still works', async () => {
  const long = Array.from({ length: 5000 }, (_, i) => `Id eq ${i + 1}`).join(' or ');
  const r = await batch([
    `${site.siteUrl}/_api/web/getUserEffectivePermissions(@a)?@a=@b&@b=@a`,
    `${site.siteUrl}/_api/${items}?$filter=${encodeURIComponent(nested(5000))}`,
    `${site.siteUrl}/_api/${items}?$select=Title&$filter=${encodeURIComponent(long)}`,
  ]);
  expect(r.status).toBe(200);
  const statuses = [...r.text.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
  expect(statuses).toEqual([400, 400, 200]);
  expect(r.text).toContain('"Title":"Bilton"');
});

test('a $batch of more than 100 requests is refused whole', async () => {
  const r = await batch(Array.from({ length: 101 }, () => `${site.siteUrl}/_api/web`));
  expect(r.status).toBe(400);
  expect(r.json['odata.error'].message.value).toContain('at most 100');
});

test('a bad percent-escape in a file address is a 404, and the server is still up afterwards', async () => {
  expect((await fetch(`${site.server.url}/sites/council/SiteAssets/%E0.png`)).status).toBe(404);
  expect((await api(site.siteUrl, 'web')).status).toBe(200);
});
