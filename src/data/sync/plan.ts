/**
 * The one diff engine behind every command that brings records in from elsewhere (the ModernGov
 * import, CSV import, the officer sync from Entra ID, provisioning lists from their definitions):
 * given what SharePoint holds and what the source says, it plans creates, updates (field by field,
 * old → new), unchanged records, and records the source no longer has. It never writes; the
 * caller validates and writes the plan through src/data writes, so `--dry-run` is the plan itself.
 *
 * Matching: first by a stable key (an external id stored on the record: the ModernGov councillor
 * id, the Entra object id, a list's title); then, for records that have no key yet, by a fallback
 * key (a normalised name), so that a first import adopts the records people typed by hand rather
 * than duplicating them. A fallback key shared by two records on either side matches neither:
 * that is reported as ambiguous, never guessed.
 */
import { foldedWords } from '../../domain/text';

/** One field the plan compares, and how to read it on each side. */
export interface FieldRule<E, I> {
  /** The field's name, as the plan reports it (e.g. the domain field `jobTitle`). */
  field: string;
  existing(record: E): unknown;
  incoming(record: I): unknown;
  /**
   * Whether the source has a say on this record's field: when false the field is left as it is
   * (e.g. a blank in ModernGov does not clear a phone number Democratic Services typed). Default:
   * the source has a say whenever it gives a value other than undefined.
   */
  applies?(incoming: I, existing: E): boolean;
  /** Equality after normalising (default: `sameValue`). */
  equals?(a: unknown, b: unknown): boolean;
}

export interface FieldChange {
  field: string;
  from: unknown;
  to: unknown;
}

export interface PlannedUpdate<E, I> {
  existing: E;
  incoming: I;
  changes: FieldChange[];
  /** How it was matched: by its stable key, or adopted by its fallback key (the key is then to be stored). */
  matchedBy: 'key' | 'fallback';
}

export interface PlannedMatch<E, I> {
  existing: E;
  incoming: I;
  matchedBy: 'key' | 'fallback';
}

export interface Ambiguity<E, I> {
  /** The fallback key more than one record shares. */
  key: string;
  existing: E[];
  incoming: I[];
}

export interface Plan<E, I> {
  create: I[];
  update: Array<PlannedUpdate<E, I>>;
  unchanged: Array<PlannedMatch<E, I>>;
  /** Records SharePoint holds that the source does not (for the caller to report, retire or keep). */
  missing: E[];
  /** Records that could be matched only by a fallback key that is not unique; neither created nor updated. */
  ambiguous: Array<Ambiguity<E, I>>;
}

export interface PlanInput<E, I> {
  existing: readonly E[];
  incoming: readonly I[];
  /** The stable key stored on a SharePoint record, if it has one. */
  keyOfExisting(record: E): string | undefined;
  /** The source's stable key for a record. */
  keyOfIncoming(record: I): string;
  /** A second way to match records that have no stable key yet (e.g. a normalised name). */
  fallbackOfExisting?(record: E): string | undefined;
  fallbackOfIncoming?(record: I): string | undefined;
  fields: ReadonlyArray<FieldRule<E, I>>;
}

/** Blank text, null, undefined and empty lists are all "no value"; text is compared trimmed; lists as sets. */
export function sameValue(a: unknown, b: unknown): boolean {
  const na = normalised(a);
  const nb = normalised(b);
  if (Array.isArray(na) && Array.isArray(nb)) {
    if (na.length !== nb.length) return false;
    const sb = nb.map((v) => JSON.stringify(v));
    return na.every((v) => sb.includes(JSON.stringify(v)));
  }
  return JSON.stringify(na) === JSON.stringify(nb);
}

function normalised(v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v.trim();
  if (Array.isArray(v)) return v.length === 0 ? null : v.map(normalised);
  return v;
}

/** Groups records by a key, leaving out those without one. */
function byKey<T>(records: readonly T[], key: (r: T) => string | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of records) {
    const k = key(r);
    if (k === undefined || k === '') continue;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

export function planChanges<E, I>(input: PlanInput<E, I>): Plan<E, I> {
  const plan: Plan<E, I> = { create: [], update: [], unchanged: [], missing: [], ambiguous: [] };
  const existingByKey = byKey(input.existing, input.keyOfExisting);
  const claimed = new Set<E>();
  const unmatched: I[] = [];

  const compare = (existing: E, incoming: I, matchedBy: 'key' | 'fallback'): void => {
    claimed.add(existing);
    const changes: FieldChange[] = [];
    for (const rule of input.fields) {
      const to = rule.incoming(incoming);
      const applies = rule.applies ? rule.applies(incoming, existing) : to !== undefined;
      if (!applies) continue;
      const from = rule.existing(existing);
      if (!(rule.equals ?? sameValue)(from, to)) changes.push({ field: rule.field, from, to });
    }
    if (changes.length > 0 || matchedBy === 'fallback') plan.update.push({ existing, incoming, changes, matchedBy });
    else plan.unchanged.push({ existing, incoming, matchedBy });
  };

  for (const incoming of input.incoming) {
    const matches = existingByKey.get(input.keyOfIncoming(incoming)) ?? [];
    // Two SharePoint records with one stable key is a data problem: match the first, report the rest as missing.
    if (matches.length > 0) compare(matches[0], incoming, 'key');
    else unmatched.push(incoming);
  }

  // Fallback matching, only among records on both sides that no stable key has claimed.
  const fallbackExisting = input.fallbackOfExisting;
  const fallbackIncoming = input.fallbackOfIncoming;
  if (fallbackExisting && fallbackIncoming) {
    const free = input.existing.filter((e) => !claimed.has(e) && !input.keyOfExisting(e));
    const existingByFallback = byKey(free, fallbackExisting);
    const incomingByFallback = byKey(unmatched, fallbackIncoming);
    for (const incoming of unmatched) {
      const k = fallbackIncoming(incoming);
      const candidates = k ? existingByFallback.get(k) ?? [] : [];
      const rivals = k ? incomingByFallback.get(k) ?? [] : [];
      if (k && (candidates.length > 1 || (candidates.length === 1 && rivals.length > 1))) {
        if (rivals[0] === incoming) plan.ambiguous.push({ key: k, existing: candidates, incoming: rivals });
        for (const c of candidates) claimed.add(c);
        continue;
      }
      if (candidates.length === 1) compare(candidates[0], incoming, 'fallback');
      else plan.create.push(incoming);
    }
  } else plan.create.push(...unmatched);

  plan.missing = input.existing.filter((e) => !claimed.has(e));
  return plan;
}

/** "The Rt Hon. Jo  O’Brien-Smith" → "the rt hon jo obrien smith": case, accents, apostrophes, "&"/"and" and spacing folded. */
export function matchKey(text: string | undefined): string | undefined {
  const k = text ? foldedWords(text).join(' ') : '';
  return k || undefined;
}

/** Counts for a summary line or `--json`: `{"create": n, "update": n, "unchanged": n}`. */
export function planCounts<E, I>(plan: Plan<E, I>): { create: number; update: number; unchanged: number } {
  return { create: plan.create.length, update: plan.update.length, unchanged: plan.unchanged.length };
}
