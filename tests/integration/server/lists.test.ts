/**
 * Lists as SharePoint makes them: the standard libraries, document libraries (BaseTemplate 101),
 * title limits, unknown properties, unique URLs after a rename, $expand of RootFolder and
 * ParentWeb, recycle — through the real PnPjs.
 */
import { api, errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

test('a site has the Documents, Site Assets and Site Pages libraries, as a SharePoint team site does', async () => {
  const libs = await site.sp().web.lists.filter('BaseType eq 1').select('Title', 'BaseTemplate', 'RootFolder/ServerRelativeUrl').expand('RootFolder')();
  expect(libs.map((l: { Title: string; BaseTemplate: number; RootFolder: { ServerRelativeUrl: string } }) => [l.Title, l.BaseTemplate, l.RootFolder.ServerRelativeUrl])).toEqual([
    ['Documents', 101, '/sites/council/Shared Documents'], ['Site Assets', 101, '/sites/council/SiteAssets'], ['Site Pages', 119, '/sites/council/SitePages'],
  ]);
  const assets = await site.sp().web.lists.ensureSiteAssetsLibrary();
  expect((await assets.select('Title')()).Title).toBe('Site Assets');
});

test('a document library is made with BaseTemplate 101, at a URL without Lists/', async () => {
  const made = await site.sp().web.lists.add('Committee Papers', 'Agendas and minutes', 101, false, { OnQuickLaunch: true });
  expect(made).toMatchObject({ BaseTemplate: 101, BaseType: 1, OnQuickLaunch: true, ListItemEntityTypeFullName: 'SP.Data.Committee_x0020_PapersItem' });
  expect((await site.sp().web.lists.getByTitle('Committee Papers').rootFolder.select('ServerRelativeUrl')()).ServerRelativeUrl).toBe('/sites/council/Committee Papers');
  const weird = await errorOf(() => site.sp().web.lists.add('Calendar', '', 106));
  expect(weird.status).toBe(400);
});

test('a list title over 255 characters, or with a control character, is a 400 and makes no list', async () => {
  const long = await errorOf(() => site.sp().web.lists.ensure('x'.repeat(256)));
  expect(long.status).toBe(400);
  expect(long.message).toContain('at most 255');
  expect((await site.sp().web.lists.add('y'.repeat(255))).Title).toHaveLength(255);
  expect((await errorOf(() => site.sp().web.lists.add('Tab\u0001Title'))).status).toBe(400);
  expect((await site.sp().web.lists.filter(`Title eq '${'x'.repeat(256)}'`).select('Id')()).length).toBe(0);
});

test('an unknown property is a 400 on create and on update, and changes nothing', async () => {
  const e = await errorOf(() => site.sp().web.lists.add('Random', '', 100, false, { RandomPropertyThatDoesntExistOnObject: 'x' } as never));
  expect(e.status).toBe(400);
  expect(e.message).toContain("The property 'RandomPropertyThatDoesntExistOnObject' does not exist on type 'SP.List'");
  expect((await site.sp().web.lists.filter("Title eq 'Random'")()).length).toBe(0);
  await site.sp().web.lists.ensure('Kept');
  const u = await errorOf(() => site.sp().web.lists.ensure('Kept', 'new description', 100, false, { Colour: 'red' } as never));
  expect(u.status).toBe(400);
  expect((await site.sp().web.lists.getByTitle('Kept').select('Description')()).Description).toBe('');
});

test("re-creating a list whose URL a renamed list still holds gets the next free URL, as SharePoint does", async () => {
  await site.sp().web.lists.add('Casework');
  await site.sp().web.lists.getByTitle('Casework').update({ Title: 'Old Casework' });
  const again = await site.sp().web.lists.add('Casework');
  expect(again.Title).toBe('Casework');
  const urls = await Promise.all(['Old Casework', 'Casework'].map((t) => site.sp().web.lists.getByTitle(t).rootFolder.select('ServerRelativeUrl')()));
  expect(urls.map((u) => u.ServerRelativeUrl)).toEqual(['/sites/council/Lists/Casework', '/sites/council/Lists/Casework1']);
  expect((await errorOf(() => site.sp().web.lists.add('casework'))).status).toBe(400); // titles stay unique, ignoring case
});

test('$expand=ParentWeb and RootFolder on a list; a sub-property needs its $expand', async () => {
  const info = await site.sp().web.lists.getByTitle('Wards').getParentInfos();
  expect(info.ParentWeb).toMatchObject({ Url: site.siteUrl, ServerRelativeUrl: '/sites/council' });
  expect(info.List.RootFolderServerRelativeUrl).toBe('/sites/council/Lists/Wards');
  const r = await api(site.siteUrl, "web/lists/getByTitle('Wards')?$select=Title,ParentWeb/Title");
  expect(r.status).toBe(400);
  expect(r.json['odata.error'].message.value).toContain('$expand');
  const unknown = await api(site.siteUrl, "web/lists/getByTitle('Wards')?$expand=Nonsense");
  expect(unknown.status).toBe(400);
  const web = await api(site.siteUrl, 'web?$select=Title,ParentWeb/ServerRelativeUrl&$expand=ParentWeb');
  expect(web.json.ParentWeb).toBeNull(); // the site's root web has no parent
});

test('a recycled list is gone; the answer is its id', async () => {
  const made = await site.sp().web.lists.add('To Recycle');
  expect(await site.sp().web.lists.getByTitle('To Recycle').recycle()).toBe(made.Id);
  expect((await errorOf(() => site.sp().web.lists.getByTitle('To Recycle')())).status).toBe(404);
});

test('sub-webs are not modelled: web/webs is an empty collection', async () => {
  expect(await site.sp().web.webs()).toEqual([]);
});
