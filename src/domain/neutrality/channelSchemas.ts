/**
 * Per-channel write schemas. Officer-owned records refuse party-political fields with an error
 * that names the field, the rule and the protocol clause; free text is screened on write in
 * every channel (officer channels for any party reference, member profiles for campaigning).
 * A record with any problem is refused whole: nothing partial is written.
 */
import { z } from 'zod';
import {
  bodyInputSchema,
  checkMembership,
  GROUP_ROLES,
  liaisonOfficerInputSchema,
  memberInputSchema,
  membershipInputSchema,
  membershipWriteSchema,
  officerInputSchema,
  politicalGroupInputSchema,
  serviceAreaInputSchema,
  wardInputSchema
} from '../model';
import { checkTerm, memberNeutralShape } from '../model/member';
import type { Channel } from './channels';
import { classOf, EntityName, looksPartyPolitical, PARTY_FIELD_LABELS } from './fieldClasses';
import { PROTOCOL } from './protocol';
import { fieldSpec, FREE_TEXT_KINDS, screenedFields, screeningChannel } from './registry';
import type { Screener } from './screening';

export const RULE_NO_PARTY_FIELDS = 'no-party-political-fields';
export const RULE_SCREENED_TEXT = 'screened-text';

export interface ChannelPolicy {
  /** Screens free text; built once with the council's political groups. */
  screener: Screener;
}

/** The refusal for a party-political field on an officer-owned record. */
export function partyFieldMessage(field: string): string {
  const label = PARTY_FIELD_LABELS[field] ?? field;
  return (
    `${label} ("${field}") is party-political and cannot be saved on an officer-owned record. ` +
    `Rule: no party-political fields in officer-owned channels. ${PROTOCOL.ownChannels.cite}.`
  );
}

function addPartyFieldIssue(ctx: z.RefinementCtx, field: string): void {
  ctx.addIssue({ code: z.ZodIssueCode.custom, path: [field], params: { rule: RULE_NO_PARTY_FIELDS }, message: partyFieldMessage(field) });
}

/**
 * Text fields of each record, screened on write, and on read by the views (views.ts): both read
 * the one registry (registry.ts), so they are the same list.
 */
export const FREE_TEXT_FIELDS: Record<EntityName, readonly string[]> = {
  Ward: screenedFields('Ward'),
  PoliticalGroup: screenedFields('PoliticalGroup'),
  Member: screenedFields('Member'),
  Body: screenedFields('Body'),
  Membership: screenedFields('Membership'),
  ServiceArea: screenedFields('ServiceArea'),
  Officer: screenedFields('Officer'),
  LiaisonOfficer: screenedFields('LiaisonOfficer')
};

/**
 * Screens the named fields of a record; strings and string arrays are both screened. A field an
 * officer-owned view shows is screened with the officer rules whichever channel writes it; a
 * member's statement, with the rules of the channel that writes it.
 */
function screenFields(
  entity: EntityName,
  value: Record<string, unknown>,
  fields: readonly string[],
  writeChannel: Channel,
  screener: Screener,
  ctx: z.RefinementCtx
): void {
  for (const field of fields) {
    const spec = fieldSpec(entity, field);
    const channel = spec ? screeningChannel(spec, writeChannel) : writeChannel;
    const raw = value[field];
    const texts = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw.filter((t): t is string => typeof t === 'string') : [];
    const joined = texts.join('\n');
    if (!joined) continue;
    const free = spec ? FREE_TEXT_KINDS.includes(spec.kind) : true;
    const result = screener.screen(joined, channel, { failClosed: free });
    if (result.allowed) continue;
    const first = result.findings[0];
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [field],
      params: { rule: RULE_SCREENED_TEXT, findings: result.findings },
      message: first
        ? `${field}: "${first.match}" cannot be saved here. ${first.message}`
        : `${field} cannot be checked for party-political content because the council's political groups could not be read, so it was not saved. Try again later.`
    });
  }
}

/**
 * An officer-owned record: known fields are validated as usual; a party-political or
 * party-sounding extra field is refused under the neutrality rule; any other extra field is
 * refused as unknown; free text is screened.
 */
