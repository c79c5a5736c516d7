/** The lists a scan reads, and the records they hold (plain data, so the report panel can count them without PnPjs). */
import type { RegisteredEntity } from '../../domain/neutrality/registry';
import type { ListKey } from '../lists';

/** Which lists hold which records. Political Groups are party-political by design: not scanned, but read for the screen. */
export const SCANNED: ReadonlyArray<{ key: ListKey; entity: RegisteredEntity }> = [
  { key: 'wards', entity: 'Ward' },
  { key: 'members', entity: 'Member' },
  { key: 'bodies', entity: 'Body' },
  { key: 'memberships', entity: 'Membership' },
  { key: 'serviceAreas', entity: 'ServiceArea' },
  { key: 'officers', entity: 'Officer' },
  { key: 'liaisonOfficers', entity: 'LiaisonOfficer' },
  { key: 'preElectionPeriods', entity: 'PreElectionPeriod' }
];
