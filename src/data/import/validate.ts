/**
 * Validating a record before the import or a CSV upload writes it: with the list's channel write
 * schema, the one the forms use (party-political fields refused on officer-owned records, free
 * text screened). Imported data is rarely complete, so a field that fails is left out and
 * reported rather than refusing the whole record; and a record the source cannot complete (no
 * council email in ModernGov, no term of office) is still written when it holds what its list
 * requires (the stored-record schema: its identity) and passes the same screen, field by field.
 * A record without its identity is refused whole.
 */
import { z } from 'zod';
import { problemsFromZod, type FieldProblem } from '../../domain/errors';
import {
  BODY_IDENTITY,
  bodySchema,
  checkMembership,
  checkTerm,
  LIAISON_OFFICER_IDENTITY,
  liaisonOfficerSchema,
  MEMBER_IDENTITY,
  memberRecordObject,
  MEMBERSHIP_IDENTITY,
  membershipRecordObject,
  OFFICER_IDENTITY,
  officerSchema,
  POLITICAL_GROUP_IDENTITY,
  politicalGroupSchema,
  WARD_IDENTITY,
  wardSchema
} from '../../domain/model';
// Each from its own module, not the neutrality index: this code also runs in the web part's import chunk.
import { channelOfList } from '../../domain/neutrality/channels';
import {
  bodyWriteSchema,
  FREE_TEXT_FIELDS,
  liaisonOfficerWriteSchema,
  memberWriteSchema,
  membershipWriteSchemaFor,
  officerWriteSchema,
  politicalGroupWriteSchema,
  RULE_SCREENED_TEXT,
  wardWriteSchema,
  type ChannelPolicy
} from '../../domain/neutrality/channelSchemas';
import type { EntityName } from '../../domain/neutrality/fieldClasses';
import { FREE_TEXT_KINDS, fieldSpec, screeningChannel } from '../../domain/neutrality/registry';

export type ImportEntity = 'Ward' | 'PoliticalGroup' | 'Member' | 'Body' | 'Membership' | 'Officer' | 'LiaisonOfficer';

interface EntitySpec {
  list: Parameters<typeof channelOfList>[0];
  label: string;
  identity: readonly string[];
  write(policy: ChannelPolicy): z.ZodTypeAny;
  /** What the list may hold: identity required, every other field optional. */
  stored: z.AnyZodObject;
  refine?(value: never, ctx: z.RefinementCtx): void;
}

const omitId = (s: z.AnyZodObject): z.AnyZodObject => s.omit({ id: true });

export const ENTITIES: Record<ImportEntity, EntitySpec> = {
  Ward: { list: 'Wards', label: 'a ward', identity: WARD_IDENTITY, write: (p) => wardWriteSchema(p), stored: omitId(wardSchema) },
  PoliticalGroup: {
    list: 'Political Groups',
    label: 'a political group',
    identity: POLITICAL_GROUP_IDENTITY,
    write: () => politicalGroupWriteSchema(channelOfList('Political Groups')),
    stored: omitId(politicalGroupSchema)
  },
  Member: {
    list: 'Members',
    label: 'a member profile',
    identity: MEMBER_IDENTITY,
    write: (p) => memberWriteSchema(channelOfList('Members'), p),
    stored: omitId(memberRecordObject),
    refine: checkTerm as (v: never, ctx: z.RefinementCtx) => void
  },
  Body: { list: 'Bodies', label: 'a body', identity: BODY_IDENTITY, write: (p) => bodyWriteSchema(p), stored: omitId(bodySchema) },
  Membership: {
    list: 'Memberships',
    label: 'a membership',
    identity: MEMBERSHIP_IDENTITY,
    write: (p) => membershipWriteSchemaFor(channelOfList('Memberships'), p),
    stored: omitId(membershipRecordObject),
    refine: checkMembership as (v: never, ctx: z.RefinementCtx) => void
  },
  Officer: { list: 'Officers', label: 'an officer', identity: OFFICER_IDENTITY, write: (p) => officerWriteSchema(p), stored: omitId(officerSchema) },
  LiaisonOfficer: {
    list: 'Liaison Officers',
    label: 'a liaison officer',
    identity: LIAISON_OFFICER_IDENTITY,
    write: (p) => liaisonOfficerWriteSchema(p),
    stored: omitId(liaisonOfficerSchema)
  }
};

