/**
 * What a CSV export or import needs from the site: the list itself (each record validated field
 * by field, with its ETag, as the ModernGov import reads it), the lists its lookups point at (as
 * title ↔ id tables), and the council's Political Groups, which the neutrality screen needs.
 */
import type { SPFI } from '@pnp/sp';
import { memberDisplayName, type StoredBody, type StoredPoliticalGroup } from '../../../domain/model';
import {
  BODY_IDENTITY,
  bodySchema,
  LIAISON_OFFICER_IDENTITY,
  liaisonOfficerSchema,
  MEMBER_IDENTITY,
  memberSchema,
  MEMBERSHIP_IDENTITY,
  membershipSchema,
  OFFICER_IDENTITY,
  officerSchema,
  POLITICAL_GROUP_IDENTITY,
  politicalGroupSchema,
  SERVICE_AREA_IDENTITY,
  serviceAreaSchema,
  WARD_IDENTITY,
  wardSchema
} from '../../../domain/model';
import type { RecordProblem } from '../../core/records';
import { LIST_TITLES, type ListKey } from '../../lists';
import { memberDisplayTitle } from '../../mappers';
import type { SiteTimeZone } from '../../mappers/dates';
import { matchKey } from '../../sync/plan';
import { readImportZone, readList, type FromItem, type SiteRecord } from '../site';
import { CSV_SPECS, LOOKUP_NOUNS, type CsvListKey, type LookupKey } from './columns';

type ReadKey = CsvListKey | LookupKey;
type Rec = Record<string, unknown> & { id: number };

const READERS: Record<ReadKey, { fromItem: FromItem; schema: Parameters<typeof readList>[4]['schema']; identity: readonly string[]; label: string }> = {
  members: { fromItem: (m) => m.memberFromItem, schema: memberSchema, identity: MEMBER_IDENTITY, label: 'a member' },
  memberships: { fromItem: (m) => m.membershipFromItem, schema: membershipSchema, identity: MEMBERSHIP_IDENTITY, label: 'a membership' },
  bodies: { fromItem: (m) => m.bodyFromItem, schema: bodySchema, identity: BODY_IDENTITY, label: 'a body' },
  officers: { fromItem: (m) => m.officerFromItem, schema: officerSchema, identity: OFFICER_IDENTITY, label: 'an officer' },
  liaisonOfficers: { fromItem: (m) => m.liaisonOfficerFromItem, schema: liaisonOfficerSchema, identity: LIAISON_OFFICER_IDENTITY, label: 'a liaison officer' },
  wards: { fromItem: (m) => m.wardFromItem, schema: wardSchema, identity: WARD_IDENTITY, label: 'a ward' },
  politicalGroups: { fromItem: (m) => m.politicalGroupFromItem, schema: politicalGroupSchema, identity: POLITICAL_GROUP_IDENTITY, label: 'a political group' },
  serviceAreas: { fromItem: (m) => m.serviceAreaFromItem, schema: serviceAreaSchema, identity: SERVICE_AREA_IDENTITY, label: 'a service area' }
};

function read(sp: SPFI, key: ReadKey, zone: Promise<SiteTimeZone>, problems: RecordProblem[]): Promise<Array<SiteRecord<Rec>>> {
  const r = READERS[key];
  return readList<Rec>(sp, key as ListKey, r.fromItem, zone, { list: LIST_TITLES[key as ListKey], label: r.label, schema: r.schema, identity: r.identity }, problems);
}

/** A list a lookup points at: the title people read for each id, and the ids each folded title names. */
export interface LookupTable {
  key: LookupKey;
  noun: string;
  titleOf: Map<number, string>;
  idsOf: Map<string, number[]>;
}

/** Member titles as the lists show them ("Jan Smith"); "Cllr" and "Councillor" before a name are read past. */
export const lookupTitleKey = (title: string): string | undefined => matchKey(title.replace(/^\s*(?:cllr\.?|councillor)\s+/i, ''));

function titlesOf(key: LookupKey, r: Rec): { title: string; also: string[] } {
  switch (key) {
    case 'members': {
      const m = r as unknown as Parameters<typeof memberDisplayName>[0];
      return { title: memberDisplayTitle(m), also: [`${m.givenName} ${m.familyName}`] };
    }
    case 'officers':
      return { title: `${String(r.givenName)} ${String(r.familyName)}`, also: [] };
    case 'politicalGroups': {
      const g = r as unknown as StoredPoliticalGroup;
      return { title: g.name, also: [g.shortName ?? '', ...(g.aliases ?? [])].filter(Boolean) };
    }
    default:
      return { title: String(r.title), also: [] };
  }
}

export function lookupTable(key: LookupKey, records: ReadonlyArray<SiteRecord<Rec>>): LookupTable {
  const titleOf = new Map<number, string>();
  const idsOf = new Map<string, number[]>();
  for (const { id, record } of records) {
    const { title, also } = titlesOf(key, record);
    titleOf.set(id, title);
    for (const t of new Set([title, ...also].map(lookupTitleKey).filter((k): k is string => !!k))) idsOf.set(t, [...(idsOf.get(t) ?? []), id]);
  }
  return { key, noun: LOOKUP_NOUNS[key], titleOf, idsOf };
}

export interface CsvSite {
  list: CsvListKey;
  records: Array<SiteRecord<Rec>>;
  lookups: Partial<Record<LookupKey, LookupTable>>;
  /** For the neutrality screen. */
  groups: StoredPoliticalGroup[];
  /** Bodies' kinds, for the rules that need the body (a Mayor sits on Full Council). */
  bodies: Map<number, StoredBody>;
  problems: RecordProblem[];
  /** The site's time zone: date-only values are read, and written, by it. */
  zone: SiteTimeZone;
}

export async function readCsvSite(sp: SPFI, list: CsvListKey): Promise<CsvSite> {
  const spec = CSV_SPECS[list];
  const problems: RecordProblem[] = [];
  const needs = [...new Set<ReadKey>([list, 'politicalGroups', ...spec.lookups, ...(list === 'memberships' ? (['bodies'] as const) : [])])];
  const zone = readImportZone(sp);
  const read_ = await Promise.all(needs.map((k) => read(sp, k, zone, problems)));
  const byKey = new Map<ReadKey, Array<SiteRecord<Rec>>>(needs.map((k, i) => [k, read_[i]]));
  const lookups: CsvSite['lookups'] = {};
  for (const k of spec.lookups) lookups[k] = lookupTable(k, byKey.get(k) ?? []);
  return {
    list,
    records: byKey.get(list) ?? [],
    lookups,
    groups: (byKey.get('politicalGroups') ?? []).map((g) => g.record as unknown as StoredPoliticalGroup),
    bodies: new Map((byKey.get('bodies') ?? []).map((b) => [b.id, b.record as unknown as StoredBody])),
    problems,
    zone: await zone
  };
}
