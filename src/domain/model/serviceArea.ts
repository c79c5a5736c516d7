import { z } from 'zod';
import { email, httpsUrl, itemId, longText, tagList, text, ukPhone } from '../fields';
import { storedRecord } from './record';

/** A council service, with the topic words councillors use when they look for it. */
const serviceAreaShape = {
  title: text('Service name', 150),
  directorate: text('Directorate', 150),
  description: longText('Service description', 2000).optional(),
  keywords: tagList('Topic keywords', 60, 60).default([]),
  teamEmail: email('Team email').optional(),
  teamPhone: ukPhone('Team phone').optional(),
  webPage: httpsUrl('Web page').optional()
};

export const serviceAreaInputSchema = z.object(serviceAreaShape).strict();

export const SERVICE_AREA_IDENTITY = ['id', 'title'] as const;
export const serviceAreaSchema = storedRecord({ id: itemId('Service area ID'), ...serviceAreaShape }, SERVICE_AREA_IDENTITY);

export type ServiceAreaInput = z.input<typeof serviceAreaInputSchema>;
/** A complete serviceArea record, as the product writes it. */
export type ServiceArea = z.output<typeof serviceAreaInputSchema> & { id: number };
/** A serviceArea as the list may hold it: its identity, and any other field blank or withheld. */
export type StoredServiceArea = z.infer<typeof serviceAreaSchema>;
