import { z } from 'zod';
import { itemId, longText } from '../fields';

export const LIAISON_ROLES = ['Liaison Officer', 'Deputy Liaison Officer'] as const;
export type LiaisonRole = (typeof LIAISON_ROLES)[number];

/**
 * A Councillor Liaison Officer: an officer named for a service, with a profile saying what
 * they can help councillors with. Wards are optional: some services split the borough.
 */
export const liaisonOfficerInputSchema = z
  .object({
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
  })
  .strict();

export const liaisonOfficerSchema = liaisonOfficerInputSchema.extend({ id: itemId('Liaison officer ID') }).strict();

export type LiaisonOfficerInput = z.input<typeof liaisonOfficerInputSchema>;
export type LiaisonOfficer = z.infer<typeof liaisonOfficerSchema>;
