/**
 * A generated large council for scale testing: by default 200 councillors in about 70 wards of
 * 1–3 seats and 20,000 officers across 60 services, every service with a Councillor Liaison
 * Officer and a deputy. Deterministic for a given seed; built in one pass, nothing kept but the
 * records themselves.
 */
import type { Body, LiaisonOfficer, Member, Officer, PoliticalGroup, ServiceArea, Ward } from '../../src/domain/model';
import { memberDisplayName } from '../../src/domain/model';
import { MembershipList, allocateSeats, deputyProfile, fillCommittee, makePhoto, tieBreakOrder, type SeatCandidate } from './build';
import { EmailRegistry, PhoneBook, emailSlug } from './contacts';
import { LARGE_EXTRA_SERVICES } from './data/largeServices';
import { FAMILY_NAMES, GIVEN_NAMES, PLACE_ROOTS, PLACE_SUFFIXES, SKILLS } from './data/names';
import type { StaffLine } from './data/serviceRow';
import { RUGBY_SERVICES } from './rugby';
import { createRng, type Rng } from './prng';
import type { DemoDataset, DemoPhoto, LargeCouncilOptions } from './types';
import { workbenchMemberChannels } from './memberChannels';

const COUNCIL = { name: 'Kingsmere City Council', shortName: 'Kingsmere', domain: 'kingsmere.gov.uk' };
const TERM_START = '2025-05-05';
const TERM_END = '2029-05-07';
const ANNUAL_MEETING = '2025-05-20';

const GROUPS = [
  { name: 'Conservative Group', shortName: 'Conservative', aliases: ['Conservatives', 'Tories', 'Tory'], share: 44 },
  { name: 'Labour Group', shortName: 'Labour', aliases: ['Labour Party', 'Labour'], share: 31 },
  { name: 'Liberal Democrat Group', shortName: 'Lib Dem', aliases: ['Liberal Democrats', 'Lib Dems', 'Lib Dem'], share: 16 },
  { name: 'Green Party Group', shortName: 'Green', aliases: ['Green Party', 'Greens'], share: 5 },
  { name: 'Independent Group', shortName: 'Independent', aliases: ['Independents'], share: 4 }
];

const COMMITTEES = [
  { title: 'Planning Committee', seats: 15, substitutes: true },
  { title: 'Strategic Planning Committee', seats: 13, substitutes: true },
  { title: 'Licensing Committee', seats: 15, substitutes: true },
  { title: 'Audit and Governance Committee', seats: 11, opposition: true, excludeCabinet: true },
  { title: 'Standards Committee', seats: 9 },
  { title: 'Overview and Scrutiny Management Board', seats: 13, opposition: true, excludeCabinet: true },
  { title: "Children and Young People's Scrutiny Committee", seats: 13, excludeCabinet: true },
  { title: 'Adult Social Care and Health Scrutiny Committee', seats: 13, excludeCabinet: true },
  { title: 'Employment Committee', seats: 9 },
  { title: 'Pension Fund Committee', seats: 9 }
];

const PORTFOLIOS = [
  'Finance and Resources', 'Adult Social Care and Health', 'Children and Families', 'Highways and Transport', 'Housing and Planning',
  'Environment and Climate', 'Economy and Skills', 'Communities and Culture', 'Customer and Digital'
];

const CHAMPIONS = ['Armed Forces Champion', 'Climate Change Champion', 'Equality and Diversity Champion', "Older People's Champion", "Young People's Champion", 'Carers Champion'];

