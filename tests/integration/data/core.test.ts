/**
 * The data layer's paging core, with the real PnPjs against the local SharePoint server.
 */
import { readAll, readFirstPages, readRemaining } from '../../../src/data/core';
import { spFor, startTestServer, TestServer } from '../../support/localServer';

let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ threshold: 500 });
  await s.seed('Service Areas', { items: [{ Title: 'Waste', Directorate: 'Operations' }] });
  await s.seed('Officers', { count: 1200, template: { Title: 'Officer {n}', GivenName: 'Alex', FamilyName: 'F{n}', JobTitle: 'Officer', ServiceAreaId: 1, Email: 'o{n}@council.local' } });
  await s.seed('Wards', { count: 16, template: { Title: 'Ward {n}', GssCode: 'E05000001', Seats: 3 } });
});
afterAll(() => s.stop());

async function requestsDuring(fn: () => Promise<unknown>): Promise<number> {
  await s.resetRequestCount();
  await fn();
  return s.requestCount();
}

test('first pages of several lists arrive in one round trip, and say which lists hold more', async () => {
  const sp = spFor(s.siteUrl);
  // In SPFx the request digest comes with the page; here PnPjs fetches it once, before counting.
  await readFirstPages(sp, [{ list: 'Wards', select: ['Id'] }]);
  let result: Awaited<ReturnType<typeof readFirstPages>> | undefined;
  const requests = await requestsDuring(async () => {
    result = await readFirstPages(sp, [
      { list: 'Wards', select: ['Id', 'Title'] },
      { list: 'Officers', select: ['Id', 'Title'] }
    ], 500);
  });
  expect(requests).toBe(1);
  expect(result!.pages.map((p) => p?.length)).toEqual([16, 500]);
  expect(result!.failures).toEqual([undefined, undefined]);
  expect(result!.more.map((r) => r.list)).toEqual(['Officers']);
});

test('the rest of a list beyond the threshold is read by ID pages without a threshold error', async () => {
  const sp = spFor(s.siteUrl);
  const sizes: number[] = [];
  await readRemaining(sp, { list: 'Officers', select: ['Id'] }, 500, (rows) => sizes.push(rows.length), 500);
  expect(sizes).toEqual([500, 200]);
  const all = await readAll(sp, { list: 'Officers', select: ['Id'] }, undefined, 500);
  expect(all).toHaveLength(1200);
  expect(new Set(all.map((r) => r.Id)).size).toBe(1200);
});
