/**
 * The Officer Directory repository with the real PnPjs against the local SharePoint server:
 * one round trip for the first results, every officer of a large council without a list view
 * threshold error, validation of bad rows, caching for repeat views and clear errors.
 */
import { PnPOfficerDirectoryRepository, DirectoryError, OFFICER_DIRECTORY_CACHE_SCOPE } from '../../../src/data/officers';
import type { StoredOfficer } from '../../../src/domain/model/officer';
import { cacheGeneration } from '../../../src/data/core/cache';
import { largeCouncilDataset, rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { spFor, startTestServer, TestServer } from '../../support/localServer';

/*
 * The cache's refresh generation lives in session storage, as in the browser; Node has none, so
 * give this test one (PnPjs's Caching picks it up too).
 */
class MemoryStorage {
  private readonly map = new Map<string, string>();
  public get length(): number {
    return this.map.size;
  }
  public key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  public getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  public setItem(k: string, v: string): void {
    this.map.set(k, String(v));
  }
  public removeItem(k: string): void {
    this.map.delete(k);
  }
  public clear(): void {
    this.map.clear();
  }
}
(globalThis as { sessionStorage?: unknown }).sessionStorage = new MemoryStorage();

/** Outside SPFx PnPjs fetches a request digest once before the first $batch; SPFx pages already have one. */
async function warmDigest(sp: ReturnType<typeof spFor>): Promise<void> {
  const [batched, execute] = sp.batched();
  void batched.web.lists.getByTitle('Wards').items.top(1)();
  await execute();
}

async function requestsDuring(s: TestServer, fn: () => Promise<unknown>): Promise<number> {
  await s.resetRequestCount();
  await fn();
  return s.requestCount();
}

async function readAllOfficers(repo: PnPOfficerDirectoryRepository): Promise<{ officers: StoredOfficer[]; chunks: number; done: boolean }> {
  const officers: StoredOfficer[] = [];
  let chunks = 0;
  let done = false;
  await repo.streamOfficers((chunk) => {
    officers.push(...chunk.officers);
    chunks++;
    done = chunk.progress.done;
  });
  return { officers, chunks, done };
}

describe('a large council (20,000 officers, the real 5,000 list view threshold)', () => {
  let s: TestServer;
  const data = largeCouncilDataset({ photos: false });

  beforeAll(async () => {
    s = await startTestServer();
    seedCouncil(s.server!, data);
  }, 120000);
  afterAll(() => s.stop());

  test('the first results need one round trip; every officer then arrives by ID pages, with no threshold error', async () => {
    const sp = spFor(s.siteUrl, 'councillor');
    await warmDigest(sp);
    const repo = new PnPOfficerDirectoryRepository(sp, { siteUrl: s.siteUrl, officerCache: false });
    let base: Awaited<ReturnType<typeof repo.load>> | undefined;
    expect(await requestsDuring(s, async () => (base = await repo.load()))).toBe(1);
    expect(base!.serviceAreas).toHaveLength(60);
    expect(base!.liaisonOfficers).toHaveLength(120);
    expect(base!.wards).toHaveLength(70);
    expect(base!.groupTerms.map((g) => g.name)).toContain('Labour Group');
    expect(base!.officerCount).toBe(20000);
    expect(base!.problems).toEqual([]);
    // Every liaison officer's name and contacts came in the first round trip, wherever they are in the list.
    const contacts = new Map(base!.liaisonContacts.map((c) => [c.id, c]));
    for (const l of base!.liaisonOfficers) expect(contacts.get(l.officerId)?.email).toMatch(/@kingsmere\.gov\.uk$/);
    expect(Math.max(...base!.liaisonOfficers.map((l) => l.officerId))).toBeGreaterThan(5000);

    let read: Awaited<ReturnType<typeof readAllOfficers>> | undefined;
    const pages = await requestsDuring(s, async () => (read = await readAllOfficers(repo)));
    expect(pages).toBe(3); // officers 5,001–20,000 in three pages of 5,000
    expect(read!.done).toBe(true);
    expect(read!.officers).toHaveLength(20000);
    expect(new Set(read!.officers.map((o) => o.id)).size).toBe(20000);
    // Validated domain records: phone numbers in their written form, emails lower-case.
    const sample = read!.officers[12345];
    const source = data.officers.find((o) => o.id === sample.id)!;
    expect(sample).toEqual(expect.objectContaining({ givenName: source.givenName, familyName: source.familyName, jobTitle: source.jobTitle, email: source.email }));
    // Delivered in slices, so the page stays responsive while they are validated.
    expect(read!.chunks).toBeGreaterThan(8);
  }, 120000);
});

describe('a small threshold (500) with a few thousand officers', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer({ threshold: 500 });
    seedCouncil(s.server!, rugbyDataset());
    await s.seed('Officers', {
      count: 2700,
      template: { Title: 'Extra {n}', GivenName: 'Alex', FamilyName: 'Extra{n}', JobTitle: 'Assistant', ServiceAreaId: 2, Email: 'extra{n}@rugby.gov.uk' }
    });
  }, 60000);
  afterAll(() => s.stop());

  test('pages of 500 read all 3,000 officers, and the first round trip is still one request', async () => {
    const sp = spFor(s.siteUrl);
    await warmDigest(sp);
    const repo = new PnPOfficerDirectoryRepository(sp, { siteUrl: s.siteUrl, pageSize: 500, officerCache: false });
    expect(await requestsDuring(s, () => repo.load())).toBe(1);
    let read: Awaited<ReturnType<typeof readAllOfficers>> | undefined;
    expect(await requestsDuring(s, async () => (read = await readAllOfficers(repo)))).toBe(5); // 2,500 more in pages of 500
    expect(read!.officers).toHaveLength(3000);
    expect(read!.officers.filter((o) => o.familyName.startsWith('Extra'))).toHaveLength(2700);
  }, 60000);

  test('a repeat view takes the service areas, liaison officers and wards from the cache; Refresh reads them again', async () => {
    const sp = spFor(s.siteUrl);
    const repo = new PnPOfficerDirectoryRepository(sp, { siteUrl: s.siteUrl, pageSize: 500, officerCache: false });
    await repo.load();
    // The cached lists are not asked for again: the batch holds only the officers and their count.
    const second = new PnPOfficerDirectoryRepository(sp, { siteUrl: s.siteUrl, pageSize: 500, officerCache: false });
    const generation = cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE);
    await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Service Areas').items.getById(2).update({ Title: 'Bins and Recycling' });
    let cachedBase: Awaited<ReturnType<typeof second.load>> | undefined;
    expect(await requestsDuring(s, async () => (cachedBase = await second.load()))).toBe(1);
    expect(cachedBase!.serviceAreas.find((a) => a.id === 2)?.title).toBe('Waste and Recycling');
    await second.refresh();
    expect(cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE)).toBe(generation + 1);
    let fresh: Awaited<ReturnType<typeof second.load>> | undefined;
    const n = await requestsDuring(s, async () => (fresh = await second.load()));
    expect(n).toBe(1);
    expect(fresh!.serviceAreas.find((a) => a.id === 2)?.title).toBe('Bins and Recycling');
  });
});

