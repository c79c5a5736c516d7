/**
 * Every domain field, classified neutral or party-political. The `satisfies` clauses make the
 * compiler insist that each field of each record is classified: adding a field to a schema
 * without classifying it here fails the build.
 */
import type { z } from 'zod';
import type {
  bodyInputSchema,
  liaisonOfficerInputSchema,
  membershipInputSchema,
  officerInputSchema,
  politicalGroupInputSchema,
  serviceAreaInputSchema,
  wardInputSchema
} from '../model';
import { memberNeutralShape, memberPartyShape } from '../model/member';

export type FieldClass = 'neutral' | 'party-political';

type Classified<S extends z.ZodTypeAny> = Record<keyof z.output<S>, FieldClass>;
type MemberKeys = keyof typeof memberNeutralShape | keyof typeof memberPartyShape;

export const FIELD_CLASSES = {
  Ward: { title: 'neutral', gssCode: 'neutral', seats: 'neutral', description: 'neutral' } satisfies Classified<
    typeof wardInputSchema
  >,
  PoliticalGroup: {
    name: 'party-political',
    shortName: 'party-political',
    aliases: 'party-political',
    website: 'party-political'
  } satisfies Classified<typeof politicalGroupInputSchema>,
  Member: {
    honorific: 'neutral',
    givenName: 'neutral',
    familyName: 'neutral',
    preferredName: 'neutral',
    postNominals: 'neutral',
    photoUrl: 'neutral',
    email: 'neutral',
    phone: 'neutral',
    mobile: 'neutral',
    postalAddress: 'neutral',
    publishPhone: 'neutral',
    publishMobile: 'neutral',
    publishAddress: 'neutral',
    wardId: 'neutral',
    termStart: 'neutral',
    termEnd: 'neutral',
    skills: 'neutral',
    biography: 'neutral',
    status: 'neutral',
    accountId: 'neutral',
    politicalGroupId: 'party-political',
    partyWebsite: 'party-political'
  } satisfies Record<MemberKeys, FieldClass>,
  Body: {
    title: 'neutral',
    kind: 'neutral',
    description: 'neutral',
    webPage: 'neutral',
    sortOrder: 'neutral'
  } satisfies Classified<typeof bodyInputSchema>,
  /** The role field is neutral, but its group-role values are party-political (see GROUP_ROLES). */
  Membership: {
    memberId: 'neutral',
    bodyId: 'neutral',
    role: 'neutral',
    postTitle: 'neutral',
    portfolio: 'neutral',
    startDate: 'neutral',
    endDate: 'neutral'
  } satisfies Classified<typeof membershipInputSchema>,
  ServiceArea: {
    title: 'neutral',
    directorate: 'neutral',
    description: 'neutral',
    keywords: 'neutral',
    teamEmail: 'neutral',
    teamPhone: 'neutral',
    webPage: 'neutral'
  } satisfies Classified<typeof serviceAreaInputSchema>,
  Officer: {
    givenName: 'neutral',
    familyName: 'neutral',
    jobTitle: 'neutral',
    serviceAreaId: 'neutral',
    email: 'neutral',
    phone: 'neutral',
    mobile: 'neutral',
    location: 'neutral',
    photoUrl: 'neutral',
    politicallyRestricted: 'neutral',
    accountId: 'neutral',
    entraId: 'neutral',
    userPrincipalName: 'neutral',
    status: 'neutral',
    leftOn: 'neutral',
    department: 'neutral'
  } satisfies Classified<typeof officerInputSchema>,
  LiaisonOfficer: {
    officerId: 'neutral',
    serviceAreaId: 'neutral',
    role: 'neutral',
    profile: 'neutral',
    wardIds: 'neutral'
  } satisfies Classified<typeof liaisonOfficerInputSchema>
} as const;

export type EntityName = keyof typeof FIELD_CLASSES;

/** Labels for party-political fields, used in refusals. */
export const PARTY_FIELD_LABELS: Record<string, string> = {
  politicalGroupId: 'Political group',
  partyWebsite: 'Party web page',
  name: 'Group name',
  shortName: 'Short name',
  aliases: 'Other names',
  website: 'Group web page'
};

export function classOf(entity: EntityName, field: string): FieldClass | undefined {
  const classes = FIELD_CLASSES[entity] as Record<string, FieldClass>;
  return Object.prototype.hasOwnProperty.call(classes, field) ? classes[field] : undefined;
}

export function partyPoliticalFields(entity: EntityName): string[] {
  return Object.entries(FIELD_CLASSES[entity])
    .filter(([, c]) => c === 'party-political')
    .map(([f]) => f);
}

/**
 * A field name that is not in the model but says it is political ("party", "politicalGroup",
 * "campaignStatement", "manifesto"…). On an officer-owned record such a field is refused as
 * party-political, not merely as unknown, so the editor learns why.
 */
export function looksPartyPolitical(field: string): boolean {
  return /part(y|ies)|politic|campaign|manifesto|electioneer|candidate|groupleader|group_?(id|name|role)|whip/i.test(field);
}