export function largeCouncilDataset(options: LargeCouncilOptions = {}): DemoDataset {
  const memberCount = options.members ?? 200;
  const officerCount = options.officers ?? 20000;
  const wardCount = options.wards ?? 70;
  const withPhotos = options.photos ?? true;
  if (memberCount < 40) throw new RangeError('A large council needs at least 40 councillors to fill its Cabinet and committees.');
  if (memberCount < wardCount || memberCount > wardCount * 3) {
    throw new RangeError(`${memberCount} councillors cannot fill ${wardCount} wards of 1–3 seats; use between ${wardCount} and ${wardCount * 3}.`);
  }
  const rng = createRng(options.seed ?? 2024);
  const emails = new EmailRegistry(COUNCIL.domain);
  const phones = new PhoneBook();
  const photos: DemoPhoto[] = [];

  const wards = buildWards(rng, wardCount, memberCount);
  const politicalGroups: PoliticalGroup[] = GROUPS.map((g, i) => ({ id: i + 1, name: g.name, shortName: g.shortName, aliases: g.aliases }));
  const share = allocateSeats(GROUPS.map((g, i) => ({ key: String(i + 1), size: g.share })), memberCount, new Map());
  const seatGroups = rng.shuffle(politicalGroups.flatMap((g) => Array.from({ length: share.get(String(g.id)) ?? 0 }, () => g.id)));

  const usedNames = new Set<string>();
  const members: Member[] = [];
  for (const ward of wards) {
    for (let s = 0; s < (ward.seats ?? 0); s++) {
      const id = members.length + 1;
      const { givenName, familyName } = uniqueName(rng, usedNames);
      const skills = rng.sample(SKILLS, rng.int(3, 6));
      const member: Member = {
        id,
        givenName,
        familyName,
        email: emails.issue(givenName, familyName),
        phone: phones.nextLandline(),
        mobile: phones.nextMobile(),
        publishPhone: true,
        publishMobile: rng.chance(0.5),
        publishAddress: false,
        wardId: ward.id,
        termStart: TERM_START,
        termEnd: TERM_END,
        skills,
        status: 'Current',
        politicalGroupId: seatGroups[id - 1] ?? null
      };
      if (rng.chance(0.7)) member.biography = biography(rng, ward.title, skills);
      if (withPhotos) {
        const { photo, url } = makePhoto({ kind: 'member', id, givenName, familyName, accessibleName: memberDisplayName(member) });
        photos.push(photo);
        member.photoUrl = url;
      }
      members.push(member);
    }
  }

  const bodies: Body[] = [
    { title: 'Full Council', kind: 'Council' as const },
    { title: 'Cabinet', kind: 'Cabinet' as const },
    ...COMMITTEES.map((c) => ({ title: c.title, kind: 'Committee' as const })),
    { title: 'Corporate Parenting Panel', kind: 'Working Party' as const },
    { title: 'Police and Crime Panel', kind: 'Outside Body' as const },
    { title: 'Fire and Rescue Authority', kind: 'Outside Body' as const },
    { title: 'Local Government Association General Assembly', kind: 'Outside Body' as const }
  ].map((b, i) => ({ id: i + 1, ...b, sortOrder: i + 1 }));
  const memberships = buildMemberships(rng, members, politicalGroups, bodies);

  const rows = serviceRows();
  const plan = planStaff(rows, officerCount);
  const serviceAreas: ServiceArea[] = [];
  const officers: Officer[] = [];
  const liaisonOfficers: LiaisonOfficer[] = [];
  rows.forEach((row, i) => {
    const service: ServiceArea = {
      id: i + 1,
      title: row.title,
      directorate: row.directorate,
      description: `The ${row.title} service. Councillors contact it about ${row.keywords.slice(0, 4).join(', ')} and similar matters.`,
      keywords: row.keywords,
      teamEmail: emails.issueLocal(emailSlug(row.title.replace(/[()]/g, '').replace(/\s+/g, '-'))),
      teamPhone: phones.nextLandline()
    };
    serviceAreas.push(service);
    const first = officers.length;
    for (const line of plan[i]) {
      const id = officers.length + 1;
      const givenName = rng.pick(GIVEN_NAMES);
      const familyName = rng.pick(FAMILY_NAMES);
      const officer: Officer = {
        id,
        givenName,
        familyName,
        jobTitle: line.title,
        serviceAreaId: service.id,
        email: emails.issue(givenName, familyName),
        phone: phones.nextLandline(),
        location: row.location,
        politicallyRestricted: line.restricted ?? false
      };
      if (withPhotos) {
        const { photo, url } = makePhoto({ kind: 'officer', id, givenName, familyName, accessibleName: `${givenName} ${familyName}` });
        photos.push(photo);
        officer.photoUrl = url;
      }
      officers.push(officer);
    }
    addLiaison(row, service, officers.slice(first), wards, liaisonOfficers);
  });

  return { council: { ...COUNCIL }, wards, politicalGroups, members, bodies, memberships, serviceAreas, officers, liaisonOfficers, memberChannels: workbenchMemberChannels(), photos };
}

