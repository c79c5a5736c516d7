/**
 * Change requests: a councillor asks Democratic Services to change their own profile, and
 * Democratic Services approve (the change is then written to the profile, checked against the
 * version it was made from) or decline it with a reason the councillor sees.
 *
 * Whose profile a request is for is who made it (SharePoint's Created By, which nobody can set),
 * so a request names no member and a councillor cannot ask for anyone else's profile to change.
 * The decision is kept in a list only Democratic Services can write (Change Request Decisions),
 * so a councillor cannot decide their own request; who decided and when are SharePoint's own
 * Created By and Created of the decision.
 */
import { z } from 'zod';

/**
 * What a councillor may change on their own profile: skills, interests and expertise; about me;
 * their photo; and which contact details are published. Everything else is Democratic Services'.
 */
export const MEMBER_OWN_FIELDS = ['skills', 'biography', 'photoUrl', 'publishPhone', 'publishMobile', 'publishAddress'] as const;
export type MemberOwnField = (typeof MEMBER_OWN_FIELDS)[number];

/** A field as the request holds it: its value before and after (the photo: its address before, the new picture apart). */
const value = z.union([z.string().max(20000), z.boolean(), z.array(z.string().max(200)).max(50), z.null()]);
export const fieldChangeSchema = z
  .object({
    field: z.enum(MEMBER_OWN_FIELDS, { errorMap: () => ({ message: 'A change request may only change skills, about me, the photo or which contact details are published.' }) }),
    old: value,
    new: value
  })
  .strict();
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const changesSchema = z
  .array(fieldChangeSchema)
  .min(1, 'A change request must change at least one field.')
  .max(MEMBER_OWN_FIELDS.length)
  .refine((cs) => new Set(cs.map((c) => c.field)).size === cs.length, 'A change request names the same field twice.');

/** The photo's new value in a request: the picture is in the request's New photo column. */
export const NEW_PHOTO = 'NewPhoto';

/** A new photo travels in the request itself (councillors may add requests, never files). */
export const PHOTO_DATA_URL = /^data:image\/jpeg;base64,[A-Za-z0-9+/]+={0,2}$/;
/** Multiple lines of text hold 63,999 characters: the photo must fit. */
export const MAX_PHOTO_DATA_URL = 60000;

export const DECISIONS = ['Approved', 'Declined'] as const;
export type DecisionKind = (typeof DECISIONS)[number];

export interface Decision {
  id: number;
  decision: DecisionKind;
  reason?: string;
  /** Who decided (SharePoint's Created By) and when (Created, ISO). */
  by: string;
  at: string;
  /** The profile's version that holds an approved change. */
  appliedVersion?: number;
}

export interface ChangeRequest {
  id: number;
  /** Who asked: the request's Created By. */
  authorId: number;
  authorName: string;
  /** When (ISO). */
  created: string;
  /** The version of the profile the councillor changed. */
  baseVersion: number;
  changes: FieldChange[];
  /** The new photo (a JPEG data address), when the request changes it. */
  newPhoto?: string;
  /** The member whose profile it is (their Account is the author); undefined when none or several match. */
  memberId?: number;
  memberName?: string;
  /** The profile's version now, and its values now of the fields a councillor may change (for the diff). */
  currentVersion?: number;
  current?: Partial<Record<MemberOwnField, FieldChange['new']>>;
  decision?: Decision;
  /** Why the request cannot be read or applied as it is (it can still be declined). */
  problem?: string;
}

/** What a councillor sends: their profile as they opened it, and what they changed. */
export interface NewChangeRequest {
  memberId: number;
  /** "Cllr Daniel Kowalski": for the list's Title and the Details. */
  memberName: string;
  /** The version of the profile the form was opened on. */
  baseVersion: number;
  changes: FieldChange[];
  newPhoto?: string;
  /** The changes in words, for anyone reading the list in SharePoint. */
  details: string;
}

/** What the page knows about the signed-in person, asked with the editing rights (one $batch). */
export interface SelfService {
  /** Their SharePoint user id on the directory site (web/currentUser). */
  userId?: number;
  email?: string;
  userPrincipalName?: string;
  /** SharePoint lets them add change requests (a councillor). */
  maySuggest: boolean;
  /** SharePoint lets them add decisions (Democratic Services). */
  mayDecide: boolean;
}

export interface IChangeRequests {
  /** Sends a request; returns its id. Nothing is sent unless it is valid. */
  submit(request: NewChangeRequest): Promise<number>;
  /** The signed-in person's own requests, newest first, with their decisions. */
  mine(): Promise<ChangeRequest[]>;
  /** Every request with its decision (if any), newest first, matched to the member it is for. */
  all(): Promise<ChangeRequest[]>;
  /** How many of the requests `all` would list have no decision yet: their ids alone are read. */
  waitingCount(): Promise<number>;
  /** Records Democratic Services' decision (a reason is required to decline). */
  decide(requestId: number, decision: DecisionKind, reason: string | undefined, appliedVersion?: number): Promise<void>;
}
