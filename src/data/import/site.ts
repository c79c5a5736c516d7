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
import { bodyFromItem, memberFromItem, membershipFromItem, politicalGroupFromItem, wardFromItem, type SpItem } from '../mappers';
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
}

/** Reads a whole list, each record validated field by field, with its ETag and its ModernGov id. */
export async function readList<T extends { id: number }>(
  sp: SPFI,
  key: ListKey,
  fromItem: (row: SpItem) => Record<string, unknown>,
  spec: Parameters<typeof parseRows>[2],
  problems: RecordProblem[]
): Promise<Array<SiteRecord<T>>> {
  const select = [...selectOf(key), ...(LISTS_WITH_MODERNGOV_ID.includes(key) ? [MODERNGOV_ID_COLUMN] : [])];
  const rows = await readAll(sp, { list: LIST_TITLES[key], select });
  const byId = new Map(rows.map((r) => [Number(r.Id), r]));
  const parsed = parseRows(rows, fromItem, spec);
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

export async function readSite(sp: SPFI): Promise<SiteData> {
  const problems: RecordProblem[] = [];
  const [wards, groups, members, bodies, memberships] = await Promise.all([
    readList<StoredWard>(sp, 'wards', wardFromItem, { list: LIST_TITLES.wards, label: 'a ward', schema: wardSchema, identity: WARD_IDENTITY }, problems),
    readList<StoredPoliticalGroup>(
      sp,
      'politicalGroups',
      politicalGroupFromItem,
      { list: LIST_TITLES.politicalGroups, label: 'a political group', schema: politicalGroupSchema, identity: POLITICAL_GROUP_IDENTITY },
      problems
    ),
    readList<StoredMember>(sp, 'members', memberFromItem, { list: LIST_TITLES.members, label: 'a member', schema: memberSchema, identity: MEMBER_IDENTITY }, problems),
    readList<StoredBody>(sp, 'bodies', bodyFromItem, { list: LIST_TITLES.bodies, label: 'a body', schema: bodySchema, identity: BODY_IDENTITY }, problems),
    readList<StoredMembership>(
      sp,
      'memberships',
      membershipFromItem,
      { list: LIST_TITLES.memberships, label: 'a membership', schema: membershipSchema, identity: MEMBERSHIP_IDENTITY },
      problems
    )
  ]);
  return { wards, groups, members, bodies, memberships, problems };
}

/** A site with nothing in it: for planning against saved answers without a site (tests, previews). */
export const EMPTY_SITE: SiteData = { wards: [], groups: [], members: [], bodies: [], memberships: [], problems: [] };
