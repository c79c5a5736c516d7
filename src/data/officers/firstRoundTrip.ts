/**
 * The Officer Directory's first round trip: one $batch with the Service Areas, Liaison Officers
 * (with their officers' names and contacts through the lookup), Wards, Political Groups
 * (screening terms only) and, unless the officers are cached, the first page of Officers in ID
 * order with only the columns shown, plus the Officers list's item count. Every row is validated
 * field by field. Service Areas and Liaison Officers are needed; the other lists fail softly
 * (Political Groups fail closed: officer-owned text is then withheld).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { CacheNever, InjectHeaders } from '@pnp/queryable';
import { liaisonOfficerSchema, LIAISON_OFFICER_IDENTITY, type StoredLiaisonOfficer } from '../../domain/model/liaisonOfficer';
import { officerSchema, OFFICER_IDENTITY } from '../../domain/model/officer';
import { politicalGroupSchema, POLITICAL_GROUP_IDENTITY } from '../../domain/model/politicalGroup';
import { serviceAreaSchema, SERVICE_AREA_IDENTITY, type StoredServiceArea } from '../../domain/model/serviceArea';
import { wardSchema, WARD_IDENTITY, type StoredWard } from '../../domain/model/ward';
import type { ReadStamp } from '../core/cache';
import { toDirectoryError } from '../core/errors';
import { MAX_PAGE } from '../core/paging';
import { parseRows, unreadableList, type RecordProblem } from '../core/records';
import { LISTS, LIST_TITLES, selectOf, wireName } from '../lists';
import { fromItem, liaisonOfficerFromItem, officerFromItem, politicalGroupFromItem, serviceAreaFromItem, wardFromItem } from '../mappers/entities';
import type { SpItem } from '../mappers/values';
import type { LiaisonContact, OfficerDirectoryBase } from './IOfficerDirectoryRepository';

/** Only the columns the directory shows (no Account); FileDirRef finds a photo uploaded in the list form (an attachment). */
export const OFFICER_COLUMNS = [...selectOf('officers', ['accountId', 'entraId', 'department']), 'FileDirRef'];
/** Minimal JSON: officer pages are a third smaller without per-item metadata. */
export const NO_METADATA = { Accept: 'application/json;odata=nometadata' };

/**
 * The sign-in name (Teams chat, the profile card) and the date an officer left come through the
 * lookup too, so a leaver is never shown as a liaison contact even before their record arrives
 * (SharePoint projects text and date columns through a lookup, not choice columns such as Status).
 */
const CONTACT_FIELDS = ['id', 'givenName', 'familyName', 'jobTitle', 'email', 'phone', 'mobile', 'userPrincipalName', 'leftOn'] as const;
const OFFICER_LOOKUP = LISTS.liaisonOfficers.fields.officerId.name;
/** The officer's name and contacts come through the lookup (text columns, which SharePoint can project). */
const LIAISON_COLUMNS = [
  ...selectOf('liaisonOfficers'),
  // The entry's "last updated" line.
  'Modified',
  ...CONTACT_FIELDS.map((f) => `${OFFICER_LOOKUP}/${wireName(LISTS.officers.fields[f])}`)
];

const liaisonContactSchema = officerSchema.pick({ id: true, givenName: true, familyName: true, jobTitle: true, email: true, phone: true, mobile: true, userPrincipalName: true, leftOn: true });

/** The officer a liaison row points at, as the lookup projected it. */
function officerOfLiaisonRow(row: SpItem): SpItem | undefined {
  const o = row[OFFICER_LOOKUP] as SpItem | null | undefined;
  return o && typeof o === 'object' && typeof o.Id === 'number' ? o : undefined;
}

export function maxId(rows: readonly SpItem[], start: number): number {
  let m = start;
  for (const r of rows) if (typeof r.Id === 'number' && r.Id > m) m = r.Id;
  return m;
}

export interface FirstRoundTrip {
  base: OfficerDirectoryBase;
  /** The first page of officers, not yet validated (none when the officers came from the cache). */
  firstPage: SpItem[] | undefined;
  afterId: number;
  more: boolean;
}