function buildWards(rng: Rng, count: number, seatsTotal: number): Ward[] {
  const seats = Array.from({ length: count }, () => 3);
  let excess = count * 3 - seatsTotal;
  const order = rng.shuffle(Array.from({ length: count }, (_, i) => i));
  // A few single-seat rural wards, as most large councils have.
  for (const i of order.slice(0, Math.min(3, Math.floor(excess / 2)))) {
    seats[i] = 1;
    excess -= 2;
  }
  for (let pass = 0; excess > 0; pass++) {
    for (const i of order) {
      if (excess <= 0) break;
      if (seats[i] > 1 && (pass > 0 || rng.chance(0.6))) {
        seats[i]--;
        excess--;
      }
    }
  }
  const names = rng.shuffle(PLACE_ROOTS.flatMap((root) => PLACE_SUFFIXES.map((suffix) => `${root}${suffix}`)));
  return seats.map((n, i) => ({
    id: i + 1,
    title: i < names.length ? names[i] : `Ward ${i + 1}`,
    gssCode: `E059${String(i + 1).padStart(5, '0')}`,
    seats: n
  }));
}

function uniqueName(rng: Rng, used: Set<string>): { givenName: string; familyName: string } {
  for (;;) {
    const givenName = rng.pick(GIVEN_NAMES);
    const familyName = rng.pick(FAMILY_NAMES);
    const key = `${givenName} ${familyName}`;
    if (!used.has(key)) {
      used.add(key);
      return { givenName, familyName };
    }
  }
}

function biography(rng: Rng, ward: string, skills: string[]): string {
  const a = skills[0].toLowerCase();
  const b = skills[1].toLowerCase();
  return rng.pick([
    `I have lived in ${ward} for ${rng.int(5, 40)} years. I work with residents' groups on ${a} and ${b}.`,
    `I bring experience of ${a} to the council. I hold a monthly surgery in ${ward} and am glad to help with any council matter.`,
    `Residents in ${ward} most often contact me about ${a} and ${b}. I try to reply to everyone within a few days.`
  ]);
}

