/**
 * The one registry of what each channel shows: for every field of every record, which channels
 * render it and what kind of value it is. The screen on write (channelSchemas.ts), the screen on
 * read (views.ts) and the site scan (src/data/scan) all read it, so they cannot drift apart.
 *
 * Kinds: free text written by officers or Democratic Services (`text`), text members write about
 * themselves (`statement`: screened for the channel it is shown in, withheld in a pre-election
 * period), people's names and forms of address (`name`), contact details (`contact`), web
 * addresses (`link`), values from a fixed list (`choice`), and values that are not text at all
 * (`data`: identifiers, numbers, yes/no; `date`). Every kind but `data` and `date` reaches an
 * officer-owned view only as screened text.
 */
import type { z } from 'zod';
import type { Body, LiaisonOfficer, Member, Membership, Officer, PoliticalGroup, ServiceArea, Ward } from '../model';
import type { Channel } from './channels';
import type { preElectionPeriodSchema } from './preElection';

export type FieldKind = 'text' | 'statement' | 'name' | 'contact' | 'link' | 'choice' | 'data' | 'date';

export interface FieldSpec {
  kind: FieldKind;
  /** The channels whose views show the field. */
  channels: readonly Channel[];
  /** The field's name as Democratic Services know it, for scans and notices. */
  label: string;
}

const BOTH = ['officer-owned', 'member-profile'] as const;
const MEMBER_ONLY = ['member-profile'] as const;

const f = <K extends FieldKind, C extends readonly Channel[]>(kind: K, label: string, channels: C) => ({ kind, label, channels });

type PreElectionPeriod = z.output<typeof preElectionPeriodSchema>;
type Registered<T> = { readonly [K in keyof Required<T>]: FieldSpec };

export const FIELD_REGISTRY = {
  Ward: {
    id: f('data', 'ID', BOTH),
    title: f('text', 'Ward name', BOTH),
    gssCode: f('data', 'GSS code', BOTH),
    seats: f('data', 'Seats', BOTH),
    description: f('text', 'Ward description', BOTH)
  } satisfies Registered<Ward>,
  PoliticalGroup: {
    id: f('data', 'ID', MEMBER_ONLY),
    name: f('name', 'Group name', MEMBER_ONLY),
    shortName: f('name', 'Short name', MEMBER_ONLY),
    aliases: f('name', 'Other names', MEMBER_ONLY),
    website: f('link', 'Group web page', MEMBER_ONLY)
  } satisfies Registered<PoliticalGroup>,
  Member: {
    id: f('data', 'ID', BOTH),
    honorific: f('name', 'Title', BOTH),
    givenName: f('name', 'First name', BOTH),
    familyName: f('name', 'Surname', BOTH),
    preferredName: f('name', 'Known as', BOTH),
    postNominals: f('name', 'Letters after name', BOTH),
    photoUrl: f('link', 'Photo', BOTH),
    email: f('contact', 'Council email', BOTH),
    phone: f('contact', 'Phone', BOTH),
    mobile: f('contact', 'Mobile', BOTH),
    postalAddress: f('text', 'Postal address', BOTH),
    publishPhone: f('data', 'Publish phone', BOTH),
    publishMobile: f('data', 'Publish mobile', BOTH),
    publishAddress: f('data', 'Publish address', BOTH),
    wardId: f('data', 'Ward', BOTH),
    termStart: f('date', 'Term of office start', BOTH),
    termEnd: f('date', 'Term of office end', BOTH),
    skills: f('statement', 'Skills, interests and expertise', BOTH),
    biography: f('statement', 'About me', BOTH),
    status: f('choice', 'Status', BOTH),
    accountId: f('data', 'SharePoint account', BOTH),
    politicalGroupId: f('data', 'Political group', MEMBER_ONLY),
    partyWebsite: f('link', 'Party web page', MEMBER_ONLY)
  } satisfies Registered<Member>,
  Body: {
    id: f('data', 'ID', BOTH),
    title: f('text', 'Name of the body', BOTH),
    kind: f('choice', 'Kind of body', BOTH),
    description: f('text', 'Description', BOTH),
    webPage: f('link', 'Web page', BOTH),
    sortOrder: f('data', 'Sort order', BOTH)
  } satisfies Registered<Body>,
  Membership: {
    id: f('data', 'ID', BOTH),
    memberId: f('data', 'Member', BOTH),
    bodyId: f('data', 'Body', BOTH),
    role: f('choice', 'Role', BOTH),
    postTitle: f('text', 'Post title', BOTH),
    portfolio: f('text', 'Portfolio', BOTH),
    startDate: f('date', 'Start date', BOTH),
    endDate: f('date', 'End date', BOTH)
  } satisfies Registered<Membership>,
  ServiceArea: {
    id: f('data', 'ID', ['officer-owned']),
    title: f('text', 'Service name', ['officer-owned']),
    directorate: f('text', 'Directorate', ['officer-owned']),
    description: f('text', 'Service description', ['officer-owned']),
    keywords: f('text', 'Topic keywords', ['officer-owned']),
    teamEmail: f('contact', 'Team email', ['officer-owned']),
    teamPhone: f('contact', 'Team phone', ['officer-owned']),
    webPage: f('link', 'Web page', ['officer-owned'])
  } satisfies Registered<ServiceArea>,
  Officer: {
    id: f('data', 'ID', ['officer-owned']),
    givenName: f('name', 'First name', ['officer-owned']),
    familyName: f('name', 'Surname', ['officer-owned']),
    jobTitle: f('text', 'Job title', ['officer-owned']),
    serviceAreaId: f('data', 'Service area', ['officer-owned']),
    email: f('contact', 'Email', ['officer-owned']),
    phone: f('contact', 'Phone', ['officer-owned']),
    mobile: f('contact', 'Mobile', ['officer-owned']),
    location: f('text', 'Location', ['officer-owned']),
    photoUrl: f('link', 'Photo', ['officer-owned']),
    politicallyRestricted: f('data', 'Politically restricted post', ['officer-owned']),
    accountId: f('data', 'SharePoint account', ['officer-owned']),
    entraId: f('data', 'Entra object ID', ['officer-owned']),
    userPrincipalName: f('contact', 'User principal name', ['officer-owned']),
    status: f('choice', 'Status', ['officer-owned']),
    leftOn: f('date', 'Date left', ['officer-owned']),
    department: f('text', 'Department (as in Entra ID)', ['officer-owned'])
  } satisfies Registered<Officer>,
  LiaisonOfficer: {
    id: f('data', 'ID', ['officer-owned']),
    officerId: f('data', 'Officer', ['officer-owned']),
    serviceAreaId: f('data', 'Service area', ['officer-owned']),
    role: f('choice', 'Role', ['officer-owned']),
    profile: f('text', 'What I can help with', ['officer-owned']),
    wardIds: f('data', 'Wards covered', ['officer-owned'])
  } satisfies Registered<LiaisonOfficer & { id: number }>,
  PreElectionPeriod: {
    start: f('date', 'Start date', BOTH),
    end: f('date', 'End date', BOTH),
    election: f('text', 'Election', BOTH)
  } satisfies Registered<PreElectionPeriod>
} as const;

