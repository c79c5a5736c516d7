/**
 * The CSV dry run: every row read and judged, matched onto the list through the one diff engine
 * (../../sync/plan) — by the ID column where a row has one, else by the engine's fallback key (a
 * member's or body's normalised name, an officer's email, a membership's member, body and role) —
 * and each row that would be created or changed checked as the ModernGov import checks what it
 * writes (../validate: the channel write schema and the neutrality screen). A row with any
 * problem is not written at all; the plan says which rows would be written and why the others
 * would not, by row and column. Nothing is written here (./write does that).
 */
import { memberDisplayName, membershipBodyProblems, type MembershipRole, type StoredBody } from '../../../domain/model';
import type { ChannelPolicy } from '../../../domain/neutrality/channelSchemas';
import type { SiteTimeZone } from '../../mappers/dates';
import { matchKey, planChanges, type FieldRule, type Plan } from '../../sync/plan';
import { membershipKey } from '../memberships';
import type { SiteRecord } from '../site';
import { checkForWrite } from '../validate';
import { writeCell } from './cells';
import { CSV_SPECS, NOUNS, type CsvColumn, type CsvListKey } from './columns';
import type { CsvTable } from './format';
import { readRows, type CsvProblem, type FileColumns, type IncomingRow } from './rows';
import type { CsvSite } from './site';

type Rec = Record<string, unknown> & { id: number };
type Existing = SiteRecord<Rec>;

export type RowOutcome = 'create' | 'update' | 'unchanged' | 'invalid';

export interface CsvChange {
  column: string;
  field: string;
  /** As a person reads them: lookups by title. */
  from: string;
  to: string;
}

export interface CsvRowPlan {
  row: number;
  outcome: RowOutcome;
  /** "Cllr Jane Smith", "Jane Smith – Chair, Planning Committee". */
  label: string;
  /** The SharePoint item the row matched, if it matched one. */
  id?: number;
  changes: CsvChange[];
  /** Why the row would not be written. */
  errors: CsvProblem[];
  /** Worth knowing, but the row is written (a column that is not imported, a stored value left as it is). */
  notes: CsvProblem[];
}

/** What ./write sends for a row. */
export interface PendingWrite {
  row: number;
  label: string;
  kind: 'create' | 'update';
  /** The whole record, as checked for writing. */
  value: Record<string, unknown>;
  /** For updates: the fields that change (only their columns are sent), the item and its ETag. */
  fields: string[];
  id?: number;
  etag?: string;
}

export interface CsvPlan {
  list: CsvListKey;
  listTitle: string;
  source: string;
  rows: CsvRowPlan[];
  counts: { rows: number; create: number; update: number; unchanged: number; invalid: number };
  /** Records the list holds that no row matched: left as they are. */
  notInFile: number;
  /** About the file as a whole (columns ignored). */
  notes: CsvProblem[];
  writes: PendingWrite[];
  /** For the election: which member each row is, and the status it gives. */
  matched: Array<{ row: number; id?: number; status?: unknown }>;
  /** Titles of the looked-up records, for the list's Title labels when writing. */
  titleOf(lookup: string, id: unknown): string;
  /** The site's time zone, which the writes use for date-only values. */
  zone: SiteTimeZone;
}

const text = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

/** The diff engine's fallback key for a row without an ID. */
function fallbackOf(list: CsvListKey, v: Record<string, unknown>): string | undefined {
  switch (list) {
    case 'members':
      return v.givenName && v.familyName ? matchKey(`${text(v.givenName)} ${text(v.familyName)}`) : undefined;
    case 'bodies':
      return matchKey(text(v.title));
    case 'officers':
      return text(v.email).trim().toLowerCase() || undefined;
    case 'memberships':
      return typeof v.memberId === 'number' && typeof v.bodyId === 'number' && v.role ? membershipKey(v.memberId, v.bodyId, text(v.role), text(v.postTitle) || undefined) : undefined;
    case 'liaisonOfficers':
      return typeof v.officerId === 'number' && typeof v.serviceAreaId === 'number' ? `${v.officerId}|${v.serviceAreaId}` : undefined;
  }
}

const FALLBACK_WORDS: Record<CsvListKey, string> = {
  members: 'name',
  bodies: 'name',
  officers: 'email',
  memberships: 'member, body and role',
  liaisonOfficers: 'officer and service area'
};