function buildMemberships(rng: Rng, members: Member[], groups: PoliticalGroup[], bodies: Body[]): DemoDataset['memberships'] {
  const list = new MembershipList();
  const bodyId = (title: string): number => bodies.find((b) => b.title === title)!.id;
  for (const m of members) list.add({ memberId: m.id, bodyId: bodyId('Full Council'), role: 'Member', startDate: m.termStart });
  const candidates: SeatCandidate[] = members.map((m) => ({ id: m.id, group: String(m.politicalGroupId) }));
  const groupSizes = groups.map((g) => ({ key: String(g.id), size: candidates.filter((c) => c.group === String(g.id)).length }));
  const tieOrder = tieBreakOrder(members.map((m) => m.id), rng);
  const inGroup = (key: string): number[] =>
    candidates.filter((c) => c.group === key).map((c) => c.id).sort((a, b) => (tieOrder.get(a) ?? 0) - (tieOrder.get(b) ?? 0));
  const sorted = groupSizes.slice().sort((a, b) => b.size - a.size);
  const ruling = inGroup(sorted[0].key);
  const opposition = inGroup(sorted[1].key);

  const cabinet = ruling.slice(0, PORTFOLIOS.length + 1);
  cabinet.forEach((id, i) => {
    if (i === 0) list.add({ memberId: id, bodyId: bodyId('Cabinet'), role: 'Leader', postTitle: 'Leader of the Council', startDate: ANNUAL_MEETING });
    else if (i === 1) list.add({ memberId: id, bodyId: bodyId('Cabinet'), role: 'Deputy Leader', postTitle: 'Deputy Leader of the Council', portfolio: PORTFOLIOS[0], startDate: ANNUAL_MEETING });
    else list.add({ memberId: id, bodyId: bodyId('Cabinet'), role: 'Portfolio Holder', portfolio: PORTFOLIOS[i - 1], startDate: ANNUAL_MEETING });
  });
  const mayor = ruling[cabinet.length];
  list.add({ memberId: mayor, bodyId: bodyId('Full Council'), role: 'Mayor', postTitle: 'Lord Mayor', startDate: ANNUAL_MEETING });
  list.add({ memberId: opposition[0], bodyId: bodyId('Full Council'), role: 'Deputy Mayor', postTitle: 'Deputy Lord Mayor', startDate: ANNUAL_MEETING });
  groups.forEach((g) => {
    const ids = inGroup(String(g.id));
    const leader = g.id === Number(sorted[0].key) ? cabinet[0] : ids[ids.length - 1];
    if (leader !== undefined) list.add({ memberId: leader, bodyId: bodyId('Full Council'), role: 'Group Leader', postTitle: `Leader of the ${g.name}`, startDate: ANNUAL_MEETING });
    const deputy = ids.find((id) => id !== leader && id !== mayor);
    if (deputy !== undefined) list.add({ memberId: deputy, bodyId: bodyId('Full Council'), role: 'Deputy Group Leader', postTitle: `Deputy Leader of the ${g.name}`, startDate: ANNUAL_MEETING });
  });
  CHAMPIONS.forEach((post, i) => list.add({ memberId: candidates[(i * 31 + 7) % candidates.length].id, bodyId: bodyId('Full Council'), role: 'Champion', postTitle: post, startDate: ANNUAL_MEETING }));

  const excludedBase = new Set([mayor]);
  const cabinetSet = new Set(cabinet);
  const seatCounts = new Map<number, number>();
  const tally = new Map<string, number>();
  const chairs = new Set<number>();
  const pickChair = (pool: number[], excluded: Set<number>): number => pool.find((id) => !chairs.has(id) && !excluded.has(id))!;
  for (const c of COMMITTEES) {
    const excluded = new Set(excludedBase);
    if (c.excludeCabinet) cabinetSet.forEach((id) => excluded.add(id));
    const chairId = pickChair(c.opposition ? opposition : ruling, excluded);
    chairs.add(chairId);
    const viceChairId = pickChair(c.opposition ? ruling : ruling.slice().reverse(), excluded);
    chairs.add(viceChairId);
    fillCommittee(
      { bodyId: bodyId(c.title), seats: c.seats, chairId, viceChairId, substitutes: c.substitutes, excluded, startDate: () => ANNUAL_MEETING },
      groupSizes,
      candidates,
      seatCounts,
      tieOrder,
      tally,
      list
    );
  }
  const panel = candidates.filter((c) => !cabinetSet.has(c.id) && c.id !== mayor).slice(0, 8);
  panel.forEach((c, i) => list.add({ memberId: c.id, bodyId: bodyId('Corporate Parenting Panel'), role: i === 0 ? 'Chair' : 'Member', startDate: ANNUAL_MEETING }));
  list.add({ memberId: cabinet[2], bodyId: bodyId('Police and Crime Panel'), role: 'Representative', startDate: ANNUAL_MEETING });
  list.add({ memberId: opposition[1] ?? opposition[0], bodyId: bodyId('Fire and Rescue Authority'), role: 'Representative', startDate: ANNUAL_MEETING });
  list.add({ memberId: cabinet[0], bodyId: bodyId('Local Government Association General Assembly'), role: 'Representative', startDate: ANNUAL_MEETING });
  return list.items;
}

interface GenericServiceRow {
  title: string;
  directorate: string;
  keywords: string[];
  help: string;
  staff: StaffLine[];
  location: string;
  /** Multiplies the staff weights of district-sized rows up to a large council's size. */
  scale: number;
  clo?: string;
  deputy?: string;
}

