/**
 * The Rugby Borough Council demo dataset: real ward, committee and service names; fictional people.
 * Deterministic: the same seed gives the same data on every run and machine.
 */
import type { Body, LiaisonOfficer, Member, Officer, PoliticalGroup, ServiceArea, Ward } from '../../src/domain/model';
import { memberDisplayName } from '../../src/domain/model';
import {
  MembershipList,
  deputyProfile,
  fillCommittee,
  indexBy,
  makePhoto,
  tieBreakOrder,
  type SeatCandidate
} from './build';
import { OFFICER_ACCOUNTS } from './accounts';
import { EmailRegistry, PhoneBook } from './contacts';
import { workbenchMemberChannels } from './memberChannels';
import { FAMILY_NAMES, GIVEN_NAMES } from './data/names';
import {
  RUGBY_ANNUAL_MEETING,
  RUGBY_BODIES,
  RUGBY_CABINET,
  RUGBY_COMMITTEES,
  RUGBY_COUNCIL_POSTS,
  RUGBY_GROUPS,
  RUGBY_OUTSIDE_APPOINTMENTS,
  RUGBY_PAST_MEMBERSHIPS,
  RUGBY_WORKING_GROUPS,
  type PostRow
} from './data/rugbyCouncil';
import { RUGBY_MEMBERS } from './data/rugbyMembers';
import { RUGBY_SERVICES_A } from './data/rugbyServicesA';
import { RUGBY_SERVICES_B } from './data/rugbyServicesB';
import type { ServiceRow } from './data/serviceRow';
import { RUGBY_WARDS } from './data/rugbyWards';
import { createRng, type Rng } from './prng';
import type { DemoDataset, DemoPhoto } from './types';

export const RUGBY_SEED = 20240502;
export const RUGBY_SERVICES: readonly ServiceRow[] = [...RUGBY_SERVICES_A, ...RUGBY_SERVICES_B];

const COUNCIL = { name: 'Rugby Borough Council', shortName: 'Rugby', domain: 'rugby.gov.uk' };
const TERM_START = '2024-05-06';
const TERM_END = '2028-05-08';