function labelOf(list: CsvListKey, v: Record<string, unknown>, titleOf: CsvPlan['titleOf']): string {
  switch (list) {
    case 'members':
      return v.givenName && v.familyName ? memberDisplayName(v as never) : '';
    case 'bodies':
      return text(v.title);
    case 'officers':
      return [text(v.givenName), text(v.familyName)].filter(Boolean).join(' ');
    case 'memberships':
      return `${titleOf('members', v.memberId)} – ${text(v.role)}, ${titleOf('bodies', v.bodyId)}`;
    case 'liaisonOfficers':
      return `${titleOf('officers', v.officerId)} – ${titleOf('serviceAreas', v.serviceAreaId)}`;
  }
}

function fieldRules(columns: FileColumns): Array<FieldRule<Existing, IncomingRow>> {
  return [...columns.fields].map((field) => ({ field, existing: (e) => e.record[field], incoming: (i) => i.values[field], applies: () => true }));
}

const strip = (record: Record<string, unknown>): Record<string, unknown> => {
  const rest = { ...record };
  delete rest.id;
  return rest;
};

export interface CsvPlanInput {
  list: CsvListKey;
  source: string;
  table: CsvTable;
  site: CsvSite;
  policy: ChannelPolicy;
}

export function planCsv(input: CsvPlanInput): CsvPlan {
  const { list, site, policy } = input;
  const spec = CSV_SPECS[list];
  const noun = NOUNS[list];
  const titleOf: CsvPlan['titleOf'] = (lookup, id) => (typeof id === 'number' ? site.lookups[lookup as keyof CsvSite['lookups']]?.titleOf.get(id) ?? `item ${id}` : '');
  const { columns, rows } = readRows(spec, input.table, site.lookups);
  const notes: CsvProblem[] = columns.ignored.map((h) => ({ message: `${h[0] === '"' ? `Column ${h}` : `The ${h}`} is not a column of ${spec.title}, so it was ignored.` }));

  // One row per record: a second row with the same ID is refused.
  const firstRowOf = new Map<number, number>();
  for (const r of rows) {
    if (r.id === undefined) continue;
    const first = firstRowOf.get(r.id);
    if (first !== undefined) r.errors.push({ row: r.row, column: 'ID', message: `ID ${r.id} is also on row ${first}: each ${noun.one} may appear once.` });
    else firstRowOf.set(r.id, r.row);
  }

  // One row per record without an ID too: two rows with one name (or one member, body and role) are refused.
  const rowsOfKey = new Map<string, IncomingRow[]>();
  for (const r of rows) {
    const k = r.id === undefined ? fallbackOf(list, r.values) : undefined;
    if (k) rowsOfKey.set(k, [...(rowsOfKey.get(k) ?? []), r]);
  }
  for (const same of rowsOfKey.values()) {
    if (same.length < 2) continue;
    const message = `Rows ${same.map((x) => x.row).join(' and ')} have the same ${FALLBACK_WORDS[list]}: keep one of them, or give each its ID.`;
    for (const r of same) r.errors.push({ row: r.row, message });
  }

  const rules = fieldRules(columns);
  const withId = planChanges<Existing, IncomingRow>({ existing: site.records, incoming: rows.filter((r) => r.id !== undefined), keyOfExisting: (e) => String(e.id), keyOfIncoming: (i) => String(i.id), fields: rules });
  for (const r of withId.create) r.errors.push({ row: r.row, column: 'ID', message: `There is no ${noun.one} with ID ${r.id} in ${spec.title}. To add a new ${noun.one}, leave ID blank.` });
  const byName = planChanges<Existing, IncomingRow>({
    existing: withId.missing,
    incoming: rows.filter((r) => r.id === undefined),
    keyOfExisting: () => undefined,
    keyOfIncoming: (i) => `row:${i.row}`,
    fallbackOfExisting: (e) => fallbackOf(list, e.record),
    fallbackOfIncoming: (i) => fallbackOf(list, i.values),
    fields: rules
  });
  // Rows that share a key were refused above; here, a key two records in the list share.
  for (const a of byName.ambiguous.filter((x) => x.existing.length > 1)) {
    const message = `More than one ${noun.one} in ${spec.title} has this ${FALLBACK_WORDS[list]} (IDs ${a.existing.map((e) => e.id).join(', ')}): give the ID of the one you mean.`;
    for (const i of a.incoming) i.errors.push({ row: i.row, message });
  }

  const matchOf = new Map<IncomingRow, { existing: Existing; changes: Array<{ field: string; from: unknown; to: unknown }> }>();
  for (const p of [withId, byName] as Array<Plan<Existing, IncomingRow>>) {
    for (const u of p.update) matchOf.set(u.incoming, { existing: u.existing, changes: u.changes });
    for (const u of p.unchanged) matchOf.set(u.incoming, { existing: u.existing, changes: [] });
  }
  const created = new Set(byName.create);

  const show = (field: string, v: unknown): string => {
    const c = spec.columns.find((x) => (x.kind === 'lookupTitle' || x.kind === 'value') && x.field === field) as CsvColumn | undefined;
    if (c?.kind === 'lookupTitle') return (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map((id) => titleOf(c.lookup, id)).join('; ');
    return c?.kind === 'value' ? writeCell(c.type, v) : text(v);
  };
  const columnOf = (field: string): string | undefined => columns.headerOf.get(field.split('.')[0]);
  /** The screen's messages start with the field's name in the product; the problem already names the column. */
  const say = (field: string, message: string): string => (message.startsWith(`${field}: `) ? message.slice(field.length + 2) : message);

  const out: CsvRowPlan[] = [];
  const writes: PendingWrite[] = [];
  const matched: CsvPlan['matched'] = [];
  for (const r of rows) {
    const m = matchOf.get(r);
    const merged = m ? { ...strip(m.existing.record), ...r.values } : { ...r.values };
    const plan: CsvRowPlan = { row: r.row, outcome: 'invalid', label: labelOf(list, merged, titleOf) || `Row ${r.row}`, id: m?.existing.id, changes: [], errors: [...r.errors], notes: [] };
    matched.push({ row: r.row, id: m?.existing.id, status: merged.status });
    out.push(plan);
    for (const { column, cell } of r.readOnly) {
      const stored = column.kind === 'moderngovId' ? m?.existing.externalId ?? '' : column.kind === 'value' ? writeCell(column.type, m?.existing.record[column.field]) : '';
      if (cell !== stored && 'readOnly' in column && column.readOnly) plan.notes.push({ row: r.row, column: column.header, message: `${column.header} was not ${m ? 'changed' : 'set'}: ${column.readOnly}.` });
    }
    if (plan.errors.length > 0) continue;
    if (m && m.changes.length === 0) {
      plan.outcome = 'unchanged';
      continue;
    }
    if (!m && !created.has(r)) continue;
    const changedFields = m ? m.changes.map((c) => c.field) : [];
    const checked = checkForWrite(spec.entity, merged, policy);
    const ours = checked.problems.filter((p) => !m || !checked.ok || changedFields.includes(p.field.split('.')[0]));
    for (const p of checked.problems.filter((x) => !ours.includes(x))) {
      plan.notes.push({ row: r.row, column: columnOf(p.field), message: `${say(p.field, p.message)} (as ${spec.title} holds it; it was left as it is)` });
    }
    for (const p of ours) plan.errors.push({ row: r.row, column: columnOf(p.field), message: say(p.field, p.message) });
    if (checked.ok && list === 'memberships') {
      const body = site.bodies.get(checked.value.bodyId as number) as StoredBody | undefined;
      const wrong = body ? membershipBodyProblems({ role: checked.value.role as MembershipRole }, { kind: body.kind as StoredBody['kind'] & string, title: body.title }) : [];
      for (const w of wrong) plan.errors.push({ row: r.row, column: columnOf('role'), message: w });
    }
    if (!checked.ok || plan.errors.length > 0) continue;
    plan.outcome = m ? 'update' : 'create';
    plan.changes = (m?.changes ?? []).map((c) => ({ column: columnOf(c.field) ?? c.field, field: c.field, from: show(c.field, c.from), to: show(c.field, c.to) }));
    writes.push({ row: r.row, label: plan.label, kind: plan.outcome, value: checked.value, fields: changedFields, id: m?.existing.id, etag: m?.existing.etag });
  }

  const count = (o: RowOutcome): number => out.filter((r) => r.outcome === o).length;
  return {
    list,
    listTitle: spec.title,
    source: input.source,
    rows: out,
    counts: { rows: out.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), invalid: count('invalid') },
    notInFile: byName.missing.length,
    notes,
    writes,
    matched,
    titleOf,
    zone: site.zone
  };
}

/** Every reason a row would not be written, in row order. */
export function csvErrors(plan: CsvPlan): CsvProblem[] {
  return plan.rows.flatMap((r) => r.errors);
}

export function csvNotes(plan: CsvPlan): CsvProblem[] {
  return [...plan.notes, ...plan.rows.flatMap((r) => r.notes)];
}
