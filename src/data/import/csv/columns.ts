/**
 * The columns of each list's CSV file: named as the list names them in SharePoint (the display
 * names in sharepoint/assets/schema-*.xml; tests/unit/import/csvColumns.test.ts holds them to it),
 * in the list's order, with each lookup as two columns side by side: the title a person can read
 * ("Ward") and the item number ("Ward ID"). How a value travels comes from the column kinds in
 * ../../lists, so a column is described once.
 */
import { foldText } from '../../../domain/text';
import { FIELD_REGISTRY } from '../../../domain/neutrality/registry';
import { LISTS, MODERNGOV_ID_COLUMN, type ColumnKind, type ListKey } from '../../lists';
import type { ImportEntity } from '../validate';

/** The lists Democratic Services can export and import. */
export const CSV_LISTS = ['members', 'memberships', 'bodies', 'officers', 'liaisonOfficers'] as const;
export type CsvListKey = (typeof CSV_LISTS)[number];

/** The lists a CSV column can point at (by title and id). */
export type LookupKey = 'wards' | 'politicalGroups' | 'members' | 'bodies' | 'officers' | 'serviceAreas';

interface FieldEntry {
  field: string;
  header: string;
  /** Exported for people to read, never imported: why. */
  readOnly?: string;
}

const KEPT_BY_MODERNGOV = 'it is kept by the ModernGov import';
const KEPT_BY_ENTRA = 'it is kept by the officer sync from Entra ID';

/** Domain field → display name, in the list's order. Columns left out: people (Account), and labels the product writes (Title). */
const FIELDS: Record<CsvListKey, readonly FieldEntry[]> = {
  members: [
    { field: 'honorific', header: 'Honorific' },
    { field: 'givenName', header: 'Given name' },
    { field: 'familyName', header: 'Family name' },
    { field: 'preferredName', header: 'Preferred name' },
    { field: 'postNominals', header: 'Post-nominal letters' },
    { field: 'email', header: 'Email' },
    { field: 'phone', header: 'Phone' },
    { field: 'mobile', header: 'Mobile' },
    { field: 'postalAddress', header: 'Postal address' },
    { field: 'publishPhone', header: 'Publish phone' },
    { field: 'publishMobile', header: 'Publish mobile' },
    { field: 'publishAddress', header: 'Publish address' },
    { field: 'wardId', header: 'Ward' },
    { field: 'politicalGroupId', header: 'Political group' },
    { field: 'partyWebsite', header: 'Party website' },
    { field: 'termStart', header: 'Term start' },
    { field: 'termEnd', header: 'Term end' },
    { field: 'skills', header: 'Skills, interests and expertise' },
    { field: 'biography', header: 'Biography' },
    { field: 'status', header: 'Status' },
    { field: 'photoUrl', header: 'Photo' }
  ],
  memberships: [
    { field: 'memberId', header: 'Member' },
    { field: 'bodyId', header: 'Body' },
    { field: 'role', header: 'Role' },
    { field: 'postTitle', header: 'Post title' },
    { field: 'portfolio', header: 'Portfolio' },
    { field: 'startDate', header: 'Start date' },
    { field: 'endDate', header: 'End date' }
  ],
  bodies: [
    { field: 'title', header: 'Body name' },
    { field: 'kind', header: 'Kind' },
    { field: 'description', header: 'Description' },
    { field: 'webPage', header: 'Web page' },
    { field: 'sortOrder', header: 'Sort order' }
  ],
  officers: [
    { field: 'givenName', header: 'Given name' },
    { field: 'familyName', header: 'Family name' },
    { field: 'jobTitle', header: 'Job title' },
    { field: 'serviceAreaId', header: 'Service area' },
    { field: 'email', header: 'Email' },
    { field: 'phone', header: 'Phone' },
    { field: 'mobile', header: 'Mobile' },
    { field: 'location', header: 'Location' },
    { field: 'photoUrl', header: 'Photo' },
    { field: 'politicallyRestricted', header: 'Politically restricted post' },
    { field: 'entraId', header: 'Entra object ID', readOnly: KEPT_BY_ENTRA },
    { field: 'userPrincipalName', header: 'User principal name', readOnly: KEPT_BY_ENTRA },
    { field: 'status', header: 'Status', readOnly: KEPT_BY_ENTRA },
    { field: 'leftOn', header: 'Date left', readOnly: KEPT_BY_ENTRA },
    { field: 'department', header: 'Department (as in Entra ID)', readOnly: KEPT_BY_ENTRA }
  ],
  liaisonOfficers: [
    { field: 'officerId', header: 'Officer' },
    { field: 'serviceAreaId', header: 'Service area' },
    { field: 'role', header: 'Role' },
    { field: 'profile', header: 'What I can help with' },
    { field: 'wardIds', header: 'Wards covered' }
  ]
};

const ENTITY: Record<CsvListKey, ImportEntity> = {
  members: 'Member',
  memberships: 'Membership',
  bodies: 'Body',
  officers: 'Officer',
  liaisonOfficers: 'LiaisonOfficer'
};

