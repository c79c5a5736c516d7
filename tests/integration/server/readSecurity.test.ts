/**
 * Change Requests are private to the councillor who made each one and to Democratic Services:
 * the list's item-level read setting (ReadSecurity 2), which the local server enforces on every
 * read as SharePoint does. Read through the real PnPjs as each local user, on the directory site
 * as `npm run provision -- --groups` leaves it.
 */
import '@pnp/sp/batching';
import '@pnp/sp/site-groups/web';
import type { SPFI } from '@pnp/sp';
import { LIST_TITLES } from '../../../src/data/lists';
import { errorOf, type LocalUserName } from '../../support/localServer';
import { Site, startSite } from './site';

type Row = Record<string, unknown>;
const TITLE = LIST_TITLES.changeRequests;

let site: Site;
/** Request ids: the councillor's two, and one by a second councillor. */
let mine: number[];
let theirs: number;

const requests = (user: LocalUserName) => site.sp(user).web.lists.getByTitle(TITLE);
const ids = (rows: Row[]): number[] => rows.map((r) => Number(r.Id)).sort((a, b) => a - b);

async function addRequest(sp: SPFI, title: string): Promise<number> {
  const added = (await sp.web.lists.getByTitle(TITLE).items.add({ Title: title, Changes: '[]', BaseVersion: 1 })) as Row;
  return Number(added.Id ?? added.ID);
}

beforeAll(async () => {
  site = await startSite({ security: 'directory' });
  // A second councillor: the owner puts the liaison officer in Members too, as an administrator could.
  const second = (await site.sp('liaison-officer').web.currentUser.select('LoginName')()) as { LoginName: string };
  await site.sp('owner').web.siteGroups.getByName('Members').users.add(second.LoginName);
  mine = [await addRequest(site.sp('councillor'), 'Update my interests'), await addRequest(site.sp('councillor'), 'New photo')];
  theirs = await addRequest(site.sp('liaison-officer'), 'Publish my mobile number');
});
afterAll(() => site.stop());

test('the package declares the setting: Change Requests reads only one’s own items, and other lists everything', async () => {
  const rows = (await site.sp('owner').web.lists.select('Title', 'ReadSecurity')()) as Array<{ Title: string; ReadSecurity: number }>;
  expect(rows.find((l) => l.Title === TITLE)?.ReadSecurity).toBe(2);
  expect(rows.filter((l) => l.Title !== TITLE).map((l) => l.ReadSecurity)).toEqual(rows.filter((l) => l.Title !== TITLE).map(() => 1));
  expect(((await requests('officer').select('ReadSecurity')()) as Row).ReadSecurity).toBe(2);
});

test('an officer reads none of the councillors’ requests: the collection is empty and one of them by id does not exist', async () => {
  expect(await requests('officer').items()).toEqual([]);
  expect(await requests('officer').items.filter(`Id eq ${theirs}`).top(10)()).toEqual([]);
  expect(await requests('officer').items.orderBy('Id', false).top(1)()).toEqual([]);
  for (const read of [() => requests('officer').items.getById(mine[0])(), () => requests('officer').items.getById(mine[0]).versions(), () => requests('officer').items.getById(mine[0]).fieldValuesAsText()]) {
    const e = await errorOf(read);
    expect(e.status).toBe(404);
    expect(e.message).toContain('Item does not exist');
  }
  // nor through CAML, nor inside a $batch
  expect(await requests('officer').getItemsByCAMLQuery({ ViewXml: '<View><RowLimit>100</RowLimit></View>' })).toEqual([]);
  const [batched, execute] = site.sp('officer').batched();
  const inBatch = batched.web.lists.getByTitle(TITLE).items();
  const oneInBatch = batched.web.lists.getByTitle(TITLE).items.getById(theirs)().then(() => 'read', (e: { status?: number }) => e.status);
  await execute();
  expect(await inBatch).toEqual([]);
  expect(await oneInBatch).toBe(404);
});

test('a councillor reads only their own requests; another councillor’s is invisible, even by id', async () => {
  expect(ids(await requests('councillor').items())).toEqual(mine);
  expect(await requests('councillor').items.filter(`Id eq ${theirs}`)()).toEqual([]);
  expect((await errorOf(() => requests('councillor').items.getById(theirs)())).status).toBe(404);
  expect((await errorOf(() => requests('councillor').items.getById(theirs).versions())).status).toBe(404);
  expect(((await requests('councillor').items.getById(mine[1]).select('Title')()) as Row).Title).toBe('New photo');
  expect(ids(await requests('liaison-officer').items())).toEqual([theirs]);
  const stream = (await requests('councillor').renderListDataAsStream({ ViewXml: '<View><RowLimit>100</RowLimit></View>' })) as { Row: Row[] };
  expect(stream.Row.map((r) => Number(r.ID)).sort((a, b) => a - b)).toEqual(mine);
});

test('paging a councillor’s requests walks only their own', async () => {
  const pages: number[][] = [];
  for await (const page of requests('councillor').items.select('Id').orderBy('Id').top(1)) pages.push(ids(page as Row[]));
  expect(pages).toEqual(mine.map((id) => [id]));
});

test('Democratic Services and the site owner read every request', async () => {
  const all = [...mine, theirs].sort((a, b) => a - b);
  expect(ids(await requests('democratic-services').items())).toEqual(all);
  expect(ids(await requests('owner').items())).toEqual(all);
  expect(((await requests('democratic-services').items.getById(theirs).select('Title')()) as Row).Title).toBe('Publish my mobile number');
});

test('Democratic Services cannot change the setting (no Manage Lists); the owner cannot set a value SharePoint has not got', async () => {
  const refused = await errorOf(() => requests('democratic-services').update({ ReadSecurity: 1 }));
  expect(refused.status).toBe(403);
  expect(((await requests('owner').select('ReadSecurity')()) as Row).ReadSecurity).toBe(2);
  const wrong = await errorOf(() => requests('owner').update({ ReadSecurity: 3 }));
  expect(wrong.status).toBe(400);
  expect(wrong.message).toContain("'ReadSecurity'");
  expect(((await requests('owner').select('ReadSecurity')()) as Row).ReadSecurity).toBe(2);
});

test('it is the setting that hides them: with ReadSecurity 1 an officer reads them all again', async () => {
  await requests('owner').update({ ReadSecurity: 1 });
  try {
    expect(ids(await requests('officer').items())).toEqual([...mine, theirs].sort((a, b) => a - b));
  } finally {
    await requests('owner').update({ ReadSecurity: 2 });
  }
  expect(await requests('officer').items()).toEqual([]);
});
