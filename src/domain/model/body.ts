import { z } from 'zod';
import { httpsUrl, itemId, longText, text } from '../fields';

/**
 * Kinds of body a member can sit on. "Council" is Full Council: the home of council-wide posts
 * such as the Mayor, the Leader of the Council and member champions.
 */
export const BODY_KINDS = ['Council', 'Cabinet', 'Committee', 'Working Party', 'Task and Finish Group', 'Outside Body'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

export const bodyInputSchema = z
  .object({
    title: text('Name of the body', 150),
    kind: z.enum(BODY_KINDS, { errorMap: () => ({ message: `Kind of body must be one of: ${BODY_KINDS.join(', ')}.` }) }),
    description: longText('Description', 2000).optional(),
    webPage: httpsUrl('Web page').optional(),
    sortOrder: z.number({ invalid_type_error: 'Sort order must be a number.' }).int('Sort order must be a whole number.').optional()
  })
  .strict();

export const bodySchema = bodyInputSchema.extend({ id: itemId('Body ID') }).strict();

export type BodyInput = z.input<typeof bodyInputSchema>;
export type Body = z.infer<typeof bodySchema>;
