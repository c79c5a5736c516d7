/**
 * The fields of each form: every field of the record (tests/components/editing check that against
 * the list definitions), with the label Democratic Services know it by (the field registry's, the
 * same words the schemas' messages use), how it is typed, and its choices.
 */
import { BODY_KINDS } from '../../domain/model/body';
import { LIAISON_ROLES } from '../../domain/model/liaisonOfficer';
import { MEMBER_STATUSES } from '../../domain/model/member';
import { GROUP_ROLES, MEMBERSHIP_ROLES } from '../../domain/model/membership';
import type { Channel } from '../../domain/neutrality/channels';
import { fieldSpec } from '../../domain/neutrality/registry';
import { KIND_ENTITIES, type EditableKind } from '../../data/editing/kinds';
import { strings } from '../strings';
import type { InputKind } from './convert';
import type { EditorChoices } from '../types';

export interface Option {
  key: string;
  text: string;
}

export interface FieldDef {
  field: string;
  label: string;
  input: InputKind;
  required?: boolean;
  hint?: string;
  /** Choices, for choice and lookup fields. */
  options?: (choices: EditorChoices, channel: Channel) => Option[];
  /** Multi-line text: rows to show. */
  rows?: number;
}

const labelOf = (kind: EditableKind, field: string): string => fieldSpec(KIND_ENTITIES[kind], field)?.label ?? field;
const fixed = (values: readonly string[]) => (): Option[] => values.map((v) => ({ key: v, text: v }));

function def(kind: EditableKind, field: string, input: InputKind, extra: Partial<FieldDef> = {}): FieldDef {
  return { field, label: labelOf(kind, field), input, ...extra };
}

const wardOptions = (c: EditorChoices): Option[] => (c.wards ?? []).map((w) => ({ key: String(w.id), text: w.title }));

export const MEMBER_FIELDS: Record<string, FieldDef> = {
  honorific: def('member', 'honorific', 'text', { label: 'Title (Mr, Mrs, Dr…)' }),
  givenName: def('member', 'givenName', 'text', { required: true }),
  familyName: def('member', 'familyName', 'text', { required: true }),
  preferredName: def('member', 'preferredName', 'text', { hint: 'The first name they go by, if not their first name.' }),
  postNominals: def('member', 'postNominals', 'text'),
  email: def('member', 'email', 'email', { required: true }),
  phone: def('member', 'phone', 'phone'),
  publishPhone: def('member', 'publishPhone', 'boolean', { label: strings.publishPhone }),
  mobile: def('member', 'mobile', 'phone'),
  publishMobile: def('member', 'publishMobile', 'boolean', { label: strings.publishMobile }),
  postalAddress: def('member', 'postalAddress', 'longText', { rows: 4 }),
  publishAddress: def('member', 'publishAddress', 'boolean', { label: strings.publishAddress }),
  wardId: def('member', 'wardId', 'lookup', { required: true, options: wardOptions }),
  termStart: def('member', 'termStart', 'date', { required: true, hint: strings.dateHint }),
  termEnd: def('member', 'termEnd', 'date', { hint: strings.dateHint }),
  status: def('member', 'status', 'choice', { required: true, options: fixed(MEMBER_STATUSES) }),
  politicalGroupId: def('member', 'politicalGroupId', 'lookup', {
    options: (c) => (c.groups ?? []).map((g) => ({ key: String(g.id), text: g.name }))
  }),
  partyWebsite: def('member', 'partyWebsite', 'url', { hint: 'A web address starting with https://' }),
  biography: def('member', 'biography', 'longText', { rows: 6, hint: 'In their own words. It may state their party, but must not campaign.' }),
  skills: def('member', 'skills', 'lines', { rows: 5, hint: strings.linesHint })
};

export function membershipRoleOptions(channel: Channel): Option[] {
  // An officer page never offers a party group role.
  return MEMBERSHIP_ROLES.filter((r) => channel === 'member-profile' || !GROUP_ROLES.includes(r)).map((r) => ({ key: r, text: r }));
}

