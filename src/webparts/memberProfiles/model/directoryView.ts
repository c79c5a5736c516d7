/**
 * The view model of the directory, built once per load from the channel-projected directory:
 * people with their ward, headline roles, published contact details, current memberships and a
 * precomputed search text; wards with their councillors; bodies with their members in role order.
 *
 * Every text is `Presented`, from the directory's projections or put together here and screened
 * again by the directory's own screen (`presentBuilt`), so nothing unscreened reaches a component.
 * On an officer page the input has no party field and no group role, so nothing here can put one
 * on the page; the party is copied only from a member-channel directory. Search and sorting run
 * over the text that may be shown (a withheld value is neither shown nor found).
 */
import type { BodyKind } from '../../../domain/model/body';
import { isCurrentMembership, ROLE_ORDER, type MembershipRole } from '../../../domain/model/membership';
import type { Channel } from '../../../domain/neutrality/channels';
import { isWithheld, plainText, shownText, type Presented } from '../../../domain/neutrality/screened';
import { presentBuilt, presentComposed, type ViewScreen } from '../../../domain/neutrality/views';
import type { ReadStamp } from '../../../data/core/cache';
import type { RecordProblem, WithheldFields } from '../../../data/core/records';
import { LIST_TITLES } from '../../../data/lists';
import type { DirectoryBody, DirectoryMember, DirectoryWard, MemberDirectory, PartySummary } from '../../../data/members/types';
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
  bodyTitle: Presented;
  /** Undefined when the body's kind is blank or withheld. */
  bodyKind?: BodyKind;
  group: MembershipGroup;
  role: MembershipRole;
  /** What the person is on the body: "Chair", "Leader of the Council", "Armed Forces Champion", "County Councillor". */
  roleLabel: Presented;
  portfolio?: Presented;
  startDate?: string;
  endDate?: string;
}

export interface PersonView {
  id: number;
  /** "Cllr Jane Smith". */
  name: Presented;
  /** The name they are known by. */
  givenName: Presented;
  familyName: Presented;
  /** "Dr Jane Smith MBE", when they have a title or letters after their name. */
  formalName?: Presented;
  photoUrl?: Presented;
  /** A–Z letter of the surname ('' when it cannot be shown). */
  letter: string;
  wardId?: number;
  /** Undefined when the member's ward is blank or withheld as invalid. */
  wardTitle?: Presented;
  /** "Benn ward". */
  wardLabel?: Presented;
  /** The declared group: present only on the members' own page. */
  party?: PartySummary;
  partyWebsite?: Presented;
  /** Headline roles for cards, most senior first. */
  headlines: Presented[];
  roleKinds: RoleKind[];
  bodyIds: number[];
  /** Current memberships, except the plain seat on Full Council every councillor has. */
  memberships: MembershipView[];
  /** Contact details marked for publication (the council email always is). */
  email?: Presented;
  phone?: Presented;
  mobile?: Presented;
  address?: Presented;
  skills: Presented[];
  /** What they say about themselves: screened, or withheld (pre-election period, campaigning, party-political). */
  statement?: Presented;
  termStart?: string;
  termEnd?: string;
  /** Fields of the member's record not shown because they are invalid (in their place, a notice). */
  withheld: WithheldFields;
  /** Lower-case, accent-free text the search runs over. */
  search: string;
  /** Surname, name and ward as shown, for sorting. */
  sort: { family: string; given: string; ward: string };
}

export interface WardView {
  id: number;
  title: Presented;
  seats?: number;
  description?: Presented;
  people: PersonView[];
}

export interface BodySeat {
  person: PersonView;
  membership: MembershipView;
}

export interface BodyView {
  id: number;
  title: Presented;
  kind?: BodyKind;
  description?: Presented;
  webPage?: Presented;
  sortOrder?: number;
  seats: BodySeat[];
}

export interface DirectoryView extends ReadStamp {
  channel: Channel;
  /** Why the page shows this channel, for editors. */
  channelReason: string;
  /** Current councillors by surname. */
  people: PersonView[];
  byId: Map<number, PersonView>;
  wards: WardView[];
  bodies: BodyView[];
  groups: PartySummary[];
  preElection?: { start: string; end: string };
  today: string;
  problems: RecordProblem[];
  /** How many texts are withheld because they failed the screen (or could not be screened): for editors. */
  screenedOut: number;
  /** The directory's screen, for text a component puts together from these values. */
  screen: ViewScreen;
  /** When each profile last changed (ISO), by member id. */
  modified?: ReadonlyMap<number, string>;
  /** Each councillor's SharePoint account, by member id: their own profile is the one with theirs. */
  accounts?: ReadonlyMap<number, number>;
}

