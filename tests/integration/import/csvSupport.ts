/** Shared by the CSV integration tests: editing an exported file as a person would in Excel, and reading lists back. */
import * as path from 'node:path';
import Papa from 'papaparse';
import type { SPFI } from '@pnp/sp';

export const CSV_FIXTURES = path.resolve(__dirname, '../../fixtures/csv');

export interface Sheet {
  header: string[];
  rows: string[][];
  /** A row's cell by column name. */
  get(row: string[], column: string): string;
  set(row: string[], column: string, value: string): void;
  /** The row whose ID is `id`. */
  byId(id: number): string[];
  /** A new row, blank but for the cells given. */
  add(cells: Record<string, string>): string[];
  text(options?: { delimiter?: string }): string;
}

/** An exported file as a spreadsheet: parsed with papaparse, edited, and written back as Excel writes CSV. */
export function sheet(csv: string): Sheet {
  const data = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = data[0];
  const col = (name: string): number => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`no column ${name}`);
    return i;
  };
  const s: Sheet = {
    header,
    rows: data.slice(1),
    get: (row, column) => row[col(column)],
    set: (row, column, value) => void (row[col(column)] = value),
    byId: (id) => {
      const r = s.rows.find((x) => x[0] === String(id));
      if (!r) throw new Error(`no row with ID ${id}`);
      return r;
    },
    add: (cells) => {
      const row = header.map(() => '');
      for (const [k, v] of Object.entries(cells)) row[col(k)] = v;
      s.rows.push(row);
      return row;
    },
    text: (options) => Papa.unparse({ fields: header, data: s.rows }, { newline: '\r\n', delimiter: options?.delimiter ?? ',' })
  };
  return s;
}

/** Every item of a list with the columns asked for, and its Modified time and version (to prove nothing was written). */
export async function snapshot(sp: SPFI, title: string, select: string[] = []): Promise<Array<Record<string, unknown>>> {
  return sp.web.lists.getByTitle(title).items.select('Id', 'Modified', 'OData__UIVersionString', ...select).top(5000)();
}
