/**
 * Reading a CSV table into records: the first row's names mapped onto the list's columns, and
 * each row's cells turned into the domain's values (each judged by the domain's own field schema,
 * so "Email" is held to the council email rule), lookups given by title resolved to ids. Every
 * problem names its row and column; nothing here looks at SharePoint's records or writes.
 */
import { ZodDefault, ZodEnum, ZodNullable, ZodOptional, type z } from 'zod';
import { readCell, readIds } from './cells';
import { headerIndex, headerKey, NOUNS, type CsvColumn, type CsvListSpec } from './columns';
import { CsvReadError, unescapeCell, type CsvTable } from './format';
import { lookupTitleKey, type LookupTable } from './site';
import { ENTITIES } from '../validate';

/** A problem with the file (no row), a row, or one cell (row and column). */
export interface CsvProblem {
  row?: number;
  column?: string;
  message: string;
}

export interface IncomingRow {
  row: number;
  /** The ID column: the SharePoint item the row is. */
  id?: number;
  /** Domain values of the fields the file has columns for (undefined where the cell is blank). */
  values: Record<string, unknown>;
  /** Cells of columns that are exported but not imported. */
  readOnly: Array<{ column: CsvColumn; cell: string }>;
  errors: CsvProblem[];
}

export interface FileColumns {
  /** Column position → column (undefined: not a column of the list). */
  at: Array<CsvColumn | undefined>;
  /** Fields the file can set. */
  fields: Set<string>;
  hasId: boolean;
  /** The header each field's problems are reported under. */
  headerOf: Map<string, string>;
  ignored: string[];
}

