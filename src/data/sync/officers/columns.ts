/**
 * The officer sync's view of the lists: which Officers columns it owns (defined once, in
 * src/data/lists.ts), the schema it writes officers with, and the Department Mappings list.
 */
import { z } from 'zod';
import { isoDate, itemId, text } from '../../../domain/fields';
import { officerInputSchema, OFFICER_STATUSES } from '../../../domain/model/officer';
import { LISTS, wireName, type ListDef } from '../../lists';

export { OFFICER_STATUSES };
export type { OfficerStatus } from '../../../domain/model/officer';

/** The Officers fields the sync writes; every other field is kept by people in SharePoint. */
export const SYNCED_FIELDS = [
  'givenName', 'familyName', 'jobTitle', 'serviceAreaId', 'email', 'phone', 'mobile', 'location',
  'entraId', 'userPrincipalName', 'status', 'leftOn', 'department'
] as const;
export type SyncedField = (typeof SYNCED_FIELDS)[number];

/** The Department Mappings list, kept by Democratic Services or HR. */
export const DEPARTMENT_MAPPINGS: ListDef<'id' | 'department' | 'serviceAreaId' | 'notInDirectory'> = {
  title: 'Department Mappings',
  fields: {
    id: { name: 'Id', kind: 'counter' },
    department: { name: 'Title', kind: 'text' },
    serviceAreaId: { name: 'ServiceArea', kind: 'lookup', lookupList: 'Service Areas' },
    notInDirectory: { name: 'NotInDirectory', kind: 'boolean' }
  }
};
export const DEPARTMENT_MAPPING_SELECT: readonly string[] = Object.values(DEPARTMENT_MAPPINGS.fields).map(wireName);

/** The Officers column that holds the sync's key. */
export const ENTRA_ID_COLUMN = LISTS.officers.fields.entraId.name;

/** An officer as the sync creates them: what Entra ID gives, with the sync's key, sign-in name and status required. */
export const syncedOfficerSchema = officerInputSchema
  .extend({
    entraId: officerInputSchema.shape.entraId.unwrap(),
    userPrincipalName: text('User principal name', 255),
    status: z.enum(OFFICER_STATUSES, { errorMap: () => ({ message: 'Status must be Current or Left.' }) })
  })
  .strict();
export type SyncedOfficer = z.output<typeof syncedOfficerSchema>;

/**
 * For an update only the sync's own fields are written, so the fields people keep in SharePoint
 * (photo, politically restricted post, account) are neither checked nor touched.
 */
export const syncedOfficerUpdateSchema = syncedOfficerSchema.extend({
  photoUrl: z.unknown().optional(),
  politicallyRestricted: z.unknown().optional(),
  accountId: z.unknown().optional(),
  serviceAreaId: itemId('Service area')
});

/** A leaver: only the status and the date are written. */
export const leaverSchema = z.object({ status: z.literal('Left'), leftOn: isoDate('Date left') }).passthrough();
