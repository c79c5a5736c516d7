import { z } from 'zod';
import { email, httpsUrl, itemId, longText, tagList, text, ukPhone } from '../fields';

/** A council service, with the topic words councillors use when they look for it. */
export const serviceAreaInputSchema = z
  .object({
    title: text('Service name', 150),
    directorate: text('Directorate', 150),
    description: longText('Service description', 2000).optional(),
    keywords: tagList('Topic keywords', 60, 60).default([]),
    teamEmail: email('Team email').optional(),
    teamPhone: ukPhone('Team phone').optional(),
    webPage: httpsUrl('Web page').optional()
  })
  .strict();

export const serviceAreaSchema = serviceAreaInputSchema.extend({ id: itemId('Service area ID') }).strict();

export type ServiceAreaInput = z.input<typeof serviceAreaInputSchema>;
export type ServiceArea = z.infer<typeof serviceAreaSchema>;
