/**
 * `npm run provision` gives Change Requests its item-level read setting (each councillor reads
 * only their own requests): on a bare site with the list it makes, on a site whose list reads
 * everything it corrects it (the dry run saying so first), and a second run leaves it unchanged.
 */
import { LIST_TITLES } from '../../../src/data/lists';
import { Site, startSite } from '../server/site';
import { provision } from './support';

const TITLE = LIST_TITLES.changeRequests;
const readSecurity = async (site: Site, title = TITLE): Promise<number> => Number(((await site.sp('owner').web.lists.getByTitle(title).select('ReadSecurity')()) as { ReadSecurity: number }).ReadSecurity);

let bare: Site;
beforeAll(async () => {
  bare = await startSite({ bare: true });
});
afterAll(() => bare.stop());

test('a bare site gets Change Requests with ReadSecurity 2, and a second run leaves it as it is', async () => {
  const first = await provision(['--site', bare.siteUrl]);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/Change Requests \(Lists\/ChangeRequests\): new list\n\s+each person reads only the items they made/);
  expect(await readSecurity(bare)).toBe(2);
  expect(await readSecurity(bare, LIST_TITLES.changeRequestDecisions)).toBe(1);

  const second = await provision(['--site', bare.siteUrl, '--json']);
  expect(second.code).toBe(0);
  expect(second.json().lists).toEqual(expect.objectContaining({ created: 0, updated: 0 }));
  expect(await readSecurity(bare)).toBe(2);
});

test('a site whose Change Requests reads everything: the dry run says it would change it, the run does, once', async () => {
  await bare.sp('owner').web.lists.getByTitle(TITLE).update({ ReadSecurity: 1 });
  const dry = await provision(['--site', bare.siteUrl, '--dry-run']);
  expect(dry.code).toBe(0);
  expect(dry.stdout).toContain('Would change:');
  expect(dry.stdout).toMatch(/Change Requests: list settings \(ReadSecurity\)\n\s+each person reads only the items they made/);
  expect(await readSecurity(bare)).toBe(1);

  const run = await provision(['--site', bare.siteUrl, '--json']);
  expect(run.json().lists).toEqual(expect.objectContaining({ updated: 1 }));
  expect(await readSecurity(bare)).toBe(2);
  const again = await provision(['--site', bare.siteUrl]);
  expect(again.stdout).not.toContain('ReadSecurity');
  expect(again.stdout).toContain('Nothing to change');
});
