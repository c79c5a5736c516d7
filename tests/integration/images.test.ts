/**
 * Image columns: PnPjs item.setImageField (UploadImage + validateupdatelistitem), reading the
 * value back, and fetching the photo from its server-relative URL.
 */
import { SPFI } from '@pnp/sp';
import { errorOf, spFor, startTestServer, TestServer } from '../support/localServer';

// a 1×1 PNG
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
let s: TestServer;
let sp: SPFI;

beforeAll(async () => {
  s = await startTestServer();
  await s.seed('Wards', { items: [{ Title: 'Benn' }, { Title: 'Bilton' }] });
  await s.seed('Members', { items: [{ Title: 'Jane Smith' }] });
  sp = spFor(s.siteUrl, 'democratic-services');
});
afterAll(() => s.stop());

test('setImageField stores the photo and the item reads it back as a JSON string', async () => {
  const item = sp.web.lists.getByTitle('Members').items.getById(1);
  const result = await item.setImageField('Photo', 'jane-smith.png', PNG);
  expect(result).toEqual([expect.objectContaining({ FieldName: 'Photo', HasException: false })]);
  const { Photo } = await item.select('Photo')();
  expect(typeof Photo).toBe('string');
  const photo = JSON.parse(Photo);
  expect(photo.serverRelativeUrl).toMatch(/^\/sites\/council\/SiteAssets\/Lists\/[0-9a-f-]{36}\/jane-smith\.png$/);
  expect(photo.serverUrl).toBe(s.url);

  const res = await fetch(`${s.url}${photo.serverRelativeUrl}`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);

  const viaApi = await sp.web.getFileByServerRelativePath(photo.serverRelativeUrl).getBuffer();
  expect(Buffer.from(viaApi).equals(PNG)).toBe(true);
  const props = await sp.web.getFileByServerRelativePath(photo.serverRelativeUrl)();
  expect(props).toMatchObject({ Name: 'jane-smith.png', Length: String(PNG.length) });
});

test('a second upload with the same name does not overwrite the first', async () => {
  const item = sp.web.lists.getByTitle('Members').items.getById(1);
  await item.setImageField('Photo', 'jane-smith.png', PNG);
  const { Photo } = await item.select('Photo')();
  expect(JSON.parse(Photo).serverRelativeUrl).toMatch(/jane-smith_1\.png$/);
});

test('validateUpdateListItem parses form strings (en-GB dates, lookups, booleans) and reports bad ones', async () => {
  const item = sp.web.lists.getByTitle('Members').items.getById(1);
  const ok = await item.validateUpdateListItem([
    { FieldName: 'Ward', FieldValue: '2' },
    { FieldName: 'PublishPhone', FieldValue: '1' },
    { FieldName: 'TermStart', FieldValue: '02/05/2024' },
  ]);
  expect(ok.every((r) => !r.HasException)).toBe(true);
  // 02/05/2024 is the site's 2 May: midnight in British Summer Time, 23:00 the day before in UTC
  expect(await item.select('WardId', 'PublishPhone', 'TermStart')()).toMatchObject({ WardId: 2, PublishPhone: true, TermStart: '2024-05-01T23:00:00Z' });
  const bad = await item.validateUpdateListItem([{ FieldName: 'Title', FieldValue: 'Changed' }, { FieldName: 'NoSuchField', FieldValue: 'x' }]);
  expect(bad.find((r) => r.FieldName === 'NoSuchField')).toMatchObject({ HasException: true });
  expect((await item.select('Title')()).Title).toBe('Jane Smith'); // nothing written when a value fails
});

test('a reader cannot upload a photo', async () => {
  const e = await errorOf(() => spFor(s.siteUrl, 'officer').web.lists.getByTitle('Members').items.getById(1).setImageField('Photo', 'x.png', PNG));
  expect(e.status).toBe(403);
});

test('an unknown file is a 404', async () => {
  expect((await fetch(`${s.siteUrl}/SiteAssets/nothing.png`)).status).toBe(404);
  expect((await errorOf(() => sp.web.getFileByServerRelativePath('/sites/council/SiteAssets/nothing.png')())).status).toBe(404);
});