export async function readFirstRoundTrip(sp: SPFI, options: { officersCached: boolean; cachedCount: number; pageSize: number; stamp: ReadStamp }): Promise<FirstRoundTrip> {
  const [batched, execute] = sp.batched();
  const lists = batched.web.lists;
  const T = LIST_TITLES;
  const items = (title: string, select: readonly string[]) => lists.getByTitle(title).items.select(...select).top(MAX_PAGE);
  const parts: Array<Promise<unknown>> = [
    items(T.serviceAreas, selectOf('serviceAreas'))(),
    items(T.liaisonOfficers, LIAISON_COLUMNS).expand(OFFICER_LOOKUP)(),
    items(T.wards, selectOf('wards', ['description']))(),
    // Screening terms only: not the group's web site.
    items(T.politicalGroups, selectOf('politicalGroups', ['website']))()
  ];
  if (!options.officersCached) {
    // The officers are cached by officerCache.ts, not in session storage.
    parts.push(
      lists.getByTitle(T.officers).items.select(...OFFICER_COLUMNS).top(options.pageSize).using(CacheNever(), InjectHeaders(NO_METADATA))(),
      lists.getByTitle(T.officers).select('ItemCount').using(CacheNever())()
    );
  }
  const settled = Promise.allSettled(parts);
  await execute();
  const results = await settled;
  const problems: RecordProblem[] = [];
  const value = <V>(i: number, list: string, required: boolean): V | undefined => {
    const r = results[i];
    if (r.status === 'fulfilled') return r.value as V;
    const error = toDirectoryError(r.reason, list);
    if (required) throw error;
    problems.push(unreadableList(list, `The ${list} list could not be read (${error.kind}).`));
    return undefined;
  };

  const serviceRows = value<SpItem[]>(0, T.serviceAreas, true) ?? [];
  const liaisonRows = value<SpItem[]>(1, T.liaisonOfficers, true) ?? [];
  const wardRows = value<SpItem[]>(2, T.wards, false) ?? [];
  const groupRows = value<SpItem[]>(3, T.politicalGroups, false);
  const services = parseRows(serviceRows, serviceAreaFromItem, { list: T.serviceAreas, label: 'a service area', schema: serviceAreaSchema, identity: SERVICE_AREA_IDENTITY });
  const liaison = parseRows(liaisonRows, liaisonOfficerFromItem, { list: T.liaisonOfficers, label: 'a liaison officer', schema: liaisonOfficerSchema, identity: LIAISON_OFFICER_IDENTITY });
  const contacts = parseRows(
    liaisonRows.map(officerOfLiaisonRow).filter((c): c is SpItem => c !== undefined),
    (o) => fromItem('officers', o),
    { list: T.officers, label: 'an officer', schema: liaisonContactSchema, identity: OFFICER_IDENTITY }
  );
  const wards = parseRows(wardRows, wardFromItem, { list: T.wards, label: 'a ward', schema: wardSchema, identity: WARD_IDENTITY });
  const groups = parseRows(groupRows ?? [], politicalGroupFromItem, { list: T.politicalGroups, label: 'a political group', schema: politicalGroupSchema, identity: POLITICAL_GROUP_IDENTITY });
  problems.push(...services.problems, ...liaison.problems, ...wards.problems, ...groups.problems);

  let firstPage: SpItem[] | undefined;
  let officerCount = options.cachedCount;
  if (!options.officersCached) {
    firstPage = value<SpItem[]>(4, T.officers, true) ?? [];
    const count = value<{ ItemCount?: number }>(5, T.officers, false);
    officerCount = Math.max(Number(count?.ItemCount ?? 0) || 0, firstPage.length);
  }
  const unique = new Map<number, LiaisonContact>();
  for (const c of contacts.records) unique.set(c.id, c);
  return {
    base: {
      serviceAreas: services.records as StoredServiceArea[],
      liaisonOfficers: liaison.records as StoredLiaisonOfficer[],
      liaisonContacts: [...unique.values()],
      wards: wards.records as StoredWard[],
      groupTerms: groups.records.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases })),
      screeningReady: groupRows !== undefined,
      officerCount,
      problems,
      withheld: { [T.serviceAreas]: services.withheld, [T.liaisonOfficers]: liaison.withheld },
      liaisonModified: Object.fromEntries(liaisonRows.filter((r) => typeof r.Modified === 'string').map((r) => [Number(r.Id), String(r.Modified)])),
      ...options.stamp
    },
    firstPage,
    afterId: firstPage ? maxId(firstPage, 0) : 0,
    more: !!firstPage && firstPage.length >= options.pageSize
  };
}

/** Validates a slice of officer rows. */
export function parseOfficers(rows: readonly SpItem[]) {
  return parseRows(rows, officerFromItem, { list: LIST_TITLES.officers, label: 'an officer', schema: officerSchema, identity: OFFICER_IDENTITY });
}
