/**
 * What the directory site holds now, for the import to compare with: Wards, Political Groups,
 * Members, Bodies and Memberships, each record validated field by field (an invalid field is left
 * out, so the import sees it as blank and may mend it), with its ETag (so that a record changed in
 * SharePoint after it was read is not overwritten) and its ModernGov id.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import {
  BODY_IDENTITY,
  bodySchema,
  MEMBER_IDENTITY,
  memberSchema,
  MEMBERSHIP_IDENTITY,
  membershipSchema,
  POLITICAL_GROUP_IDENTITY,
  politicalGroupSchema,
  WARD_IDENTITY,
  wardSchema,
  type StoredBody,
  type StoredMember,
  type StoredMembership,
  type StoredPoliticalGroup,
  type StoredWard
} from '../../domain/model';
import { readAll } from '../core/paging';
import { parseRows, type RecordProblem } from '../core/records';
import { LIST_TITLES, LISTS_WITH_MODERNGOV_ID, MODERNGOV_ID_COLUMN, selectOf, type ListKey } from '../lists';
import { entityMappers, type EntityMappers, type SpItem } from '../mappers';
import { GMT_STANDARD_TIME, timeZoneFromSp, type SiteTimeZone } from '../mappers/dates';
import { timeZoneRead } from '../mappers/siteTimeZone';
import { etagOf } from '../writes';

export interface SiteRecord<T> {
  id: number;
  etag: string;
  /** The ModernGov id stored on it. */
  externalId?: string;
  record: T;
}

export interface SiteData {
  wards: Array<SiteRecord<StoredWard>>;
  groups: Array<SiteRecord<StoredPoliticalGroup>>;
  members: Array<SiteRecord<StoredMember>>;
  bodies: Array<SiteRecord<StoredBody>>;
  memberships: Array<SiteRecord<StoredMembership>>;
  /** Records with fields left out (invalid) or left out whole (no identity). */
  problems: RecordProblem[];
  /** The site's time zone: date-only values are read, and must be written, by it. */
  zone: SiteTimeZone;
}

/** Which mapper reads a list's items: the mappers are made for the site's time zone. */
export type FromItem = (mappers: EntityMappers) => (row: SpItem) => Record<string, unknown>;

/**
 * Reads a whole list, each record validated field by field, with its ETag and its ModernGov id.
 * The zone may still be on its way: it is read alongside the lists, not before them.
 */
export async function readList<T extends { id: number }>(
  sp: SPFI,
  key: ListKey,
  fromItem: FromItem,
  zone: SiteTimeZone | Promise<SiteTimeZone>,
  spec: Parameters<typeof parseRows>[2],
  problems: RecordProblem[]
): Promise<Array<SiteRecord<T>>> {
  const select = [...selectOf(key), ...(LISTS_WITH_MODERNGOV_ID.includes(key) ? [MODERNGOV_ID_COLUMN] : [])];
  const [rows, siteZone] = await Promise.all([readAll(sp, { list: LIST_TITLES[key], select }), zone]);
  const byId = new Map(rows.map((r) => [Number(r.Id), r]));
  const parsed = parseRows(rows, fromItem(entityMappers(siteZone)), spec);
  problems.push(...parsed.problems);
  return parsed.records.map((record) => {
    const row = byId.get((record as T).id) as Record<string, unknown>;
    const external = row[MODERNGOV_ID_COLUMN];
    return {
      id: (record as T).id,
      etag: etagOf(row),
      externalId: typeof external === 'string' && external.trim() ? external.trim() : undefined,
      record: record as T
    };
  });
}

/**
 * The site's time zone (web/RegionalSettings/TimeZone). Unlike a page's read, a write path does
 * not guess: if the zone cannot be read, neither can the site, and nothing is written.
 */
export async function readImportZone(sp: SPFI): Promise<SiteTimeZone> {
  return timeZoneFromSp(await timeZoneRead(sp));
}

export async function readSite(sp: SPFI): Promise<SiteData> {
  const problems: RecordProblem[] = [];
  const zone = readImportZone(sp);
  const [wards, groups, members, bodies, memberships] = await Promise.all([
    readList<StoredWard>(sp, 'wards', (m) => m.wardFromItem, zone, { list: LIST_TITLES.wards, label: 'a ward', schema: wardSchema, identity: WARD_IDENTITY }, problems),
    readList<StoredPoliticalGroup>(
      sp,
      'politicalGroups',
      (m) => m.politicalGroupFromItem,
      zone,
      { list: LIST_TITLES.politicalGroups, label: 'a political group', schema: politicalGroupSchema, identity: POLITICAL_GROUP_IDENTITY },
      problems
    ),
    readList<StoredMember>(sp, 'members', (m) => m.memberFromItem, zone, { list: LIST_TITLES.members, label: 'a member', schema: memberSchema, identity: MEMBER_IDENTITY }, problems),
    readList<StoredBody>(sp, 'bodies', (m) => m.bodyFromItem, zone, { list: LIST_TITLES.bodies, label: 'a body', schema: bodySchema, identity: BODY_IDENTITY }, problems),
    readList<StoredMembership>(
      sp,
      'memberships',
      (m) => m.membershipFromItem,
      zone,
      { list: LIST_TITLES.memberships, label: 'a membership', schema: membershipSchema, identity: MEMBERSHIP_IDENTITY },
      problems
    )
  ]);
  return { wards, groups, members, bodies, memberships, problems, zone: await zone };
}

/** A site with nothing in it: for planning against saved answers without a site (tests, previews). */
export const EMPTY_SITE: SiteData = { wards: [], groups: [], members: [], bodies: [], memberships: [], problems: [], zone: GMT_STANDARD_TIME };
