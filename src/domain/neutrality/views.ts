/**
 * Projections from validated records into the records a channel's views render, driven by the
 * registry (registry.ts): a view record has only the fields its channel shows, and every text
 * field is `Presented` (screened text, or withheld with a notice), so a component that takes a
 * view record cannot be handed unscreened text: the compiler refuses it.
 *
 *   const screen = createViewScreen({ screener, channel: 'officer-owned', today });
 *   const card = officerView.officer(officer, screen);   // card.jobTitle: Presented
 *
 * Screening is memoised per distinct text (the screener keeps results), so a directory of 20,000
 * officers screens each distinct job title and location once.
 */
import type { Body, LiaisonOfficer, Member, Membership, Officer, PoliticalGroup, ServiceArea, Ward } from '../model';
import { GROUP_ROLES } from '../model/membership';
import type { Channel } from './channels';
import { isInPreElectionPeriod, preElectionNotice, type PreElectionPeriod } from './preElection';
import { FIELD_REGISTRY, FREE_TEXT_KINDS, type FieldKind, type FieldSpec, type RegisteredEntity } from './registry';
import { screenForView, type Presented, type Withheld } from './screened';
import type { Screener } from './screening/types';

type Registry = typeof FIELD_REGISTRY;

/**
 * A field's value in a view: text becomes `Presented`; identifiers, numbers, yes/no and dates stay
 * as they are, and so do values from a fixed list (a role, a kind of body): the schema allows only
 * the product's own words there, so they can be compared and shown as they are.
 */
export type ViewValue<V, K extends FieldKind> = K extends 'data' | 'date' | 'choice'
  ? V
  : [V] extends [string]
  ? Presented
  : [V] extends [string | undefined]
  ? Presented | undefined
  : [V] extends [readonly string[]]
  ? Presented[]
  : [V] extends [readonly string[] | undefined]
  ? Presented[] | undefined
  : V;

type ShownKeys<E extends RegisteredEntity, C extends Channel> = {
  [K in keyof Registry[E]]: Registry[E][K] extends { channels: readonly (infer X)[] } ? (C extends X ? K : never) : never;
}[keyof Registry[E]];

type KindOf<E extends RegisteredEntity, K> = K extends keyof Registry[E] ? (Registry[E][K] extends { kind: infer Kd } ? (Kd extends FieldKind ? Kd : never) : never) : never;

/** The record a channel's views may render: only the fields the channel shows, text screened. */
export type ChannelView<E extends RegisteredEntity, C extends Channel, T> = {
  readonly [K in ShownKeys<E, C> & keyof T]: ViewValue<T[K], KindOf<E, K>>;
};

/*
 * The view types take the record type they are made from, so a record as the list stores it
 * (most fields optional) gives a view whose fields are optional too.
 */
export type OfficerView<T = Officer> = ChannelView<'Officer', 'officer-owned', T>;
export type ServiceAreaView<T = ServiceArea> = ChannelView<'ServiceArea', 'officer-owned', T>;
export type LiaisonOfficerView<T = LiaisonOfficer> = ChannelView<'LiaisonOfficer', 'officer-owned', T>;
export type WardView<C extends Channel = 'officer-owned', T = Ward> = ChannelView<'Ward', C, T>;
export type BodyView<C extends Channel = 'officer-owned', T = Body> = ChannelView<'Body', C, T>;
export type MembershipView<C extends Channel = 'officer-owned', T = Membership> = ChannelView<'Membership', C, T>;
/** A councillor on an officer-owned page: no party field at all; names, contacts and statements screened. */
export type OfficerMemberView<T = Member> = ChannelView<'Member', 'officer-owned', T>;
/** A councillor on the members' own page: the declared party is a fact. */
export type MemberChannelMemberView<T = Member> = ChannelView<'Member', 'member-profile', T>;
export type PreElectionPeriodView<T = PreElectionPeriod> = ChannelView<'PreElectionPeriod', 'officer-owned', T>;
/** A political group on the members' own page: its names and web page, screened for campaigning. */
export type PoliticalGroupView<T = PoliticalGroup> = ChannelView<'PoliticalGroup', 'member-profile', T>;

