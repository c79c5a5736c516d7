import { z } from 'zod';
import { email, imageUrl, itemId, text, ukPhone } from '../fields';

/**
 * An officer in the directory. The list has no political columns by design; the
 * politically-restricted-post flag records a legal restriction on the postholder, not a view.
 */
export const officerInputSchema = z
  .object({
    givenName: text('First name', 100),
    familyName: text('Surname', 100),
    jobTitle: text('Job title', 150),
    serviceAreaId: itemId('Service area'),
    email: email('Email'),
    phone: ukPhone('Phone').optional(),
    mobile: ukPhone('Mobile').optional(),
    location: text('Location', 150).optional(),
    photoUrl: imageUrl('Photo').optional(),
    politicallyRestricted: z
      .boolean({ invalid_type_error: 'Politically restricted post must be yes or no.' })
      .default(false),
    accountId: itemId('SharePoint account').optional()
  })
  .strict();

export const officerSchema = officerInputSchema.extend({ id: itemId('Officer ID') }).strict();

export type OfficerInput = z.input<typeof officerInputSchema>;
export type Officer = z.infer<typeof officerSchema>;

export function officerDisplayName(o: Pick<Officer, 'givenName' | 'familyName'>): string {
  return `${o.givenName} ${o.familyName}`;
}
