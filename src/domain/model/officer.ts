import { z } from 'zod';
import { email, imageUrl, isoDate, itemId, text, ukPhone } from '../fields';
import { storedRecord } from './record';

/** Whether an officer still works for the council; a leaver is kept (marked, with the date), never deleted. */
export const OFFICER_STATUSES = ['Current', 'Left'] as const;
export type OfficerStatus = (typeof OFFICER_STATUSES)[number];

const ENTRA_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * An officer in the directory. The list has no political columns by design; the
 * politically-restricted-post flag records a legal restriction on the postholder, not a view.
 * The officer sync from Entra ID keeps the name, job, service, contacts and the last five fields;
 * the photo, the restricted-post flag and the account are kept by people in SharePoint.
 */
const officerShape = {
  givenName: text('First name', 100),
  familyName: text('Surname', 100),
  jobTitle: text('Job title', 150),
  serviceAreaId: itemId('Service area'),
  email: email('Email'),
  phone: ukPhone('Phone').optional(),
  mobile: ukPhone('Mobile').optional(),
  location: text('Location', 150).optional(),
  photoUrl: imageUrl('Photo').optional(),
  politicallyRestricted: z.boolean({ invalid_type_error: 'Politically restricted post must be yes or no.' }).default(false),
  accountId: itemId('SharePoint account').optional(),
  /** The person's object id in Entra ID: the sync's key. */
  entraId: z
    .string({ invalid_type_error: 'Entra object ID must be text.' })
    .trim()
    .regex(ENTRA_ID, 'Entra object ID must be a GUID, like 0baaae0f-b0b3-4645-867d-742d8fb669a2.')
    .transform((v) => v.toLowerCase())
    .optional(),
  /** Their sign-in name, which Teams chat and the Microsoft 365 profile card use (it can differ from the email address). */
  userPrincipalName: text('User principal name', 255).optional(),
  /** Blank means current. */
  status: z.enum(OFFICER_STATUSES, { errorMap: () => ({ message: 'Status must be Current or Left.' }) }).optional(),
  leftOn: isoDate('Date left').optional(),
  /** The department as Entra ID has it (HR's name, which the Department Mappings list places in a service area). */
  department: text('Department', 255).optional()
};

export const officerInputSchema = z.object(officerShape).strict();

/** An officer is known by their name; everything else may be blank or withheld. */
export const OFFICER_IDENTITY = ['id', 'givenName', 'familyName'] as const;
export const officerSchema = storedRecord({ id: itemId('Officer ID'), ...officerShape }, OFFICER_IDENTITY);

export type OfficerInput = z.input<typeof officerInputSchema>;
/** A complete officer record, as the product writes it. */
export type Officer = z.output<typeof officerInputSchema> & { id: number };
/** A officer as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredOfficer = z.infer<typeof officerSchema>;

/** A leaver: never shown to councillors as a contact. */
export function hasLeft(o: { status?: OfficerStatus; leftOn?: string }): boolean {
  return o.status === 'Left' || !!o.leftOn;
}

export function officerDisplayName(o: Pick<Officer, 'givenName' | 'familyName'>): string {
  return `${o.givenName} ${o.familyName}`;
}