export interface ViewPolicy {
  screener: Screener;
  /** The channel of the view the records are shown in. */
  channel: Channel;
  /** The pre-election period Democratic Services have set, if any. */
  preElection?: PreElectionPeriod;
  /** Today as yyyy-mm-dd (UK). */
  today: string;
  /** The pre-election periods could not be read, so one may be running: members' own statements are withheld. */
  preElectionUnknown?: boolean;
}

/** In place of a member's own statement when it cannot be known that no pre-election period is running. */
export const STATEMENTS_UNAVAILABLE_NOTICE =
  "Councillors' own statements cannot be shown at the moment, because the information needed to check them could not be read. Their contact details, ward and roles are shown as usual.";

/** Presents values for one view: screened for its channel, statements withheld in a pre-election period. */
export interface ViewScreen {
  readonly channel: Channel;
  present(value: string, spec: Pick<FieldSpec, 'kind' | 'channels'>): Presented;
}

export function createViewScreen(policy: ViewPolicy): ViewScreen {
  const running = policy.preElection && isInPreElectionPeriod(policy.preElection, policy.today) ? policy.preElection : undefined;
  // The notice names the election as Democratic Services wrote it: officer-owned text, so screened too.
  const named = running?.election !== undefined && policy.screener.screen(running.election, 'officer-owned', { failClosed: true }).allowed;
  const period = running && (named ? running : { ...running, election: undefined });
  const preElection: Withheld | undefined = policy.preElectionUnknown
    ? { withheld: true, reason: 'screening-unavailable', notice: STATEMENTS_UNAVAILABLE_NOTICE, detail: 'The Pre-election Periods list could not be read.' }
    : period && { withheld: true, reason: 'pre-election', notice: preElectionNotice(period) };
  return {
    channel: policy.channel,
    present(value, spec) {
      if (spec.kind === 'statement' && preElection && value.trim() !== '') return preElection;
      return screenForView(policy.screener, value, policy.channel, { freeText: FREE_TEXT_KINDS.includes(spec.kind) });
    }
  };
}

/** Copies the fields the view's channel shows, presenting every text value. */
function project<E extends RegisteredEntity, T extends object, C extends Channel>(entity: E, record: T, screen: ViewScreen & { channel: C }): ChannelView<E, C, T> {
  const out: Record<string, unknown> = {};
  for (const [field, spec] of Object.entries(FIELD_REGISTRY[entity]) as Array<[string, FieldSpec]>) {
    if (!spec.channels.includes(screen.channel)) continue;
    const value = (record as Record<string, unknown>)[field];
    if (value === undefined || value === null) {
      if (value === null) out[field] = null;
      continue;
    }
    if (spec.kind === 'data' || spec.kind === 'date' || spec.kind === 'choice') out[field] = Array.isArray(value) ? [...value] : value;
    else if (typeof value === 'string') out[field] = screen.present(value, spec);
    else if (Array.isArray(value)) out[field] = value.filter((v): v is string => typeof v === 'string').map((v) => screen.present(v, spec));
  }
  return out as ChannelView<E, C, T>;
}

type OfficerScreen = ViewScreen & { channel: 'officer-owned' };
type MemberScreen = ViewScreen & { channel: 'member-profile' };

function expectChannel<C extends Channel>(screen: ViewScreen, channel: C): ViewScreen & { channel: C } {
  if (screen.channel !== channel) throw new TypeError(`This projection is for the ${channel} channel, but the screen is for ${screen.channel}.`);
  return screen as ViewScreen & { channel: C };
}

type Like<T> = Partial<T>;

/**
 * The channel a record is shown in at all: a party group role ("Group Leader of the Labour
 * Group") appears only on members' own pages, so its text is judged by that channel's rules.
 */
export function recordChannel(entity: RegisteredEntity, record: Record<string, unknown>): Channel {
  if (entity === 'Membership' && typeof record.role === 'string' && (GROUP_ROLES as readonly string[]).includes(record.role)) return 'member-profile';
  return 'officer-owned';
}

