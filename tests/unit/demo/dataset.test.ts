import { avatarColour } from '../../../src/components/PersonAvatar/avatarText';
import {
  AVATAR_COLOURS,
  AVATAR_TEXT_COLOUR,
  isDramaNumber,
  largeCouncilDataset,
  rugbyDataset,
  validateDataset,
  type DemoDataset
} from '../../../local/demo';

const rugby = rugbyDataset();

const currentMembers = (d: DemoDataset) => d.members.filter((m) => m.status === 'Current');
const currentMemberships = (d: DemoDataset) => d.memberships.filter((m) => !m.endDate);
const clone = (d: DemoDataset): DemoDataset => JSON.parse(JSON.stringify(d)) as DemoDataset;

/** Party words an officer-owned text must never contain (national parties, nicknames, and the council's own groups). */
const NATIONAL_PARTY_WORDS = [
  'Conservative', 'Conservatives', 'Tory', 'Tories', 'Labour', 'Liberal Democrat', 'Liberal Democrats', 'Lib Dem', 'Lib Dems',
  'LibDems', 'Green Party', 'Greens', 'Reform UK', 'UKIP', 'Plaid Cymru', 'SNP', 'Independent Group', 'Independents'
];

function partyWords(d: DemoDataset): string[] {
  return [...new Set([...NATIONAL_PARTY_WORDS, ...d.politicalGroups.flatMap((g) => [g.name, ...g.aliases])])];
}

function findPartyWords(text: string, words: readonly string[]): string[] {
  return words.filter((w) => new RegExp(`(^|[^A-Za-z])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`, 'i').test(text));
}

/** Every piece of officer-owned text: service areas, officers and liaison profiles. */
function officerOwnedTexts(d: DemoDataset): Array<{ where: string; text: string }> {
  return [
    ...d.serviceAreas.flatMap((s) => [
      { where: `service ${s.id} title`, text: s.title },
      { where: `service ${s.id} directorate`, text: s.directorate },
      { where: `service ${s.id} description`, text: s.description ?? '' },
      { where: `service ${s.id} keywords`, text: s.keywords.join(', ') }
    ]),
    ...d.officers.flatMap((o) => [
      { where: `officer ${o.id} job title`, text: o.jobTitle },
      { where: `officer ${o.id} location`, text: o.location ?? '' }
    ]),
    ...d.liaisonOfficers.map((l) => ({ where: `liaison ${l.id} profile`, text: l.profile }))
  ];
}

function partyFindings(d: DemoDataset): string[] {
  const words = partyWords(d);
  return officerOwnedTexts(d).flatMap(({ where, text }) => findPartyWords(text, words).map((w) => `${where}: "${w}"`));
}