export type Checked =
  | { ok: true; value: Record<string, unknown>; problems: FieldProblem[] }
  | { ok: false; problems: FieldProblem[] };

/** The channel screen, field by field, for a record the write schema could not take whole. */
function screen(entity: ImportEntity, value: Record<string, unknown>, policy: ChannelPolicy): FieldProblem[] {
  const spec = ENTITIES[entity];
  const writeChannel = channelOfList(spec.list);
  const out: FieldProblem[] = [];
  for (const field of FREE_TEXT_FIELDS[entity as EntityName]) {
    const raw = value[field];
    const texts = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
    const joined = texts.join('\n');
    if (!joined) continue;
    const fs = fieldSpec(entity, field);
    const channel = fs ? screeningChannel(fs, writeChannel) : writeChannel;
    const result = policy.screener.screen(joined, channel, { failClosed: fs ? FREE_TEXT_KINDS.includes(fs.kind) : true });
    if (result.allowed) continue;
    const first = result.findings[0];
    out.push({
      field,
      rule: RULE_SCREENED_TEXT,
      message: first
        ? `${field}: "${first.match}" cannot be saved here. ${first.message}`
        : `${field} cannot be checked for party-political content because the council's political groups could not be read, so it was not saved.`
    });
  }
  return out;
}

function isMissing(p: FieldProblem, value: Record<string, unknown>): boolean {
  return p.rule === 'required' && (value[p.field] === undefined || value[p.field] === null);
}

/**
 * Checks a record for writing. Fields that fail are left out and returned as problems; the
 * record is refused only when its identity fails. Each field's problem is reported once, where it
 * is found: a rule that spans fields ("Portfolio is required for a Portfolio Holder") fails the
 * same way on every attempt, and the list's own check that follows would say it again.
 */
export function checkForWrite(entity: ImportEntity, input: Record<string, unknown>, policy: ChannelPolicy): Checked {
  const spec = ENTITIES[entity];
  const write = spec.write(policy);
  let value: Record<string, unknown> = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
  const reported: FieldProblem[] = [];
  /** One problem per field: the first found is the one the person acts on. */
  const report = (ps: readonly FieldProblem[]): FieldProblem[] => {
    for (const p of ps) if (!reported.some((r) => r.field === p.field)) reported.push(p);
    return reported;
  };
  for (let attempt = 0; attempt < 8; attempt++) {
    const result = write.safeParse(value);
    if (result.success) return { ok: true, value: result.data as Record<string, unknown>, problems: reported };
    const problems = problemsFromZod(result.error, spec.label).map((p) => ({ ...p, field: p.field.split('.')[0] }));
    const fatal = problems.filter((p) => !p.field || spec.identity.includes(p.field));
    if (fatal.length > 0) return { ok: false, problems: report(fatal) };
    // Leaving out a field the record does not hold changes nothing: that rule is the list's to judge, below.
    const bad = problems.filter((p) => !isMissing(p, value) && p.field in value);
    if (bad.length === 0) break;
    const next = { ...value };
    for (const p of bad) delete next[p.field];
    report(bad);
    value = next;
  }
  // Only fields the list does not require are missing: check what the list may hold, and screen it.
  const stored: z.ZodTypeAny = spec.refine ? spec.stored.superRefine(spec.refine as never) : spec.stored;
  const result = stored.safeParse(value);
  if (!result.success) return { ok: false, problems: report(problemsFromZod(result.error, spec.label)) };
  const data = result.data as Record<string, unknown>;
  const screened = screen(entity, data, policy);
  const fatal = screened.filter((p) => spec.identity.includes(p.field));
  if (fatal.length > 0) return { ok: false, problems: report(screened) };
  const out = { ...data };
  for (const p of screened) delete out[p.field];
  return { ok: true, value: out, problems: report(screened) };
}
