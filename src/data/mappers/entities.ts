/**
 * Item ↔ domain mapping for every list, driven by the column definitions in ../lists: `from*`
 * turn a SharePoint item into the raw shape of a domain record (validated by the caller with
 * the domain schema, field by field); `to*` turn a validated domain record into the item body
 * PnPjs sends.
 */
import type { StoredBody, BodyInput, StoredLiaisonOfficer, LiaisonOfficerInput, StoredMember, MemberInput, StoredMembership, MembershipInput, StoredOfficer, OfficerInput, StoredPoliticalGroup, PoliticalGroupInput, StoredServiceArea, ServiceAreaInput, StoredWard, WardInput } from '../../domain/model';
import { LISTS, wireName, type ListDef, type ListKey } from '../lists';
import { isBlank, readValue, writeValue, type SpItem } from './values';

type Raw = Record<string, unknown>;
/** What may be written: a validated input, or a stored record read back (the local seed writes those). */
type Writable<I, R> = I | Omit<R, 'id'>;

/** Every field of a list, read from an item; blank columns are left out. */
export function fromItem(key: ListKey, item: SpItem): Raw {
  const def: ListDef = LISTS[key];
  const out: Raw = {};
  for (const [field, c] of Object.entries(def.fields)) {
    const v = readValue(c.kind, item[wireName(c)]);
    if (v !== undefined) out[field] = v;
  }
  return out;
}

/** The item body for a record: every column of the list, cleared where the record leaves it empty. */
export function toItem(key: ListKey, value: Raw, title?: string): SpItem {
  const def: ListDef = LISTS[key];
  const out: SpItem = {};
  for (const [field, c] of Object.entries(def.fields)) {
    if (c.kind === 'counter') continue;
    out[wireName(c)] = writeValue(c.kind, value[field]);
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

export const wardFromItem = (i: SpItem): Raw => fromItem('wards', i);
export const wardToItem = (w: Writable<WardInput, StoredWard>): SpItem => toItem('wards', w);

export const politicalGroupFromItem = (i: SpItem): Raw => fromItem('politicalGroups', i);
export const politicalGroupToItem = (g: Writable<PoliticalGroupInput, StoredPoliticalGroup>): SpItem => toItem('politicalGroups', g);

export const memberFromItem = (i: SpItem): Raw => withNameFromTitle(fromItem('members', i), i);

/** "Jan Smith": the Members list's Title, so the list reads well in SharePoint. */
export function memberDisplayTitle(m: Pick<MemberInput, 'givenName' | 'familyName' | 'preferredName'>): string {
  return `${m.preferredName ?? m.givenName} ${m.familyName}`;
}

export function memberToItem(m: Writable<MemberInput, StoredMember>): SpItem {
  const defaults = { publishPhone: true, publishMobile: false, publishAddress: false, status: 'Current' };
  return toItem('members', { ...defaults, ...m }, memberDisplayTitle(m));
}

export const bodyFromItem = (i: SpItem): Raw => fromItem('bodies', i);
export const bodyToItem = (b: Writable<BodyInput, StoredBody>): SpItem => toItem('bodies', b);

export const membershipFromItem = (i: SpItem): Raw => fromItem('memberships', i);
export const membershipToItem = (m: Writable<MembershipInput, StoredMembership>, title: string): SpItem => toItem('memberships', m, title);

export const serviceAreaFromItem = (i: SpItem): Raw => fromItem('serviceAreas', i);
export const serviceAreaToItem = (s: Writable<ServiceAreaInput, StoredServiceArea>): SpItem => toItem('serviceAreas', s);

export const officerFromItem = (i: SpItem): Raw => withNameFromTitle(fromItem('officers', i), i);
export const officerToItem = (o: Writable<OfficerInput, StoredOfficer>): SpItem =>
  toItem('officers', { ...o, politicallyRestricted: o.politicallyRestricted ?? false }, `${o.givenName} ${o.familyName}`);

export const liaisonOfficerFromItem = (i: SpItem): Raw => fromItem('liaisonOfficers', i);
export const liaisonOfficerToItem = (l: Writable<LiaisonOfficerInput, StoredLiaisonOfficer>, title: string): SpItem => toItem('liaisonOfficers', l, title);

/** A pre-election period row → the domain's `PreElectionPeriod` shape (validate with preElectionPeriodSchema). */
export function preElectionPeriodFromItem(i: SpItem): Raw {
  const { start, end, election } = fromItem('preElectionPeriods', i);
  return { start, end, election };
}
export function preElectionPeriodToItem(p: { start: string; end: string; election?: string }): SpItem {
  return { ...toItem('preElectionPeriods', p), Title: p.election ?? 'Election' };
}
