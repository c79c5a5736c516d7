import { z } from 'zod';
import { httpsUrl, itemId, longText, text } from '../fields';
import { storedRecord } from './record';

/**
 * Kinds of body a member can sit on. "Council" is Full Council: the home of council-wide posts
 * such as the Mayor, the Leader of the Council and member champions.
 */
export const BODY_KINDS = ['Council', 'Cabinet', 'Committee', 'Working Party', 'Task and Finish Group', 'Outside Body'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

const bodyShape = {
  title: text('Name of the body', 150),
  kind: z.enum(BODY_KINDS, { errorMap: () => ({ message: `Kind of body must be one of: ${BODY_KINDS.join(', ')}.` }) }),
  description: longText('Description', 2000).optional(),
  webPage: httpsUrl('Web page').optional(),
  sortOrder: z.number({ invalid_type_error: 'Sort order must be a number.' }).int('Sort order must be a whole number.').optional()
};

export const bodyInputSchema = z.object(bodyShape).strict();

export const BODY_IDENTITY = ['id', 'title'] as const;
export const bodySchema = storedRecord({ id: itemId('Body ID'), ...bodyShape }, BODY_IDENTITY);

export type BodyInput = z.input<typeof bodyInputSchema>;
/** A complete body record, as the product writes it. */
export type Body = z.output<typeof bodyInputSchema> & { id: number };
/** A body as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredBody = z.infer<typeof bodySchema>;
