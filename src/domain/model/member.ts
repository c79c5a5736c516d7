import { z } from 'zod';
import { email, httpsUrl, imageUrl, isoDate, itemId, longText, tagList, text, ukPhone } from '../fields';
import { storedRecord } from './record';

export const MEMBER_STATUSES = ['Current', 'Former'] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

/**
 * The neutral fields of a member profile: everything the Rugby protocol lists except the party.
 * Contact details other than the council email carry a publication flag, because some members
 * do not publish a home address or personal mobile.
 */
export const memberNeutralShape = {
  honorific: text('Title (Mr, Mrs, Dr…)', 20).optional(),
  givenName: text('First name', 100),
  familyName: text('Surname', 100),
  preferredName: text('Known as', 100).optional(),
  postNominals: text('Letters after name', 50).optional(),
  photoUrl: imageUrl('Photo').optional(),
  email: email('Council email'),
  phone: ukPhone('Phone').optional(),
  mobile: ukPhone('Mobile').optional(),
  postalAddress: longText('Postal address', 500).optional(),
  publishPhone: z.boolean({ invalid_type_error: 'Publish phone must be yes or no.' }).default(true),
  publishMobile: z.boolean({ invalid_type_error: 'Publish mobile must be yes or no.' }).default(false),
  publishAddress: z.boolean({ invalid_type_error: 'Publish address must be yes or no.' }).default(false),
  wardId: itemId('Ward'),
  termStart: isoDate('Term of office start'),
  termEnd: isoDate('Term of office end').optional(),
  skills: tagList('Skills, interests and expertise', 30, 100).default([]),
  /** Member-authored "about me" text: screened, and withheld in a pre-election period. */
  biography: longText('About me', 2000).optional(),
  status: z.enum(MEMBER_STATUSES, { errorMap: () => ({ message: 'Status must be Current or Former.' }) }).default('Current'),
  /** The member's SharePoint user, for Teams chat and presence. */
  accountId: itemId('SharePoint account').optional()
} as const;

/** Party-political fields: only ever stored or shown in the member-profile channel. */
export const memberPartyShape = {
  politicalGroupId: itemId('Political group').nullable().default(null),
  partyWebsite: httpsUrl('Party web page').optional()
} as const;

type TermFields = { termStart?: string; termEnd?: string };

/** The term of office must not end before it starts. */
export function checkTerm<T extends TermFields>(value: T, ctx: z.RefinementCtx): void {
  if (value.termEnd && value.termStart && value.termEnd < value.termStart) {
    ctx.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['termEnd'],
      message: 'Term of office end must be on or after the start of the term.'
    });
  }
}

const memberInputObject = z.object({ ...memberNeutralShape, ...memberPartyShape }).strict();
export const memberInputSchema = memberInputObject.superRefine(checkTerm);
/** A member is known by their name; every other field may be blank in the list, or withheld when invalid. */
export const MEMBER_IDENTITY = ['id', 'givenName', 'familyName'] as const;
export const memberRecordObject = storedRecord({ id: itemId('Member ID'), ...memberNeutralShape, ...memberPartyShape }, MEMBER_IDENTITY);
export const memberSchema = memberRecordObject.superRefine(checkTerm);

export type MemberInput = z.input<typeof memberInputSchema>;
/** A complete member record, as the product writes it. */
export type Member = z.output<typeof memberInputSchema> & { id: number };
/** A member as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredMember = z.infer<typeof memberSchema>;

/** "Cllr Jane Smith", using the name she is known by. */
export function memberDisplayName(m: Pick<Member, 'givenName' | 'familyName' | 'preferredName'>): string {
  return `Cllr ${m.preferredName ?? m.givenName} ${m.familyName}`;
}