export function rugbyDataset(): DemoDataset {
  const rng = createRng(RUGBY_SEED);
  const emails = new EmailRegistry(COUNCIL.domain);
  const phones = new PhoneBook(100, 100);
  const photos: DemoPhoto[] = [];

  const wards: Ward[] = RUGBY_WARDS.map((w, i) => ({ id: i + 1, title: w.title, gssCode: w.gssCode, seats: w.seats, description: w.description }));
  const wardByTitle = indexBy(wards, (w) => w.title, 'ward');

  const politicalGroups: PoliticalGroup[] = RUGBY_GROUPS.map((g, i) => ({ id: i + 1, name: g.name, shortName: g.shortName, aliases: g.aliases }));
  const groupIdByKey = new Map(RUGBY_GROUPS.map((g, i) => [g.key, i + 1]));

  const members = buildMembers(emails, phones, photos, wardByTitle, groupIdByKey);
  const memberByName = indexBy(members, (m) => `${m.givenName} ${m.familyName}`, 'member');

  const bodies: Body[] = RUGBY_BODIES.map((b, i) => ({ id: i + 1, title: b.title, kind: b.kind, description: b.description, sortOrder: i + 1 }));
  const bodyByTitle = indexBy(bodies, (b) => b.title, 'body');

  const memberships = buildMemberships(rng, members, politicalGroups, memberByName, bodyByTitle);

  const serviceAreas: ServiceArea[] = RUGBY_SERVICES.map((s, i) => ({
    id: i + 1,
    title: s.title,
    directorate: s.directorate,
    description: s.description,
    keywords: s.keywords,
    teamEmail: emails.issueLocal(s.mailbox),
    teamPhone: phones.nextLandline()
  }));

  const memberNames = new Set(members.map((m) => `${m.givenName} ${m.familyName}`));
  const officers: Officer[] = [];
  const liaisonOfficers: LiaisonOfficer[] = [];
  RUGBY_SERVICES.forEach((row, i) => {
    const service = serviceAreas[i];
    const first = officers.length;
    for (const line of row.staff) {
      for (let n = 0; n < line.count; n++) {
        const id = officers.length + 1;
        // The same draw every time, so the other officers are who they always were.
        const drawn = officerName(rng, memberNames);
        const account = OFFICER_ACCOUNTS.find((a) => a.service === row.title && a.jobTitle === line.title && n === (a.which === 'first' ? 0 : line.count - 1));
        const { givenName, familyName } = account ?? drawn;
        const { photo, url } = makePhoto({ kind: 'officer', id, givenName, familyName, accessibleName: `${givenName} ${familyName}` });
        photos.push(photo);
        const officer: Officer = {
          id,
          givenName,
          familyName,
          jobTitle: line.title,
          serviceAreaId: service.id,
          email: emails.issue(givenName, familyName),
          phone: phones.nextLandline(),
          ...(rng.chance(0.3) ? { mobile: phones.nextMobile() } : {}),
          location: line.title === 'CCTV Operator' ? 'CCTV Control Room, Town Hall, Rugby' : row.location,
          photoUrl: url,
          politicallyRestricted: line.restricted ?? false
        };
        officers.push(officer);
      }
    }
    const team = officers.slice(first);
    const clo = team.find((o) => o.jobTitle === row.clo);
    const deputy = team.find((o) => o.jobTitle === row.deputy && o !== clo);
    if (!clo || !deputy) throw new Error(`Demo data: ${row.title} needs a "${row.clo}" and a "${row.deputy}".`);
    liaisonOfficers.push({
      id: liaisonOfficers.length + 1,
      officerId: clo.id,
      serviceAreaId: service.id,
      role: 'Liaison Officer',
      profile: row.cloProfile,
      wardIds: (row.cloWards ?? []).map((w) => wardByTitle(w).id).sort((a, b) => a - b)
    });
    liaisonOfficers.push({
      id: liaisonOfficers.length + 1,
      officerId: deputy.id,
      serviceAreaId: service.id,
      role: 'Deputy Liaison Officer',
      profile: deputyProfile(service.title, clo.givenName, row.help),
      wardIds: (row.deputyWards ?? []).map((w) => wardByTitle(w).id).sort((a, b) => a - b)
    });
  });

  return { council: { ...COUNCIL }, wards, politicalGroups, members, bodies, memberships, serviceAreas, officers, liaisonOfficers, memberChannels: workbenchMemberChannels(), photos };
}

function buildMembers(
  emails: EmailRegistry,
  phones: PhoneBook,
  photos: DemoPhoto[],
  wardByTitle: (title: string) => Ward,
  groupIdByKey: Map<string, number>
): Member[] {
  return RUGBY_MEMBERS.map((row, i) => {
    const id = i + 1;
    const names = { givenName: row.givenName, familyName: row.familyName, preferredName: row.preferredName };
    const { photo, url } = makePhoto({ kind: 'member', id, givenName: row.preferredName ?? row.givenName, familyName: row.familyName, accessibleName: memberDisplayName(names) });
    photos.push(photo);
    const member: Member = {
      id,
      honorific: row.honorific,
      givenName: row.givenName,
      familyName: row.familyName,
      photoUrl: url,
      email: emails.issue(row.givenName, row.familyName),
      phone: phones.nextLandline(),
      mobile: phones.nextMobile(),
      publishPhone: true,
      publishMobile: row.publishMobile ?? false,
      publishAddress: row.publishAddress ?? false,
      wardId: wardByTitle(row.ward).id,
      termStart: row.termStart ?? TERM_START,
      termEnd: row.termEnd ?? TERM_END,
      skills: row.skills,
      status: row.former ? 'Former' : 'Current',
      politicalGroupId: groupIdByKey.get(row.group) ?? null
    };
    if (row.preferredName) member.preferredName = row.preferredName;
    if (row.postNominals) member.postNominals = row.postNominals;
    if (row.address) member.postalAddress = row.address;
    if (row.biography) member.biography = row.biography;
    return member;
  });
}

