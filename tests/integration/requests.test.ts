/**
 * Change requests and a liaison officer's own entry, through the real PnPjs against the local
 * SharePoint server loaded with Rugby, acting as each local user. What may be done is done; what
 * may not is refused by SharePoint (403, or 400 for a field that does not exist) and changes nothing.
 */
import '@pnp/sp/security';
import { rugbyDataset } from '../../local/demo';
import { seedCouncil } from '../../local/seed';
import { PnPDirectoryEditor } from '../../src/data/editing/PnPDirectoryEditor';
import { ownLiaisonEntries } from '../../src/data/officers/ownEntries';
import { PnPOfficerDirectoryRepository } from '../../src/data/officers/PnPOfficerDirectoryRepository';
import { readAccess } from '../../src/data/requests/access';
import { readHistory } from '../../src/data/requests/history';
import { PnPChangeRequests } from '../../src/data/requests/PnPChangeRequests';
import { LISTS } from '../../src/data/lists';
import { ValidationError } from '../../src/domain/errors';
import { errorOf, spFor, startTestServer, type LocalUserName, type TestServer } from '../support/localServer';

const rugby = rugbyDataset();
const KOWALSKI = 11; // the councillor user's own profile (its Account is user 11)
const OTHER = 1;
const GEMMA = rugby.officers.find((o) => o.givenName === 'Gemma' && o.familyName === 'Lloyd')!;
const GEMMA_ENTRY = rugby.liaisonOfficers.find((l) => l.officerId === GEMMA.id)!.id;
const OTHER_ENTRY = GEMMA_ENTRY + 1;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugby);
  // PnPjs asks for a request digest once, before its first POST: not part of what is counted below.
  await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Wards').items.add({ Title: 'Warm-up' });
});
afterAll(() => s.stop());

const list = (title: string, user: LocalUserName = 'owner') => spFor(s.siteUrl, user).web.lists.getByTitle(title);
const count = async (title: string): Promise<number> => (await list(title).select('ItemCount')()).ItemCount as number;
const member = async (id: number) => list('Members').items.getById(id)<Record<string, unknown>>();
const editor = (user: LocalUserName, channel: 'member-profile' | 'officer-owned' = 'member-profile') =>
  new PnPDirectoryEditor(spFor(s.siteUrl, user), { channel, groupTerms: rugby.politicalGroups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases })) });

async function askForSkills(skills: string[]): Promise<number> {
  const before = await member(KOWALSKI);
  const version = Number(String(before['odata.etag']).replace(/\D/g, ''));
  return new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).submit({
    memberId: KOWALSKI,
    memberName: 'Cllr Daniel Kowalski',
    baseVersion: version,
    changes: [{ field: 'skills', old: String(before.Skills).split('\n'), new: skills }],
    details: `Skills: ${skills.join('; ')}`
  });
}

describe('who may do what, asked in one $batch with the editing rights', () => {
  it.each([
    ['councillor', { userId: 11, maySuggest: true, mayDecide: false }],
    ['democratic-services', { userId: 12, maySuggest: true, mayDecide: true }],
    ['officer', { userId: 10, maySuggest: false, mayDecide: false }],
    ['liaison-officer', { userId: 14, maySuggest: false, mayDecide: false, email: 'gemma.lloyd@rugby.gov.uk' }]
  ] as const)('%s', async (user, expected) => {
    const before = await s.requestCount();
    const access = await readAccess(spFor(s.siteUrl, user), ['member']);
    expect(access.self).toMatchObject(expected);
    expect(await s.requestCount()).toBe(before + 1);
  });
});

describe('a councillor asks for a change to their own profile', () => {
  it('is stored with the fields changed, old and new, and the version it was made on, and it is theirs', async () => {
    const id = await askForSkills(['Logistics', 'Fleet management', 'Cycling']);
    const row = await list('Change Requests').items.getById(id).select('Changes', 'BaseVersion', 'AuthorId', 'Details')<Record<string, unknown>>();
    expect(JSON.parse(String(row.Changes))).toEqual([{ field: 'skills', old: ['Logistics', 'Fleet management', 'Waste and recycling', 'Project management'], new: ['Logistics', 'Fleet management', 'Cycling'] }]);
    expect(row).toMatchObject({ BaseVersion: 1, AuthorId: 11 });
    const mine = await new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).mine();
    expect(mine[0]).toMatchObject({ id, decision: undefined, changes: [{ field: 'skills' }] });
  });

  it('refuses a request that changes what a councillor may not, or carries a photo that is not a JPEG, sending nothing', async () => {
    const before = await count('Change Requests');
    const requests = new PnPChangeRequests(spFor(s.siteUrl, 'councillor'));
    const e = await errorOf(() => requests.submit({ memberId: KOWALSKI, memberName: 'x', baseVersion: 1, changes: [{ field: 'wardId' as never, old: null, new: '3' }], details: '' }));
    expect(e).toBeInstanceOf(ValidationError);
    expect(e.message).toMatch(/skills, about me, the photo or which contact details are published/);
    const photo = await errorOf(() => requests.submit({ memberId: KOWALSKI, memberName: 'x', baseVersion: 1, changes: [{ field: 'photoUrl', old: null, new: 'NewPhoto' }], newPhoto: 'data:image/svg+xml;base64,PHN2Zz4=', details: '' }));
    expect(photo.message).toMatch(/new photo could not be read/);
    expect(await count('Change Requests')).toBe(before);
  });
});

