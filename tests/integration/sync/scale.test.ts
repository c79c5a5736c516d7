/**
 * The officer sync at 20,000 users (the large demo council), against the local SharePoint and
 * the local Graph: how many requests each run makes and how long it takes, first run and delta.
 * The request counts are exact (they follow from the page sizes); the times are printed.
 */
import { syncOfficers, WRITE_BATCH, type OfficerSyncResult } from '../../../src/data/sync/officers';
import { GraphClient } from '../../../tools/tenant/graph';
import { startGraphTestSite, type GraphTestSite } from '../../support/localGraph';

let site: GraphTestSite;
beforeAll(async () => {
  site = await startGraphTestSite({ council: 'large', site: 'services' });
}, 120000);
afterAll(() => site.stop());

const figures: string[] = [];
afterAll(() => {
  // The figures for the issue's note.
  process.stdout.write(`\nOfficer sync at 20,000 users (local SharePoint and Graph, no network latency):\n${figures.map((f) => `  ${f}\n`).join('')}`);
});

async function run(label: string): Promise<{ result: OfficerSyncResult; graph: number; sharePoint: number; ms: number }> {
  await site.graphControl('DELETE', 'requests');
  await site.resetRequestCount();
  const client = new GraphClient({ base: site.graphUrl, token: async () => 'test' });
  const started = Date.now();
  const result = await syncOfficers(site.sp(), client);
  const ms = Date.now() - started;
  const graph = (await site.graphRequests()).count;
  const sharePoint = await site.requestCount();
  figures.push(`${label}: ${(ms / 1000).toFixed(1)} s; ${graph} Graph requests, ${sharePoint} SharePoint requests (${result.sharePointBatches} $batch writes); users ${result.users}, created ${result.created}, updated ${result.updated}, left ${result.left}, unchanged ${result.unchanged}`);
  return { result, graph, sharePoint, ms };
}

it('first run into an empty list: 22 Graph requests (a delta link, then 999 users a page) and 100 writes a $batch', async () => {
  const users = site.data.officers.length + 3;
  const first = await run('first run (empty list)');
  expect(first.result.created).toBe(site.data.officers.length - 1);
  expect(first.graph).toBe(1 + Math.ceil(users / 999));
  expect(first.result.sharePointBatches).toBe(Math.ceil(first.result.created / WRITE_BATCH));
  // Writes, plus a handful of reads: the state file, the mappings and services (one $batch), four pages of officers, storing the link.
  expect(first.sharePoint).toBeLessThanOrEqual(first.result.sharePointBatches + 10);
}, 180000);

it('a delta run with nothing changed: one Graph request and no read of the 20,000 officers', async () => {
  const none = await run('delta, nothing changed');
  expect(none.result).toMatchObject({ users: 0, created: 0, updated: 0, left: 0 });
  expect(none.graph).toBe(1);
  expect(none.sharePoint).toBeLessThanOrEqual(6);
}, 60000);

it('a delta run with a day of changes (20 starters, 20 job changes, 10 leavers): one Graph request and one $batch of writes', async () => {
  const users = site.graph.directory.current();
  const department = users.find((u) => u.department)!.department;
  for (const u of users.slice(0, 20)) site.graph.directory.update(u.id, { jobTitle: `${u.jobTitle ?? 'Officer'} (acting)` });
  for (const u of users.slice(20, 30)) site.graph.directory.update(u.id, { accountEnabled: false });
  for (let i = 0; i < 20; i++) {
    site.graph.directory.add({
      displayName: `New Starter${i}`, givenName: 'New', surname: `Starter${i}`, jobTitle: 'Apprentice', department, officeLocation: null, businessPhones: [], mobilePhone: null,
      mail: `new.starter${i}@large.example.gov.uk`, userPrincipalName: `new.starter${i}@large.example.gov.uk`, accountEnabled: true, employeeType: 'Employee', userType: 'Member'
    });
  }
  const day = await run('delta, a day of changes');
  expect(day.result).toMatchObject({ users: 50, created: 20, updated: 20, left: 10, unchanged: 0 });
  expect(day.graph).toBe(1);
  expect(day.result.sharePointBatches).toBe(1);
}, 60000);
