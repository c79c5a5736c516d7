import { z } from 'zod';
import { itemId, longText } from '../fields';
import { storedRecord } from './record';

export const LIAISON_ROLES = ['Liaison Officer', 'Deputy Liaison Officer'] as const;
export type LiaisonRole = (typeof LIAISON_ROLES)[number];

/**
 * A Councillor Liaison Officer: an officer named for a service, with a profile saying what
 * they can help councillors with. Wards are optional: some services split the borough.
 */
const liaisonOfficerShape = {
  officerId: itemId('Officer'),
  serviceAreaId: itemId('Service area'),
  role: z.enum(LIAISON_ROLES, { errorMap: () => ({ message: 'Role must be Liaison Officer or Deputy Liaison Officer.' }) }),
  profile: longText('What I can help with', 1500).refine((v) => v.length >= 20, {
    message: 'What I can help with must say, in at least 20 characters, what councillors can come to this officer about.'
  }),
  wardIds: z
    .array(itemId('Ward'), { invalid_type_error: 'Wards covered must be a list of wards.' })
    .max(50, 'Wards covered can list at most 50 wards.')
    .refine((ids) => new Set(ids).size === ids.length, 'Wards covered lists the same ward twice.')
    .default([])
};

export const liaisonOfficerInputSchema = z.object(liaisonOfficerShape).strict();

/** A liaison officer is the link between an officer and a service: both ends are its identity. */
export const LIAISON_OFFICER_IDENTITY = ['id', 'officerId', 'serviceAreaId'] as const;
export const liaisonOfficerSchema = storedRecord({ id: itemId('Liaison officer ID'), ...liaisonOfficerShape }, LIAISON_OFFICER_IDENTITY);

export type LiaisonOfficerInput = z.input<typeof liaisonOfficerInputSchema>;
/** A complete liaisonOfficer record, as the product writes it. */
export type LiaisonOfficer = z.output<typeof liaisonOfficerInputSchema> & { id: number };
/** A liaisonOfficer as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredLiaisonOfficer = z.infer<typeof liaisonOfficerSchema>;