describe('refused by SharePoint, changing nothing', () => {
  it('a request created with a status: there is no such column (the decision is not kept on the request)', async () => {
    const before = await count('Change Requests');
    const e = await errorOf(() => list('Change Requests', 'councillor').items.add({ Title: 'Mine', Changes: '[]', BaseVersion: 1, Status: 'Approved' }));
    expect(e.status).toBe(400);
    expect(e.message).toMatch(/The property 'Status' does not exist/);
    expect(await count('Change Requests')).toBe(before);
  });

  it('a request for another member’s profile: a request names no member, it is for whoever made it', async () => {
    const before = await count('Change Requests');
    const e = await errorOf(() => list('Change Requests', 'councillor').items.add({ Title: 'Theirs', Changes: '[]', BaseVersion: 1, MemberId: OTHER }));
    expect(e.status).toBe(400);
    expect(await count('Change Requests')).toBe(before);
  });

  it('a councillor approving their own request, changing it, or editing any profile: 403', async () => {
    const id = await askForSkills(['Approve me']);
    const decisions = await count('Change Request Decisions');
    expect((await errorOf(() => new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).decide(id, 'Approved', undefined))).status).toBe(403);
    expect((await errorOf(() => list('Change Requests', 'councillor').items.getById(id).update({ Changes: '[]' }))).status).toBe(403);
    expect((await errorOf(() => list('Change Requests', 'councillor').items.getById(id).delete())).status).toBe(403);
    expect(await count('Change Request Decisions')).toBe(decisions);
    for (const target of [KOWALSKI, OTHER]) {
      const before = await member(target);
      expect((await errorOf(() => list('Members', 'councillor').items.getById(target).update({ Skills: 'Approve me' }))).status).toBe(403);
      expect(await member(target)).toMatchObject({ Skills: before.Skills, 'odata.etag': before['odata.etag'] });
    }
  });

  it('an officer cannot ask for changes, nor decide them', async () => {
    expect((await errorOf(() => list('Change Requests', 'officer').items.add({ Title: 'x', Changes: '[]', BaseVersion: 1 }))).status).toBe(403);
    expect((await errorOf(() => list('Change Request Decisions', 'officer').items.add({ Title: 'x', RequestId: 1, Decision: 'Approved' }))).status).toBe(403);
  });
});