export type RegisteredEntity = keyof typeof FIELD_REGISTRY;
export type FieldOf<E extends RegisteredEntity> = keyof (typeof FIELD_REGISTRY)[E] & string;

/** Kinds that are text a view renders, and so are screened. */
export const SCREENED_KINDS: readonly FieldKind[] = ['text', 'statement', 'name', 'contact', 'link', 'choice'];
/** Kinds that are free text: withheld, not shown unscreened, when the screen cannot run in full. */
export const FREE_TEXT_KINDS: readonly FieldKind[] = ['text', 'statement'];

export function fieldSpec<E extends RegisteredEntity>(entity: E, field: string): FieldSpec | undefined {
  const fields = FIELD_REGISTRY[entity] as Record<string, FieldSpec>;
  return Object.prototype.hasOwnProperty.call(fields, field) ? fields[field] : undefined;
}

/** The fields a channel's views show. */
export function fieldsShown<E extends RegisteredEntity>(entity: E, channel: Channel): Array<FieldOf<E>> {
  return (Object.entries(FIELD_REGISTRY[entity]) as Array<[FieldOf<E>, FieldSpec]>).filter(([, s]) => s.channels.includes(channel)).map(([k]) => k);
}

/**
 * The text fields screened for an entity: every text field an officer-owned view shows (screened
 * with the officer rules wherever it is written, because officers' pages show it), and members'
 * statements (screened for the channel they are written or shown in). Fixed-list values are not
 * screened on write: the schema already limits them.
 */
export function screenedFields<E extends RegisteredEntity>(entity: E): Array<FieldOf<E>> {
  return (Object.entries(FIELD_REGISTRY[entity]) as Array<[FieldOf<E>, FieldSpec]>)
    .filter(([, s]) => s.kind !== 'choice' && SCREENED_KINDS.includes(s.kind) && (s.kind === 'statement' || s.channels.includes('officer-owned')))
    .map(([k]) => k);
}

/** The channel whose rules a field's text is screened with, when written or shown in `channel`. */
export function screeningChannel(spec: FieldSpec, channel: Channel): Channel {
  return spec.kind === 'statement' ? channel : spec.channels.includes('officer-owned') ? 'officer-owned' : channel;
}