function officerChannel<S extends z.ZodObject<z.ZodRawShape>>(
  base: S,
  entity: EntityName,
  recordLabel: string,
  policy: ChannelPolicy,
  refine?: (value: z.output<S>, ctx: z.RefinementCtx) => void
): z.ZodType<z.output<S>, z.ZodTypeDef, unknown> {
  const known = Object.keys(base.shape);
  const strict = base.strict();
  // One pass that reports every problem at once (a pipeline would stop at the first stage).
  return z.unknown().transform((input, ctx) => {
    if (!input || typeof input !== 'object' || Array.isArray(input)) {
      ctx.addIssue({ code: z.ZodIssueCode.custom, path: [], message: `Expected ${recordLabel}, with its fields.` });
      return z.NEVER;
    }
    const record = input as Record<string, unknown>;
    const picked: Record<string, unknown> = {};
    for (const key of Object.keys(record)) {
      if (known.includes(key)) picked[key] = record[key];
      else if (classOf(entity, key) === 'party-political' || looksPartyPolitical(key)) addPartyFieldIssue(ctx, key);
      else
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: [key],
          params: { rule: 'unknown-field' },
          message: `"${key}" is not a field of ${recordLabel}.`
        });
    }
    const parsed = strict.safeParse(picked);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) ctx.addIssue(issue as z.IssueData);
      return z.NEVER;
    }
    refine?.(parsed.data as z.output<S>, ctx);
    screenFields(entity, parsed.data as Record<string, unknown>, FREE_TEXT_FIELDS[entity], 'officer-owned', policy.screener, ctx);
    return parsed.data as z.output<S>;
  });
}

const memberNeutralObject = z.object(memberNeutralShape);
export type OfficerChannelMemberInput = z.output<typeof memberNeutralObject>;

export function memberWriteSchema(channel: 'officer-owned', policy: ChannelPolicy): z.ZodType<OfficerChannelMemberInput, z.ZodTypeDef, unknown>;
export function memberWriteSchema(channel: 'member-profile', policy: ChannelPolicy): z.ZodType<z.output<typeof memberInputSchema>, z.ZodTypeDef, unknown>;
export function memberWriteSchema(channel: Channel, policy: ChannelPolicy): z.ZodTypeAny;
export function memberWriteSchema(channel: Channel, policy: ChannelPolicy): z.ZodTypeAny {
  if (channel === 'officer-owned') return officerChannel(memberNeutralObject, 'Member', 'a member profile', policy, checkTerm);
  return memberInputSchema.superRefine((value, ctx) =>
    screenFields('Member', value as Record<string, unknown>, FREE_TEXT_FIELDS.Member, 'member-profile', policy.screener, ctx)
  );
}

/** Group roles are party-political: refused in the officer channel. */
export function membershipWriteSchemaFor(channel: Channel, policy: ChannelPolicy) {
  if (channel === 'member-profile') {
    return membershipWriteSchema.superRefine((value, ctx) =>
      screenFields('Membership', value as Record<string, unknown>, FREE_TEXT_FIELDS.Membership, 'member-profile', policy.screener, ctx)
    );
  }
  return officerChannel(membershipInputSchema, 'Membership', 'a membership', policy, (value, ctx) => {
    checkMembership(value, ctx);
    if (GROUP_ROLES.includes(value.role)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: ['role'],
        params: { rule: RULE_NO_PARTY_FIELDS },
        message:
          `Role "${value.role}" is a party group role and cannot be saved on an officer-owned record. ` +
          `Rule: no party-political fields in officer-owned channels. ${PROTOCOL.ownChannels.cite}.`
      });
    }
  });
}

/** A political group is party-political as a whole: it can only be written in the member-profile channel. */
export function politicalGroupWriteSchema(channel: Channel) {
  if (channel === 'member-profile') return politicalGroupInputSchema;
  return z.unknown().superRefine((_value, ctx) => {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: [],
      params: { rule: RULE_NO_PARTY_FIELDS },
      message:
        'A political group is party-political as a whole and cannot be saved in an officer-owned channel. ' +
        `Rule: no party-political fields in officer-owned channels. ${PROTOCOL.ownChannels.cite}.`
    });
  }) as unknown as typeof politicalGroupInputSchema;
}

export const wardWriteSchema = (policy: ChannelPolicy) => officerChannel(wardInputSchema, 'Ward', 'a ward', policy);
export const bodyWriteSchema = (policy: ChannelPolicy) => officerChannel(bodyInputSchema, 'Body', 'a body', policy);
export const serviceAreaWriteSchema = (policy: ChannelPolicy) =>
  officerChannel(serviceAreaInputSchema, 'ServiceArea', 'a service area', policy);
export const officerWriteSchema = (policy: ChannelPolicy) => officerChannel(officerInputSchema, 'Officer', 'an officer', policy);
export const liaisonOfficerWriteSchema = (policy: ChannelPolicy) =>
  officerChannel(liaisonOfficerInputSchema, 'LiaisonOfficer', 'a liaison officer', policy);
