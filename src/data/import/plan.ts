/**
 * The import plan: what ModernGov says, matched onto what the site holds, through the one diff
 * engine (../sync/plan). Records are matched by the ModernGov id stored on them, then (for records
 * typed by hand, without one) by normalised name. Nothing is written here: the plan is the dry run,
 * the drift report is read from it, and ./write writes it.
 */
import { memberDisplayName, type BodyKind, type StoredBody, type StoredMember, type StoredMembership, type StoredPoliticalGroup, type StoredWard } from '../../domain/model';
import { matchKey, planChanges, sameValue, type FieldRule, type Plan } from '../sync/plan';
import type { ImportProblem, IncomingMember, ModernGovCouncil } from './moderngov/council';
import { foldParty, newGroupFor, resolveParty, type GroupTerms } from './moderngov/parties';
import { tidyCapitals } from './moderngov/text';
import { planMemberships, type MembershipRow, type UnmappedPost } from './memberships';
import type { SiteTimeZone } from '../mappers/dates';
import type { SiteData, SiteRecord } from './site';

/** A SharePoint item id, or `new:<list>:<key>` for a record this plan creates. */
export type Ref = number | string;
export const newRef = (list: 'ward' | 'group' | 'member' | 'body', key: string): string => `new:${list}:${key}`;

export interface WardRow {
  key: string;
  title: string;
  seats?: number;
}

export interface GroupRow {
  /** The group's ModernGov key: its folded name. */
  key: string;
  existingId?: number;
  name: string;
  aliases: string[];
}

export interface BodyRow {
  key: string;
  title: string;
  kind: BodyKind;
}

export interface MemberValues {
  honorific?: string;
  givenName: string;
  familyName: string;
  preferredName?: string;
  postNominals?: string;
  email?: string;
  phone?: string;
  mobile?: string;
  photoUrl?: string;
  postalAddress?: string;
  wardId?: Ref;
  /** null: ModernGov says no group; undefined: the party could not be mapped (left as it is). */
  politicalGroupId?: Ref | null;
  termStart?: string;
  termEnd?: string;
}

export interface MemberRow {
  key: string;
  label: string;
  values: MemberValues;
  source: IncomingMember;
}

export interface ImportPlan {
  source: string;
  today: string;
  council: ModernGovCouncil;
  wards: Plan<SiteRecord<StoredWard>, WardRow>;
  groups: Plan<SiteRecord<StoredPoliticalGroup>, GroupRow>;
  bodies: Plan<SiteRecord<StoredBody>, BodyRow>;
  members: Plan<SiteRecord<StoredMember>, MemberRow>;
  memberships: Plan<SiteRecord<StoredMembership>, MembershipRow>;
  /** Current memberships SharePoint holds, of the kinds ModernGov speaks about, that it no longer lists. */
  membershipsNotInModernGov: Array<SiteRecord<StoredMembership>>;
  /** keyposts that map onto no Membership, kept for the drift report. */
  unmappedPosts: UnmappedPost[];
  vacancies: number;
  problems: ImportProblem[];
  /** The site's time zone, which the writes use for date-only values. */
  zone: SiteTimeZone;
}

const field = <E extends { record: Record<string, unknown> }, I>(name: string, incoming: (i: I) => unknown, extra: Partial<FieldRule<E, I>> = {}): FieldRule<E, I> => ({
  field: name,
  existing: (e) => e.record[name],
  incoming,
  ...extra
});

/** Titles that differ only in case, spacing or "&"/"and" are the same title: no churn. */
const sameTitle = (a: unknown, b: unknown): boolean => matchKey(String(a ?? '')) === matchKey(String(b ?? ''));

function planWards(council: ModernGovCouncil, site: SiteData): ImportPlan['wards'] {
  return planChanges<SiteRecord<StoredWard>, WardRow>({
    existing: site.wards,
    incoming: council.wards,
    keyOfExisting: (e) => e.externalId,
    keyOfIncoming: (i) => i.key,
    fallbackOfExisting: (e) => matchKey(e.record.title),
    fallbackOfIncoming: (i) => matchKey(i.title),
    fields: [field('title', (i: WardRow) => i.title, { equals: sameTitle }), field('seats', (i: WardRow) => i.seats)]
  });
}

