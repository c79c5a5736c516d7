import { z } from 'zod';
import { httpsUrl, itemId, tagList, text } from '../fields';
import { storedRecord } from './record';

/**
 * A political group on the council. The whole record is party-political: it appears only in
 * the member-profile channel, and feeds the neutrality screen (names and aliases to look for).
 */
const politicalGroupShape = {
  name: text('Group name', 120),
  shortName: text('Short name', 20).optional(),
  aliases: tagList('Other names', 20, 80).default([]),
  website: httpsUrl('Group web page').optional()
};

export const politicalGroupInputSchema = z.object(politicalGroupShape).strict();

export const POLITICAL_GROUP_IDENTITY = ['id', 'name'] as const;
export const politicalGroupSchema = storedRecord({ id: itemId('Political group ID'), ...politicalGroupShape }, POLITICAL_GROUP_IDENTITY);

export type PoliticalGroupInput = z.input<typeof politicalGroupInputSchema>;
/** A complete politicalGroup record, as the product writes it. */
export type PoliticalGroup = z.output<typeof politicalGroupInputSchema> & { id: number };
/** A politicalGroup as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredPoliticalGroup = z.infer<typeof politicalGroupSchema>;