/** A, B, … Z, AA: as a spreadsheet names columns. */
export function columnLetter(i: number): string {
  let n = i + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function mapColumns(spec: CsvListSpec, headers: readonly string[]): FileColumns {
  const index = headerIndex(spec);
  const at: FileColumns['at'] = [];
  const seen = new Map<CsvColumn, number>();
  const ignored: string[] = [];
  headers.forEach((h, i) => {
    const c = h ? index.get(headerKey(h)) : undefined;
    if (c && seen.has(c)) {
      throw new CsvReadError(`Columns ${columnLetter(seen.get(c) as number)} and ${columnLetter(i)} are both ${c.header}, so it is not clear which to import. Remove one of them.`);
    }
    if (c) seen.set(c, i);
    else ignored.push(h ? `"${h}"` : `column ${columnLetter(i)} (it has no name)`);
    at.push(c);
  });
  const fields = new Set<string>();
  const headerOf = new Map<string, string>();
  for (const c of at) {
    if (!c || c.kind === 'id' || c.kind === 'moderngovId' || (c.kind === 'value' && c.readOnly)) continue;
    fields.add(c.field);
    if (c.kind !== 'lookupId' || !headerOf.has(c.field)) headerOf.set(c.field, c.header);
  }
  const hasId = at.some((c) => c?.kind === 'id');
  if (fields.size === 0 && !hasId) {
    const names = spec.columns.slice(0, 4).map((c) => c.header).join(', ');
    throw new CsvReadError(`None of the columns is a column of ${spec.title}. The first row must name the columns, like ${names}: export the list to get a file in the right shape.`);
  }
  const identity = ENTITIES[spec.entity].identity.filter((f) => f !== 'id');
  const missing = identity.filter((f) => !fields.has(f));
  if (!hasId && missing.length > 0) {
    const header = (f: string): string => spec.columns.find((c) => (c.kind === 'value' || c.kind === 'lookupTitle') && c.field === f)?.header ?? f;
    throw new CsvReadError(
      `The file has no ID column and no ${missing.map(header).join(' or ')} column, so no row can be matched to a ${NOUNS[spec.key].one} in ${spec.title} or added to it. Add the missing column (export the list to get a file in the right shape).`
    );
  }
  return { at, fields, hasId, headerOf, ignored };
}

const FORMULA_START = /^=/;

function fieldSchema(spec: CsvListSpec, field: string): z.ZodTypeAny {
  return (ENTITIES[spec.entity].stored.shape as Record<string, z.ZodTypeAny>)[field];
}

/** The options of a fixed-list field (Role, Kind, Status), under its optional or default wrapper. */
function optionsOf(schema: z.ZodTypeAny): readonly string[] | undefined {
  let s: z.ZodTypeAny = schema;
  for (let i = 0; i < 4 && !(s instanceof ZodEnum); i++) {
    if (s instanceof ZodOptional || s instanceof ZodNullable) s = s.unwrap();
    else if (s instanceof ZodDefault) s = s.removeDefault();
    else return undefined;
  }
  return s instanceof ZodEnum ? (s.options as string[]) : undefined;
}

const choiceKey = (v: string): string => v.toLowerCase().replace(/[^a-z]/g, '');

/** Judges a value with the domain's schema for the field: the normalised value, or why not. */
function judge(spec: CsvListSpec, field: string, value: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
  const schema = fieldSchema(spec, field);
  const r = schema.safeParse(value);
  if (r.success) return { ok: true, value: r.data };
  // "vice chair" is Vice-Chair: a fixed-list value typed in another case or spacing.
  const option = typeof value === 'string' ? optionsOf(schema)?.find((o) => choiceKey(o) === choiceKey(value)) : undefined;
  if (option) return { ok: true, value: option };
  return { ok: false, message: r.error.issues[0]?.message ?? `${field} is not valid.` };
}

type Resolved = { ok: true; value: unknown } | { ok: false; problem: CsvProblem };

function resolveOne(table: LookupTable, row: number, title: { header: string; cell: string } | undefined, id: { header: string; cell: string } | undefined): Resolved {
  const idText = id?.cell.trim() ?? '';
  const titleText = title?.cell.trim() ?? '';
  if (idText) {
    const parsed = readIds(idText, (id as { header: string }).header);
    if (!parsed.ok || parsed.ids.length !== 1) return { ok: false, problem: { row, column: id?.header, message: parsed.ok ? `${id?.header} must hold one item number.` : parsed.message } };
    const n = parsed.ids[0];
    const known = table.titleOf.get(n);
    if (known === undefined) return { ok: false, problem: { row, column: id?.header, message: `There is no ${table.noun} with ID ${n} in this site.` } };
    if (titleText && !(table.idsOf.get(lookupTitleKey(titleText) ?? '') ?? []).includes(n)) {
      return { ok: false, problem: { row, column: title?.header, message: `${id?.header} ${n} is ${known}, but ${title?.header} says "${titleText}". Correct one of them, or clear ${id?.header}.` } };
    }
    return { ok: true, value: n };
  }
  if (!titleText) return { ok: true, value: undefined };
  const ids = table.idsOf.get(lookupTitleKey(titleText) ?? '') ?? [];
  if (ids.length === 1) return { ok: true, value: ids[0] };
  const column = title?.header;
  if (ids.length === 0) return { ok: false, problem: { row, column, message: `"${titleText}" is not a ${table.noun} in this site. Check the spelling${id ? `, or give the ${id.header}` : ''}.` } };
  return { ok: false, problem: { row, column, message: `More than one ${table.noun} is called "${titleText}" (IDs ${ids.join(', ')}): give the ${id?.header ?? 'ID'} of the one you mean.` } };
}

function resolveMany(table: LookupTable, row: number, title: { header: string; cell: string } | undefined, id: { header: string; cell: string } | undefined): Resolved {
  const fromTitles: number[] = [];
  for (const t of title ? title.cell.split(/[;\r\n]+/).map((s) => s.trim()).filter(Boolean) : []) {
    // The ID column, blank here, is named in the message as the other way to give a ward.
    const r = resolveOne(table, row, { header: (title as { header: string }).header, cell: t }, id ? { header: id.header, cell: '' } : undefined);
    if (!r.ok) return r;
    fromTitles.push(r.value as number);
  }
  if (!id || !id.cell.trim()) return { ok: true, value: fromTitles };
  const parsed = readIds(id.cell, id.header);
  if (!parsed.ok) return { ok: false, problem: { row, column: id.header, message: parsed.message } };
  const unknown = parsed.ids.find((n) => !table.titleOf.has(n));
  if (unknown !== undefined) return { ok: false, problem: { row, column: id.header, message: `There is no ${table.noun} with ID ${unknown} in this site.` } };
  if (title && title.cell.trim() && (fromTitles.length !== parsed.ids.length || fromTitles.some((n) => !parsed.ids.includes(n)))) {
    return { ok: false, problem: { row, column: title.header, message: `${id.header} and ${title.header} name different ${table.noun}s. Correct one of them, or clear ${id.header}.` } };
  }
  return { ok: true, value: parsed.ids };
}

/** One row of the file as a record of the list. */
export function readRow(spec: CsvListSpec, columns: FileColumns, lookups: Partial<Record<string, LookupTable>>, r: { row: number; cells: string[] }, broken?: string): IncomingRow {
  const { row } = r;
  const out: IncomingRow = { row, values: {}, readOnly: [], errors: [] };
  if (broken) out.errors.push({ row, message: broken });
  if (r.cells.length > columns.at.length && r.cells.slice(columns.at.length).some((c) => c.trim() !== '')) {
    out.errors.push({ row, message: `This row has ${r.cells.length} cells but the first row names ${columns.at.length} columns, so it is not clear which column each value belongs to.` });
  } else if (r.cells.length < columns.at.length) {
    out.errors.push({ row, message: `This row has ${r.cells.length} cells but the first row names ${columns.at.length} columns, so it is not clear which column each value belongs to.` });
  }
  if (out.errors.length) return out;
  const lookupCells = new Map<string, { title?: { header: string; cell: string }; id?: { header: string; cell: string }; column: CsvColumn }>();
  /** Fields with a refused cell: not judged again as blank. */
  const refused = new Set<string>();
  columns.at.forEach((c, i) => {
    if (!c) return;
    const raw = r.cells[i];
    if (FORMULA_START.test(raw.trim())) {
      out.errors.push({ row, column: c.header, message: `${c.header} starts with "=", so a spreadsheet would run it as a formula. Type the value itself.` });
      if ('field' in c) refused.add(c.field);
      return;
    }
    const cell = unescapeCell(raw);
    if (c.kind === 'id') {
      const t = cell.trim();
      if (!t) return;
      if (!/^\d+$/.test(t) || Number(t) < 1) out.errors.push({ row, column: c.header, message: `ID must be the item number SharePoint gave the ${NOUNS[spec.key].one}, like 12; leave it blank to add a new one.` });
      else out.id = Number(t);
      return;
    }
    if (c.kind === 'moderngovId' || (c.kind === 'value' && c.readOnly)) {
      out.readOnly.push({ column: c, cell: cell.trim() });
      return;
    }
    if (c.kind === 'lookupTitle' || c.kind === 'lookupId') {
      const entry = lookupCells.get(c.field) ?? { column: c };
      entry[c.kind === 'lookupTitle' ? 'title' : 'id'] = { header: c.header, cell };
      lookupCells.set(c.field, entry);
      return;
    }
    const read = readCell(c.type, cell, c.header);
    const judged = read.ok ? judge(spec, c.field, read.value) : read;
    if (!judged.ok) out.errors.push({ row, column: c.header, message: judged.message });
    else out.values[c.field] = judged.value;
  });
  for (const [field, cells] of lookupCells) {
    if (refused.has(field)) continue;
    const c = cells.column as Extract<CsvColumn, { kind: 'lookupTitle' | 'lookupId' }>;
    const table = lookups[c.lookup] as LookupTable;
    const resolved = c.multi ? resolveMany(table, row, cells.title, cells.id) : resolveOne(table, row, cells.title, cells.id);
    if (!resolved.ok) {
      out.errors.push(resolved.problem);
      continue;
    }
    const judged = judge(spec, field, resolved.value);
    if (!judged.ok) out.errors.push({ row, column: columns.headerOf.get(field), message: judged.message });
    else out.values[field] = judged.value;
  }
  return out;
}

export function readRows(spec: CsvListSpec, table: CsvTable, lookups: Partial<Record<string, LookupTable>>): { columns: FileColumns; rows: IncomingRow[] } {
  const columns = mapColumns(spec, table.headers);
  return { columns, rows: table.rows.map((r) => readRow(spec, columns, lookups, r, table.broken.get(r.row))) };
}