describe('Democratic Services decide', () => {
  it('see every request, newest first, matched to the councillor whose account made it, with the profile as it is now', async () => {
    const id = await askForSkills(['Newest']);
    const all = await new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).all();
    expect(all[0]).toMatchObject({ id, memberId: KOWALSKI, memberName: 'Cllr Daniel Kowalski', authorName: 'Daniel Kowalski', currentVersion: 1 });
    expect(all[0].current?.skills).toEqual(['Logistics', 'Fleet management', 'Waste and recycling', 'Project management']);
    expect(all.map((r) => r.id)).toEqual([...all.map((r) => r.id)].sort((a, b) => b - a));
  });

  it('approve: the change is written against the version it was made on, and the decision records who, when and the version', async () => {
    const id = await askForSkills(['Logistics', 'Cycling']);
    const request = (await new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).all()).find((r) => r.id === id)!;
    const ed = editor('democratic-services');
    const now = await ed.read('member', KOWALSKI);
    const result = await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: KOWALSKI, etag: `"${request.baseVersion}"`, values: { ...now.values, skills: ['Logistics', 'Cycling'] }, fields: ['skills'] }]);
    expect(result.complete).toBe(true);
    const after = await member(KOWALSKI);
    expect(after.Skills).toBe('Logistics\nCycling');
    // only the field asked for was written
    expect(after).toMatchObject({ Biography: rugby.members.find((m) => m.id === KOWALSKI)!.biography, GivenName: 'Daniel' });
    // SharePoint keeps Created to the second: "when" lies between the whole seconds around the decision, however long it took.
    const decidedFrom = Math.floor(Date.now() / 1000) * 1000;
    await new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).decide(id, 'Approved', undefined, 2);
    const decidedBy = Math.ceil(Date.now() / 1000) * 1000;
    const mine = (await new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).mine()).find((r) => r.id === id)!;
    expect(mine.decision).toMatchObject({ decision: 'Approved', by: 'Helen Okafor', appliedVersion: 2 });
    const at = new Date(mine.decision!.at).getTime();
    expect(at).toBeGreaterThanOrEqual(decidedFrom);
    expect(at).toBeLessThanOrEqual(decidedBy);
    // one decision per request
    expect((await errorOf(() => new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).decide(id, 'Declined', 'Changed my mind'))).status).toBe(400);
  });

  it('a profile edited since the request is a conflict: nothing is overwritten, and their version comes back to choose from', async () => {
    const id = await askForSkills(['Stale request']);
    const request = (await new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).all()).find((r) => r.id === id)!;
    const ed = editor('democratic-services');
    const now = await ed.read('member', KOWALSKI);
    await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: KOWALSKI, etag: now.etag, values: { ...now.values, skills: ['Edited meanwhile'] }, fields: ['skills'] }]);
    const result = await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: KOWALSKI, etag: `"${request.baseVersion}"`, values: { ...now.values, skills: ['Stale request'] }, fields: ['skills'] }]);
    expect(result.complete).toBe(false);
    expect(result.parts[0]).toMatchObject({ outcome: 'conflict', theirs: { values: { skills: ['Edited meanwhile'] } } });
    expect((await member(KOWALSKI)).Skills).toBe('Edited meanwhile');
  });

  it('the count of requests waiting, from their ids alone, is what the full queue shows, and falls when one is decided', async () => {
    const ds = new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services'));
    const id = await askForSkills(['Counted']);
    const waitingInQueue = async (): Promise<number> => (await ds.all()).filter((r) => !r.decision).length;
    const waiting = await ds.waitingCount();
    expect(waiting).toBeGreaterThan(0);
    expect(waiting).toBe(await waitingInQueue());
    await ds.decide(id, 'Declined', 'Counted already.');
    expect(await ds.waitingCount()).toBe(waiting - 1);
    expect(await ds.waitingCount()).toBe(await waitingInQueue());
  });

  it('decline: a reason is needed, and the councillor sees it', async () => {
    const id = await askForSkills(['Not this']);
    const ds = new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services'));
    const before = await count('Change Request Decisions');
    expect(await errorOf(() => ds.decide(id, 'Declined', '  '))).toBeInstanceOf(ValidationError);
    expect(await count('Change Request Decisions')).toBe(before);
    await ds.decide(id, 'Declined', 'Please send this through your group office.');
    const mine = (await new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).mine()).find((r) => r.id === id)!;
    expect(mine.decision).toMatchObject({ decision: 'Declined', reason: 'Please send this through your group office.', by: 'Helen Okafor' });
  });
});

