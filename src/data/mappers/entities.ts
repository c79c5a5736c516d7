/**
 * Item ↔ domain mapping for every list, driven by the column definitions in ../lists: `from*`
 * turn a SharePoint item into the raw shape of a domain record (validated by the caller with
 * the domain schema, field by field); `to*` turn a validated domain record into the item body
 * PnPjs sends.
 *
 * Date-only columns depend on the site's time zone (dates.ts). The functions exported at the
 * bottom use SharePoint's UK default, GMT Standard Time; `entityMappers(zone)` gives the same
 * functions for a site's own zone (web/RegionalSettings/TimeZone).
 */
import type { StoredBody, BodyInput, StoredLiaisonOfficer, LiaisonOfficerInput, StoredMember, MemberInput, StoredMembership, MembershipInput, StoredOfficer, OfficerInput, StoredPoliticalGroup, PoliticalGroupInput, StoredServiceArea, ServiceAreaInput, StoredWard, WardInput } from '../../domain/model';
import { LISTS, wireName, type ListDef, type ListKey } from '../lists';
import { GMT_STANDARD_TIME, type SiteTimeZone } from './dates';
import { fromSpImage, isBlank, readValue, writeValue, type SpItem } from './values';

type Raw = Record<string, unknown>;
/** What may be written: a validated input, or a stored record read back (the local seed writes those). */
type Writable<I, R> = I | Omit<R, 'id'>;

/** Every field of a list, read from an item; blank columns are left out. */
function readItem(key: ListKey, item: SpItem, zone: SiteTimeZone): Raw {
  const def: ListDef = LISTS[key];
  const out: Raw = {};
  for (const [field, c] of Object.entries(def.fields)) {
    const raw = item[wireName(c)];
    // An image uploaded in the list form is an attachment of this item: its URL comes from the item.
    const v = c.kind === 'image' && !isBlank(raw) ? fromSpImage(raw, item) ?? raw : readValue(c.kind, raw, zone);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** The item body for a record: every column of the list, cleared where the record leaves it empty. */
function writeItem(key: ListKey, value: Raw, zone: SiteTimeZone, title?: string): SpItem {
  const def: ListDef = LISTS[key];
  const out: SpItem = {};
  for (const [field, c] of Object.entries(def.fields)) {
    if (c.kind === 'counter') continue;
    out[wireName(c)] = writeValue(c.kind, value[field], zone);
  }
  if (title !== undefined) out.Title = title;
  return out;
}

/**
 * A person whose name columns are blank is still known by the list's Title (their display name):
 * the last word is taken as the surname, so they are shown rather than left out.
 */
function withNameFromTitle(raw: Raw, item: SpItem): Raw {
  if (!isBlank(raw.givenName) && !isBlank(raw.familyName)) return raw;
  const title = typeof item.Title === 'string' ? item.Title.trim().replace(/\s+/g, ' ') : '';
  if (!title) return raw;
  const words = title.split(' ');
  const familyName = isBlank(raw.familyName) ? words[words.length - 1] : raw.familyName;
  const givenName = isBlank(raw.givenName) ? (words.length > 1 ? words.slice(0, -1).join(' ') : title) : raw.givenName;
  return { ...raw, givenName, familyName };
}

/** "Jan Smith": the Members list's Title, so the list reads well in SharePoint. */
export function memberDisplayTitle(m: Pick<MemberInput, 'givenName' | 'familyName' | 'preferredName'>): string {
  return `${m.preferredName ?? m.givenName} ${m.familyName}`;
}

/** Every list's mappers for a site's time zone. */
export function entityMappers(zone: SiteTimeZone) {
  const fromItem = (key: ListKey, item: SpItem): Raw => readItem(key, item, zone);
  const toItem = (key: ListKey, value: Raw, title?: string): SpItem => writeItem(key, value, zone, title);
  return {
    zone,
    fromItem,
    toItem,
    wardFromItem: (i: SpItem): Raw => fromItem('wards', i),
    wardToItem: (w: Writable<WardInput, StoredWard>): SpItem => toItem('wards', w),
    politicalGroupFromItem: (i: SpItem): Raw => fromItem('politicalGroups', i),
    politicalGroupToItem: (g: Writable<PoliticalGroupInput, StoredPoliticalGroup>): SpItem => toItem('politicalGroups', g),
    memberFromItem: (i: SpItem): Raw => withNameFromTitle(fromItem('members', i), i),
    memberToItem(m: Writable<MemberInput, StoredMember>): SpItem {
      const defaults = { publishPhone: true, publishMobile: false, publishAddress: false, status: 'Current' };
      return toItem('members', { ...defaults, ...m }, memberDisplayTitle(m));
    },
    bodyFromItem: (i: SpItem): Raw => fromItem('bodies', i),
    bodyToItem: (b: Writable<BodyInput, StoredBody>): SpItem => toItem('bodies', b),
    membershipFromItem: (i: SpItem): Raw => fromItem('memberships', i),
    membershipToItem: (m: Writable<MembershipInput, StoredMembership>, title: string): SpItem => toItem('memberships', m, title),
    serviceAreaFromItem: (i: SpItem): Raw => fromItem('serviceAreas', i),
    serviceAreaToItem: (sa: Writable<ServiceAreaInput, StoredServiceArea>): SpItem => toItem('serviceAreas', sa),
    officerFromItem: (i: SpItem): Raw => withNameFromTitle(fromItem('officers', i), i),
    officerToItem: (o: Writable<OfficerInput, StoredOfficer>): SpItem =>
      toItem('officers', { ...o, politicallyRestricted: o.politicallyRestricted ?? false }, `${o.givenName} ${o.familyName}`),
    liaisonOfficerFromItem: (i: SpItem): Raw => fromItem('liaisonOfficers', i),
    liaisonOfficerToItem: (l: Writable<LiaisonOfficerInput, StoredLiaisonOfficer>, title: string): SpItem => toItem('liaisonOfficers', l, title),
    /** A pre-election period row → the domain's `PreElectionPeriod` shape (validate with preElectionPeriodSchema). */
    preElectionPeriodFromItem(i: SpItem): Raw {
      const { start, end, election } = fromItem('preElectionPeriods', i);
      return { start, end, election };
    },
    preElectionPeriodToItem: (p: { start: string; end: string; election?: string }): SpItem => ({ ...toItem('preElectionPeriods', p), Title: p.election ?? 'Election' })
  };
}

export type EntityMappers = ReturnType<typeof entityMappers>;

/** The mappers for a site in GMT Standard Time (SharePoint's UK default). */
export const {
  fromItem,
  toItem,
  wardFromItem,
  wardToItem,
  politicalGroupFromItem,
  politicalGroupToItem,
  memberFromItem,
  memberToItem,
  bodyFromItem,
  bodyToItem,
  membershipFromItem,
  membershipToItem,
  serviceAreaFromItem,
  serviceAreaToItem,
  officerFromItem,
  officerToItem,
  liaisonOfficerFromItem,
  liaisonOfficerToItem,
  preElectionPeriodFromItem,
  preElectionPeriodToItem
} = entityMappers(GMT_STANDARD_TIME);
