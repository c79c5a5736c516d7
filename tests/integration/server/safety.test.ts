/**
 * Safe to run on a developer's machine: the control routes take only same-origin JSON (or the
 * start-up token), a request naming another host is refused, addresses in responses come from
 * the configured host, and the workbench's reset route follows the same rule.
 */
import * as http from 'http';
import { workbenchRoutes } from '../../../local/workbench/routes';
import { api, digest } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
let resets = 0;
beforeAll(async () => {
  site = await startSite({
    extraRoutes: workbenchRoutes({ server: () => site.server, script: async () => '', reset: async () => ({ council: 'rugby', resets: ++resets }) }),
  });
});
afterAll(() => site.stop());

const post = (path: string, headers: Record<string, string>, body = '{"list":"Wards","items":[{"Title":"Sneaky","GssCode":"E05000000","Seats":1}]}') =>
  fetch(`${site.server.url}${path}`, { method: 'POST', headers, body });
const wardCount = async () => (await site.sp().web.lists.getByTitle('Wards').items.select('Id')()).length;

test('a cross-origin form-style POST to a control route is refused and changes nothing', async () => {
  const before = await wardCount();
  const refusedHeaders: Record<string, string>[] = [
    { 'Content-Type': 'text/plain' },
    { 'Content-Type': 'application/x-www-form-urlencoded' },
    { 'Content-Type': 'application/json', Origin: 'http://evil.example' },
    { 'Content-Type': 'application/json', 'Sec-Fetch-Site': 'cross-site' },
  ];
  for (const headers of refusedHeaders) {
    const r = await post('/_local/seed', headers);
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: string }).error).toMatch(/^Refused: /);
  }
  expect((await post('/_local/faults', { 'Content-Type': 'text/plain' }, '{"throttleNext":5}')).status).toBe(403);
  expect((await fetch(`${site.server.url}/_local/faults`, { method: 'DELETE' })).status).toBe(403);
  expect(await wardCount()).toBe(before);
  expect(site.server.faults.throttleNext).toBe(0);
});

test('same-origin JSON, or the start-up token, may use the control routes', async () => {
  const before = await wardCount();
  expect((await post('/_local/seed', { 'Content-Type': 'application/json', Origin: site.server.url })).status).toBe(200);
  expect((await post('/_local/seed', { 'Content-Type': 'application/json' })).status).toBe(200); // a script: no Origin at all
  expect((await post('/_local/seed', { 'Content-Type': 'text/plain', 'X-Local-Token': site.server.controlToken })).status).toBe(200);
  expect((await post('/_local/seed', { 'Content-Type': 'text/plain', 'X-Local-Token': 'guessed' })).status).toBe(403);
  expect(await wardCount()).toBe(before + 3);
  expect((await fetch(`${site.server.url}/_local/health`)).status).toBe(200); // reading needs nothing
});

test("the workbench's reset route is guarded the same way", async () => {
  expect((await post('/_workbench/reset', { 'Content-Type': 'text/plain' }, '')).status).toBe(403);
  expect(resets).toBe(0);
  const ok = await post('/_workbench/reset', { 'Content-Type': 'application/json', Origin: site.server.url }, '{}');
  expect(ok.status).toBe(200);
  expect(resets).toBe(1);
});

function rawGet(path: string, host: string): Promise<{ status: number; body: string }> {
  const { port } = new URL(site.server.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers: { Host: host, Accept: 'application/json', 'X-Local-User': 'owner' } }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

test('a request naming another host is refused; allowed names never leak a spoofed host into addresses', async () => {
  const port = new URL(site.server.url).port;
  for (const path of ['/sites/council/_api/web', '/_local/health', '/']) {
    const r = await rawGet(path, 'evil.example');
    expect(r.status).toBe(400);
    expect(r.body).toContain('Invalid Hostname');
  }
  const viaLocalhost = await rawGet("/sites/council/_api/web/lists/getByTitle('Wards')/items?$top=1", `localhost:${port}`);
  expect(JSON.parse(viaLocalhost.body)['odata.nextLink']).toMatch(new RegExp(`^http://localhost:${port}/sites/council/_api/`));
  const page = await rawGet('/', `localhost:${port}`);
  expect(page.body).toContain(`http://localhost:${port}/sites/council`);
  expect(page.body).not.toContain('evil.example');
});

test('a $batch part naming another host is answered under the host of the $batch itself', async () => {
  const boundary = 'batch_host';
  const body = [`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '',
    "GET http://evil.example/sites/council/_api/web/lists/getByTitle('Wards')/items?$top=1 HTTP/1.1", 'Accept: application/json', '', '', `--${boundary}--`, ''].join('\n');
  const r = await api(site.siteUrl, '$batch', { method: 'POST', user: 'owner', body, headers: { 'Content-Type': `multipart/mixed; boundary="${boundary}"`, 'X-RequestDigest': await digest(site.siteUrl) } });
  expect(r.text).toContain(`"odata.nextLink":"${site.server.url}/sites/council/_api/`);
  expect(r.text).not.toContain('evil.example');
});