export const MEMBERSHIP_FIELDS: FieldDef[] = [
  def('membership', 'bodyId', 'lookup', {
    required: true,
    label: strings.membershipBody,
    options: (c) => (c.bodies ?? []).map((b) => ({ key: String(b.id), text: b.kind ? `${b.title} (${b.kind})` : b.title }))
  }),
  def('membership', 'role', 'choice', { required: true, options: (_c, channel) => membershipRoleOptions(channel) }),
  def('membership', 'postTitle', 'text', { hint: 'For an additional responsibility, like "Armed Forces Champion".' }),
  def('membership', 'portfolio', 'text', { hint: 'For a Cabinet role, like "Growth and Investment".' }),
  def('membership', 'startDate', 'date', { hint: strings.dateHint }),
  def('membership', 'endDate', 'date', { hint: strings.dateHint })
];

export const RECORD_FIELDS: Record<Exclude<EditableKind, 'member' | 'membership'>, FieldDef[]> = {
  body: [
    def('body', 'title', 'text', { required: true }),
    def('body', 'kind', 'choice', { required: true, options: fixed(BODY_KINDS) }),
    def('body', 'description', 'longText', { rows: 5 }),
    def('body', 'webPage', 'url', { hint: 'A web address starting with https://' }),
    def('body', 'sortOrder', 'number', { hint: 'Bodies with lower numbers are listed first.' })
  ],
  ward: [
    def('ward', 'title', 'text', { required: true }),
    def('ward', 'gssCode', 'text', { hint: 'The official code: E05 and six digits.' }),
    def('ward', 'seats', 'number', { hint: '1, 2 or 3.' }),
    def('ward', 'description', 'longText', { rows: 4 })
  ],
  politicalGroup: [
    def('politicalGroup', 'name', 'text', { required: true }),
    def('politicalGroup', 'shortName', 'text'),
    def('politicalGroup', 'aliases', 'lines', { rows: 4, hint: `Other names people use for the group. ${strings.linesHint}` }),
    def('politicalGroup', 'website', 'url', { hint: 'A web address starting with https://' })
  ],
  serviceArea: [
    def('serviceArea', 'title', 'text', { required: true }),
    def('serviceArea', 'directorate', 'text', { required: true }),
    def('serviceArea', 'description', 'longText', { rows: 5 }),
    def('serviceArea', 'keywords', 'commas', { rows: 4, hint: `The words councillors use when they look for this service. ${strings.commasHint}` }),
    def('serviceArea', 'teamEmail', 'email'),
    def('serviceArea', 'teamPhone', 'phone'),
    def('serviceArea', 'webPage', 'url', { hint: 'A web address starting with https://' })
  ],
  liaisonOfficer: [
    def('liaisonOfficer', 'officerId', 'officer', { required: true, label: strings.officerLabel, hint: strings.officerHint }),
    def('liaisonOfficer', 'serviceAreaId', 'lookup', {
      required: true,
      options: (c) => (c.serviceAreas ?? []).map((s) => ({ key: String(s.id), text: s.title }))
    }),
    def('liaisonOfficer', 'role', 'choice', { required: true, options: fixed(LIAISON_ROLES) }),
    def('liaisonOfficer', 'profile', 'longText', { required: true, rows: 6, hint: 'What councillors can come to them about, in at least 20 characters.' }),
    def('liaisonOfficer', 'wardIds', 'lookupMulti', { label: strings.wardsCovered, hint: strings.wardsCoveredHint, options: wardOptions })
  ],
  // Only what people keep: the officer's photo has its own field (PhotoField), and Entra ID's details are shown as they are.
  officer: [def('officer', 'politicallyRestricted', 'boolean', { label: strings.officerRestricted, hint: strings.officerRestrictedHint })],
  preElectionPeriod: [
    def('preElectionPeriod', 'election', 'text', { required: true, hint: strings.periodTitleHint }),
    def('preElectionPeriod', 'start', 'date', { required: true, hint: strings.dateHint }),
    def('preElectionPeriod', 'end', 'date', { required: true, hint: strings.dateHint })
  ]
};

/** The form fields of a kind, for the conflict view's labels. */
export function fieldDefsOf(kind: EditableKind): FieldDef[] {
  if (kind === 'member') return Object.values(MEMBER_FIELDS);
  if (kind === 'membership') return MEMBERSHIP_FIELDS;
  return RECORD_FIELDS[kind];
}
