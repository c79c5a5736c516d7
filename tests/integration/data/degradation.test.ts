/**
 * Field-level degradation, list by list, with the real PnPjs against the local SharePoint server:
 * an invalid value in any field withholds that field (with the reason, for editors), never the
 * record and never its neighbours; only a record without its identity is left out.
 */
import { PnPMemberDirectoryRepository } from '../../../src/data/members';
import { PnPOfficerDirectoryRepository } from '../../../src/data/officers';
import type { StoredOfficer } from '../../../src/domain/model/officer';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { MEMBERS_PAGE_PATH } from '../../../local/demo/memberChannels';
import { spFor, startTestServer, TestServer } from '../../support/localServer';

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
    return [...this.map.keys()][i] ?? null;
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

const WASTE = rugby.serviceAreas.find((a) => a.title === 'Waste and Recycling')!;
const BENN = rugby.wards.find((w) => w.title === 'Benn')!;
const NADIA = rugby.members.find((m) => m.familyName === 'Hussain')!;
const PLANNING = rugby.bodies.find((b) => b.title === 'Planning Committee')!;
const CLO = rugby.liaisonOfficers.find((l) => l.serviceAreaId === WASTE.id && l.role === 'Liaison Officer')!;
const OFFICER = rugby.officers[10];
const LABOUR = rugby.politicalGroups.find((g) => g.aliases.length > 0)!;

/** Stored values SharePoint's forms would refuse but REST, imports and older data can still leave. */
function withBadValues(): typeof rugby {
  const membership = rugby.memberships.find((m) => m.memberId === NADIA.id)!;
  return {
    ...rugby,
    wards: rugby.wards.map((w) => (w.id === BENN.id ? { ...w, gssCode: 'Benn ward', seats: undefined } : w)),
    members: rugby.members.map((m) => (m.id === NADIA.id ? { ...m, phone: '12345', biography: 'x'.repeat(2001) } : m)),
    bodies: rugby.bodies.map((b) => (b.id === PLANNING.id ? { ...b, webPage: 'http://insecure.example.org' } : b)),
    memberships: rugby.memberships.map((m) => (m.id === membership.id ? { ...m, startDate: '2024-05-13', endDate: '2023-01-01' } : m)),
    serviceAreas: rugby.serviceAreas.map((a) => (a.id === WASTE.id ? { ...a, webPage: 'http://rugby.example/bins', teamPhone: 'call us' } : a)),
    liaisonOfficers: rugby.liaisonOfficers.map((l) => (l.id === CLO.id ? { ...l, profile: 'Too short' } : l)),
    officers: rugby.officers.map((o) => (o.id === OFFICER.id ? { ...o, phone: 'not a phone', jobTitle: 'x'.repeat(151) } : o)),
    politicalGroups: rugby.politicalGroups.map((g) => (g.id === LABOUR.id ? { ...g, aliases: [...g.aliases, 'y'.repeat(81)] } : g))
  };
}

beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, withBadValues());
  // SharePoint requires a Title, but the other name columns can be blank: the Title is the name.
  await s.seed('Members', { items: [{ Title: 'Pat Newcomer', Email: 'pat@rugby.gov.uk', WardId: BENN.id, Status: 'Current', TermStart: '2024-05-02T00:00:00Z' }] });
  // A body with no name at all has no identity: it alone is left out.
  await s.seed('Bodies', { items: [{ Title: '   ', Kind: 'Committee' }] });
});
afterAll(() => s.stop());

async function members(channel: 'officer-owned' | 'member-profile') {
  // The members' page of the demo site, which its Member Channels list names.
  const pageUrl = new URL(MEMBERS_PAGE_PATH, s.siteUrl).href;
  const r = new PnPMemberDirectoryRepository(spFor(s.siteUrl), channel, { today: () => TODAY, pageUrl });
  r.refresh();
  return r.load();
}

