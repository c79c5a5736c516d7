import { z } from 'zod';
import { itemId, longText, text } from '../fields';
import { storedRecord } from './record';

/** GSS codes for electoral wards: E05 (England), W05 (Wales), S13 (Scotland), N08 (Northern Ireland). */
const GSS_WARD = /^(E05|W05|S13|N08)\d{6}$/;

/**
 * A ward. The GSS code and the number of seats are optional, as in the Wards list: a ward whose
 * code has been cleared is still a ward, with its councillors.
 */
const wardShape = {
  title: text('Ward name', 100),
  gssCode: z
    .string({ invalid_type_error: 'GSS code must be text.' })
    .trim()
    .transform((v) => v.toUpperCase())
    .refine((v) => GSS_WARD.test(v), "GSS code must be the ward's official code: E05 and six digits, like E05012345.")
    .optional(),
  seats: z
    .number({ invalid_type_error: 'Number of seats must be a number.' })
    .int('Number of seats must be a whole number.')
    .min(1, 'Number of seats must be 1, 2 or 3.')
    .max(3, 'Number of seats must be 1, 2 or 3.')
    .optional(),
  description: longText('Ward description', 2000).optional()
};

export const wardInputSchema = z.object(wardShape).strict();

export const WARD_IDENTITY = ['id', 'title'] as const;
export const wardSchema = storedRecord({ id: itemId('Ward ID'), ...wardShape }, WARD_IDENTITY);

export type WardInput = z.input<typeof wardInputSchema>;
/** A complete ward record, as the product writes it. */
export type Ward = z.output<typeof wardInputSchema> & { id: number };
/** A ward as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredWard = z.infer<typeof wardSchema>;