function buildMemberships(
  rng: Rng,
  members: Member[],
  groups: PoliticalGroup[],
  memberByName: (name: string) => Member,
  bodyByTitle: (title: string) => Body
): DemoDataset['memberships'] {
  const list = new MembershipList();
  const council = bodyByTitle('Full Council');
  for (const m of members) {
    list.add({ memberId: m.id, bodyId: council.id, role: 'Member', startDate: m.termStart, endDate: m.status === 'Former' ? m.termEnd : undefined });
  }
  const byId = new Map(members.map((m) => [m.id, m]));
  const seatStart = (id: number): string => {
    const termStart = byId.get(id)?.termStart ?? RUGBY_ANNUAL_MEETING;
    return termStart > RUGBY_ANNUAL_MEETING ? termStart : RUGBY_ANNUAL_MEETING;
  };
  const addPost = (p: PostRow, endDate?: string): void => {
    const member = memberByName(p.member);
    list.add({
      memberId: member.id,
      bodyId: bodyByTitle(p.body).id,
      role: p.role,
      postTitle: p.postTitle,
      portfolio: p.portfolio,
      startDate: p.startDate ?? seatStart(member.id),
      endDate
    });
  };
  RUGBY_CABINET.forEach((p) => addPost(p));
  RUGBY_COUNCIL_POSTS.forEach((p) => addPost(p));

  const current = members.filter((m) => m.status === 'Current');
  const candidates: SeatCandidate[] = current.map((m) => ({ id: m.id, group: String(m.politicalGroupId) }));
  const groupSizes = groups.map((g) => ({ key: String(g.id), size: candidates.filter((c) => c.group === String(g.id)).length }));
  const cabinet = new Set(RUGBY_CABINET.map((p) => memberByName(p.member).id));
  const civic = new Set(RUGBY_COUNCIL_POSTS.filter((p) => p.role === 'Mayor').map((p) => memberByName(p.member).id));
  const seatCounts = new Map<number, number>();
  const tieOrder = tieBreakOrder(candidates.map((c) => c.id), rng);
  const tally = new Map<string, number>();
  for (const c of RUGBY_COMMITTEES) {
    const excluded = new Set<number>(civic);
    if (c.excludeCabinet) cabinet.forEach((id) => excluded.add(id));
    fillCommittee(
      {
        bodyId: bodyByTitle(c.body).id,
        seats: c.seats,
        chairId: memberByName(c.chair).id,
        viceChairId: c.viceChair ? memberByName(c.viceChair).id : undefined,
        substitutes: c.substitutes,
        excluded,
        startDate: seatStart
      },
      groupSizes,
      candidates,
      seatCounts,
      tieOrder,
      tally,
      list
    );
  }
  for (const w of RUGBY_WORKING_GROUPS) {
    addPost({ member: w.chair, body: w.body, role: 'Chair' });
    w.members.forEach((name) => addPost({ member: name, body: w.body, role: 'Member' }));
  }
  RUGBY_OUTSIDE_APPOINTMENTS.forEach((p) => addPost(p));
  RUGBY_PAST_MEMBERSHIPS.forEach((p) => addPost(p, p.endDate));
  return list.items;
}

/** A fictional officer name that is not also a councillor's name. */
export function officerName(rng: Rng, avoid: ReadonlySet<string>): { givenName: string; familyName: string } {
  for (;;) {
    const givenName = rng.pick(GIVEN_NAMES);
    const familyName = rng.pick(FAMILY_NAMES);
    if (!avoid.has(`${givenName} ${familyName}`)) return { givenName, familyName };
  }
}

