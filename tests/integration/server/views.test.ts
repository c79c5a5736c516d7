/**
 * List views through the real PnPjs: every list has a default view (schema.xml's for the
 * package's lists), views can be added, updated, given fields, re-queried with SetViewXml and
 * deleted, with SharePoint's errors for what it refuses.
 */
import '@pnp/sp/views';
import { errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
beforeAll(async () => {
  site = await startSite();
});
afterAll(() => site.stop());

test("a package list's default view is the one its schema.xml defines", async () => {
  const view = await site.sp().web.lists.getByTitle('Liaison Officers').defaultView();
  expect(view).toMatchObject({ Title: 'All Items', DefaultView: true, RowLimit: 30, Paged: true, ServerRelativeUrl: '/sites/council/Lists/LiaisonOfficers/AllItems.aspx' });
  const fields = await site.sp().web.lists.getByTitle('Liaison Officers').defaultView.fields();
  expect(fields.Items).toEqual(['LinkTitle', 'Officer', 'ServiceArea', 'Role', 'Wards']);
  expect(fields.SchemaXml).toContain('<FieldRef Name="ServiceArea" />');
  expect(view.ViewQuery).toContain('<FieldRef Name="ID" Ascending="TRUE" />');
});

test('a list made at run time gets an All Items view; a library gets All Documents', async () => {
  const { list } = await site.sp().web.lists.ensure('Casework Notes');
  const views = await list.views();
  expect(views.map((v: { Title: string }) => v.Title)).toEqual(['All Items']);
  expect((await list.defaultView.fields()).Items).toEqual(['LinkTitle']);
  const docs = await site.sp().web.lists.getByTitle('Documents').defaultView();
  expect(docs).toMatchObject({ Title: 'All Documents', ServerRelativeUrl: '/sites/council/Shared Documents/Forms/AllItems.aspx' });
});

test('views are added, found by id and title, updated, re-queried and deleted', async () => {
  const list = site.sp().web.lists.getByTitle('Casework Notes');
  const added = await list.views.add('Open cases', false, { RowLimit: 50 });
  expect(added).toMatchObject({ Title: 'Open cases', RowLimit: 50, DefaultView: false, PersonalView: false });
  expect((await list.views.getById(added.Id)()).Title).toBe('Open cases');
  expect((await list.views.getByTitle('Open cases')()).Id).toBe(added.Id);
  expect((await list.getView(added.Id)()).Id).toBe(added.Id);

  await list.views.getById(added.Id).update({ RowLimit: 20, Title: 'Open casework' });
  expect(await list.views.getById(added.Id).select('RowLimit', 'Title')()).toMatchObject({ RowLimit: 20, Title: 'Open casework' });

  await list.views.getById(added.Id).setViewXml("<View><Query><Where><Eq><FieldRef Name='Title'/><Value Type='Text'>Open</Value></Eq></Where></Query><RowLimit Paged='TRUE'>10</RowLimit></View>");
  const requeried = await list.views.getById(added.Id)();
  expect(requeried.ViewQuery).toBe('<Where><Eq><FieldRef Name="Title" /><Value Type="Text">Open</Value></Eq></Where>');
  expect(requeried.RowLimit).toBe(10);

  await list.views.getById(added.Id).delete();
  expect((await list.views()).map((v: { Title: string }) => v.Title)).toEqual(['All Items']);
  expect((await errorOf(() => list.views.getById(added.Id)())).status).toBe(400);
});

test('view fields are added, moved, removed and cleared; an unknown field is refused', async () => {
  const list = site.sp().web.lists.getByTitle('Casework Notes');
  const v = list.views.getById((await list.views.add('Columns')).Id);
  await v.fields.add('Created');
  await v.fields.add('Modified');
  expect((await v.fields()).Items).toEqual(['LinkTitle', 'Created', 'Modified']);
  await v.fields.move('Modified', 0);
  expect((await v.fields()).Items).toEqual(['Modified', 'LinkTitle', 'Created']);
  await v.fields.remove('LinkTitle');
  expect((await v.fields()).Items).toEqual(['Modified', 'Created']);
  expect(await v.fields.getSchemaXml()).toBe('<ViewFields><FieldRef Name="Modified" /><FieldRef Name="Created" /></ViewFields>');
  await v.fields.removeAll();
  expect((await v.fields()).Items).toEqual([]);
  const unknown = await errorOf(() => v.fields.add('NoSuchColumn'));
  expect(unknown.status).toBe(400);
  expect(unknown.message).toContain("Column 'NoSuchColumn' does not exist");
});

test('the default view cannot be deleted, and a view takes no property SharePoint does not have', async () => {
  const list = site.sp().web.lists.getByTitle('Casework Notes');
  const dv = await list.defaultView.select('Id')();
  expect((await errorOf(() => list.views.getById(dv.Id).delete())).status).toBe(400);
  const bad = await errorOf(() => list.views.getById(dv.Id).update({ Colour: 'blue' } as never));
  expect(bad.status).toBe(400);
  expect(bad.message).toContain("The property 'Colour' does not exist on type 'SP.View'");
  expect((await errorOf(() => list.views.add(''))).status).toBe(400);
});

test('renderAsHtml escapes what the items hold, so stored text stays inert', async () => {
  const list = site.sp().web.lists.getByTitle('Casework Notes');
  await list.items.add({ Title: '<img src=x onerror=alert(1)>' });
  const html = await list.defaultView.renderAsHtml();
  expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
  expect(html).not.toContain('<img');
});

test('making another view the default takes the flag from the old one', async () => {
  const list = site.sp().web.lists.getByTitle('Casework Notes');
  const v = await list.views.add('Mine first');
  await list.views.getById(v.Id).update({ DefaultView: true });
  expect((await list.defaultView.select('Title')()).Title).toBe('Mine first');
  const all = await list.views.select('Title', 'DefaultView')();
  expect(all.filter((x: { DefaultView: boolean }) => x.DefaultView).map((x: { Title: string }) => x.Title)).toEqual(['Mine first']);
});
