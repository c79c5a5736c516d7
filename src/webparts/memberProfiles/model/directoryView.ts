/**
 * The view model of the directory, built once per load from the channel-projected directory:
 * people with their ward, headline roles, published contact details, current memberships and a
 * precomputed search text; wards with their councillors; bodies with their members in role order.
 *
 * On an officer page the input has no party field and no group role, so nothing here can put one
 * on the page; the party is copied only from a member-channel directory.
 */
import type { StoredBody, BodyKind } from '../../../domain/model/body';
import { memberDisplayName } from '../../../domain/model/member';
import { isCurrentMembership, ROLE_ORDER, type MembershipRole } from '../../../domain/model/membership';
import type { StoredWard } from '../../../domain/model/ward';
import type { Channel } from '../../../domain/neutrality/channels';
import type { PreElectionPeriod } from '../../../domain/neutrality/preElection';
import type { StatementPresentation } from '../../../domain/neutrality/projections';
import type { ReadStamp } from '../../../data/core/cache';
import type { RecordProblem, WithheldFields } from '../../../data/core/records';
import { LIST_TITLES } from '../../../data/lists';
import type { MemberDirectory, PartySummary } from '../../../data/members/types';
import { foldText as normaliseText } from '../../../domain/text';
import { format, strings } from '../loc/ui/strings';

export { normaliseText };

/** Facet "Role": the kinds of role officers ask about. */
export type RoleKind = 'cabinet' | 'chair' | 'outside';
export const ROLE_KINDS: readonly RoleKind[] = ['cabinet', 'chair', 'outside'];

/** How a profile groups memberships (Rugby's list of profile fields). */
export type MembershipGroup = 'cabinet' | 'committee' | 'workingParty' | 'taskGroup' | 'additional' | 'outside';
export const MEMBERSHIP_GROUPS: readonly MembershipGroup[] = ['cabinet', 'committee', 'workingParty', 'taskGroup', 'additional', 'outside'];

const GROUP_OF_KIND: Record<BodyKind, MembershipGroup> = {
  Council: 'additional',
  Cabinet: 'cabinet',
  Committee: 'committee',
  'Working Party': 'workingParty',
  'Task and Finish Group': 'taskGroup',
  'Outside Body': 'outside'
};

/** Body kinds in the order pickers list them. */
export const BODY_KIND_ORDER: readonly BodyKind[] = ['Cabinet', 'Committee', 'Working Party', 'Task and Finish Group', 'Outside Body', 'Council'];

/** Bodies without a kind come last. */
const kindRank = (kind: BodyKind | undefined): number => (kind ? BODY_KIND_ORDER.indexOf(kind) : BODY_KIND_ORDER.length);

/** Position of a role in the order a body lists its members: chairs first, substitutes and observers last. */
const roleRank = (role: MembershipRole): number => ROLE_ORDER.indexOf(role);

export interface MembershipView {
  id: number;
  bodyId: number;
  bodyTitle: string;
  /** Undefined when the body's kind is blank or withheld. */
  bodyKind?: BodyKind;
  group: MembershipGroup;
  role: MembershipRole;
  /** What the person is on the body: "Chair", "Leader of the Council", "Armed Forces Champion", "County Councillor". */
  roleLabel: string;
  portfolio?: string;
  startDate?: string;
  endDate?: string;
}

export interface PersonView {
  id: number;
  /** "Cllr Jane Smith". */
  name: string;
  givenName: string;
  familyName: string;
  honorific?: string;
  postNominals?: string;
  photoUrl?: string;
  /** A–Z letter of the surname. */
  letter: string;
  wardId?: number;
  /** '' when the member's ward is blank or withheld. */
  wardTitle: string;
  /** The declared group: present only on the members' own page. */
  party?: PartySummary;
  partyWebsite?: string;
  /** Headline roles for cards, most senior first. */
  headlines: string[];
  roleKinds: RoleKind[];
  bodyIds: number[];
  /** Current memberships, except the plain seat on Full Council every councillor has. */
  memberships: MembershipView[];
  /** Contact details marked for publication (the council email always is). */
  email?: string;
  phone?: string;
  mobile?: string;
  address?: string;
  skills: string[];
  statement: StatementPresentation;
  termStart?: string;
  termEnd?: string;
  /** Fields of the member's record not shown because they are invalid (in their place, a notice). */
  withheld: WithheldFields;
  /** Lower-case, accent-free text the search runs over. */
  search: string;
}

