import { z } from 'zod';
import { itemId, longText, text } from '../fields';

/** GSS codes for electoral wards: E05 (England), W05 (Wales), S13 (Scotland), N08 (Northern Ireland). */
const GSS_WARD = /^(E05|W05|S13|N08)\d{6}$/;

export const wardInputSchema = z
  .object({
    title: text('Ward name', 100),
    gssCode: z
      .string({ required_error: 'GSS code is required.', invalid_type_error: 'GSS code must be text.' })
      .trim()
      .transform((v) => v.toUpperCase())
      .refine((v) => GSS_WARD.test(v), "GSS code must be the ward's official code: E05 and six digits, like E05012345."),
    seats: z
      .number({ required_error: 'Number of seats is required.', invalid_type_error: 'Number of seats must be a number.' })
      .int('Number of seats must be a whole number.')
      .min(1, 'Number of seats must be 1, 2 or 3.')
      .max(3, 'Number of seats must be 1, 2 or 3.'),
    description: longText('Ward description', 2000).optional()
  })
  .strict();

export const wardSchema = wardInputSchema.extend({ id: itemId('Ward ID') }).strict();

export type WardInput = z.input<typeof wardInputSchema>;
export type Ward = z.infer<typeof wardSchema>;