/** "member", "liaison officer": for messages. */
export const NOUNS: Record<CsvListKey, { one: string; many: string }> = {
  members: { one: 'member', many: 'members' },
  memberships: { one: 'membership', many: 'memberships' },
  bodies: { one: 'body', many: 'bodies' },
  officers: { one: 'officer', many: 'officers' },
  liaisonOfficers: { one: 'liaison officer', many: 'liaison officers' }
};

export const LOOKUP_NOUNS: Record<LookupKey, string> = {
  wards: 'ward',
  politicalGroups: 'political group',
  members: 'member',
  bodies: 'body',
  officers: 'officer',
  serviceAreas: 'service area'
};

const LOOKUP_KEY_OF_TITLE: Record<string, LookupKey> = {
  Wards: 'wards',
  'Political Groups': 'politicalGroups',
  Members: 'members',
  Bodies: 'bodies',
  Officers: 'officers',
  'Service Areas': 'serviceAreas'
};

export type CsvColumn =
  /** The item's number in its list. */
  | { kind: 'id'; header: string }
  /** A value column; `type` is how the list holds it. */
  | { kind: 'value'; header: string; field: string; type: ColumnKind; readOnly?: string }
  /** The looked-up record's title, beside its id. */
  | { kind: 'lookupTitle'; header: string; field: string; lookup: LookupKey; multi: boolean }
  | { kind: 'lookupId'; header: string; field: string; lookup: LookupKey; multi: boolean }
  /** The ModernGov id the import stores on the record. */
  | { kind: 'moderngovId'; header: string; readOnly: string };

export interface CsvListSpec {
  key: CsvListKey;
  entity: ImportEntity;
  title: string;
  columns: readonly CsvColumn[];
  /** The lists its lookups point at. */
  lookups: readonly LookupKey[];
}

function columnsOf(key: CsvListKey): CsvColumn[] {
  const defs = LISTS[key as ListKey].fields as Record<string, { kind: ColumnKind; lookupList?: string }>;
  const out: CsvColumn[] = [{ kind: 'id', header: 'ID' }];
  if (key === 'members' || key === 'bodies') out.push({ kind: 'moderngovId', header: 'ModernGov ID', readOnly: KEPT_BY_MODERNGOV });
  for (const f of FIELDS[key]) {
    const def = defs[f.field];
    if (!def) throw new Error(`${key}.${f.field} is not a field of the list.`);
    if (def.kind === 'lookup' || def.kind === 'lookupMulti') {
      const lookup = LOOKUP_KEY_OF_TITLE[def.lookupList ?? ''];
      const multi = def.kind === 'lookupMulti';
      out.push({ kind: 'lookupTitle', header: f.header, field: f.field, lookup, multi });
      out.push({ kind: 'lookupId', header: `${f.header} ${multi ? 'IDs' : 'ID'}`, field: f.field, lookup, multi });
    } else out.push({ kind: 'value', header: f.header, field: f.field, type: def.kind, ...(f.readOnly ? { readOnly: f.readOnly } : {}) });
  }
  return out;
}

function specOf(key: CsvListKey): CsvListSpec {
  const columns = columnsOf(key);
  const lookups = [...new Set(columns.flatMap((c) => (c.kind === 'lookupTitle' ? [c.lookup] : [])))];
  return { key, entity: ENTITY[key], title: LISTS[key].title, columns, lookups };
}

export const CSV_SPECS: Record<CsvListKey, CsvListSpec> = {
  members: specOf('members'),
  memberships: specOf('memberships'),
  bodies: specOf('bodies'),
  officers: specOf('officers'),
  liaisonOfficers: specOf('liaisonOfficers')
};

/** Headers compared as people type them: case, spacing and punctuation aside. */
export const headerKey = (h: string): string => foldText(h).replace(/[^a-z0-9]+/g, ' ').trim();

/**
 * The names a column is known by in a file: its display name, its internal name (a file made
 * from SharePoint's own export) and the field's name in the product's forms ("First name").
 */
export function namesOf(spec: CsvListSpec, c: CsvColumn): string[] {
  const names = [c.header];
  const registry = FIELD_REGISTRY[spec.entity] as Record<string, { label: string } | undefined>;
  const defs = LISTS[spec.key as ListKey].fields as Record<string, { name: string }>;
  if (c.kind === 'id') names.push('Id', 'Item ID');
  if (c.kind === 'moderngovId') names.push(MODERNGOV_ID_COLUMN);
  if (c.kind === 'value' || c.kind === 'lookupTitle') {
    names.push(defs[c.field].name);
    const label = registry[c.field]?.label;
    // "Title" is every list's label column in SharePoint's own exports, never the honorific.
    if (label && label !== 'Title') names.push(label);
  }
  if (c.kind === 'lookupId') names.push(`${defs[c.field].name}Id`);
  return names;
}

/** Header key → column, for reading a file's first row. */
export function headerIndex(spec: CsvListSpec): Map<string, CsvColumn> {
  const out = new Map<string, CsvColumn>();
  for (const c of spec.columns) for (const n of namesOf(spec, c)) if (!out.has(headerKey(n))) out.set(headerKey(n), c);
  return out;
}

/** `--list` as people write it: "members", "Liaison Officers", "liaison-officers". */
export function csvListOf(name: string): CsvListKey | undefined {
  const k = name.toLowerCase().replace(/[^a-z]/g, '');
  return CSV_LISTS.find((key) => key.toLowerCase() === k);
}
