/**
 * The kinds of record that can be edited from the page, and their lists. Kept apart from the
 * write schemas (specs.ts) so that the read bundles, which only ask who may edit, stay small.
 */
import type { RegisteredEntity } from '../../domain/neutrality/registry';
import type { ListKey } from '../lists';

export type EditableKind =
  | 'member'
  | 'membership'
  | 'body'
  | 'ward'
  | 'politicalGroup'
  | 'serviceArea'
  | 'liaisonOfficer'
  /** Only the fields people keep: the rest come from Entra ID through the officer sync. */
  | 'officer'
  | 'preElectionPeriod';

export const KIND_LISTS: Readonly<Record<EditableKind, ListKey>> = {
  member: 'members',
  membership: 'memberships',
  body: 'bodies',
  ward: 'wards',
  politicalGroup: 'politicalGroups',
  serviceArea: 'serviceAreas',
  liaisonOfficer: 'liaisonOfficers',
  officer: 'officers',
  preElectionPeriod: 'preElectionPeriods'
};

export const EDITABLE_KINDS = Object.keys(KIND_LISTS) as EditableKind[];

/** The neutrality layer's (and the field registry's) name for each kind of record. */
export const KIND_ENTITIES: Readonly<Record<EditableKind, RegisteredEntity>> = {
  member: 'Member',
  membership: 'Membership',
  body: 'Body',
  ward: 'Ward',
  politicalGroup: 'PoliticalGroup',
  serviceArea: 'ServiceArea',
  liaisonOfficer: 'LiaisonOfficer',
  officer: 'Officer',
  preElectionPeriod: 'PreElectionPeriod'
};
