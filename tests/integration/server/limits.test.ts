/**
 * SharePoint's limits and errors on writes, through the real PnPjs where it can reach them:
 * text lengths, control characters, lookup integrity, the whole IF-Match, body size (413) and
 * a bad identity (401). Every refusal writes nothing.
 */
import { api, digest, errorOf } from '../../support/localServer';
import { Site, startSite } from './site';

let site: Site;
const notes = () => site.sp().web.lists.getByTitle('Limit Notes');
beforeAll(async () => {
  site = await startSite({ bodyLimit: 256 * 1024 });
  const { list } = await site.sp().web.lists.ensure('Limit Notes');
  await list.fields.addMultilineText('Biography', { RichText: false });
  await list.fields.createFieldAsXml({ SchemaXml: '<Field Type="Note" Name="Archive" DisplayName="Archive" UnlimitedLengthInDocumentLibrary="TRUE" />', Options: 8 });
  await site.sp().web.lists.getByTitle('Wards').items.add({ Title: 'Benn', GssCode: 'E05012345', Seats: 3 });
});
afterAll(() => site.stop());

const count = async () => (await notes().items.select('Id')()).length;

test('multiple lines of text hold 63,999 characters unless the column is unlimited; one line holds 255', async () => {
  await notes().items.add({ Title: 'fits', Biography: 'a'.repeat(63999) });
  const before = await count();
  const e = await errorOf(() => notes().items.add({ Title: 'too long', Biography: 'a'.repeat(64000) }));
  expect(e.status).toBe(400);
  expect(e.message).toContain("'Biography' is 64000 characters long");
  expect(await count()).toBe(before);
  await notes().items.add({ Title: 'unlimited', Archive: 'b'.repeat(100000) });
  expect((await errorOf(() => notes().items.add({ Title: 't'.repeat(256) }))).status).toBe(400);
});

test('a NUL or other control character is refused, naming the field; tabs and new lines are kept', async () => {
  const before = await count();
  const e = await errorOf(() => notes().items.add({ Title: 'Cllr\u0000 Smith' }));
  expect(e.status).toBe(400);
  expect(e.message).toContain("The value of the field 'Title' contains the control character U+0000");
  expect((await errorOf(() => notes().items.add({ Title: 'ok', Biography: 'bell\u0007' }))).status).toBe(400);
  expect(await count()).toBe(before);
  const kept = await notes().items.add({ Title: 'Tab\tand', Biography: 'line 1\r\nline 2' });
  expect((await notes().items.getById(kept.Id).select('Title', 'Biography')())).toMatchObject({ Title: 'Tab\tand', Biography: 'line 1\r\nline 2' });
});

test('a lookup must point at an item that exists', async () => {
  const members = site.sp().web.lists.getByTitle('Members').items;
  const e = await errorOf(() => members.add({ Title: 'Cllr Nobody', FamilyName: 'Nobody', WardId: 999 }));
  expect(e.status).toBe(400);
  expect(e.message).toContain('The lookup value 999');
  const ok = await members.add({ Title: 'Cllr Somebody', FamilyName: 'Somebody', WardId: 1 });
  expect(ok.WardId).toBe(1);
  const multi = await errorOf(() => site.sp().web.lists.getByTitle('Liaison Officers').items.add({ Title: 'CLO', WardsId: [1, 998] }));
  expect(multi.status).toBe(400);
  expect((await errorOf(() => members.getById(ok.Id).update({ WardId: 997 }))).status).toBe(400);
  expect((await members.getById(ok.Id).select('WardId')()).WardId).toBe(1);
});

test("IF-Match is compared whole: another item's GUID is a 412 even when the version agrees", async () => {
  const a = await notes().items.add({ Title: 'a' });
  const b = await notes().items.add({ Title: 'b' });
  const guidOf = async (id: number) => (await notes().items.getById(id).select('GUID')()).GUID as string;
  const merge = async (id: number, ifMatch: string) => site.write(`web/lists/getByTitle('Limit Notes')/items(${id})`, {
    headers: { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': ifMatch }, body: JSON.stringify({ Title: 'changed' }),
  });
  expect((await merge(a.Id, `"${await guidOf(b.Id)},1"`)).status).toBe(412);
  expect((await merge(a.Id, 'not-an-etag')).status).toBe(412);
  expect((await merge(a.Id, `"${await guidOf(a.Id)},1"`)).status).toBe(204);
  expect((await merge(a.Id, '"2"')).status).toBe(204); // the odata.etag form (version only) still works
  await notes().items.getById(b.Id).update({ Title: 'b2' }, '"1"');
  expect((await notes().items.getById(b.Id).select('Title')()).Title).toBe('b2');
});

test('a body over the limit is a 413 with SharePoint\'s error, whether its length is declared or streamed', async () => {
  const big = JSON.stringify({ Title: 'x', Biography: 'z'.repeat(300 * 1024) });
  const declared = await site.write("web/lists/getByTitle('Limit Notes')/items", { body: big });
  expect(declared.status).toBe(413);
  expect(declared.json['odata.error'].message.value).toContain('The request message is too big');
  const chunks = new ReadableStream({
    start(c) {
      for (let i = 0; i < 6; i++) c.enqueue(new TextEncoder().encode('y'.repeat(64 * 1024)));
      c.close();
    },
  });
  const streamed = await fetch(`${site.siteUrl}/_api/web/lists/getByTitle('Limit%20Notes')/items`, {
    method: 'POST', body: chunks, duplex: 'half',
    headers: { 'X-Local-User': 'owner', 'Content-Type': 'application/json', 'X-RequestDigest': await digest(site.siteUrl) },
  } as RequestInit);
  expect(streamed.status).toBe(413);
  expect((await api(site.siteUrl, 'web')).status).toBe(200); // and the server carries on
});

test('a malformed local-user cookie is a 401, not a 500', async () => {
  const r = await fetch(`${site.siteUrl}/_api/web`, { headers: { Accept: 'application/json', Cookie: 'local-user=%E0' } });
  expect(r.status).toBe(401);
  expect(((await r.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain('Unknown local user');
});
