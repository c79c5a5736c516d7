/**
 * The member directory repository with the real PnPjs against the local SharePoint server,
 * seeded with the Rugby demo council through the product's own item mappers.
 */
import { PnPMemberDirectoryRepository, directoryReads } from '../../../src/data/members';
import { readFirstPages } from '../../../src/data/core';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { MEMBERS_PAGE_PATH } from '../../../local/demo/memberChannels';
import { isWithheld, type Presented, type Withheld } from '../../../src/domain/neutrality/screened';
import { spFor, startTestServer, TestServer } from '../../support/localServer';

/*
 * Session storage as a browser has it: the cache's refresh generation lives there, and PnPjs's
 * Caching keeps its entries there (without it PnPjs falls back to memory, and Refresh could not work).
 */
class MemoryStorage {
  private map = new Map<string, string>();
  public get length(): number {
    return this.map.size;
  }
  public clear(): void {
    this.map.clear();
  }
  public getItem(k: string): string | null {
    return this.map.has(k) ? (this.map.get(k) as string) : null;
  }
  public key(i: number): string | null {
    return Array.from(this.map.keys())[i] ?? null;
  }
  public removeItem(k: string): void {
    this.map.delete(k);
  }
  public setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
}
(globalThis as unknown as { sessionStorage: MemoryStorage }).sessionStorage = new MemoryStorage();

const TODAY = '2025-09-01';
const rugby = rugbyDataset();
let s: TestServer;

beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugby);
  // In SPFx the request digest comes with the page; here PnPjs fetches it once, before counting.
  await readFirstPages(spFor(s.siteUrl), [{ list: 'Wards', select: ['Id'] }]);
});
afterAll(() => s.stop());

async function requestsDuring<T>(fn: () => Promise<T>): Promise<{ requests: number; result: T }> {
  await s.resetRequestCount();
  const result = await fn();
  return { requests: await s.requestCount(), result };
}

function repo(channel: 'officer-owned' | 'member-profile', user: 'officer' | 'democratic-services' = 'officer') {
  // The members' page of the demo site, which its Member Channels list names.
  const pageUrl = new URL(MEMBERS_PAGE_PATH, s.siteUrl).href;
  const r = new PnPMemberDirectoryRepository(spFor(s.siteUrl, user), channel, { today: () => TODAY, pageUrl });
  r.refresh(); // every test starts from SharePoint, not from an earlier test's cache
  return r;
}

const groupWords = rugby.politicalGroups.flatMap((g) => [g.name, g.shortName ?? '', ...g.aliases]).filter(Boolean);

test('the whole directory arrives in one round trip; a repeat view within the cache lifetime makes none; Refresh goes back to SharePoint', async () => {
  const r = repo('officer-owned');
  const first = await requestsDuring(() => r.load());
  expect(first.requests).toBe(1);
  const d = first.result;
  expect(d.members).toHaveLength(42);
  expect(d.wards).toHaveLength(16);
  expect(d.bodies).toHaveLength(23);
  expect(d.problems).toEqual([]);
  expect(d.today).toBe(TODAY);
  // Every membership belongs to a current councillor.
  const ids = new Set(d.members.map((m) => m.id));
  expect(d.memberships.every((m) => ids.has(m.memberId))).toBe(true);
  expect(d.memberships.length).toBeGreaterThan(150);

  const repeat = await requestsDuring(() => r.load());
  expect(repeat.requests).toBe(0);
  expect(repeat.result.members).toHaveLength(42);

  r.refresh();
  const refreshed = await requestsDuring(() => r.load());
  expect(refreshed.requests).toBe(1);
});

test('an officer page gets no party field, no group role and no political group, and does not even select them', async () => {
  const reads = directoryReads('officer-owned');
  expect(reads.members.select).not.toContain('PoliticalGroupId');
  expect(reads.members.select).not.toContain('PartyWebsite');
  expect(reads.politicalGroups.select).not.toContain('Website');

  const d = await repo('officer-owned').load();
  expect(d.channel).toBe('officer-owned');
  expect(d.groups).toBeUndefined();
  for (const m of d.members) {
    expect(m).not.toHaveProperty('politicalGroupId');
    expect(m).not.toHaveProperty('partyWebsite');
  }
  expect(d.memberships.some((m) => (m.role as string) === 'Group Leader' || (m.role as string) === 'Deputy Group Leader')).toBe(false);
  // Statements naming a group are withheld by the screen, which knows the council's own groups.
  const nadia = d.members.find((m) => m.familyName === 'Hussain')!;
  expect(nadia.biography).toMatchObject({ withheld: true, reason: 'screening' });
  // Apart from the findings kept for editors, no group's name is anywhere in what the page gets
  // (addresses are left out of the scan: "3 The Green, Dunchurch" is a place, not a party).
  const withoutFindings = JSON.stringify(
    { ...d, members: d.members.map((m) => ({ ...m, postalAddress: undefined })) },
    (_k, v: unknown) => (v && typeof v === 'object' && isWithheld(v as Presented) ? (v as Withheld).notice : v)
  );
  for (const word of groupWords) expect(withoutFindings).not.toMatch(new RegExp(`\\b${word}\\b`));
});

