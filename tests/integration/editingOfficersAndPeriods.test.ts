/**
 * Through the API (real PnPjs, the editing service's own writes): an officer can change neither an
 * officer's card nor a pre-election period; Democratic Services can change both, and on an
 * officer only the fields people keep.
 */
import { rugbyDataset } from '../../local/demo';
import { seedCouncil } from '../../local/seed';
import { PnPDirectoryEditor } from '../../src/data/editing/PnPDirectoryEditor';
import { readEditRights } from '../../src/data/editing/rights';
import { LISTS } from '../../src/data/lists';
import { errorOf, spFor, startTestServer, type LocalUserName, type TestServer } from '../support/localServer';

const rugby = rugbyDataset();
let s: TestServer;
let period: number;

beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugby);
  period = (await owner().add({ Title: 'Borough council elections, 7 May 2026', StartDate: '2026-03-27T00:00:00Z', EndDate: '2026-05-07T00:00:00Z' })).Id as number;
});
afterAll(() => s.stop());

function owner() {
  return spFor(s.siteUrl, 'owner').web.lists.getByTitle(LISTS.preElectionPeriods.title).items;
}
const officers = (user: LocalUserName) => spFor(s.siteUrl, user).web.lists.getByTitle(LISTS.officers.title).items;
const periods = (user: LocalUserName) => spFor(s.siteUrl, user).web.lists.getByTitle(LISTS.preElectionPeriods.title).items;
const editorAs = (user: LocalUserName) => new PnPDirectoryEditor(spFor(s.siteUrl, user), { channel: 'officer-owned', groupTerms: [] });

test('SharePoint says who may edit officers and periods: Democratic Services, not an officer', async () => {
  expect(await readEditRights(spFor(s.siteUrl, 'officer'), ['officer', 'preElectionPeriod'])).toEqual({
    officer: { edit: false, add: false },
    preElectionPeriod: { edit: false, add: false }
  });
  expect(await readEditRights(spFor(s.siteUrl, 'democratic-services'), ['officer', 'preElectionPeriod'])).toEqual({
    officer: { edit: true, add: true },
    preElectionPeriod: { edit: true, add: true }
  });
});

test('an officer cannot change an officer or a pre-election period (403), directly or through the editor', async () => {
  expect((await errorOf(() => officers('officer').getById(2).update({ PoliticallyRestricted: true }))).status).toBe(403);
  expect((await errorOf(() => periods('officer').getById(period).update({ EndDate: '2026-05-08T00:00:00Z' }))).status).toBe(403);
  expect((await errorOf(() => periods('officer').add({ Title: 'By-election', StartDate: '2026-10-30T00:00:00Z', EndDate: '2026-12-04T00:00:00Z' }))).status).toBe(403);
  expect((await errorOf(() => periods('officer').getById(period).delete())).status).toBe(403);

  const editor = editorAs('officer');
  const copy = await editor.read('officer', 2);
  const result = await editor.save([{ key: 'o', label: 'Gemma Jackson', kind: 'officer', id: 2, etag: copy.etag, values: { ...copy.values, politicallyRestricted: true } }]);
  expect(result.complete).toBe(false);
  expect(result.parts[0]).toMatchObject({ outcome: 'failed', message: 'Gemma Jackson was not saved: you do not have permission to change the Officers list. Ask the site owner for edit access.' });
  expect((await officers('owner').getById(2)()).PoliticallyRestricted).toBe(false);
  const [p] = await editor.readAll('preElectionPeriod');
  const removed = await editor.save([{ key: 'p', label: 'The period', kind: 'preElectionPeriod', id: p.id, etag: p.etag, values: p.values, remove: true }]);
  expect(removed.parts[0].outcome).toBe('failed');
  expect((await owner()()).map((r: { Id: number }) => r.Id)).toContain(period);
});

test('Democratic Services can: an officer’s flag, and a period changed, added and removed against its ETag', async () => {
  const editor = editorAs('democratic-services');
  const copy = await editor.read('officer', 2);
  expect((await editor.save([{ key: 'o', label: 'Gemma Jackson', kind: 'officer', id: 2, etag: copy.etag, values: { ...copy.values, politicallyRestricted: true } }])).complete).toBe(true);
  expect((await officers('owner').getById(2)()).PoliticallyRestricted).toBe(true);

  const [p] = await editor.readAll('preElectionPeriod');
  expect(p.values).toEqual({ election: 'Borough council elections, 7 May 2026', start: '2026-03-27', end: '2026-05-07' });
  // A stale ETag is refused: the period someone else changed is not overwritten.
  await owner().getById(p.id).update({ Title: 'Borough council elections, 7 May 2026 (moved)' });
  const stale = await editor.save([{ key: 'p', label: 'The period', kind: 'preElectionPeriod', id: p.id, etag: p.etag, values: { ...p.values, end: '2026-05-08' } }]);
  expect(stale.parts[0].outcome).toBe('conflict');
  const staleRemove = await editor.save([{ key: 'p', label: 'The period', kind: 'preElectionPeriod', id: p.id, etag: p.etag, values: p.values, remove: true }]);
  expect(staleRemove.parts[0]).toMatchObject({ outcome: 'failed', message: expect.stringContaining('was not removed, because someone else changed it after you opened it') });

  const [fresh] = await editor.readAll('preElectionPeriod');
  const saved = await editor.save([
    { key: 'p', label: 'The period', kind: 'preElectionPeriod', id: fresh.id, etag: fresh.etag, values: { ...fresh.values, end: '2026-05-08' } },
    { key: 'n', label: 'New', kind: 'preElectionPeriod', values: { election: 'Benn by-election', start: '2026-10-30', end: '2026-12-04' } }
  ]);
  expect(saved.complete).toBe(true);
  const rows = (await editor.readAll('preElectionPeriod')).map((r) => r.values);
  expect(rows).toEqual(expect.arrayContaining([{ election: 'Borough council elections, 7 May 2026 (moved)', start: '2026-03-27', end: '2026-05-08' }, { election: 'Benn by-election', start: '2026-10-30', end: '2026-12-04' }]));

  const all = await editor.readAll('preElectionPeriod');
  const gone = all.find((r) => r.values.election === 'Benn by-election')!;
  expect((await editor.save([{ key: 'g', label: 'Benn by-election', kind: 'preElectionPeriod', id: gone.id, etag: gone.etag, values: gone.values, remove: true }])).complete).toBe(true);
  expect((await editor.readAll('preElectionPeriod')).map((r) => r.values.election)).toEqual(['Borough council elections, 7 May 2026 (moved)']);
});

test('a period with its end before its start, or with no election named, is refused before anything is written', async () => {
  const editor = editorAs('democratic-services');
  const before = await owner()();
  await expect(editor.save([{ key: 'n', label: 'New', kind: 'preElectionPeriod', values: { election: 'Too soon', start: '2026-05-07', end: '2026-03-27' } }])).rejects.toMatchObject({
    problems: [expect.objectContaining({ field: 'n.end', message: 'New: Pre-election period end must be on or after its start.' })]
  });
  await expect(editor.save([{ key: 'n', label: 'New', kind: 'preElectionPeriod', values: { start: '2026-03-27', end: '2026-05-07' } }])).rejects.toMatchObject({
    problems: [expect.objectContaining({ field: 'n.election' })]
  });
  expect(await owner()()).toHaveLength(before.length);
});
