/**
 * The channel is Democratic Services' decision, read with the real PnPjs from the local SharePoint
 * server's Member Channels list in the directory's first $batch: Member Profiles set to the members'
 * channel shows parties only on a page (or site) the list names; anywhere else, with no page
 * address, or when the list cannot be read, it is an officer page. The property pane narrows, never widens.
 */
import { PnPMemberDirectoryRepository, directoryReads } from '../../../src/data/members';
import { readFirstPages } from '../../../src/data/core';
import { rugbyDataset } from '../../../local/demo';
import { MEMBERS_PAGE_PATH } from '../../../local/demo/memberChannels';
import { seedCouncil } from '../../../local/seed';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';

/* Session storage, as a browser has it, for PnPjs's Caching (see tests/integration/data/members.test.ts). */
class MemoryStorage {
  private map = new Map<string, string>();
  public get length(): number {
    return this.map.size;
  }
  public clear(): void {
    this.map.clear();
  }
  public getItem(k: string): string | null {
    return this.map.get(k) ?? null;
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
const groupWords = rugby.politicalGroups.flatMap((g) => [g.name, g.shortName ?? '', ...g.aliases]).filter(Boolean);
let s: TestServer;
let origin: string;

beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugby);
  origin = new URL(s.siteUrl).origin;
  await readFirstPages(spFor(s.siteUrl), [{ list: 'Wards', select: ['Id'] }]);
});
afterAll(() => s.stop());

async function load(channel: 'officer-owned' | 'member-profile', pageUrl: string | undefined) {
  const r = new PnPMemberDirectoryRepository(spFor(s.siteUrl), channel, { today: () => TODAY, pageUrl, siteUrl: s.siteUrl });
  r.refresh();
  await s.resetRequestCount();
  const d = await r.load();
  return { d, requests: await s.requestCount(), repository: r };
}

/**
 * Every group name, short name or alias in what the page gets (withheld values as their notice;
 * addresses left out: "3 The Green, Dunchurch" is a place, not a party).
 */
function partyWords(d: unknown): string[] {
  const json = JSON.stringify(d, (k, v: unknown) =>
    k === 'postalAddress' ? undefined : v && typeof v === 'object' && (v as { withheld?: boolean }).withheld === true ? (v as { notice: string }).notice : v
  );
  return groupWords.filter((w) => new RegExp(`\\b${w}\\b`).test(json));
}

const memberChannels = () => spFor(s.siteUrl, 'owner').web.lists.getByTitle('Member Channels').items;

test('the demo site lists the workbench members’ page: there, the member channel, its parties, in one round trip', async () => {
  const { d, requests, repository } = await load('member-profile', `${origin}${MEMBERS_PAGE_PATH}`);
  expect(requests).toBe(1);
  expect(d.channel).toBe('member-profile');
  expect(repository.channel).toBe('member-profile');
  expect(d.channelReason).toMatch(/Democratic Services list this page as a members' own channel/);
  if (d.channel !== 'member-profile') throw new Error('expected the member channel');
  expect(d.groups.map((g) => g.name)).toEqual(rugby.politicalGroups.map((g) => g.name));
  expect(d.members.some((m) => typeof m.politicalGroupId === 'number')).toBe(true);
});

test.each([
  ['an unlisted page of the same site', () => `${origin}/`],
  ['a page whose address only starts like the listed one', () => `${origin}${MEMBERS_PAGE_PATH}-old`],
  ['the listed path on another host', () => `http://elsewhere.example${MEMBERS_PAGE_PATH}`],
  ['no page address at all', () => undefined]
])('set to the members’ channel on %s, it is an officer page: no party, no group, no group role', async (_what, page) => {
  const { d, requests, repository } = await load('member-profile', page());
  expect(requests).toBe(1);
  expect(d.channel).toBe('officer-owned');
  expect(repository.channel).toBe('officer-owned');
  expect(d.groups).toBeUndefined();
  for (const m of d.members) expect(m).not.toHaveProperty('politicalGroupId');
  expect(d.memberships.some((m) => (m.role as string) === 'Group Leader')).toBe(false);
  expect(partyWords(d)).toEqual([]);
  expect(d.channelReason).toMatch(/shows the officer channel/);
});

test('set to the officer channel, a listed page is an officer page too (narrowing), and the list is not even read', async () => {
  expect(directoryReads('officer-owned')).not.toHaveProperty('memberChannels');
  expect(directoryReads('member-profile').memberChannels?.list).toBe('Member Channels');
  const { d } = await load('officer-owned', `${origin}${MEMBERS_PAGE_PATH}`);
  expect(d.channel).toBe('officer-owned');
  expect(partyWords(d)).toEqual([]);
});

test('a site entry covers every page under it; a bad row is ignored and reported to editors', async () => {
  const added = await memberChannels().add({ Title: 'Members’ site', Address: { Url: '/sites/members', Description: 'Members' }, Scope: 'Every page on this site' });
  const bad = await memberChannels().add({ Title: 'Typo', Address: { Url: 'ftp://files.example/members', Description: 'x' }, Scope: 'This page' });
  try {
    expect((await load('member-profile', `${origin}/sites/members/SitePages/Home.aspx`)).d.channel).toBe('member-profile');
    const other = await load('member-profile', `${origin}/sites/membership/SitePages/Home.aspx`);
    expect(other.d.channel).toBe('officer-owned');
    expect(other.d.problems).toContainEqual(expect.objectContaining({ list: 'Member Channels', itemId: bad.Id, outcome: 'left-out' }));
  } finally {
    await memberChannels().getById(added.Id).delete();
    await memberChannels().getById(bad.Id).delete();
  }
});

test('when the Member Channels list cannot be read, the listed page is an officer page, and editors are told why', async () => {
  const list = spFor(s.siteUrl, 'owner').web.lists.getByTitle('Member Channels');
  await list.update({ Title: 'Member Channels (moved)' });
  try {
    const { d, requests } = await load('member-profile', `${origin}${MEMBERS_PAGE_PATH}`);
    expect(requests).toBe(1);
    expect(d.channel).toBe('officer-owned');
    expect(partyWords(d)).toEqual([]);
    expect(d.problems).toContainEqual(expect.objectContaining({ list: 'Member Channels', outcome: 'unreadable', problems: [expect.stringMatching(/could not be read, so this page shows the officer channel/)] }));
  } finally {
    await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Member Channels (moved)').update({ Title: 'Member Channels' });
  }
});