test("the members' own page gets each councillor's declared group, and group roles", async () => {
  const d = await repo('member-profile').load();
  if (d.channel !== 'member-profile') throw new Error('expected the member channel');
  expect(d.groups.map((g) => g.name)).toEqual(rugby.politicalGroups.map((g) => g.name));
  const nadia = d.members.find((m) => m.familyName === 'Hussain')!;
  expect(d.groups.find((g) => g.id === nadia.politicalGroupId)?.name).toBe('Labour Group');
  expect(typeof nadia.biography).toBe('string');
  expect(d.memberships.filter((m) => m.role === 'Group Leader')).toHaveLength(5);
});

test('throttling is retried honouring Retry-After, and the caller is told it is waiting', async () => {
  await s.setFaults({ throttleNext: 1, status: 429, retryAfter: 1 });
  let retries = 0;
  const started = Date.now();
  const d = await repo('officer-owned').load({ onRetry: () => retries++ });
  expect(retries).toBe(1);
  expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  expect(d.members).toHaveLength(42);
  await s.clearFaults();
});

test('a pre-election period running today withholds every statement, with the notice', async () => {
  await s.seed('Pre-election Periods', {
    items: [{ Title: 'Borough council elections', StartDate: '2025-08-20T00:00:00Z', EndDate: '2025-09-10T00:00:00Z' }]
  });
  try {
    const d = await repo('member-profile').load();
    expect(d.preElection).toEqual({ start: '2025-08-20', end: '2025-09-10' });
    const withStatements = d.members.filter((m) => m.biography !== undefined);
    expect(withStatements.length).toBeGreaterThan(30);
    for (const m of withStatements) expect(m.biography).toMatchObject({ withheld: true, reason: 'pre-election', notice: expect.stringMatching(/Borough council elections/) });
  } finally {
    s.server!.db.clearData();
    seedCouncil(s.server!, rugby);
  }
});

test('a record with an invalid field is shown without that field; a rule it breaks is reported; neighbours are untouched', async () => {
  s.server!.seed('Members', [{ Id: 900, Title: 'Broken Row', GivenName: 'Broken', FamilyName: 'Row', Email: 'not-an-email', WardId: 1, Status: 'Current', TermStart: '2024-05-06T00:00:00Z' }]);
  s.server!.seed('Memberships', [{ Id: 900, Title: 'Bad role', MemberId: 1, BodyId: 3, Role: 'Portfolio Holder' }]);
  try {
    const d = await repo('officer-owned').load();
    expect(d.members).toHaveLength(43);
    const broken = d.members.find((m) => m.id === 900)!;
    expect(broken).toMatchObject({ givenName: 'Broken', familyName: 'Row', wardId: 1 });
    expect(broken.email).toBeUndefined();
    expect(d.withheld.Members.get(900)?.email).toMatchObject({ withheld: true, reason: 'invalid', detail: expect.stringMatching(/email/i) });
    expect(d.problems.map((p) => [p.list, p.itemId, p.outcome])).toEqual([
      ['Members', 900, 'withheld'],
      ['Memberships', 900, 'noted']
    ]);
    expect(d.problems[1].problems.join(' ')).toMatch(/Portfolio is required/);
    expect(d.memberships.some((m) => m.id === 900)).toBe(true);
  } finally {
    s.server!.db.clearData();
    seedCouncil(s.server!, rugby);
  }
});

test('beyond the list view threshold the rest follows in one more round trip, with no threshold error', async () => {
  await s.seed('Memberships', { count: 5100, template: { Title: 'Substitute {n}', MemberId: 2, BodyId: 3, Role: 'Substitute' } });
  try {
    const r = repo('officer-owned');
    const { requests, result } = await requestsDuring(() => r.load());
    expect(requests).toBe(2);
    expect(result.memberships.filter((m) => m.role === 'Substitute' && m.memberId === 2 && m.bodyId === 3).length).toBeGreaterThanOrEqual(5100);
    expect(new Set(result.memberships.map((m) => m.id)).size).toBe(result.memberships.length);
  } finally {
    s.server!.db.clearData();
    seedCouncil(s.server!, rugby);
  }
});

test('editing rights on the Members list are asked only when wanted, once', async () => {
  const officer = repo('officer-owned', 'officer');
  const ds = repo('officer-owned', 'democratic-services');
  const { requests, result } = await requestsDuring(async () => [await officer.canEditMembers(), await ds.canEditMembers(), await ds.canEditMembers()]);
  expect(result).toEqual([false, true, true]);
  expect(requests).toBe(2);
});
