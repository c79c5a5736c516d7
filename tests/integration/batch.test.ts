/**
 * $batch through the real @pnp/sp batching: 50 requests (PnPjs splits them into $batch calls of
 * 20), reads and writes mixed, a failing part that fails only itself, permissions per part.
 */
import { SPFI } from '@pnp/sp';
import { api, digest, errorOf, spFor, startTestServer, TestServer } from '../support/localServer';
import { seedCouncil } from './fixtures';

let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
  await seedCouncil(s);
});
afterAll(() => s.stop());

test('50 mixed reads and writes in one PnPjs batch: three $batch requests, every result in order', async () => {
  const sp: SPFI = spFor(s.siteUrl, 'democratic-services');
  await sp.web.lists.getByTitle('Wards').items.getById(3).update({}); // fetches the request digest, so the count below is just the batches
  const [batched, execute] = sp.batched();
  const results: Promise<unknown>[] = [];
  for (let i = 0; i < 50; i++) {
    if (i % 2 === 0) results.push(batched.web.lists.getByTitle('Bodies').items.add({ Title: `Working Party ${i}`, Kind: 'Working Party', SortOrder: i }));
    else results.push(batched.web.lists.getByTitle('Wards').items.select('Title').top(1)());
  }
  await s.resetRequestCount();
  await execute();
  expect(await s.requestCount()).toBe(3);
  const values = await Promise.all(results);
  for (let i = 0; i < 50; i++) {
    if (i % 2 === 0) expect(values[i]).toMatchObject({ Title: `Working Party ${i}`, SortOrder: i });
    else expect(values[i]).toEqual([expect.objectContaining({ Title: 'Benn' })]);
  }
  const count = await sp.web.lists.getByTitle('Bodies').items.filter("Kind eq 'Working Party'").select('Id').top(100)();
  expect(count).toHaveLength(25);
});

test('a failing part rejects only its own call; the others (same changeset too) succeed', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const [batched, execute] = sp.batched();
  const list = () => batched.web.lists.getByTitle('Bodies').items; // a batched instance is used once
  const ok1 = list().add({ Title: 'Scrutiny Committee', Kind: 'Committee' });
  const bad = list().add({ Title: 'Broken', Kind: 'Not a kind' });
  const ok2 = list().add({ Title: 'Standards Committee', Kind: 'Committee' });
  const missing = batched.web.lists.getByTitle('Bodies').items.getById(99999)();
  const noList = batched.web.lists.getByTitle('Nope').items();
  await execute();
  await expect(ok1).resolves.toMatchObject({ Title: 'Scrutiny Committee' });
  await expect(ok2).resolves.toMatchObject({ Title: 'Standards Committee' });
  expect((await errorOf(() => bad)).status).toBe(400);
  expect((await errorOf(() => missing)).status).toBe(404);
  expect((await errorOf(() => noList)).status).toBe(404);
  const broken = await sp.web.lists.getByTitle('Bodies').items.filter("Title eq 'Broken'")();
  expect(broken).toHaveLength(0);
});

test('updates with ETags inside a batch: the stale one gets its 412, the fresh one applies', async () => {
  const sp = spFor(s.siteUrl, 'democratic-services');
  const a = await sp.web.lists.getByTitle('Bodies').items.add({ Title: 'Council', Kind: 'Council' });
  const b = await sp.web.lists.getByTitle('Bodies').items.add({ Title: 'Planning', Kind: 'Committee' });
  await sp.web.lists.getByTitle('Bodies').items.getById(b.Id).update({ SortOrder: 1 });
  const [batched, execute] = sp.batched();
  const fresh = batched.web.lists.getByTitle('Bodies').items.getById(a.Id).update({ SortOrder: 10 }, '"1"');
  const stale = batched.web.lists.getByTitle('Bodies').items.getById(b.Id).update({ SortOrder: 10 }, '"1"');
  await execute();
  await expect(fresh).resolves.toMatchObject({ etag: expect.stringMatching(/,2"$/) });
  expect((await errorOf(() => stale)).status).toBe(412);
});

test('a reader cannot write inside a batch either: each write part is 403, reads still work, nothing written', async () => {
  const sp = spFor(s.siteUrl, 'officer');
  const [batched, execute] = sp.batched();
  const read = batched.web.lists.getByTitle('Members').items.select('Title').top(1)();
  const write = batched.web.lists.getByTitle('Members').items.add({ Title: 'Intruder' });
  const del = batched.web.lists.getByTitle('Members').items.getById(1).delete();
  await execute();
  await expect(read).resolves.toHaveLength(1);
  const denied = await errorOf(() => write);
  expect(denied.status).toBe(403);
  expect(denied.message).toContain('-2147024891, System.UnauthorizedAccessException');
  expect((await errorOf(() => del)).status).toBe(403);
  expect(await sp.web.lists.getByTitle('Members').items.filter("Title eq 'Intruder'")()).toHaveLength(0);
});

test('the wire format: flat response parts in request order and a closing boundary followed by a newline', async () => {
  const b = 'batch_test';
  const c = 'changeset_test';
  const site = s.siteUrl;
  const body = [
    `--${b}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `GET ${site}/_api/web/lists/getByTitle('Wards')/items(1)?$select=Title HTTP/1.1`, 'accept: application/json', '', '',
    `--${b}`, `Content-Type: multipart/mixed; boundary="${c}"`, '',
    `--${c}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `POST ${site}/_api/web/lists/getByTitle('Wards')/items HTTP/1.1`, 'accept: application/json', 'content-type: application/json;charset=utf-8', '',
    '{"Title":"Hillmorton"}', '',
    `--${c}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    `MERGE ${site}/_api/web/lists/getByTitle('Wards')/items(1) HTTP/1.1`, 'if-match: *', 'content-type: application/json;charset=utf-8', '',
    '{"Seats":2}', '',
    `--${c}--`, '',
    `--${b}--`, '',
  ].join('\n');
  const r = await api(site, '$batch', { method: 'POST', body, user: 'owner', headers: { 'Content-Type': `multipart/mixed; boundary=${b}`, 'X-RequestDigest': await digest(site) } });
  expect(r.status).toBe(200);
  const boundary = /boundary=(\S+)/.exec(r.headers.get('content-type')!)![1];
  expect(boundary).toMatch(/^batchresponse_/);
  expect(r.text.endsWith(`--${boundary}--\r\n`)).toBe(true);
  const statuses = [...r.text.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
  expect(statuses).toEqual([200, 201, 204]);
  expect(r.text).not.toContain('changesetresponse');
});
