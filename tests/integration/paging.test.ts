/**
 * Paging 12,000 items with PnPjs `for await`, odata.nextLink, and the list view threshold:
 * the queries SharePoint refuses on a big list, and the ones that avoid the refusal.
 */
import { SPFI } from '@pnp/sp';
import { api, errorOf, spFor, startTestServer, TestServer } from '../support/localServer';

let s: TestServer;
let sp: SPFI;
const officers = () => sp.web.lists.getByTitle('Officers').items;
const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';

beforeAll(async () => {
  s = await startTestServer(); // the real threshold: 5,000
  await s.seed('Service Areas', { items: [{ Title: 'Waste', Directorate: 'Operations' }, { Title: 'Planning', Directorate: 'Place' }] });
  const started = Date.now();
  await s.seed('Officers', { count: 11000, template: { Title: 'Officer {n}', GivenName: 'Alex', FamilyName: 'Family {n}', JobTitle: 'Officer', ServiceAreaId: 1, Email: 'officer{n}@council.local' } });
  await s.seed('Officers', { count: 1000, template: { Title: 'Planner {n}', GivenName: 'Sam', FamilyName: 'Planner {n}', JobTitle: 'Planner', ServiceAreaId: 2, Email: 'planner{n}@council.local' } });
  console.log(`seeded 12,000 officers in ${Date.now() - started} ms`);
  sp = spFor(s.siteUrl);
});
afterAll(() => s.stop());

test('for await pages through 12,000 items by ID, following odata.nextLink', async () => {
  for (const pageSize of [5000, 1000]) {
    const started = Date.now();
    const ids: number[] = [];
    let pages = 0;
    for await (const page of officers().select('Id', 'Title', 'ServiceAreaId').top(pageSize)) {
      pages++;
      for (const row of page as { Id: number }[]) ids.push(row.Id);
    }
    console.log(`paged 12,000 items in pages of ${pageSize}: ${pages} requests, ${Date.now() - started} ms`);
    expect(pages).toBe(Math.ceil(12000 / pageSize));
    expect(ids).toHaveLength(12000);
    expect(new Set(ids).size).toBe(12000);
    expect(ids.every((id, i) => i === 0 || id > ids[i - 1])).toBe(true);
  }
});

test('odata.nextLink is absolute and repeats every query option', async () => {
  const r = await api(s.siteUrl, "web/lists/getByTitle('Officers')/items?$select=Id,Title&$filter=ServiceAreaId+eq+2&$top=2");
  const next = new URL(r.json['odata.nextLink']);
  expect(next.origin).toBe(new URL(s.siteUrl).origin);
  expect(next.searchParams.get('$select')).toBe('Id,Title');
  expect(next.searchParams.get('$filter')).toBe('ServiceAreaId eq 2');
  expect(next.searchParams.get('$top')).toBe('2');
  expect(next.searchParams.get('$skiptoken')).toBe(`Paged=TRUE&p_ID=${r.json.value[1].Id}`);
  const second = await api(s.siteUrl, `${next.pathname.replace('/sites/council/_api/', '')}${next.search}`);
  expect(second.json.value[0].Id).toBeGreaterThan(r.json.value[1].Id);
});

test('items.skip(id) continues after that ID', async () => {
  const rows = await officers().skip(11995).top(3).select('Id')();
  expect(rows.map((r: { Id: number }) => r.Id)).toEqual([11996, 11997, 11998]);
});

test('$top defaults to 100', async () => {
  expect(await officers().select('Id')()).toHaveLength(100);
});

test.each([
  ['a filter on a non-indexed column', () => officers().filter("JobTitle eq 'Planner'").select('Id')()],
  ['an indexed filter that still matches more than 5,000 items', () => officers().filter('ServiceAreaId eq 1').select('Id')()],
  ['an indexed clause that is not the first clause', () => officers().filter("JobTitle eq 'Planner' and ServiceAreaId eq 2").select('Id')()],
  ['an or with a non-indexed side', () => officers().filter("ServiceAreaId eq 2 or JobTitle eq 'Planner'").select('Id')()],
  ['$orderby on a non-indexed column', () => officers().orderBy('GivenName').select('Id')()],
  ['$top above 5,000', () => officers().top(5001).select('Id')()],
  ['a lookup projection filter', () => officers().filter("ServiceArea/Title eq 'Planning'").select('Id')()],
])('over the threshold, SharePoint refuses %s', async (_what, query) => {
  const e = await errorOf(query);
  expect(e.status).toBe(500);
  expect(e.message).toContain(THROTTLED);
  expect(e.message).toContain('The attempted operation is prohibited because it exceeds the list view threshold.');
});

test('the paths that avoid the threshold work', async () => {
  expect(await officers().filter("Email eq 'officer42@council.local'").select('Title')()).toEqual([expect.objectContaining({ Title: 'Officer 42' })]);
  expect(await officers().filter("ServiceAreaId eq 2 and JobTitle eq 'Planner'").select('Id').top(5000)()).toHaveLength(1000);
  expect(await officers().filter("startswith(FamilyName,'Planner 99')").select('Id')()).toHaveLength(11);
  const sorted = await officers().orderBy('FamilyName', false).select('FamilyName').top(3)();
  expect(sorted.map((r: { FamilyName: string }) => r.FamilyName)).toEqual(['Planner 999', 'Planner 998', 'Planner 997']);
  expect(await officers().filter('Id gt 11990').select('Id')()).toHaveLength(10);
});

test('for await with a filter and an indexed $orderby pages by key, without gaps or repeats', async () => {
  const names: string[] = [];
  for await (const page of officers().filter('ServiceAreaId eq 2').orderBy('FamilyName', false).select('FamilyName').top(300)) {
    for (const r of page as { FamilyName: string }[]) names.push(r.FamilyName);
  }
  expect(names).toHaveLength(1000);
  expect(new Set(names).size).toBe(1000);
  const sorted = [...names].sort((a, b) => b.localeCompare(a, 'en', { sensitivity: 'base' }));
  expect(names).toEqual(sorted);
});

test('a small threshold (configurable) and forceThreshold apply the same rules to small lists', async () => {
  const small = await startTestServer({ threshold: 3 });
  try {
    await small.seed('Wards', { count: 4, template: { Title: 'Ward {n}', GssCode: 'E0500000{n}' } });
    const wards = () => spFor(small.siteUrl).web.lists.getByTitle('Wards').items;
    expect((await errorOf(() => wards().filter("Title eq 'Ward 1'")())).status).toBe(500);
    expect(await wards().filter("GssCode eq 'E05000001'").select('Title')()).toHaveLength(1);
    expect(await wards().top(3).select('Id')()).toHaveLength(3);
    await small.seed('Political Groups', { count: 2, template: { Title: 'Group {n}' } });
    const groups = () => spFor(small.siteUrl).web.lists.getByTitle('Political Groups').items;
    expect(await groups().filter("Title eq 'Group 1'")()).toHaveLength(1);
    await small.setFaults({ forceThreshold: true });
    expect((await errorOf(() => groups().filter("Title eq 'Group 1'")())).status).toBe(500);
    await small.clearFaults();
    expect(await groups().filter("Title eq 'Group 1'")()).toHaveLength(1);
  } finally {
    await small.stop();
  }
});
