import { z } from 'zod';
import { httpsUrl, itemId, tagList, text } from '../fields';

/**
 * A political group on the council. The whole record is party-political: it appears only in
 * the member-profile channel, and feeds the neutrality screen (names and aliases to look for).
 */
export const politicalGroupInputSchema = z
  .object({
    name: text('Group name', 120),
    shortName: text('Short name', 20).optional(),
    aliases: tagList('Other names', 20, 80).default([]),
    website: httpsUrl('Group web page').optional()
  })
  .strict();

export const politicalGroupSchema = politicalGroupInputSchema.extend({ id: itemId('Political group ID') }).strict();

export type PoliticalGroupInput = z.input<typeof politicalGroupInputSchema>;
export type PoliticalGroup = z.infer<typeof politicalGroupSchema>;
