/**
 * Site users by login name with PnPjs's alias syntax (siteUsers(@v)?@v='i:0#.f|…'), the site's
 * standard groups, and $expand of an item's list and web.
 */
import '@pnp/sp/site-groups/web';
import { errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

test('siteUsers.getByLoginName sends the alias form and finds the user; an unknown login is a 404', async () => {
  const tom = await site.sp().web.siteUsers.getByLoginName('i:0#.f|membership|daniel.kowalski@council.local')();
  expect(tom).toMatchObject({ Id: 11, Title: 'Daniel Kowalski', Email: 'daniel.kowalski@council.local' });
  expect((await site.sp().web.siteUsers.getById(11)()).LoginName).toBe('i:0#.f|membership|daniel.kowalski@council.local');
  const missing = await errorOf(() => site.sp().web.siteUsers.getByLoginName('i:0#.f|membership|nobody@council.local')());
  expect(missing.status).toBe(404);
});

test('the site has Owners, Members and Visitors groups; adding a user to one keeps them there', async () => {
  const visitors = await site.sp().web.associatedVisitorGroup.select('Id', 'Title')();
  expect(visitors.Title).toBe('Council Visitors');
  expect((await site.sp().web.siteGroups()).map((g: { Title: string }) => g.Title)).toEqual(['Council Owners', 'Council Members', 'Council Visitors']);
  await site.sp().web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|amara.jones@council.local');
  const users = await site.sp().web.siteGroups.getById(visitors.Id).users();
  expect(users.map((u: { Email: string }) => u.Email)).toContain('amara.jones@council.local');
  expect((await errorOf(() => site.sp('democratic-services').web.siteGroups.getById(visitors.Id).users.add('i:0#.f|membership|x@council.local'))).status).toBe(403);
});

test("a user's groups, and an owner's update of a user's display name", async () => {
  expect((await site.sp('officer').web.currentUser.groups()).map((g: { Title: string }) => g.Title)).toEqual(['Council Visitors']);
  await site.sp().web.siteUsers.getById(11).update({ Title: 'Cllr Daniel Kowalski' });
  expect((await site.sp().web.siteUsers.getById(11)()).Title).toBe('Cllr Daniel Kowalski');
  expect((await errorOf(() => site.sp('democratic-services').web.siteUsers.getById(11).update({ Title: 'x' }))).status).toBe(403);
  expect((await errorOf(() => site.sp().web.siteUsers.getById(11).update({ Colour: 'x' } as never))).status).toBe(400);
});

test("an item's ParentList expands with its RootFolder and ParentWeb", async () => {
  const { Id } = await site.sp().web.lists.getByTitle('Wards').items.add({ Title: 'Benn', GssCode: 'E05012345', Seats: 3 });
  const info = await site.sp().web.lists.getByTitle('Wards').items.getById(Id).getParentInfos();
  expect(info.ParentList).toMatchObject({ Title: 'Wards', RootFolderServerRelativeUrl: '/sites/council/Lists/Wards' });
  expect(info.ParentWeb).toMatchObject({ Url: site.siteUrl, ServerRelativeUrl: '/sites/council' });
});