describe('Member Profiles lists', () => {
  test('Wards: a mistyped GSS code and a cleared number of seats leave the ward, its councillors and the picker intact', async () => {
    const d = await members('officer-owned');
    const benn = d.wards.find((w) => w.id === BENN.id)!;
    expect(benn).toMatchObject({ title: 'Benn' });
    expect(benn.gssCode).toBeUndefined();
    expect(benn.seats).toBeUndefined();
    expect(d.wards).toHaveLength(16);
    expect(d.members.filter((m) => m.wardId === BENN.id).length).toBeGreaterThanOrEqual(3);
    expect(d.withheld.Wards.get(BENN.id)?.gssCode?.detail).toMatch(/GSS code must be the ward's official code/);
    expect(d.problems).toContainEqual(expect.objectContaining({ list: 'Wards', itemId: BENN.id, outcome: 'withheld', fields: ['gssCode'] }));
  });

  test('Members: a phone typo and a 2,001-character biography withhold those fields; the councillor is still there', async () => {
    const d = await members('member-profile');
    const nadia = d.members.find((m) => m.id === NADIA.id)!;
    expect(nadia).toMatchObject({ givenName: NADIA.givenName, familyName: 'Hussain', email: NADIA.email, wardId: NADIA.wardId });
    expect(nadia.phone).toBeUndefined();
    expect(nadia.biography).toBeUndefined();
    const w = d.withheld.Members.get(NADIA.id)!;
    expect(Object.keys(w).sort()).toEqual(['biography', 'phone']);
    expect(w.phone.detail).toMatch(/Phone must be a UK phone number/);
    expect(w.biography.detail).toMatch(/About me must be 2000 characters or fewer/);
    expect(d.members).toHaveLength(43); // Rugby's 42 and Pat Newcomer
  });

  test('Members: a councillor whose name columns are blank is known by the Title', async () => {
    const d = await members('officer-owned');
    expect(d.members.find((m) => m.familyName === 'Newcomer')).toMatchObject({ givenName: 'Pat', email: 'pat@rugby.gov.uk' });
  });

  test('Bodies: an unsafe web page withholds the link, not the committee or its members; a body with no name is left out and reported', async () => {
    const d = await members('officer-owned');
    const planning = d.bodies.find((b) => b.id === PLANNING.id)!;
    expect(planning).toMatchObject({ title: 'Planning Committee', kind: 'Committee' });
    expect(planning.webPage).toBeUndefined();
    expect(d.memberships.filter((m) => m.bodyId === PLANNING.id).length).toBeGreaterThan(5);
    expect(d.problems).toContainEqual(expect.objectContaining({ list: 'Bodies', outcome: 'left-out' }));
    expect(d.bodies).toHaveLength(rugby.bodies.length);
  });

  test('Memberships: an end date before the start withholds the end date; the seat stays', async () => {
    const d = await members('member-profile');
    const m = rugby.memberships.find((x) => x.memberId === NADIA.id)!;
    const seat = d.memberships.find((x) => x.id === m.id)!;
    expect(seat).toMatchObject({ memberId: NADIA.id, bodyId: m.bodyId, role: m.role, startDate: '2024-05-13' });
    expect(seat.endDate).toBeUndefined();
    expect(d.withheld.Memberships.get(m.id)?.endDate?.detail).toMatch(/End date must be on or after the start date/);
  });

  test('Political Groups: one bad alias is dropped; the group keeps its name and its other aliases, and the screen still knows them', async () => {
    const d = await members('member-profile');
    expect((d.groups ?? []).map((g) => g.name)).toContain(LABOUR.name);
    expect(d.problems).toContainEqual(expect.objectContaining({ list: 'Political Groups', itemId: LABOUR.id, fields: ['aliases'] }));
    // On an officer page the group's aliases still feed the screen: a statement using one is withheld.
    const o = await members('officer-owned');
    expect(o.screeningReady).toBe(true);
  });
});

describe('Officer Directory lists', () => {
  async function officerDirectory() {
    const r = new PnPOfficerDirectoryRepository(spFor(s.siteUrl), { siteUrl: s.siteUrl, officerCache: false });
    await r.refresh();
    const base = await r.load();
    const officers: StoredOfficer[] = [];
    const withheld = new Map<number, string[]>();
    await r.streamOfficers((chunk) => {
      officers.push(...chunk.officers);
      for (const [id, w] of chunk.withheld) withheld.set(id, Object.keys(w).sort());
    });
    return { base, officers, withheld };
  }

  test('Service Areas: an http web page and a bad team phone are withheld; the service keeps its liaison officers', async () => {
    const { base } = await officerDirectory();
    const waste = base.serviceAreas.find((a) => a.id === WASTE.id)!;
    expect(waste).toMatchObject({ title: 'Waste and Recycling', directorate: WASTE.directorate, teamEmail: WASTE.teamEmail });
    expect(waste.webPage).toBeUndefined();
    expect(waste.teamPhone).toBeUndefined();
    expect(Object.keys(base.withheld['Service Areas'].get(WASTE.id)!).sort()).toEqual(['teamPhone', 'webPage']);
    expect(base.liaisonOfficers.filter((l) => l.serviceAreaId === WASTE.id)).toHaveLength(2);
    expect(base.serviceAreas).toHaveLength(rugby.serviceAreas.length);
  });

  test('Liaison Officers: a profile that is too short is withheld; the liaison officer is still named for the service', async () => {
    const { base } = await officerDirectory();
    const clo = base.liaisonOfficers.find((l) => l.id === CLO.id)!;
    expect(clo).toMatchObject({ officerId: CLO.officerId, serviceAreaId: WASTE.id, role: 'Liaison Officer' });
    expect(clo.profile).toBeUndefined();
    expect(base.withheld['Liaison Officers'].get(CLO.id)?.profile?.detail).toMatch(/at least 20 characters/);
  });

  test('Officers: a bad phone and an over-long job title are withheld; the officer is in the directory', async () => {
    const { officers, withheld } = await officerDirectory();
    const o = officers.find((x) => x.id === OFFICER.id)!;
    expect(o).toMatchObject({ givenName: OFFICER.givenName, familyName: OFFICER.familyName, email: OFFICER.email });
    expect(o.phone).toBeUndefined();
    expect(o.jobTitle).toBeUndefined();
    expect(withheld.get(OFFICER.id)).toEqual(['jobTitle', 'phone']);
    expect(officers).toHaveLength(rugby.officers.length);
  });
});
