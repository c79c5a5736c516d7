/**
 * What can be edited from the page, record by record: its list, the domain fields a form holds,
 * and the write schema that judges it (the per-channel schemas of the neutrality layer). Pure:
 * the forms validate with these as people type, and the writer validates with the very same
 * schemas before anything reaches SharePoint.
 */
import { z } from 'zod';
import type { FieldProblem } from '../../domain/errors';
import { problemsFromZod } from '../../domain/errors';
import { text } from '../../domain/fields';
import type { Channel } from '../../domain/neutrality/channels';
import {
  bodyWriteSchema,
  liaisonOfficerWriteSchema,
  memberWriteSchema,
  membershipWriteSchemaFor,
  officerWriteSchema,
  politicalGroupWriteSchema,
  RULE_SCREENED_TEXT,
  serviceAreaWriteSchema,
  wardWriteSchema,
  type ChannelPolicy
} from '../../domain/neutrality/channelSchemas';
import { preElectionPeriodSchema } from '../../domain/neutrality/preElection';
import type { RegisteredEntity } from '../../domain/neutrality/registry';
import type { ScreeningFinding } from '../../domain/neutrality/screening/types';
import { LISTS, type ListKey } from '../lists';
import { KIND_LISTS, type EditableKind } from './kinds';

export type { EditableKind };

export interface EditSpec {
  kind: EditableKind;
  list: ListKey;
  /** The neutrality layer's name for the record. */
  entity: RegisteredEntity;
  /** "member profile": for messages. */
  label: string;
  /** The fields a form holds: every field of the record but its id (and the party's on an officer page). */
  fields(channel: Channel): string[];
  /**
   * The write schema. Records on a member-profile list (Members, Memberships, Political Groups)
   * are judged with that channel's rules, whatever page they are edited from, except that an
   * officer page never offers (nor writes) a party field or a group role.
   */
  schema(policy: ChannelPolicy, channel: Channel): z.ZodTypeAny;
  /**
   * Only these fields are ever written (and judged); the form shows the others as they are.
   * Undefined: every field the form holds.
   */
  writes?: readonly string[];
}

/**
 * The Officers fields people keep in SharePoint: the officer sync never writes them (its
 * SYNCED_FIELDS, in data/sync/officers/columns.ts), and puts Entra ID's values back on any other.
 */
export const OFFICER_KEPT_FIELDS: readonly string[] = ['photoUrl', 'politicallyRestricted'];

/**
 * A period must be named, for the banner and Democratic Services' list; the domain's rules (end
 * not before start) once every field is there, so every problem is reported at once.
 */
const preElectionPeriodWriteSchema = preElectionPeriodSchema
  .innerType()
  .extend({ election: text('Election', 150) })
  .superRefine((p, ctx) => {
    const domain = preElectionPeriodSchema.safeParse(p);
    if (!domain.success) for (const issue of domain.error.issues) ctx.addIssue(issue as z.IssueData);
  });

/** Fields the product never reads or writes on an officer page. */
const PARTY_FIELDS: Partial<Record<EditableKind, readonly string[]>> = { member: ['politicalGroupId', 'partyWebsite'] };

function fieldsOf(kind: EditableKind) {
  return (channel: Channel): string[] =>
    Object.keys(LISTS[KIND_LISTS[kind]].fields).filter((f) => f !== 'id' && !(channel === 'officer-owned' && (PARTY_FIELDS[kind] ?? []).includes(f)));
}

export const EDIT_SPECS: Record<EditableKind, EditSpec> = {
  member: {
    kind: 'member',
    list: 'members',
    entity: 'Member',
    label: 'member profile',
    fields: fieldsOf('member'),
    schema: (policy) => memberWriteSchema('member-profile', policy)
  },
  membership: {
    kind: 'membership',
    list: 'memberships',
    entity: 'Membership',
    label: 'membership',
    fields: fieldsOf('membership'),
    schema: (policy, channel) => membershipWriteSchemaFor(channel, policy)
  },
  body: { kind: 'body', list: 'bodies', entity: 'Body', label: 'body', fields: fieldsOf('body'), schema: (policy) => bodyWriteSchema(policy) },
  ward: { kind: 'ward', list: 'wards', entity: 'Ward', label: 'ward', fields: fieldsOf('ward'), schema: (policy) => wardWriteSchema(policy) },
  politicalGroup: {
    kind: 'politicalGroup',
    list: 'politicalGroups',
    entity: 'PoliticalGroup',
    label: 'political group',
    fields: fieldsOf('politicalGroup'),
    schema: () => politicalGroupWriteSchema('member-profile')
  },
  serviceArea: {
    kind: 'serviceArea',
    list: 'serviceAreas',
    entity: 'ServiceArea',
    label: 'service area',
    fields: fieldsOf('serviceArea'),
    schema: (policy) => serviceAreaWriteSchema(policy)
  },
  liaisonOfficer: {
    kind: 'liaisonOfficer',
    list: 'liaisonOfficers',
    entity: 'LiaisonOfficer',
    label: 'liaison officer',
    fields: fieldsOf('liaisonOfficer'),
    schema: (policy) => liaisonOfficerWriteSchema(policy)
  },
  officer: {
    kind: 'officer',
    list: 'officers',
    entity: 'Officer',
    label: 'officer',
    // Read whole, to show what comes from Entra ID; only the fields people keep are written.
    fields: fieldsOf('officer'),
    schema: (policy) => officerWriteSchema(policy),
    writes: OFFICER_KEPT_FIELDS
  },
  preElectionPeriod: {
    kind: 'preElectionPeriod',
    list: 'preElectionPeriods',
    entity: 'PreElectionPeriod',
    label: 'pre-election period',
    fields: fieldsOf('preElectionPeriod'),
    schema: () => preElectionPeriodWriteSchema
  }
};

/** A problem with a field, with the screen's findings when it was the screen that refused it. */
export interface EditProblem extends FieldProblem {
  findings?: readonly ScreeningFinding[];
}

export type EditCheck = { ok: true; value: Record<string, unknown> } | { ok: false; problems: EditProblem[] };

/** Judges a whole record with its write schema: every problem, each naming its field. */
export function checkRecord(kind: EditableKind, values: Record<string, unknown>, policy: ChannelPolicy, channel: Channel): EditCheck {
  const spec = EDIT_SPECS[kind];
  const result = spec.schema(policy, channel).safeParse(values);
  if (result.success) return { ok: true, value: result.data as Record<string, unknown> };
  const problems: EditProblem[] = [];
  const writes = spec.writes;
  // A field that is never written is not the editor's to put right (an officer's synced job title).
  const issues = writes ? result.error.issues.filter((i) => writes.includes(String(i.path[0] ?? ''))) : result.error.issues;
  if (issues.length === 0) return { ok: true, value: values };
  for (const issue of issues) {
    // problemsFromZod keeps the rule and message; the screen's findings ride on the issue's params.
    const params = (issue as { params?: { rule?: string; findings?: ScreeningFinding[] } }).params;
    const findings = params?.rule === RULE_SCREENED_TEXT ? params.findings : undefined;
    for (const p of problemsFromZod(new z.ZodError([issue]), `a ${spec.label}`)) problems.push(findings ? { ...p, findings } : p);
  }
  return { ok: false, problems };
}

/** Only the given fields of a record: what a form writes, so nothing it does not hold is touched. */
export function pick(values: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) if (values[f] !== undefined) out[f] = values[f];
  return out;
}