export interface WardView extends StoredWard {
  people: PersonView[];
}

export interface BodySeat {
  person: PersonView;
  membership: MembershipView;
}

export interface BodyView extends StoredBody {
  seats: BodySeat[];
}

export interface DirectoryView extends ReadStamp {
  channel: Channel;
  /** Current councillors by surname. */
  people: PersonView[];
  byId: Map<number, PersonView>;
  wards: WardView[];
  bodies: BodyView[];
  groups: PartySummary[];
  preElection?: PreElectionPeriod;
  today: string;
  problems: RecordProblem[];
}

/** "Chair", "Leader of the Council", "Armed Forces Champion", "County Councillor", "Portfolio Holder". */
function roleLabelOf(role: MembershipRole, postTitle: string | undefined, kind: BodyKind | undefined): string {
  if (postTitle) return postTitle;
  if ((role === 'Leader' || role === 'Deputy Leader') && (kind === 'Cabinet' || kind === 'Council')) {
    return format(strings.roleOfTheCouncil, { role });
  }
  return role;
}

/** Seniority of headline roles: civic posts, the Leader, Cabinet portfolios, chairs, group posts, champions. */
const HEADLINE_RANK: Partial<Record<MembershipRole, number>> = {
  Mayor: 0,
  'Deputy Mayor': 1,
  Leader: 2,
  'Deputy Leader': 3,
  'Portfolio Holder': 4,
  Chair: 5,
  'Vice-Chair': 6,
  'Group Leader': 7,
  'Deputy Group Leader': 8,
  Champion: 9
};

/** Headlines in order of seniority (a Leader's portfolio straight after the Leader). */
function headlinesOf(memberships: MembershipView[]): string[] {
  const out: Array<{ rank: number; text: string }> = [];
  for (const m of memberships) {
    const rank = HEADLINE_RANK[m.role];
    if (rank === undefined) continue;
    const chair = m.role === 'Chair' || m.role === 'Vice-Chair';
    if (chair && m.bodyKind === 'Council') continue;
    if (m.role !== 'Portfolio Holder') out.push({ rank, text: chair ? format(strings.roleOfBody, { role: m.role, body: m.bodyTitle }) : m.roleLabel });
    if (m.portfolio) out.push({ rank: rank + 0.5, text: format(strings.portfolioHolderFor, { portfolio: m.portfolio }) });
  }
  return out.sort((a, b) => a.rank - b.rank).map((h) => h.text);
}

function roleKindsOf(memberships: MembershipView[]): RoleKind[] {
  const kinds: RoleKind[] = [];
  if (memberships.some((m) => m.bodyKind === 'Cabinet' || !!m.portfolio)) kinds.push('cabinet');
  if (memberships.some((m) => (m.role === 'Chair' || m.role === 'Vice-Chair') && m.bodyKind !== 'Council')) kinds.push('chair');
  if (memberships.some((m) => m.bodyKind === 'Outside Body')) kinds.push('outside');
  return kinds;
}

function compareMemberships(a: MembershipView, b: MembershipView): number {
  return (
    MEMBERSHIP_GROUPS.indexOf(a.group) - MEMBERSHIP_GROUPS.indexOf(b.group) ||
    roleRank(a.role) - roleRank(b.role) ||
    a.bodyTitle.localeCompare(b.bodyTitle, 'en-GB')
  );
}

export function compareBySurname(a: PersonView, b: PersonView): number {
  return (
    a.familyName.localeCompare(b.familyName, 'en-GB', { sensitivity: 'base' }) ||
    a.givenName.localeCompare(b.givenName, 'en-GB', { sensitivity: 'base' }) ||
    a.id - b.id
  );
}