describe('bad data and failures', () => {
  let s: TestServer;

  beforeAll(async () => {
    s = await startTestServer();
    seedCouncil(s.server!, rugbyDataset());
    await s.seed('Officers', { items: [{ Title: 'Broken', GivenName: 'Bad', FamilyName: 'Email', JobTitle: 'Officer', ServiceAreaId: 2, Email: 'not an email' }] });
  }, 60000);
  afterEach(() => s.clearFaults());
  afterAll(() => s.stop());

  test('an officer with an invalid email is shown without it, reported, and the rest arrive', async () => {
    const repo = new PnPOfficerDirectoryRepository(spFor(s.siteUrl), { siteUrl: s.siteUrl, officerCache: false });
    await repo.load();
    const problems: string[] = [];
    const officers: StoredOfficer[] = [];
    const withheld = new Map<number, string[]>();
    await repo.streamOfficers((chunk) => {
      officers.push(...chunk.officers);
      problems.push(...chunk.problems.map((b) => `${b.list} ${b.itemId} ${b.outcome}: ${b.problems.join(' ')}`));
      for (const [id, w] of chunk.withheld) withheld.set(id, Object.keys(w));
    });
    expect(officers).toHaveLength(301);
    expect(officers.find((o) => o.id === 301)).toMatchObject({ givenName: 'Bad', familyName: 'Email', jobTitle: 'Officer', serviceAreaId: 2 });
    expect(officers.find((o) => o.id === 301)).not.toHaveProperty('email');
    expect(withheld.get(301)).toEqual(['email']);
    expect(problems).toEqual([expect.stringMatching(/^Officers 301 withheld: Email must be an email address/)]);
  });

  test('editors of the Liaison Officers list are told apart from readers', async () => {
    const asOfficer = new PnPOfficerDirectoryRepository(spFor(s.siteUrl, 'officer'), { siteUrl: s.siteUrl });
    const asDemocraticServices = new PnPOfficerDirectoryRepository(spFor(s.siteUrl, 'democratic-services'), { siteUrl: s.siteUrl });
    expect(await asOfficer.canEditLiaisonOfficers()).toBe(false);
    expect(await asDemocraticServices.canEditLiaisonOfficers()).toBe(true);
  });

  test('persistent throttling fails with a throttling error that a retry can clear', async () => {
    const sp = spFor(s.siteUrl);
    await warmDigest(sp);
    const repo = new PnPOfficerDirectoryRepository(sp, { siteUrl: s.siteUrl, officerCache: false });
    await repo.refresh();
    await s.setFaults({ throttleNext: 3, retryAfter: 0, status: 429 });
    const e = await repo.load().then(
      () => undefined,
      (err: unknown) => err
    );
    expect(e).toBeInstanceOf(DirectoryError);
    expect((e as DirectoryError).kind).toBe('throttled');
    const base = await repo.load();
    expect(base.serviceAreas).toHaveLength(33);
  }, 30000);

  test('a site that is not there gives a "not found" error', async () => {
    const other = `${s.url}/sites/elsewhere`;
    const repo = new PnPOfficerDirectoryRepository(spFor(other), { siteUrl: other, officerCache: false });
    const e = (await repo.load().catch((err: unknown) => err)) as DirectoryError;
    expect(e).toBeInstanceOf(DirectoryError);
    expect(e.kind).toBe('not-found');
  });
});