/** Withheld by the screen (not for being invalid, nor in a pre-election period). */
const screenedOutBy = (v: Presented | undefined): boolean => v !== undefined && isWithheld(v) && (v.reason === 'screening' || v.reason === 'screening-unavailable');

/** "Chair", "Leader of the Council", "Armed Forces Champion", "County Councillor", "Portfolio Holder". */
function roleLabelOf(screen: ViewScreen, role: MembershipRole, postTitle: Presented | undefined, kind: BodyKind | undefined): Presented {
  if (postTitle) return postTitle;
  if ((role === 'Leader' || role === 'Deputy Leader') && (kind === 'Cabinet' || kind === 'Council')) {
    return presentBuilt(screen, [], () => format(strings.roleOfTheCouncil, { role }));
  }
  return presentBuilt(screen, [], () => role);
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

/** "Portfolio Holder for Growth and Investment". */
export function portfolioText(screen: ViewScreen, portfolio: Presented): Presented {
  return presentBuilt(screen, [portfolio], ([p]) => format(strings.portfolioHolderFor, { portfolio: p }));
}

/** "Chair, Planning Committee". */
export function roleOfBodyText(screen: ViewScreen, role: Presented | MembershipRole, body: Presented): Presented {
  return presentBuilt(screen, [role, body], ([r, b]) => format(strings.roleOfBody, { role: r, body: b }));
}

/** Headlines in order of seniority (a Leader's portfolio straight after the Leader). */
function headlinesOf(screen: ViewScreen, memberships: MembershipView[]): Presented[] {
  const out: Array<{ rank: number; text: Presented }> = [];
  for (const m of memberships) {
    const rank = HEADLINE_RANK[m.role];
    if (rank === undefined) continue;
    const chair = m.role === 'Chair' || m.role === 'Vice-Chair';
    if (chair && m.bodyKind === 'Council') continue;
    if (m.role !== 'Portfolio Holder') out.push({ rank, text: chair ? roleOfBodyText(screen, m.role, m.bodyTitle) : m.roleLabel });
    if (m.portfolio) out.push({ rank: rank + 0.5, text: portfolioText(screen, m.portfolio) });
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
    plainText(a.bodyTitle).localeCompare(plainText(b.bodyTitle), 'en-GB')
  );
}

export function compareBySurname(a: PersonView, b: PersonView): number {
  return (
    a.sort.family.localeCompare(b.sort.family, 'en-GB', { sensitivity: 'base' }) ||
    a.sort.given.localeCompare(b.sort.given, 'en-GB', { sensitivity: 'base' }) ||
    a.id - b.id
  );
}

/** A statement to show: withheld ones are shown as their notice; a blank one is not shown at all. */
const hasText = (v: Presented | undefined): v is Presented => v !== undefined && (isWithheld(v) || v.trim() !== '');

/** The text of values that may be shown, for search. */
const searchable = (values: ReadonlyArray<Presented | undefined>): string[] => values.map((v) => shownText(v) ?? '');

function personOf(
  screen: ViewScreen,
  member: DirectoryMember<Channel>,
  ward: DirectoryWard<Channel> | undefined,
  memberships: MembershipView[],
  party: PartySummary | undefined,
  withheld: WithheldFields
): PersonView {
  const givenName = member.preferredName ?? member.givenName;
  const name = presentBuilt(screen, [givenName, member.familyName], ([g, f]) => `Cllr ${g} ${f}`);
  const formal = member.honorific || member.postNominals ? presentComposed(screen, [member.honorific, member.givenName, member.familyName, member.postNominals]) : undefined;
  const headlines = headlinesOf(screen, memberships);
  const wardTitle = ward?.title;
  const person: PersonView = {
    id: member.id,
    name,
    givenName,
    familyName: member.familyName,
    formalName: formal,
    photoUrl: member.photoUrl,
    letter: normaliseText(shownText(member.familyName) ?? '').charAt(0).toUpperCase(),
    wardId: member.wardId,
    wardTitle,
    wardLabel: wardTitle === undefined ? undefined : presentBuilt(screen, [wardTitle], ([w]) => format(strings.wardOf, { ward: w })),
    headlines,
    roleKinds: roleKindsOf(memberships),
    bodyIds: Array.from(new Set(memberships.map((m) => m.bodyId))),
    memberships,
    email: member.email,
    phone: member.publishPhone ? member.phone : undefined,
    mobile: member.publishMobile ? member.mobile : undefined,
    address: member.publishAddress ? member.postalAddress : undefined,
    skills: member.skills ?? [],
    statement: hasText(member.biography) ? member.biography : undefined,
    termStart: member.termStart,
    termEnd: member.termEnd,
    withheld,
    search: '',
    sort: { family: plainText(member.familyName), given: plainText(givenName), ward: shownText(wardTitle) ?? '' }
  };
  if (party) {
    person.party = party;
    if ('partyWebsite' in member && member.partyWebsite) person.partyWebsite = member.partyWebsite as Presented;
  }
  person.search = normaliseText(
    [
      ...searchable([name, member.givenName, member.preferredName, member.familyName, wardTitle, ...headlines]),
      ...memberships.flatMap((m) => [...searchable([m.bodyTitle, m.roleLabel, m.portfolio]), m.role]),
      ...searchable(person.skills),
      ...searchable([party?.name, party?.shortName])
    ].join(' \u0001 ')
  );
  return person;
}

export function buildDirectoryView(directory: MemberDirectory): DirectoryView {
  const { today, screen } = directory;
  const wardsById = new Map<number, DirectoryWard<Channel>>(directory.wards.map((w) => [w.id, w]));
  const bodiesById = new Map<number, DirectoryBody<Channel>>(directory.bodies.map((b) => [b.id, b]));
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
      roleLabel: roleLabelOf(screen, m.role, m.postTitle, body.kind),
      portfolio: m.portfolio,
      startDate: m.startDate,
      endDate: m.endDate
    };
    const list = membershipsByMember.get(m.memberId) ?? [];
    list.push(view);
    membershipsByMember.set(m.memberId, list);
  }

  const people: PersonView[] = [];
  for (const member of directory.members as Array<DirectoryMember<Channel>>) {
    const ward = member.wardId !== undefined ? wardsById.get(member.wardId) : undefined;
    const memberships = (membershipsByMember.get(member.id) ?? []).sort(compareMemberships);
    // Only a member-channel directory has parties: an officer-channel member has no such field.
    const groupId = 'politicalGroupId' in member ? (member as { politicalGroupId?: number | null }).politicalGroupId : undefined;
    const party = groupId != null ? groupsById.get(groupId) : undefined;
    people.push(personOf(screen, member, ward, memberships, party, withheldMembers?.get(member.id) ?? NO_FIELDS));
  }
  people.sort(compareBySurname);
  const byId = new Map(people.map((p) => [p.id, p]));

  const wards: WardView[] = directory.wards
    .map((w) => ({ id: w.id, title: w.title, seats: w.seats, description: w.description, people: people.filter((p) => p.wardId === w.id) }))
    .sort((a, b) => plainText(a.title).localeCompare(plainText(b.title), 'en-GB'));

  const member = presentBuilt(screen, [], () => 'Member');
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
            membership: { id: -person.id, bodyId: b.id, bodyTitle: b.title, bodyKind: b.kind, group: 'additional', role: 'Member', roleLabel: member }
          });
        }
      }
      seats.sort((x, y) => roleRank(x.membership.role) - roleRank(y.membership.role) || compareBySurname(x.person, y.person));
      return { id: b.id, title: b.title, kind: b.kind, description: b.description, webPage: b.webPage, sortOrder: b.sortOrder, seats };
    })
    .sort(
      (a, b) =>
        kindRank(a.kind) - kindRank(b.kind) ||
        (a.sortOrder ?? 0) - (b.sortOrder ?? 0) ||
        plainText(a.title).localeCompare(plainText(b.title), 'en-GB')
    );

  // Text the lists hold for every page, withheld here: editors should correct it. (Members' own
  // statements and skills naming their party are theirs to make on their own page: not counted.)
  // Counted once per stored value: a person's composed name or ward label is not counted again.
  const screenedOut = [
    ...directory.members.flatMap((m) => [m.honorific, m.givenName, m.familyName, m.preferredName, m.postNominals, m.email, m.phone, m.mobile, m.postalAddress, m.photoUrl]),
    ...directory.memberships.flatMap((m) => [m.postTitle, m.portfolio]),
    ...directory.wards.flatMap((w) => [w.title, w.description]),
    ...directory.bodies.flatMap((b) => [b.title, b.description, b.webPage])
  ].filter(screenedOutBy).length;

  return {
    channel: directory.channel,
    channelReason: directory.channelReason,
    screenedOut,
    people,
    byId,
    wards,
    bodies,
    groups,
    preElection: directory.preElection,
    today,
    problems: directory.problems,
    source: directory.source,
    readAt: directory.readAt,
    screen,
    modified: directory.modified,
    accounts: directory.accounts
  };
}
