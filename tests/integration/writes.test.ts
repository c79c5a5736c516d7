/**
 * Writes through the real @pnp/sp: add, update, delete, ETags (412 and *), versions, request
 * digests, and SharePoint's 400s for bad bodies.
 */
import { SPFI } from '@pnp/sp';
import { api, digest, errorOf, spFor, startTestServer, TestServer } from '../support/localServer';
import { seedCouncil } from './fixtures';

let s: TestServer;
let sp: SPFI;
const bodies = () => sp.web.lists.getByTitle('Bodies').items;

beforeAll(async () => {
  s = await startTestServer();
  await seedCouncil(s);
  sp = spFor(s.siteUrl, 'democratic-services');
});
afterAll(() => s.stop());

test('add returns the new item; lookups, multi-values, choices, URLs, dates and booleans round-trip', async () => {
  const added = await sp.web.lists.getByTitle('Liaison Officers').items.add({ Title: 'Planning CLO', OfficerId: 2, ServiceAreaId: 1, WardsId: [3, 1], Role: 'Deputy Liaison Officer' });
  expect(added).toMatchObject({ Title: 'Planning CLO', OfficerId: 2, WardsId: [3, 1], Role: 'Deputy Liaison Officer', 'odata.etag': '"1"' });
  const m = await sp.web.lists.getByTitle('Members').items.add({
    Title: 'Kate Lee', FamilyName: 'Lee', WardId: 2, PublishAddress: true, TermStart: '2024-05-02', PartyWebsite: { Url: 'https://example.org/kate', Description: 'Kate' },
  });
  // a date-only column keeps the site's midnight (GMT Standard Time, in summer time on 2 May 2024) in UTC, as SharePoint Online does
  expect(m).toMatchObject({ WardId: 2, PublishAddress: true, PublishPhone: false, Status: 'Current', TermStart: '2024-05-01T23:00:00Z' });
  expect(m.PartyWebsite).toMatchObject({ Url: 'https://example.org/kate', Description: 'Kate' });
  expect(m.AuthorId).toBe(12);
});

test('update returns the new ETag; a stale ETag is a 412 and changes nothing; * overwrites', async () => {
  const created = await bodies().add({ Title: 'Planning Committee', Kind: 'Committee', SortOrder: 3 });
  const item = bodies().getById(created.Id);
  const first = await item.update({ SortOrder: 4 }, '"1"');
  expect(first.etag).toMatch(/^"[0-9a-f-]{36},2"$/);
  const stale = await errorOf(() => item.update({ SortOrder: 5 }, '"1"'));
  expect(stale.status).toBe(412);
  expect(stale.message).toContain("does not match the object's ETag value");
  expect((await item.select('SortOrder')()).SortOrder).toBe(4);
  await item.update({ SortOrder: 6 }, first.etag); // the "<guid>,n" form is accepted too
  await item.update({ SortOrder: 7 }, '*');
  const read = await item.select('SortOrder', 'OData__UIVersionString')();
  expect(read).toMatchObject({ SortOrder: 7, OData__UIVersionString: '4.0', 'odata.etag': '"4"' });
});

test('delete with a stale ETag is a 412; then delete and the item is gone', async () => {
  const created = await bodies().add({ Title: 'Licensing Committee', Kind: 'Committee' });
  const item = bodies().getById(created.Id);
  await item.update({ SortOrder: 1 });
  expect((await errorOf(() => item.delete('"1"'))).status).toBe(412);
  await item.delete('"2"');
  expect((await errorOf(() => item())).status).toBe(404);
  expect((await errorOf(() => item.delete())).status).toBe(404);
});

test('every update makes a version with the field values and labels 1.0, 2.0…', async () => {
  const created = await bodies().add({ Title: 'Cabinet', Kind: 'Cabinet', SortOrder: 1 });
  const item = bodies().getById(created.Id);
  await item.update({ SortOrder: 2 });
  await item.update({ Title: 'The Cabinet' });
  const versions = await item.versions();
  expect(versions.map((v: { VersionLabel: string }) => v.VersionLabel)).toEqual(['3.0', '2.0', '1.0']);
  expect(versions[2]).toMatchObject({ Title: 'Cabinet', SortOrder: 1, IsCurrentVersion: false });
  expect(versions[0]).toMatchObject({ Title: 'The Cabinet', SortOrder: 2, IsCurrentVersion: true });
  expect(versions[0].Editor).toMatchObject({ LookupId: 12 });
});

test('unknown properties and wrongly typed values are 400s and nothing is written', async () => {
  const before = (await sp.web.lists.getByTitle('Bodies').select('ItemCount')()).ItemCount;
  const unknown = await errorOf(() => bodies().add({ Title: 'X', Colour: 'red' }));
  expect(unknown.status).toBe(400);
  expect(unknown.message).toContain("The property 'Colour' does not exist on type 'SP.Data.BodiesListItem'");
  expect((await errorOf(() => bodies().add({ Title: 'X', SortOrder: 'three' }))).status).toBe(400);
  expect((await errorOf(() => bodies().add({ Title: 'X', Kind: 'Quango' }))).status).toBe(400);
  expect((await errorOf(() => sp.web.lists.getByTitle('Wards').items.add({ Title: 'X', Seats: 9 }))).status).toBe(400);
  expect((await errorOf(() => sp.web.lists.getByTitle('Wards').items.add({ Title: 'X', GssCode: 'E0501234567' }))).status).toBe(400);
  expect((await sp.web.lists.getByTitle('Bodies').select('ItemCount')()).ItemCount).toBe(before);
});

test('a write without a valid request digest is a 403 with SharePoint’s message', async () => {
  const path = "web/lists/getByTitle('Bodies')/items";
  const body = JSON.stringify({ Title: 'No digest' });
  for (const headers of [{}, { 'X-RequestDigest': '0xABC,1 Jan 2020 00:00:00 -0000' }] as Record<string, string>[]) {
    const r = await api(s.siteUrl, path, { method: 'POST', body, headers, user: 'owner' });
    expect(r.status).toBe(403);
    expect(r.json['odata.error'].message.value).toMatch(/^The security validation for this page is invalid/);
  }
  const ok = await api(s.siteUrl, path, { method: 'POST', body, headers: { 'X-RequestDigest': await digest(s.siteUrl) }, user: 'owner' });
  expect(ok.status).toBe(201);
  expect(ok.headers.get('etag')).toMatch(/^"[0-9a-f-]{36},1"$/);
});

test('MERGE and DELETE over X-HTTP-Method at the wire level', async () => {
  const d = await digest(s.siteUrl);
  const created = await bodies().add({ Title: 'Audit Committee', Kind: 'Committee' });
  const url = `web/lists/getByTitle('Bodies')/items(${created.Id})`;
  const merge = await api(s.siteUrl, url, { method: 'POST', body: '{"SortOrder":9}', headers: { 'X-RequestDigest': d, 'X-HTTP-Method': 'MERGE', 'IF-Match': '*' }, user: 'owner' });
  expect(merge.status).toBe(204);
  expect(merge.headers.get('etag')).toMatch(/,2"$/);
  const del = await api(s.siteUrl, url, { method: 'POST', headers: { 'X-RequestDigest': d, 'X-HTTP-Method': 'DELETE', 'IF-Match': '"2"' }, user: 'owner' });
  expect(del.status).toBe(200);
  expect((await api(s.siteUrl, url)).status).toBe(404);
});