function planBodies(council: ModernGovCouncil, site: SiteData, problems: ImportProblem[]): ImportPlan['bodies'] {
  const live = council.bodies.filter((b) => !b.retired);
  const plan = planChanges<SiteRecord<StoredBody>, BodyRow>({
    existing: site.bodies,
    incoming: live,
    keyOfExisting: (e) => e.externalId,
    keyOfIncoming: (i) => i.key,
    fallbackOfExisting: (e) => matchKey(e.record.title),
    fallbackOfIncoming: (i) => matchKey(i.title),
    fields: [
      field('title', (i: BodyRow) => i.title, { equals: sameTitle }),
      // The kind is Democratic Services' choice; ModernGov's category only fills a blank.
      field('kind', (i: BodyRow) => i.kind, { applies: (_i, e) => !e.record.kind })
    ]
  });
  for (const b of council.bodies.filter((x) => x.retired)) {
    const held = site.bodies.find((e) => e.externalId === b.key || (!e.externalId && sameTitle(e.record.title, b.title)));
    if (held) {
      problems.push({ entity: 'body', id: b.key, field: 'title', message: `${b.title} has expired or been deleted in ModernGov; it was left as it is in Bodies.` });
    }
  }
  return plan;
}

/** Party spellings → groups; creates groups only on a first import (a site with no Political Groups). */
function planGroups(council: ModernGovCouncil, site: SiteData, problems: ImportProblem[]): { plan: ImportPlan['groups']; groupOf: Map<string, Ref | null> } {
  const terms: GroupTerms[] = site.groups.map((g) => ({ id: g.id, name: g.record.name, shortName: g.record.shortName, aliases: g.record.aliases ?? [], externalId: g.externalId }));
  const firstImport = site.groups.length === 0;
  const groupOf = new Map<string, Ref | null>();
  const touched = new Map<number, Set<string>>();
  const created = new Map<string, { name: string; spellings: string[] }>();
  for (const m of council.members) {
    const spelling = m.party;
    const resolution = resolveParty(spelling, terms, m.familyName);
    if (resolution.kind === 'none') {
      groupOf.set(m.key, null);
    } else if (resolution.kind === 'group') {
      const id = resolution.group.id as number;
      groupOf.set(m.key, id);
      const aliases = touched.get(id) ?? new Set<string>();
      if (resolution.via === 'national party' && spelling) aliases.add(tidyCapitals(spelling));
      touched.set(id, aliases);
    } else if (firstImport && spelling && !/names the councillor/.test(resolution.reason)) {
      const g = newGroupFor(spelling);
      const entry = created.get(g.key) ?? { name: g.name, spellings: [] };
      entry.spellings.push(tidyCapitals(spelling));
      created.set(g.key, entry);
      groupOf.set(m.key, newRef('group', g.key));
    } else {
      problems.push({ entity: 'member', id: m.key, field: 'politicalGroupId', message: resolution.reason });
    }
  }
  const incoming: GroupRow[] = [];
  for (const [id, spellings] of touched) {
    const g = site.groups.find((x) => x.id === id) as SiteRecord<StoredPoliticalGroup>;
    const have = [g.record.name, g.record.shortName ?? '', ...(g.record.aliases ?? [])].map(foldParty);
    const extra = [...spellings].filter((s) => !have.includes(foldParty(s)));
    incoming.push({ key: String(id), existingId: id, name: g.record.name, aliases: [...(g.record.aliases ?? []), ...dedupe(extra)] });
  }
  for (const [key, g] of created) {
    incoming.push({ key, name: g.name, aliases: dedupe(g.spellings.filter((s) => foldParty(s) !== foldParty(g.name))) });
  }
  const plan = planChanges<SiteRecord<StoredPoliticalGroup>, GroupRow>({
    existing: site.groups,
    incoming,
    keyOfExisting: (e) => String(e.id),
    keyOfIncoming: (i) => (i.existingId ? String(i.existingId) : newRef('group', i.key)),
    fields: [field('aliases', (i: GroupRow) => i.aliases, { equals: (a, b) => sameValue((a as string[] | undefined)?.map(foldParty), (b as string[]).map(foldParty)) })]
  });
  return { plan, groupOf };
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  return values.filter((v) => {
    const k = foldParty(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Where each source record will be: its SharePoint id when matched, or the ref of the record to create. */
export function refsOf<E extends { id: number }, I>(plan: Plan<E, I>, key: (i: I) => string, list: Parameters<typeof newRef>[0]): Map<string, Ref> {
  const out = new Map<string, Ref>();
  for (const u of plan.update) out.set(key(u.incoming), u.existing.id);
  for (const u of plan.unchanged) out.set(key(u.incoming), u.existing.id);
  for (const c of plan.create) out.set(key(c), newRef(list, key(c)));
  return out;
}

function memberRows(council: ModernGovCouncil, site: SiteData, wardRefs: Map<string, Ref>, groupOf: Map<string, Ref | null>): MemberRow[] {
  return council.members.map((m) => {
    const values: MemberValues = {
      honorific: m.honorific,
      givenName: m.givenName,
      familyName: m.familyName,
      preferredName: m.preferredName,
      postNominals: m.postNominals,
      email: m.email,
      phone: m.phone,
      mobile: m.mobile,
      photoUrl: m.photoUrl,
      postalAddress: m.homeAddress,
      wardId: m.wardKey ? wardRefs.get(m.wardKey) : undefined,
      politicalGroupId: groupOf.has(m.key) ? groupOf.get(m.key) : undefined,
      termStart: m.termStart,
      termEnd: m.termEnd
    };
    return { key: m.key, label: memberDisplayName({ givenName: m.givenName, familyName: m.familyName, preferredName: m.preferredName }), values, source: m };
  });
}

const MEMBER_FIELDS = ['honorific', 'givenName', 'familyName', 'preferredName', 'postNominals', 'email', 'phone', 'mobile', 'photoUrl', 'wardId', 'politicalGroupId', 'termStart', 'termEnd'] as const;

function planMembers(rows: MemberRow[], site: SiteData): ImportPlan['members'] {
  const nameKey = (given?: string, family?: string): string | undefined => matchKey(`${given ?? ''} ${family ?? ''}`);
  return planChanges<SiteRecord<StoredMember>, MemberRow>({
    existing: site.members,
    incoming: rows,
    keyOfExisting: (e) => e.externalId,
    keyOfIncoming: (i) => i.key,
    fallbackOfExisting: (e) => nameKey(e.record.givenName, e.record.familyName),
    fallbackOfIncoming: (i) => nameKey(i.values.givenName, i.values.familyName),
    fields: [
      ...MEMBER_FIELDS.map((f) => field<SiteRecord<StoredMember>, MemberRow>(f, (i) => i.values[f])),
      // A home address is imported only for a member who has chosen to publish it.
      field<SiteRecord<StoredMember>, MemberRow>('postalAddress', (i) => i.values.postalAddress, {
        applies: (i, e) => e.record.publishAddress === true && i.values.postalAddress !== undefined
      })
    ]
  });
}

export interface PlanOptions {
  today: string;
}

export function planImport(council: ModernGovCouncil, site: SiteData, options: PlanOptions): ImportPlan {
  const problems: ImportProblem[] = [...council.problems];
  const wards = planWards(council, site);
  const bodies = planBodies(council, site, problems);
  const { plan: groups, groupOf } = planGroups(council, site, problems);
  const wardRefs = refsOf(wards, (w) => w.key, 'ward');
  const rows = memberRows(council, site, wardRefs, groupOf);
  const members = planMembers(rows, site);
  for (const a of members.ambiguous) {
    for (const i of a.incoming) {
      problems.push({ entity: 'member', id: i.key, field: 'givenName', message: `${i.label} matches more than one member in SharePoint by name, so neither was changed: store the ModernGov id ${i.key} on the right one.` });
    }
  }
  for (const u of [...members.update, ...members.unchanged]) {
    if (u.existing.record.status === 'Former') {
      problems.push({ entity: 'member', id: u.incoming.key, field: 'status', message: `ModernGov lists ${u.incoming.label} as a councillor, but SharePoint has them as a former member; their status was left as it is.` });
    }
  }
  const memberRefs = refsOf(members, (m) => m.key, 'member');
  const bodyRefs = refsOf(bodies, (b) => b.key, 'body');
  const memberships = planMemberships({ council, site, rows, memberRefs, bodyRefs, bodies, today: options.today, problems });
  return {
    source: council.source,
    today: options.today,
    zone: site.zone,
    council,
    wards,
    groups,
    bodies,
    members,
    memberships: memberships.plan,
    membershipsNotInModernGov: memberships.notInModernGov,
    unmappedPosts: memberships.unmapped,
    vacancies: council.vacancies,
    problems
  };
}