export function buildDirectoryView(directory: MemberDirectory): DirectoryView {
  const { today } = directory;
  const wardsById = new Map(directory.wards.map((w) => [w.id, w]));
  const bodiesById = new Map(directory.bodies.map((b) => [b.id, b]));
  const groups: PartySummary[] = directory.channel === 'member-profile' ? directory.groups : [];
  const groupsById = new Map(groups.map((g) => [g.id, g]));

  const membershipsByMember = new Map<number, MembershipView[]>();
  const NO_FIELDS: WithheldFields = {};
  const withheldMembers = directory.withheld[LIST_TITLES.members];
  for (const m of directory.memberships) {
    const body = bodiesById.get(m.bodyId);
    if (!body || !isCurrentMembership(m, today)) continue;
    // Every councillor is a member of Full Council: that seat says nothing about them.
    if (body.kind === 'Council' && m.role === 'Member') continue;
    const view: MembershipView = {
      id: m.id,
      bodyId: body.id,
      bodyTitle: body.title,
      bodyKind: body.kind,
      group: body.kind ? GROUP_OF_KIND[body.kind] : 'committee',
      role: m.role,
      roleLabel: roleLabelOf(m.role, m.postTitle, body.kind),
      portfolio: m.portfolio,
      startDate: m.startDate,
      endDate: m.endDate
    };
    const list = membershipsByMember.get(m.memberId) ?? [];
    list.push(view);
    membershipsByMember.set(m.memberId, list);
  }

  const people: PersonView[] = [];
  for (const member of directory.members) {
    const ward = member.wardId !== undefined ? wardsById.get(member.wardId) : undefined;
    const memberships = (membershipsByMember.get(member.id) ?? []).sort(compareMemberships);
    // Only a member-channel directory has parties: an officer-channel member has no such field.
    const party = 'politicalGroupId' in member && member.politicalGroupId != null ? groupsById.get(member.politicalGroupId) : undefined;
    const name = memberDisplayName(member);
    const headlines = headlinesOf(memberships);
    const person: PersonView = {
      id: member.id,
      name,
      givenName: member.preferredName ?? member.givenName,
      familyName: member.familyName,
      honorific: member.honorific,
      postNominals: member.postNominals,
      photoUrl: member.photoUrl,
      letter: normaliseText(member.familyName).charAt(0).toUpperCase(),
      wardId: member.wardId,
      wardTitle: ward?.title ?? '',
      headlines,
      roleKinds: roleKindsOf(memberships),
      bodyIds: Array.from(new Set(memberships.map((m) => m.bodyId))),
      memberships,
      email: member.email,
      phone: member.publishPhone ? member.phone : undefined,
      mobile: member.publishMobile ? member.mobile : undefined,
      address: member.publishAddress ? member.postalAddress : undefined,
      skills: member.skills,
      statement: member.statement,
      termStart: member.termStart,
      termEnd: member.termEnd,
      withheld: withheldMembers?.get(member.id) ?? NO_FIELDS,
      search: ''
    };
    if (party) {
      person.party = party;
      if ('partyWebsite' in member && member.partyWebsite) person.partyWebsite = member.partyWebsite;
    }
    person.search = normaliseText(
      [
        name,
        member.givenName,
        member.preferredName ?? '',
        member.familyName,
        person.wardTitle,
        ...headlines,
        ...memberships.flatMap((m) => [m.bodyTitle, m.roleLabel, m.role, m.portfolio ?? '']),
        ...member.skills,
        party?.name ?? '',
        party?.shortName ?? ''
      ].join(' \u0001 ')
    );
    people.push(person);
  }
  people.sort(compareBySurname);
  const byId = new Map(people.map((p) => [p.id, p]));

  const wards: WardView[] = directory.wards
    .map((w) => ({ ...w, people: people.filter((p) => p.wardId === w.id) }))
    .sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));

  const bodies: BodyView[] = directory.bodies
    .map((b) => {
      const seats: BodySeat[] = [];
      for (const person of people) {
        for (const membership of person.memberships) if (membership.bodyId === b.id) seats.push({ person, membership });
      }
      // Every councillor sits on Full Council: those without a post there are listed as members.
      if (b.kind === 'Council') {
        const posted = new Set(seats.map((s) => s.person.id));
        for (const person of people.filter((p) => !posted.has(p.id))) {
          seats.push({
            person,
            membership: { id: -person.id, bodyId: b.id, bodyTitle: b.title, bodyKind: b.kind, group: 'additional', role: 'Member', roleLabel: 'Member' }
          });
        }
      }
      seats.sort((x, y) => roleRank(x.membership.role) - roleRank(y.membership.role) || compareBySurname(x.person, y.person));
      return { ...b, seats };
    })
    .sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) ||
        (a.sortOrder ?? 0) - (b.sortOrder ?? 0) ||
        a.title.localeCompare(b.title, 'en-GB')
    );

  return {
    channel: directory.channel,
    people,
    byId,
    wards,
    bodies,
    groups,
    preElection: directory.preElection,
    today,
    problems: directory.problems,
    source: directory.source,
    readAt: directory.readAt
  };
}
