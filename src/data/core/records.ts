/**
 * Validating what comes back from SharePoint, field by field. A record with an invalid field is
 * kept with that field withheld (in its place, a neutral notice; for editors, the reason); an
 * invalid entry of a list-valued field (one alias, one skill) is dropped and the rest kept. Only
 * a record without its identity (no id, no name; for a link, no ends) is left out. Every problem
 * is reported with the list, the item and the reasons, so editors can mend it.
 */
import { z } from 'zod';
import { problemsFromZod } from '../../domain/errors';
import type { Withheld } from '../../domain/neutrality/screened';

export interface RecordProblem {
  list: string;
  itemId: number | undefined;
  /**
   * withheld: shown without the fields named; noted: shown as it is, but something is wrong
   * (e.g. a Portfolio Holder without a portfolio); left-out: it has no identity, so it cannot be
   * shown; unreadable: the list itself could not be read.
   */
  outcome: 'withheld' | 'noted' | 'left-out' | 'unreadable';
  /** The domain fields concerned. */
  fields: string[];
  /** Plain-English reasons, each naming the field. */
  problems: string[];
}

/** Field → why it is withheld. */
export type WithheldFields = Readonly<Record<string, Withheld>>;

/** Fields withheld because they are invalid: list title → item id → field → why. */
export type WithheldIndex = Readonly<Record<string, ReadonlyMap<number, WithheldFields>>>;

export interface Parsed<T> {
  records: T[];
  problems: RecordProblem[];
  /** By item id: the fields withheld from that record. */
  withheld: Map<number, WithheldFields>;
}

/** What everyone sees where an invalid value would have been. */
export const INVALID_NOTICE = 'Not shown until it is corrected.';

export function invalidField(detail: string): Withheld {
  return { withheld: true, reason: 'invalid', notice: INVALID_NOTICE, detail };
}

export interface RecordSpec<S extends z.ZodTypeAny> {
  /** The list's title, for reports. */
  list: string;
  /** "a member", for messages. */
  label: string;
  /**
   * The stored-record schema (identity required, everything else optional), with its rules across
   * fields ("the term ends after it starts"): a failed rule withholds the field it names.
   */
  schema: S;
  /** Fields without which the record cannot be shown. */
  identity: readonly string[];
}

/** The object schema under a schema's refinements. */
function objectOf(schema: z.ZodTypeAny): z.AnyZodObject {
  let s = schema;
  while (s instanceof z.ZodEffects) s = s.innerType();
  if (!(s instanceof z.ZodObject)) throw new Error('A record schema must be an object schema.');
  return s;
}

type Raw = Record<string, unknown>;

/** Keeps the entries of a list-valued field that are valid on their own. */
function validEntries(schema: z.ZodTypeAny, value: unknown[]): { kept: unknown[]; dropped: number } | undefined {
  const kept = value.filter((entry) => schema.safeParse([entry]).success);
  if (kept.length === value.length || !schema.safeParse(kept).success) return undefined;
  return { kept, dropped: value.length - kept.length };
}

interface Outcome<T> {
  record?: T;
  withheld: Record<string, string[]>;
  notes: string[];
  fatal: string[];
}

function parseOne<S extends z.ZodTypeAny>(raw0: Raw, spec: RecordSpec<S>, object: z.AnyZodObject): Outcome<z.output<S>> {
  let raw = { ...raw0 };
  const withheld: Record<string, string[]> = {};
  const notes: string[] = [];
  const add = (field: string, message: string): void => {
    (withheld[field] ??= []).push(message);
  };
  for (let attempt = 0; attempt < 6; attempt++) {
    const result = spec.schema.safeParse(raw);
    if (result.success) return { record: result.data, withheld, notes, fatal: [] };
    const issues = problemsFromZod(result.error, spec.label);
    const fatal: string[] = [];
    let changed = false;
    const next = { ...raw };
    for (const issue of issues) {
      const field = issue.field.split('.')[0];
      if (!field) {
        notes.push(issue.message);
      } else if (spec.identity.includes(field)) {
        fatal.push(issue.message);
      } else if (field in next) {
        const value = next[field];
        const shape = object.shape as Record<string, z.ZodTypeAny>;
        const partial = Array.isArray(value) && shape[field] ? validEntries(shape[field], value) : undefined;
        if (partial) {
          next[field] = partial.kept;
          add(field, `${issue.message.replace(/\.$/, '')}: ${partial.dropped === 1 ? '1 entry is' : `${partial.dropped} entries are`} not shown.`);
        } else {
          delete next[field];
          add(field, issue.message);
        }
        changed = true;
      } else if (!notes.includes(issue.message)) {
        // A rule about a field that is not there ("Portfolio is required for a Portfolio Holder").
        notes.push(issue.message);
      }
    }
    if (fatal.length > 0) return { withheld, notes, fatal };
    if (!changed) {
      // Only rules about absent fields remain: the record stands as it is, and editors are told.
      const plain = object.safeParse(next);
      return plain.success ? { record: plain.data, withheld, notes, fatal: [] } : { withheld, notes, fatal: notes.slice() };
    }
    raw = next;
  }
  return { withheld, notes, fatal: ['It could not be read.'] };
}

export function parseRows<S extends z.ZodTypeAny>(
  rows: ReadonlyArray<Record<string, unknown>>,
  fromItem: (row: Record<string, unknown>) => Raw,
  spec: RecordSpec<S>
): Parsed<z.output<S>> {
  const object = objectOf(spec.schema);
  const records: Array<z.output<S>> = [];
  const problems: RecordProblem[] = [];
  const withheld = new Map<number, WithheldFields>();
  for (const row of rows) {
    const itemId = typeof row.Id === 'number' ? row.Id : undefined;
    const out = parseOne(fromItem(row), spec, object);
    const fields = Object.keys(out.withheld);
    if (!out.record) {
      problems.push({ list: spec.list, itemId, outcome: 'left-out', fields, problems: [...out.fatal, ...Object.values(out.withheld).flat()] });
      continue;
    }
    records.push(out.record);
    if (fields.length > 0) {
      const id = (out.record as { id: number }).id;
      withheld.set(id, Object.fromEntries(fields.map((f) => [f, invalidField(out.withheld[f].join(' '))])));
    }
    if (fields.length > 0 || out.notes.length > 0) {
      problems.push({
        list: spec.list,
        itemId,
        outcome: fields.length > 0 ? 'withheld' : 'noted',
        fields,
        problems: [...Object.values(out.withheld).flat(), ...out.notes]
      });
    }
  }
  return { records, problems, withheld };
}

/** A list that could not be read at all, as a problem for editors. */
export function unreadableList(list: string, reason: string): RecordProblem {
  return { list, itemId: undefined, outcome: 'unreadable', fields: [], problems: [reason] };
}
