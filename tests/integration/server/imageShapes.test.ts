/**
 * Image columns in both shapes SharePoint Online stores, served by the local server and read by
 * the directories: set with PnPjs `setImageField` (a file in Site Assets, the value carries its
 * `serverRelativeUrl`), and uploaded in the modern list form (an attachment of the item, the value
 * holds only its `fileName`).
 */
import '@pnp/sp/attachments';
import { PnPMemberDirectoryRepository } from '../../../src/data/members';
import { PnPOfficerDirectoryRepository } from '../../../src/data/officers';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { Site, startSite } from './site';

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const FORM_NAME = 'Reserved_ImageAttachment_[5]_[Photo][7]_[jane][1]_[1].png';
let site: Site;

beforeAll(async () => {
  site = await startSite();
  seedCouncil(site.server, rugbyDataset());
});
afterAll(() => site.stop());

/** Does what the list form does: the image as an attachment, then the column holding its name. */
async function uploadAsListForm(list: string, id: number): Promise<void> {
  const item = site.sp('owner').web.lists.getByTitle(list).items.getById(id);
  await item.attachmentFiles.add(FORM_NAME, PNG);
  await item.update({ Photo: JSON.stringify({ fileName: FORM_NAME }) });
}

async function fetched(url: string): Promise<Buffer> {
  const res = await fetch(url.startsWith('/') ? `${site.server.url}${url}` : url);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
}

test('a member\'s photo in either shape is shown, and the server serves both files', async () => {
  await uploadAsListForm('Members', 1);
  await site.sp('owner').web.lists.getByTitle('Members').items.getById(2).setImageField('Photo', 'member-2.png', PNG);
  const repo = new PnPMemberDirectoryRepository(site.sp('officer'), 'officer-owned');
  repo.refresh();
  const d = await repo.load();
  const one = d.members.find((m) => m.id === 1)!;
  const two = d.members.find((m) => m.id === 2)!;
  expect(one.photoUrl).toBe(`/sites/council/Lists/Members/Attachments/1/${encodeURIComponent(FORM_NAME)}`);
  expect(two.photoUrl).toMatch(/^\/sites\/council\/SiteAssets\/Lists\/[0-9a-f-]{36}\/member-2\.png$/);
  expect((await fetched(String(one.photoUrl))).equals(PNG)).toBe(true);
  expect((await fetched(String(two.photoUrl))).equals(PNG)).toBe(true);
  expect(d.problems).toEqual([]);
});

test('an officer\'s photo uploaded in the list form is found too', async () => {
  await uploadAsListForm('Officers', 3);
  const repo = new PnPOfficerDirectoryRepository(site.sp('officer'), { siteUrl: site.siteUrl, officerCache: false });
  await repo.refresh();
  await repo.load();
  const officers: Array<{ id: number; photoUrl?: string }> = [];
  await repo.streamOfficers((chunk) => officers.push(...chunk.officers));
  const three = officers.find((o) => o.id === 3)!;
  expect(three.photoUrl).toBe(`/sites/council/Lists/Officers/Attachments/3/${encodeURIComponent(FORM_NAME)}`);
  expect((await fetched(three.photoUrl!)).equals(PNG)).toBe(true);
});
