/**
 * Fault switches: 429/503 throttling with Retry-After (PnPjs's BrowserFetchWithRetry must wait
 * and retry, then give up with "Retry count exceeded"), latency, and the /_local control routes.
 */
import { api, errorOf, spFor, startTestServer, TestServer } from '../support/localServer';

let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
  await s.seed('Wards', { items: [{ Title: 'Benn' }] });
});
afterEach(() => s.clearFaults());
afterAll(() => s.stop());

test('PnPjs retries a 429 after waiting Retry-After seconds, and succeeds', async () => {
  const sp = spFor(s.siteUrl);
  await s.setFaults({ throttleNext: 2, retryAfter: 1, status: 429 });
  await s.resetRequestCount();
  const started = Date.now();
  const rows = await sp.web.lists.getByTitle('Wards').items.select('Title')();
  const waited = Date.now() - started;
  expect(rows).toEqual([expect.objectContaining({ Title: 'Benn' })]);
  expect(await s.requestCount()).toBe(3);
  expect(waited).toBeGreaterThanOrEqual(2000); // two waits of Retry-After (1 s) each
});

test('when throttling persists PnPjs fails with "Retry count exceeded"', async () => {
  const sp = spFor(s.siteUrl);
  await s.setFaults({ throttleNext: 10, retryAfter: 1, status: 503 });
  const started = Date.now();
  const e = await errorOf(() => sp.web.lists.getByTitle('Wards').items());
  expect(e.message).toBe('Retry count exceeded (3) for this request. 503: Service Unavailable;');
  expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
});

test('a throttled response is SharePoint-shaped: status, Retry-After and JSON error', async () => {
  await s.setFaults({ throttleNext: 1, retryAfter: 7, status: 429 });
  const r = await api(s.siteUrl, 'web');
  expect(r.status).toBe(429);
  expect(r.headers.get('retry-after')).toBe('7');
  expect(r.json['odata.error'].message.value).toContain('Retry-After');
  expect((await api(s.siteUrl, 'web')).status).toBe(200);
});

test('a throttled $batch is retried whole by PnPjs', async () => {
  const sp = spFor(s.siteUrl, 'owner');
  await sp.web.lists.getByTitle('Wards').items.getById(1).update({}); // fetch the digest first
  const [batched, execute] = sp.batched();
  const a = batched.web.lists.getByTitle('Wards').items.select('Title')();
  const b = batched.web.lists.getByTitle('Wards').items.add({ Title: 'Bilton' });
  await s.setFaults({ throttleNext: 1, retryAfter: 1 });
  await s.resetRequestCount();
  await execute();
  await expect(a).resolves.toHaveLength(1);
  await expect(b).resolves.toMatchObject({ Title: 'Bilton' });
  expect(await s.requestCount()).toBe(2);
});

test('throttleShare throttles about that share of requests', async () => {
  await s.setFaults({ throttleShare: 0.5 });
  let throttled = 0;
  for (let i = 0; i < 200; i++) if ((await api(s.siteUrl, 'web?$select=Title')).status === 429) throttled++;
  expect(throttled).toBeGreaterThan(50);
  expect(throttled).toBeLessThan(150);
});

test('latency delays API requests but not control routes', async () => {
  await s.setFaults({ latencyMs: 250 });
  let started = Date.now();
  await api(s.siteUrl, 'web');
  expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  started = Date.now();
  const res = await fetch(`${s.url}/_local/faults`);
  expect(Date.now() - started).toBeLessThan(200);
  expect(await res.json()).toMatchObject({ latencyMs: 250, throttleNext: 0 });
});

test('the control routes validate their input and DELETE clears the switches', async () => {
  // control routes take JSON only (see tests/integration/server/safety.test.ts)
  const json = { 'Content-Type': 'application/json' };
  const bad = await fetch(`${s.url}/_local/faults`, { method: 'POST', headers: json, body: JSON.stringify({ status: 418 }) });
  expect(bad.status).toBe(400);
  const unknown = await fetch(`${s.url}/_local/faults`, { method: 'POST', headers: json, body: JSON.stringify({ chaos: true }) });
  expect(((await unknown.json()) as { error: string }).error).toContain("Unknown fault switch 'chaos'");
  await s.setFaults({ throttleNext: 5 });
  const cleared = await (await fetch(`${s.url}/_local/faults`, { method: 'DELETE', headers: json })).json();
  expect(cleared).toMatchObject({ throttleNext: 0, throttleShare: 0, latencyMs: 0, forceThreshold: false });
});
