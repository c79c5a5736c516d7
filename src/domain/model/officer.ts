import { z } from 'zod';
import { email, imageUrl, itemId, text, ukPhone } from '../fields';
import { storedRecord } from './record';

/**
 * An officer in the directory. The list has no political columns by design; the
 * politically-restricted-post flag records a legal restriction on the postholder, not a view.
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
  accountId: itemId('SharePoint account').optional()
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

export function officerDisplayName(o: Pick<Officer, 'givenName' | 'familyName'>): string {
  return `${o.givenName} ${o.familyName}`;
}
