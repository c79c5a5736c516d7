/**
 * Writes through the data layer with the real PnPjs against the local SharePoint server:
 * bad input is refused before anything is written, two editors never lose each other's work,
 * and a reader cannot write.
 */
import { ConcurrencyError, PermissionError, recordWriter } from '../../../src/data/writes';
import { serviceAreaToItem, wardToItem } from '../../../src/data/mappers';
import { createScreener, serviceAreaWriteSchema, ValidationError, wardWriteSchema } from '../../../src/domain';
import { spFor, startTestServer, TestServer } from '../../support/localServer';

let s: TestServer;
const policy = { screener: createScreener() };

beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.stop());

const wards = (user: 'officer' | 'democratic-services' = 'democratic-services') =>
  recordWriter(spFor(s.siteUrl, user), 'Wards', 'ward', wardWriteSchema(policy), wardToItem);

async function wardCount(): Promise<number> {
  return (await spFor(s.siteUrl).web.lists.getByTitle('Wards').select('ItemCount')()).ItemCount;
}

test('bad input is refused with every problem named, and nothing is written', async () => {
  const before = await wardCount();
  const attempt = wards().create({ title: 'Benn', gssCode: 'X1', seats: 9, colour: 'red' });
  await expect(attempt).rejects.toBeInstanceOf(ValidationError);
  const error = (await attempt.catch((e) => e)) as ValidationError;
  expect(error.problems.map((p) => p.field).sort()).toEqual(['colour', 'gssCode', 'seats']);
  expect(error.message).toMatch(/^A ward was not saved: /);
  expect(await wardCount()).toBe(before);
});

test('party-political text on an officer-owned record is refused before it reaches SharePoint', async () => {
  const before = await spFor(s.siteUrl).web.lists.getByTitle('Service Areas').items();
  const writer = recordWriter(spFor(s.siteUrl, 'owner'), 'Service Areas', 'service area', serviceAreaWriteSchema(policy), serviceAreaToItem);
  await expect(writer.create({ title: 'Parks', directorate: 'Communities', description: 'Protected by the Liberal Democrats.' })).rejects.toThrow(
    /description: "Liberal Democrats" cannot be saved here/
  );
  expect(await spFor(s.siteUrl).web.lists.getByTitle('Service Areas').items()).toHaveLength(before.length);
});

test('two editors saving the same record: the second is told, and the first one\'s work is kept', async () => {
  const created = await wards().create({ title: 'Hillmorton', gssCode: 'E05000002', seats: 3 });
  const first = wards();
  const second = wards();
  const saved = await first.update(created.id, created.etag, { title: 'Hillmorton', gssCode: 'E05000002', seats: 2 });
  await expect(second.update(created.id, created.etag, { title: 'Hillmorton Ward', gssCode: 'E05000002', seats: 3 })).rejects.toBeInstanceOf(
    ConcurrencyError
  );
  const stored = await spFor(s.siteUrl).web.lists.getByTitle('Wards').items.getById(created.id)();
  expect(stored).toMatchObject({ Title: 'Hillmorton', Seats: 2 });
  // With the fresh ETag the second editor can save.
  await expect(first.update(created.id, saved.etag, { title: 'Hillmorton', gssCode: 'E05000002', seats: 3 })).resolves.toMatchObject({ id: created.id });
});

test('a reader cannot write: SharePoint refuses it and the message says what to do', async () => {
  const attempt = wards('officer').create({ title: 'Paddox', gssCode: 'E05000003', seats: 3 });
  await expect(attempt).rejects.toBeInstanceOf(PermissionError);
  await expect(attempt).rejects.toThrow('You do not have permission to change wards: ask Democratic Services or the site owner for edit access to the Wards list.');
});