function serviceRows(): GenericServiceRow[] {
  const district = RUGBY_SERVICES.map((r) => ({
    title: r.title === 'Rugby Art Gallery and Museum' ? 'Museums and Galleries' : r.title,
    directorate: r.directorate,
    keywords: r.keywords,
    help: r.help,
    staff: r.staff.map((s) => (s.title.startsWith('Chief Officer') ? { ...s, title: s.title.replace('Chief Officer', 'Director') } : s)),
    location: 'Civic Centre, Kingsmere',
    scale: 25,
    clo: r.clo,
    deputy: r.deputy
  }));
  const county = LARGE_EXTRA_SERVICES.map((r) => ({ ...r, location: 'County Hall, Kingsmere', scale: 1 }));
  return [...district, ...county];
}

/**
 * Job titles for every service, exactly `total` posts in all: single posts (count 1) once each,
 * the rest shared out by weight, each service keeping at least two people (a liaison officer and a
 * deputy).
 */
function planStaff(rows: readonly GenericServiceRow[], total: number): StaffLine[][] {
  const singles = rows.map((r) => r.staff.filter((l) => l.count === 1));
  const many = rows.map((r) => r.staff.filter((l) => l.count > 1));
  const fixed = singles.reduce((s, l) => s + l.length, 0);
  const minimum = rows.length * 2;
  if (total < Math.max(fixed, minimum)) {
    throw new RangeError(`A large council needs at least ${Math.max(fixed, minimum)} officers for its ${rows.length} services.`);
  }
  const weights = rows.map((r, i) => ({ key: String(i), size: many[i].reduce((s, l) => s + l.count * r.scale, 0) }));
  const perService = allocateSeats(weights, total - fixed, new Map());
  const plan = rows.map((_row, i) => {
    const n = perService.get(String(i)) ?? 0;
    const share = allocateSeats(many[i].map((l) => ({ key: l.title, size: l.count })), n, new Map());
    const out: StaffLine[] = [...singles[i]];
    for (const l of many[i]) for (let k = 0; k < (share.get(l.title) ?? 0); k++) out.push(l);
    return out;
  });
  // Every service needs two people; take the posts from the largest services.
  for (const team of plan) {
    while (team.length < 2) {
      const donor = plan.reduce((a, b) => (b.length > a.length ? b : a));
      team.push(donor.pop()!);
    }
  }
  return plan;
}

/** Services whose liaison officer and deputy split the wards between them. */
const SPLIT_BY_WARD = new Set(['Street Cleansing', 'Planning Enforcement', 'Tenancy Management', 'Highways Maintenance', 'Trading Standards', 'Country Parks and Rights of Way']);

function addLiaison(row: GenericServiceRow, service: ServiceArea, team: Officer[], wards: Ward[], out: LiaisonOfficer[]): void {
  const cloTitle = row.clo ?? row.staff[1]?.title;
  const deputyTitle = row.deputy ?? row.staff[2]?.title ?? row.staff[0].title;
  const clo = team.find((o) => o.jobTitle === cloTitle) ?? team[1] ?? team[0];
  const deputy = team.find((o) => o.jobTitle === deputyTitle && o !== clo) ?? team.find((o) => o !== clo);
  if (!clo || !deputy) return;
  const split = SPLIT_BY_WARD.has(service.title);
  const half = Math.ceil(wards.length / 2);
  out.push({
    id: out.length + 1,
    officerId: clo.id,
    serviceAreaId: service.id,
    role: 'Liaison Officer',
    profile: `I am the Councillor Liaison Officer for ${service.title}. I can help with ${row.help}. Tell me the address or the case reference and I will find out where things stand and reply within two working days.`,
    wardIds: split ? wards.slice(0, Math.min(half, 50)).map((w) => w.id) : []
  });
  out.push({
    id: out.length + 1,
    officerId: deputy.id,
    serviceAreaId: service.id,
    role: 'Deputy Liaison Officer',
    profile: deputyProfile(service.title, clo.givenName, row.help),
    wardIds: split ? wards.slice(half, half + 50).map((w) => w.id) : []
  });
}