/** WCAG 2.x relative luminance and contrast ratio, written out here so the test does not trust the code under test. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

describe('Rugby demo dataset: integrity', () => {
  it('passes validateDataset with no problems', () => {
    expect(validateDataset(rugby)).toEqual([]);
  });

  it('is deterministic: two calls give deep-equal data', () => {
    expect(rugbyDataset()).toEqual(rugby);
  });

  it('has unique email addresses across councillors, officers and team mailboxes', () => {
    const all = [...rugby.members.map((m) => m.email), ...rugby.officers.map((o) => o.email), ...rugby.serviceAreas.map((s) => s.teamEmail!)];
    const lower = all.map((e) => e.toLowerCase());
    expect(new Set(lower).size).toBe(lower.length);
    expect(all.every((e) => e.endsWith('@rugby.gov.uk'))).toBe(true);
  });

  it('uses only Ofcom drama-range phone numbers', () => {
    const phones = [
      ...rugby.members.flatMap((m) => [m.phone, m.mobile]),
      ...rugby.officers.flatMap((o) => [o.phone, o.mobile]),
      ...rugby.serviceAreas.map((s) => s.teamPhone)
    ].filter((p): p is string => p !== undefined);
    expect(phones.length).toBeGreaterThan(400);
    expect(phones.filter((p) => !isDramaNumber(p))).toEqual([]);
  });
});

describe('Rugby demo dataset: wards and councillors', () => {
  it('has the 16 Rugby wards, 42 seats, and three single-seat wards', () => {
    expect(rugby.wards).toHaveLength(16);
    expect(rugby.wards.reduce((s, w) => s + (w.seats ?? 0), 0)).toBe(42);
    expect(rugby.wards.filter((w) => w.seats === 1).map((w) => w.title).sort()).toEqual(['Clifton, Newton and Churchover', 'Leam Valley', 'Wolvey and Shilton']);
    expect(rugby.wards.map((w) => w.title)).toEqual(expect.arrayContaining(['Admirals and Cawston', 'Benn', 'Newbold and Brownsover', 'Revel and Binley Woods', 'Wolston and the Lawfords']));
  });

  it('has 42 current councillors, and each ward has exactly as many as it has seats', () => {
    expect(currentMembers(rugby)).toHaveLength(42);
    for (const w of rugby.wards) {
      expect({ ward: w.title, members: currentMembers(rugby).filter((m) => m.wardId === w.id).length }).toEqual({ ward: w.title, members: w.seats });
    }
  });

  it('keeps 2–3 former councillors whose terms have ended', () => {
    const former = rugby.members.filter((m) => m.status === 'Former');
    expect(former.length).toBeGreaterThanOrEqual(2);
    expect(former.length).toBeLessThanOrEqual(3);
    for (const m of former) expect(m.termEnd! < '2025-05-13').toBe(true);
  });

  it('gives councillors council emails, terms, skills and mostly biographies; some keep their mobile and address private', () => {
    const current = currentMembers(rugby);
    for (const m of current) {
      const slug = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/['\s]/g, '');
      expect(m.email).toBe(`${slug(m.givenName)}.${slug(m.familyName)}@rugby.gov.uk`);
      expect(m.skills.length).toBeGreaterThanOrEqual(3);
      expect(m.skills.length).toBeLessThanOrEqual(6);
      expect(m.termEnd).toBe('2028-05-08');
    }
    expect(current.filter((m) => m.biography).length).toBeGreaterThanOrEqual(34);
    expect(current.some((m) => m.publishMobile)).toBe(true);
    expect(current.some((m) => !m.publishMobile && m.mobile)).toBe(true);
    expect(current.some((m) => !m.publishAddress && m.postalAddress)).toBe(true);
  });

  it('has member biographies about ward work, not electioneering', () => {
    const electioneering = /\b(vote for|re-?elect|elect me|polling day|campaign(ing)? for)\b/i;
    expect(rugby.members.filter((m) => m.biography && electioneering.test(m.biography)).map((m) => m.id)).toEqual([]);
  });

  it('uses fictional names: no councillor or officer shares a surname with a person in the source documents or a real Rugby leader', () => {
    const real = ['Rabin', 'Garcia', 'Lewis', "O'Rourke", 'Maoudis', 'Ashmore', 'Razzaq', 'Chapman', 'Fleming', 'Ketley', 'Lowe', 'Stokes', 'Roodhouse', 'Pawsey'];
    const people = [...rugby.members, ...rugby.officers].map((p) => p.familyName);
    expect(people.filter((f) => real.includes(f))).toEqual([]);
    const memberNames = new Set(rugby.members.map((m) => `${m.givenName} ${m.familyName}`));
    expect(rugby.officers.filter((o) => memberNames.has(`${o.givenName} ${o.familyName}`))).toEqual([]);
  });

  it('has five political groups with short names and aliases, and every councillor in one', () => {
    expect(rugby.politicalGroups.map((g) => g.name)).toEqual(['Conservative Group', 'Labour Group', 'Liberal Democrat Group', 'Green Party Group', 'Independent Group']);
    expect(rugby.politicalGroups.find((g) => g.name === 'Conservative Group')!.aliases).toEqual(expect.arrayContaining(['Rugby Conservatives', 'Tories']));
    expect(rugby.politicalGroups.find((g) => g.name === 'Liberal Democrat Group')!.aliases).toContain('Lib Dems');
    expect(currentMembers(rugby).filter((m) => m.politicalGroupId === null)).toEqual([]);
  });
});

describe('Rugby demo dataset: Cabinet, committees and posts', () => {
  const bodyId = (title: string) => rugby.bodies.find((b) => b.title === title)!.id;
  const on = (title: string) => currentMemberships(rugby).filter((m) => m.bodyId === bodyId(title));

  it('has a Cabinet of seven: one Leader of the Council, one Deputy Leader, portfolio holders with portfolios', () => {
    const cabinet = on('Cabinet');
    expect(cabinet).toHaveLength(7);
    expect(cabinet.filter((m) => m.role === 'Leader')).toEqual([expect.objectContaining({ postTitle: 'Leader of the Council' })]);
    expect(cabinet.filter((m) => m.role === 'Deputy Leader')).toHaveLength(1);
    expect(cabinet.filter((m) => m.role === 'Portfolio Holder').every((m) => !!m.portfolio)).toBe(true);
    expect(cabinet.map((m) => m.portfolio)).toContain('Communities and Homes');
  });

  it('gives every committee exactly one Chair and one Vice-Chair and 9–15 politically mixed members', () => {
    const committees = rugby.bodies.filter((b) => b.kind === 'Committee');
    expect(committees.map((b) => b.title)).toEqual(expect.arrayContaining(['Planning Committee', 'Licensing and Safety Committee', 'Audit and Ethics Committee', 'Scrutiny Committee']));
    for (const b of committees) {
      const ms = on(b.title);
      expect({ body: b.title, chairs: ms.filter((m) => m.role === 'Chair').length, vices: ms.filter((m) => m.role === 'Vice-Chair').length }).toEqual({ body: b.title, chairs: 1, vices: 1 });
      const seated = ms.filter((m) => m.role !== 'Substitute');
      expect(seated.length).toBeGreaterThanOrEqual(9);
      expect(seated.length).toBeLessThanOrEqual(15);
      expect(new Set(ms.map((m) => m.memberId)).size).toBe(ms.length);
      const groups = new Set(seated.map((m) => rugby.members.find((x) => x.id === m.memberId)!.politicalGroupId));
      expect(groups.size).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps Cabinet members off the Scrutiny Committee', () => {
    const cabinet = new Set(on('Cabinet').map((m) => m.memberId));
    expect(on('Scrutiny Committee').filter((m) => cabinet.has(m.memberId))).toEqual([]);
  });

  it('has one Mayor, one Deputy Mayor, a Group Leader and a Deputy for each group, and member champions on Full Council', () => {
    const council = on('Full Council');
    expect(council.filter((m) => m.role === 'Mayor')).toHaveLength(1);
    expect(council.filter((m) => m.role === 'Deputy Mayor')).toHaveLength(1);
    expect(council.filter((m) => m.role === 'Member')).toHaveLength(42);
    for (const g of rugby.politicalGroups) {
      const groupOf = (id: number) => rugby.members.find((m) => m.id === id)!.politicalGroupId;
      expect(council.filter((m) => m.role === 'Group Leader' && groupOf(m.memberId) === g.id)).toHaveLength(1);
      expect(council.filter((m) => m.role === 'Deputy Group Leader' && groupOf(m.memberId) === g.id)).toHaveLength(1);
    }
    expect(council.filter((m) => m.role === 'Champion').map((m) => m.postTitle)).toEqual(expect.arrayContaining(['Armed Forces Champion', 'Climate Change Champion', 'Equality and Diversity Champion']));
  });

  it('has outside appointments: 3–4 county councillors and parish councillors', () => {
    expect(on('Warwickshire County Council').filter((m) => m.role === 'Councillor').length).toBeGreaterThanOrEqual(3);
    expect(on('Warwickshire County Council').length).toBeLessThanOrEqual(4);
    expect(on('Dunchurch Parish Council')).toEqual([expect.objectContaining({ role: 'Councillor', postTitle: 'Parish Councillor' })]);
    expect(rugby.bodies.find((b) => b.title === 'Member and Officer Working Task Group')!.kind).toBe('Task and Finish Group');
  });
});

describe('Rugby demo dataset: services, officers and liaison officers', () => {
  it('has 25–35 service areas across the directorates, each with 6–15 keywords and a team mailbox and phone', () => {
    expect(rugby.serviceAreas.length).toBeGreaterThanOrEqual(25);
    expect(rugby.serviceAreas.length).toBeLessThanOrEqual(35);
    expect(new Set(rugby.serviceAreas.map((s) => s.directorate)).size).toBeGreaterThanOrEqual(6);
    for (const s of rugby.serviceAreas) {
      expect({ service: s.title, ok: s.keywords.length >= 6 && s.keywords.length <= 15 }).toEqual({ service: s.title, ok: true });
      expect(s.teamEmail).toMatch(/@rugby\.gov\.uk$/);
      expect(isDramaNumber(s.teamPhone!)).toBe(true);
    }
    expect(rugby.serviceAreas.find((s) => s.title === 'Waste and Recycling')!.keywords).toEqual(expect.arrayContaining(['bins', 'missed collection', 'garden waste']));
  });

  it('gives every service area exactly one Liaison Officer and one Deputy, two different officers from that service', () => {
    for (const s of rugby.serviceAreas) {
      const ls = rugby.liaisonOfficers.filter((l) => l.serviceAreaId === s.id);
      expect({ service: s.title, roles: ls.map((l) => l.role).sort() }).toEqual({ service: s.title, roles: ['Deputy Liaison Officer', 'Liaison Officer'] });
      expect(ls[0].officerId).not.toBe(ls[1].officerId);
      for (const l of ls) expect(rugby.officers.find((o) => o.id === l.officerId)!.serviceAreaId).toBe(s.id);
    }
    expect(rugby.liaisonOfficers.some((l) => l.wardIds.length > 0)).toBe(true);
  });

  it('writes liaison profiles in the first person, 2–4 sentences', () => {
    for (const l of rugby.liaisonOfficers) {
      const sentences = l.profile.split(/(?<=[.!?])\s+/).filter((s) => s.trim());
      expect({ id: l.id, firstPerson: /\bI\b/.test(l.profile), sentences: sentences.length >= 2 && sentences.length <= 4 }).toEqual({ id: l.id, firstPerson: true, sentences: true });
    }
  });

  it('has about 300 officers with first.last emails, and politically restricted chief officers', () => {
    expect(rugby.officers.length).toBeGreaterThanOrEqual(280);
    expect(rugby.officers.length).toBeLessThanOrEqual(320);
    for (const o of rugby.officers) expect(o.email).toMatch(/^[a-z-]+\.[a-z-]+\d*@rugby\.gov\.uk$/);
    const chiefs = rugby.officers.filter((o) => /^(Chief Officer|Executive Director)/.test(o.jobTitle));
    expect(chiefs.length).toBeGreaterThanOrEqual(8);
    expect(chiefs.every((o) => o.politicallyRestricted)).toBe(true);
    expect(rugby.officers.filter((o) => o.politicallyRestricted).length).toBeLessThan(rugby.officers.length / 5);
  });

  it('keeps party names out of every officer-owned text (service descriptions, job titles, liaison profiles)', () => {
    expect(partyFindings(rugby)).toEqual([]);
  });

  it('would catch a party name planted in officer-owned text', () => {
    const bad = clone(rugby);
    bad.liaisonOfficers[0].profile += ' I also help the Labour Group.';
    bad.serviceAreas[1].description = 'Ask the Tories about bins.';
    expect(partyFindings(bad)).toEqual(expect.arrayContaining([expect.stringContaining('liaison 1 profile'), expect.stringContaining('service 2 description')]));
  });
});

describe('Rugby demo dataset: photos', () => {
  it('gives every person an SVG avatar with role="img", a <title> naming them, and text contrast of at least 4.5:1', () => {
    const people = [...rugby.members.map((p) => ({ ...p, kind: 'member' })), ...rugby.officers.map((p) => ({ ...p, kind: 'officer' }))];
    expect(rugby.photos).toHaveLength(people.length);
    for (const p of people) {
      const photo = rugby.photos.find((x) => p.photoUrl === `/sites/council/SiteAssets/Photos/${x.fileName}`);
      expect(photo).toBeDefined();
      expect(photo!.kind).toBe(p.kind);
      expect(photo!.svg).toMatch(/<svg [^>]*role="img"/);
      expect(photo!.svg).toMatch(new RegExp(`<title[^>]*>[^<]*${p.familyName.replace(/'/g, "'")}</title>`));
      const bg = /<circle [^>]*fill="(#[0-9a-f]{6})"/i.exec(photo!.svg)![1];
      const fg = /<text [^>]*fill="(#[0-9a-f]{6})"/i.exec(photo!.svg)![1];
      expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
      // The web parts draw initials on avatarColour(name) until the photo loads: the same colour.
      const name = /<title[^>]*>([^<]*)<\/title>/.exec(photo!.svg)![1].replace(/&amp;/g, '&').replace(/&quot;/g, '"');
      expect(bg).toBe(avatarColour(name));
    }
  });

  it('has a palette that all passes, and the contrast check would fail a weak colour', () => {
    for (const c of AVATAR_COLOURS) expect(contrast(AVATAR_TEXT_COLOUR, c)).toBeGreaterThanOrEqual(4.5);
    expect(contrast('#ffffff', '#28a197')).toBeLessThan(4.5);
  });
});

describe('validateDataset finds problems', () => {
  it('reports a councillor in a ward that does not exist', () => {
    const bad = clone(rugby);
    bad.members[0].wardId = 999;
    expect(validateDataset(bad)).toEqual(expect.arrayContaining([expect.stringContaining('ward 999, which does not exist')]));
  });

  it('reports a duplicate email, a bad phone number and a record not in stored form', () => {
    const bad = clone(rugby);
    bad.officers[1].email = bad.officers[0].email;
    bad.members[1].phone = '12345';
    bad.members[2].email = bad.members[2].email.toUpperCase();
    const problems = validateDataset(bad);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('is used more than once'),
        expect.stringMatching(/^Member 2: phone: .*UK phone number/),
        expect.stringContaining('Member 3 is not stored the way the schema writes it')
      ])
    );
  });

  it('reports a ward with more councillors than seats, and a second Chair', () => {
    const bad = clone(rugby);
    const single = bad.wards.find((w) => w.seats === 1)!;
    bad.members[0].wardId = single.id;
    const planning = bad.bodies.find((b) => b.title === 'Planning Committee')!;
    bad.memberships.find((m) => m.bodyId === planning.id && m.role === 'Member')!.role = 'Chair';
    expect(validateDataset(bad)).toEqual(
      expect.arrayContaining([`Ward ${single.title} has 1 seat(s) but 2 current members.`, 'Planning Committee has 2 current Chairs; there should be one.'])
    );
  });

  it('reports a missing photo and a broken liaison reference', () => {
    const bad = clone(rugby);
    bad.photos = bad.photos.filter((p) => !(p.kind === 'officer' && p.id === 1));
    bad.liaisonOfficers[0].officerId = 99999;
    expect(validateDataset(bad)).toEqual(
      expect.arrayContaining([expect.stringContaining('The photo of officer 1'), 'Liaison officer 1 is officer 99999, who does not exist.'])
    );
  });
});

describe('large council dataset', () => {
  let large: DemoDataset;
  // How long it takes is a bench figure (tools/bench/scenarios/05-dataset.ts), not a test.
  beforeAll(() => {
    large = largeCouncilDataset();
  });

  it('has 200 councillors and 20,000 officers', () => {
    expect(large.members).toHaveLength(200);
    expect(large.officers).toHaveLength(20000);
    expect(large.wards.length).toBe(70);
    expect(large.wards.every((w) => w.seats !== undefined && w.seats >= 1 && w.seats <= 3)).toBe(true);
  });

  it('passes validateDataset and fills every ward exactly', () => {
    expect(validateDataset(large)).toEqual([]);
    for (const w of large.wards) expect(large.members.filter((m) => m.wardId === w.id).length).toBe(w.seats);
  });

  it('has about 60 services, each with one Liaison Officer and one Deputy', () => {
    expect(large.serviceAreas.length).toBeGreaterThanOrEqual(55);
    expect(large.serviceAreas.length).toBeLessThanOrEqual(65);
    for (const s of large.serviceAreas) {
      expect(large.liaisonOfficers.filter((l) => l.serviceAreaId === s.id).map((l) => l.role).sort()).toEqual(['Deputy Liaison Officer', 'Liaison Officer']);
    }
  });

  it('gives every committee one Chair and one Vice-Chair, and keeps party names out of officer-owned text', () => {
    for (const b of large.bodies.filter((x) => x.kind === 'Committee')) {
      const ms = large.memberships.filter((m) => m.bodyId === b.id);
      expect([ms.filter((m) => m.role === 'Chair').length, ms.filter((m) => m.role === 'Vice-Chair').length]).toEqual([1, 1]);
    }
    expect(partyFindings(large)).toEqual([]);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const small = { members: 60, officers: 400, wards: 25 };
    expect(largeCouncilDataset({ ...small, seed: 7 })).toEqual(largeCouncilDataset({ ...small, seed: 7 }));
    expect(largeCouncilDataset({ ...small, seed: 8 }).officers[0]).not.toEqual(largeCouncilDataset({ ...small, seed: 7 }).officers[0]);
    const d = largeCouncilDataset({ ...small, seed: 7 });
    expect([d.members.length, d.officers.length, d.wards.length]).toEqual([60, 400, 25]);
    expect(validateDataset(d)).toEqual([]);
  });

  it('refuses options that cannot fit together', () => {
    expect(() => largeCouncilDataset({ members: 300, wards: 70 })).toThrow(RangeError);
    expect(() => largeCouncilDataset({ officers: 50 })).toThrow(RangeError);
  });
});