describe('a liaison officer edits their own entry, and no one else’s', () => {
  it('SharePoint lets them change their own entry’s text and wards, and nothing else of the list', async () => {
    const items = list('Liaison Officers', 'liaison-officer').items;
    await items.getById(GEMMA_ENTRY).update({ Profile: 'I run the collection rounds and can help with missed bins on any street.', WardsId: [1, 2] });
    expect(await list('Liaison Officers').items.getById(GEMMA_ENTRY)()).toMatchObject({ WardsId: [1, 2], EditorId: 14 });
    const other = await list('Liaison Officers').items.getById(OTHER_ENTRY)();
    expect((await errorOf(() => items.getById(OTHER_ENTRY).update({ Profile: 'Not mine to change at all.' }))).status).toBe(403);
    expect((await errorOf(() => items.getById(GEMMA_ENTRY).delete())).status).toBe(403);
    expect((await errorOf(() => items.add({ Title: 'x', OfficerId: 6, ServiceAreaId: 2 }))).status).toBe(403);
    expect(await list('Liaison Officers').items.getById(OTHER_ENTRY)()).toMatchObject({ Profile: other.Profile, 'odata.etag': other['odata.etag'] });
    // an ordinary officer may change no entry
    expect((await errorOf(() => list('Liaison Officers', 'officer').items.getById(GEMMA_ENTRY).update({ Profile: 'Not mine either, at all.' }))).status).toBe(403);
  });

  it('the editing service writes only their text and wards, screened as officer-owned text', async () => {
    const ed = editor('liaison-officer', 'officer-owned');
    const copy = await ed.read('liaisonOfficer', GEMMA_ENTRY);
    const refused = await errorOf(() =>
      ed.save([{ key: 'record', label: 'your entry', kind: 'liaisonOfficer', id: GEMMA_ENTRY, etag: copy.etag, values: { ...copy.values, profile: 'Vote Labour on Thursday for cleaner streets in every ward.' }, fields: ['profile', 'wardIds'] }])
    );
    expect(refused).toBeInstanceOf(ValidationError);
    expect(refused.message).toMatch(/Nothing/);
    const ok = await ed.save([{ key: 'record', label: 'your entry', kind: 'liaisonOfficer', id: GEMMA_ENTRY, etag: copy.etag, values: { ...copy.values, profile: 'I run the collection rounds day to day: missed bins, crews and assisted collections.', wardIds: [3] }, fields: ['profile', 'wardIds'] }]);
    expect(ok.complete).toBe(true);
    expect(await list('Liaison Officers').items.getById(GEMMA_ENTRY)()).toMatchObject({ WardsId: [3], OfficerId: copy.values.officerId, Role: 'Liaison Officer' });
  });

  it('the directory finds their own entries from their sign-in and the entry’s own permissions, asking about no one else’s', async () => {
    const repo = (user: LocalUserName) => new PnPOfficerDirectoryRepository(spFor(s.siteUrl, user), { siteUrl: s.siteUrl, officerCache: false });
    const gemma = repo('liaison-officer');
    await gemma.load();
    expect(await gemma.ownEntries()).toEqual([GEMMA_ENTRY]);
    const priya = repo('officer');
    const base = await priya.load();
    const self = await priya.selfService();
    await s.resetRequestCount();
    expect(await ownLiaisonEntries(spFor(s.siteUrl, 'officer'), self, base)).toEqual([]);
    // Priya is no liaison officer: nothing to ask
    expect(await s.requestCount()).toBe(0);
  });

  it('when Democratic Services name another officer, the new one may edit the entry and the old one may not', async () => {
    const ed = editor('democratic-services', 'officer-owned');
    const copy = await ed.read('liaisonOfficer', OTHER_ENTRY);
    const newcomer = rugby.officers.find((o) => o.serviceAreaId === rugby.liaisonOfficers.find((l) => l.id === OTHER_ENTRY)!.serviceAreaId && o.id !== copy.values.officerId)!;
    const result = await ed.save([{ key: 'record', label: 'the entry', kind: 'liaisonOfficer', id: OTHER_ENTRY, etag: copy.etag, values: { ...copy.values, officerId: newcomer.id }, title: 'x' }]);
    expect(result).toMatchObject({ complete: true });
    const owner = spFor(s.siteUrl, 'owner');
    const item = owner.web.lists.getByTitle('Liaison Officers').items.getById(OTHER_ENTRY);
    expect(await item.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    // the newcomer has no Account: they are found by their email, as SharePoint's ensureuser does
    expect(await item.userHasPermissions(`i:0#.f|membership|${newcomer.email}`, 3)).toBe(true);
    expect(await owner.web.lists.getByTitle('Liaison Officers').items.getById(OTHER_ENTRY + 1).userHasPermissions(`i:0#.f|membership|${newcomer.email}`, 3)).toBe(false);
    // and back to Gemma's own officer on her entry: her grant is there, and a previous officer's would go
    const mine = await ed.read('liaisonOfficer', GEMMA_ENTRY);
    await ed.save([{ key: 'record', label: 'her entry', kind: 'liaisonOfficer', id: GEMMA_ENTRY, etag: mine.etag, values: { ...mine.values, officerId: newcomer.id }, title: 'y' }]);
    expect(await owner.web.lists.getByTitle('Liaison Officers').items.getById(GEMMA_ENTRY).userHasPermissions('i:0#.f|membership|gemma.lloyd@council.local', 3)).toBe(false);
    await ed.save([{ key: 'record', label: 'her entry', kind: 'liaisonOfficer', id: GEMMA_ENTRY, etag: (await ed.read('liaisonOfficer', GEMMA_ENTRY)).etag, values: mine.values, title: 'z' }]);
    expect(await owner.web.lists.getByTitle('Liaison Officers').items.getById(GEMMA_ENTRY).userHasPermissions('i:0#.f|membership|gemma.lloyd@council.local', 3)).toBe(true);
  });
});

describe('history from SharePoint’s versions', () => {
  it('says who changed which fields, from what to what, newest first', async () => {
    const entries = await readHistory(spFor(s.siteUrl, 'democratic-services'), LISTS.members, KOWALSKI, ['skills', 'biography', 'wardId']);
    expect(entries[entries.length - 1]).toMatchObject({ label: '1.0', first: true, by: 'Sam Whitfield' });
    expect(entries[0]).toMatchObject({ by: 'Helen Okafor', changes: [{ field: 'skills', before: 'Logistics; Cycling', after: 'Edited meanwhile' }] });
    expect(entries.map((e) => e.version)).toEqual([...entries.map((e) => e.version)].sort((a, b) => b - a));
    expect(new Date(entries[0].at).getTime()).toBeGreaterThan(Date.now() - 120000);
  });
});