/** Projections into officer-owned views. */
export const officerView = {
  officer: <T extends Like<Officer>>(o: T, screen: ViewScreen): OfficerView<T> => project('Officer', o, expectChannel(screen, 'officer-owned') as OfficerScreen),
  serviceArea: <T extends Like<ServiceArea>>(s: T, screen: ViewScreen): ServiceAreaView<T> => project('ServiceArea', s, expectChannel(screen, 'officer-owned')),
  liaisonOfficer: <T extends Like<LiaisonOfficer>>(l: T, screen: ViewScreen): LiaisonOfficerView<T> =>
    project('LiaisonOfficer', l, expectChannel(screen, 'officer-owned')),
  ward: <T extends Like<Ward>>(w: T, screen: ViewScreen): WardView<'officer-owned', T> => project('Ward', w, expectChannel(screen, 'officer-owned')),
  body: <T extends Like<Body>>(b: T, screen: ViewScreen): BodyView<'officer-owned', T> => project('Body', b, expectChannel(screen, 'officer-owned')),
  /** Party group roles are party-political: they are not shown at all. */
  membership: <T extends Like<Membership>>(m: T, screen: ViewScreen): MembershipView<'officer-owned', T> | undefined =>
    m.role !== undefined && GROUP_ROLES.includes(m.role) ? undefined : project('Membership', m, expectChannel(screen, 'officer-owned')),
  member: <T extends Like<Member>>(m: T, screen: ViewScreen): OfficerMemberView<T> => project('Member', m, expectChannel(screen, 'officer-owned')),
  preElectionPeriod: <T extends Like<PreElectionPeriod>>(p: T, screen: ViewScreen): PreElectionPeriodView<T> =>
    project('PreElectionPeriod', p, expectChannel(screen, 'officer-owned'))
};

/** Projections into the members' own channel. */
export const memberView = {
  ward: <T extends Like<Ward>>(w: T, screen: ViewScreen): WardView<'member-profile', T> => project('Ward', w, expectChannel(screen, 'member-profile') as MemberScreen),
  body: <T extends Like<Body>>(b: T, screen: ViewScreen): BodyView<'member-profile', T> => project('Body', b, expectChannel(screen, 'member-profile')),
  membership: <T extends Like<Membership>>(m: T, screen: ViewScreen): MembershipView<'member-profile', T> =>
    project('Membership', m, expectChannel(screen, 'member-profile')),
  member: <T extends Like<Member>>(m: T, screen: ViewScreen): MemberChannelMemberView<T> => project('Member', m, expectChannel(screen, 'member-profile')),
  politicalGroup: <T extends Like<PoliticalGroup>>(g: T, screen: ViewScreen): PoliticalGroupView<T> =>
    project('PoliticalGroup', g, expectChannel(screen, 'member-profile'))
};

/**
 * Text a view puts together from several values (a vCard, a facet label, a search snippet,
 * "Chair, Planning Committee"): screened again as a whole, since words can join into a name.
 */
export function presentComposed(screen: ViewScreen, parts: ReadonlyArray<Presented | string | undefined>, separator = ' '): Presented | undefined {
  const texts: string[] = [];
  for (const p of parts) {
    if (p === undefined) continue;
    if (typeof p === 'object') return p;
    texts.push(p);
  }
  if (texts.length === 0) return undefined;
  return screen.present(texts.join(separator), { kind: 'text', channels: [screen.channel] });
}

/**
 * Text built from the product's own words and screened values ("Chair of {body}", "Cllr {name}"):
 * withheld when any value is (its notice stands for the whole), otherwise screened as a whole.
 */
export function presentBuilt(screen: ViewScreen, values: ReadonlyArray<Presented | string>, build: (texts: string[]) => string): Presented {
  const texts: string[] = [];
  for (const v of values) {
    if (typeof v === 'object') return v;
    texts.push(v);
  }
  return screen.present(build(texts), { kind: 'text', channels: [screen.channel] });
}
