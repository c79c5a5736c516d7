/**
 * Writes through the data layer with the real PnPjs against the local SharePoint server:
 * bad input is refused before anything is written, two editors never lose each other's work,
 * and a reader cannot write.
 */
import { ConcurrencyError, PermissionError, recordWriter } from '../../../src/data/writes';
import { serviceAreaToItem, wardToItem } from '../../../src/data/mappers';
import { createScreener, serviceAreaWriteSchema, ValidationError, wardWriteSchema } from '../../../src/domain';
import { spFor, startTestServer, TestServer, type LocalUserName } from '../../support/localServer';
import { PnPDirectoryEditor } from '../../../src/data/editing/PnPDirectoryEditor';
import { readEditRights } from '../../../src/data/editing/rights';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { LOCAL_USERS } from '../../../local/server/api/users';

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

/*
 * The editing service behind the page's forms (src/data/editing), with the real PnPjs against the
 * local SharePoint server loaded with the Rugby demo council.
 */
describe('the editing service', () => {
  let r: TestServer;
  const rugby = rugbyDataset();
  const groupTerms = rugby.politicalGroups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases }));
  const editorFor = (user: LocalUserName = 'democratic-services', channel: 'officer-owned' | 'member-profile' = 'member-profile') =>
    new PnPDirectoryEditor(spFor(r.siteUrl, user), { channel, groupTerms });
  const item = (list: string, id: number) => spFor(r.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id)<Record<string, unknown>>();

  beforeAll(async () => {
    r = await startTestServer();
    seedCouncil(r.server!, rugby);
    // The request digest is fetched once, before any request is counted.
    await spFor(r.siteUrl, 'democratic-services').web.lists.getByTitle('Wards').items.getById(1).update({});
  });
  afterAll(() => r.stop());

  const requestsDuring = async <T>(fn: () => Promise<T>): Promise<{ requests: number; result: T }> => {
    await r.resetRequestCount();
    const result = await fn();
    return { requests: await r.requestCount(), result };
  };

  test('a profile and all its memberships are read fresh, with their ETags, in one request', async () => {
    const { requests, result } = await requestsDuring(() => editorFor().readProfile(1));
    expect(requests).toBe(1);
    expect(result.member).toMatchObject({ id: 1, etag: expect.stringMatching(/^"\d+"$/) });
    expect(result.member.values).toMatchObject({ givenName: 'Andrew', familyName: 'Whitcombe', wardId: 1, politicalGroupId: 1, publishPhone: true });
    expect(result.memberships.map((m) => m.id).sort((a, b) => a - b)).toEqual(rugby.memberships.filter((m) => m.memberId === 1).map((m) => m.id).sort((a, b) => a - b));
  });

  test('on an officer page the profile carries no party field and no party group role', async () => {
    const result = await editorFor('democratic-services', 'officer-owned').readProfile(1);
    expect(result.member.values).not.toHaveProperty('politicalGroupId');
    expect(result.member.values).not.toHaveProperty('partyWebsite');
    expect(result.memberships.map((m) => m.values.role)).not.toContain('Group Leader');
    expect(result.memberships.length).toBe(rugby.memberships.filter((m) => m.memberId === 1 && m.role !== 'Group Leader').length);
  });

  test('a profile with a new membership is saved in one $batch; the party column an officer page never read is untouched', async () => {
    const ed = editorFor('democratic-services', 'officer-owned');
    const copy = await ed.readProfile(2);
    const { requests, result } = await requestsDuring(() =>
      ed.save([
        { key: 'member', label: 'the profile', kind: 'member', id: 2, etag: copy.member.etag, values: { ...copy.member.values, phone: '01788 533100' } },
        { key: 'new-1', label: 'Planning Committee (Member)', kind: 'membership', values: { memberId: 2, bodyId: 3, role: 'Member', startDate: '2025-06-01' }, title: 'Harpreet Sandhu – Planning Committee' }
      ])
    );
    expect(requests).toBe(1);
    expect(result.complete).toBe(true);
    expect(await item('Members', 2)).toMatchObject({ Phone: '01788 533100', PoliticalGroupId: 1 });
    const added = result.parts.find((p) => p.key === 'new-1');
    expect(added).toMatchObject({ outcome: 'saved' });
    const id = added && added.outcome === 'saved' ? added.copy.id : 0;
    expect(await item('Memberships', id)).toMatchObject({ MemberId: 2, BodyId: 3, Role: 'Member', Title: 'Harpreet Sandhu – Planning Committee' });
  });

  test('if any part is invalid nothing is written, and every problem is named', async () => {
    const ed = editorFor();
    const copy = await ed.readProfile(3);
    const before = await item('Members', 3);
    const attempt = ed.save([
      { key: 'member', label: 'the profile', kind: 'member', id: 3, etag: copy.member.etag, values: { ...copy.member.values, phone: '01788 533200' } },
      { key: 'new-1', label: 'Cabinet (Portfolio Holder)', kind: 'membership', values: { memberId: 3, bodyId: 2, role: 'Portfolio Holder' } }
    ]);
    await expect(attempt).rejects.toBeInstanceOf(ValidationError);
    const error = (await attempt.catch((e) => e)) as ValidationError;
    expect(error.problems).toEqual([expect.objectContaining({ field: 'new-1.portfolio', message: 'Cabinet (Portfolio Holder): Portfolio is required for a Portfolio Holder.' })]);
    expect((await item('Members', 3)).Phone).toBe(before.Phone);
  });

  test('a stale ETag is refused: their version comes back and nothing of theirs is overwritten', async () => {
    const mine = editorFor();
    const opened = await mine.readProfile(4);
    // Someone else saves the mobile meanwhile.
    const theirs = editorFor();
    const theirCopy = await theirs.readProfile(4);
    await theirs.save([{ key: 'member', label: 'the profile', kind: 'member', id: 4, etag: theirCopy.member.etag, values: { ...theirCopy.member.values, mobile: '07700 900999' } }]);
    const result = await mine.save([{ key: 'member', label: 'the profile', kind: 'member', id: 4, etag: opened.member.etag, values: { ...opened.member.values, phone: '01788 533300' } }]);
    expect(result.complete).toBe(false);
    const part = result.parts[0];
    expect(part).toMatchObject({ outcome: 'conflict', message: expect.stringContaining('someone else saved it after you opened it') });
    expect(part.outcome === 'conflict' && part.theirs?.values).toMatchObject({ mobile: '07700 900999', phone: '01632 960103' });
    expect(await item('Members', 4)).toMatchObject({ Mobile: '07700 900999', Phone: '01632 960103' });
    // Saved again on their ETag, with both changes: both are kept.
    const merged = part.outcome === 'conflict' && part.theirs ? part.theirs : opened.member;
    const again = await mine.save([{ key: 'member', label: 'the profile', kind: 'member', id: 4, etag: merged.etag, values: { ...merged.values, phone: '01788 533300' } }]);
    expect(again.complete).toBe(true);
    expect(await item('Members', 4)).toMatchObject({ Mobile: '07700 900999', Phone: '01788 533300' });
  });

  test('a membership of a body deleted meanwhile fails on its own, named plainly; the rest of the batch is saved', async () => {
    const body = await spFor(r.siteUrl, 'owner').web.lists.getByTitle('Bodies').items.add({ Title: 'Short-lived Task Group', Kind: 'Task and Finish Group' });
    const ed = editorFor();
    const copy = await ed.readProfile(5);
    await spFor(r.siteUrl, 'owner').web.lists.getByTitle('Bodies').items.getById(body.Id).delete();
    const result = await ed.save([
      { key: 'member', label: 'the profile', kind: 'member', id: 5, etag: copy.member.etag, values: { ...copy.member.values, postNominals: 'MBE' } },
      { key: 'new-1', label: 'Short-lived Task Group (Member)', kind: 'membership', values: { memberId: 5, bodyId: body.Id, role: 'Member' } },
      { key: 'new-2', label: 'Regulatory Committee (Member)', kind: 'membership', values: { memberId: 5, bodyId: 5, role: 'Member' } }
    ]);
    expect(result.complete).toBe(false);
    expect(result.parts.map((p) => [p.key, p.outcome])).toEqual([
      ['member', 'saved'],
      ['new-1', 'failed'],
      ['new-2', 'saved']
    ]);
    expect(result.parts[1]).toMatchObject({
      field: 'bodyId',
      message: 'Short-lived Task Group (Member) was not saved: the body it points to no longer exists (it may have been deleted). Choose another and try again.'
    });
    expect((await item('Members', 5)).PostNominals).toBe('MBE');
  });

  test('party-political text on a liaison officer is refused before it reaches SharePoint, with the findings', async () => {
    const ed = editorFor('democratic-services', 'officer-owned');
    const copy = await ed.read('liaisonOfficer', 1);
    const check = ed.check('liaisonOfficer', { ...copy.values, profile: 'I make sure Labour Party councillors get a reply within two working days.' });
    expect(check.ok).toBe(false);
    const problem = !check.ok ? check.problems.find((p) => p.field === 'profile') : undefined;
    expect(problem?.findings?.map((f) => f.match)).toContain('Labour Party');
    const before = await item('Liaison Officers', 1);
    await expect(ed.save([{ key: 'l', label: 'the liaison officer', kind: 'liaisonOfficer', id: 1, etag: copy.etag, values: { ...copy.values, profile: 'Vote Labour: I will get you a reply.' } }])).rejects.toBeInstanceOf(ValidationError);
    expect((await item('Liaison Officers', 1)).Profile).toBe(before.Profile);
  });

  test('a photo is stored as SharePoint Online stores image columns: in Site Assets, by setImageField', async () => {
    const ed = editorFor();
    const copy = await ed.readProfile(6);
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    const result = await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: 6, etag: copy.member.etag, values: copy.member.values }], {
      photo: { memberId: 6, upload: { content: new Blob([png], { type: 'image/jpeg' }), fileName: 'member-six.jpg' } }
    });
    expect(result.complete).toBe(true);
    const stored = await item('Members', 6);
    const photo = JSON.parse(String(stored.Photo)) as { serverRelativeUrl: string };
    expect(photo.serverRelativeUrl).toMatch(/^\/sites\/council\/SiteAssets\/Lists\/[0-9a-f-]{36}\/member-six\.jpg$/);
    const res = await fetch(`${r.url}${photo.serverRelativeUrl}`);
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true);
    // The saved copy carries the ETag after the photo, so the next save is not refused.
    const saved = result.parts[0];
    expect(saved.outcome === 'saved' && saved.copy.etag).toBe(`"${String(stored['odata.etag']).replace(/"/g, '')}"`);
  });

  test('removing a photo clears the image column', async () => {
    const ed = editorFor();
    const copy = await ed.readProfile(7);
    expect(copy.member.values.photoUrl).toBeDefined();
    const { photoUrl: _photo, ...rest } = copy.member.values;
    expect((await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: 7, etag: copy.member.etag, values: rest }])).complete).toBe(true);
    expect((await item('Members', 7)).Photo).toBeNull();
  });

  test('the SharePoint account is set from an email address', async () => {
    // Someone the site knows, who is not this member's account yet.
    const person = LOCAL_USERS.find((u) => u.key === 'democratic-services')!;
    expect((await item('Members', 8)).AccountId).not.toBe(person.id);
    const ed = editorFor();
    const copy = await ed.readProfile(8);
    const result = await ed.save([{ key: 'member', label: 'the profile', kind: 'member', id: 8, etag: copy.member.etag, values: copy.member.values }], {
      accountEmail: { memberId: 8, email: person.email.toUpperCase() }
    });
    expect(result.complete).toBe(true);
    expect((await item('Members', 8)).AccountId).toBe(person.id);
    expect((await ed.readProfile(8)).accountEmail).toBe(person.email);
  });

  test('an officer can save nothing: SharePoint refuses it and says what to do', async () => {
    const ed = editorFor('officer', 'officer-owned');
    const copy = await ed.read('ward', 1);
    const result = await ed.save([{ key: 'w', label: 'Admirals and Cawston', kind: 'ward', id: 1, etag: copy.etag, values: { ...copy.values, seats: 2 } }]);
    expect(result.parts[0]).toMatchObject({
      outcome: 'failed',
      message: 'Admirals and Cawston was not saved: you do not have permission to change the Wards list. Ask the site owner for edit access.'
    });
  });

  test('the officer picker searches SharePoint by surname and by first name (email), never listing everyone', async () => {
    const ed = editorFor('democratic-services', 'officer-owned');
    const target = rugby.officers[10];
    const bySurname = await ed.findOfficers(target.familyName.slice(0, 3));
    expect(bySurname.map((o) => o.id)).toContain(target.id);
    const byBoth = await ed.findOfficers(`${target.givenName} ${target.familyName.slice(0, 3)}`);
    expect(byBoth.map((o) => o.id)).toContain(target.id);
    expect(byBoth.every((o) => o.name.toLowerCase().startsWith(target.givenName.toLowerCase()))).toBe(true);
    expect(await ed.findOfficers('a')).toEqual([]);
  });

  test('who may edit what comes from SharePoint’s effective permissions, all lists in one request', async () => {
    const rightsOf = (user: LocalUserName) => readEditRights(spFor(r.siteUrl, user), ['member', 'membership', 'serviceArea', 'liaisonOfficer']);
    const { requests, result } = await requestsDuring(() => rightsOf('democratic-services'));
    expect(requests).toBe(1);
    expect(result).toEqual({
      member: { edit: true, add: true },
      membership: { edit: true, add: true },
      serviceArea: { edit: true, add: true },
      liaisonOfficer: { edit: true, add: true }
    });
    const none = { edit: false, add: false };
    expect(await rightsOf('officer')).toEqual({ member: none, membership: none, serviceArea: none, liaisonOfficer: none });
    expect(await rightsOf('councillor')).toEqual({ member: none, membership: none, serviceArea: none, liaisonOfficer: none });
  });
});
