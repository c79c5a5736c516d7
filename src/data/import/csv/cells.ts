/**
 * One cell ↔ one domain value, by how the list holds the column. What a cell says is turned into
 * the shape the domain schema takes (a number, yes/no, an ISO date, a list), and the schema then
 * judges it, so a CSV value is held to exactly the rules the forms and the ModernGov import use.
 *
 * Dates are written ISO (2027-05-06); UK dates as Excel rewrites them (06/05/2027) are read too,
 * day first, never month first. Yes/no is written Yes or No. Lists (skills, wards covered) are
 * written with "; " between entries.
 */
import type { ColumnKind } from '../../lists';

export const LIST_SEPARATOR = '; ';

export type CellRead = { ok: true; value: unknown } | { ok: false; message: string };

const YES = ['yes', 'y', 'true', '1'];
const NO = ['no', 'n', 'false', '0'];

/** Entries of a list cell: separated by semicolons or new lines (and commas, for comma lists). */
export function splitList(cell: string, commas = false): string[] {
  return cell
    .split(commas ? /[;,\r\n]+/ : /[;\r\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/**
 * "6/5/2027", "06-05-2027", "06.05.2027", "06/05/2027 00:00" (a date cell Excel formatted with a
 * time) → "2027-05-06"; anything else is left for the schema to judge.
 */
function isoFromUk(cell: string): string {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+0?0:00(?::00)?)?$/.exec(cell);
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : cell;
}

/** A cell as the domain value the list's column holds; blank is undefined (or an empty list). */
export function readCell(type: ColumnKind, cell: string, header: string): CellRead {
  const text = cell.replace(/\r\n?/g, '\n').trim();
  if (type === 'lines' || type === 'commaList') return { ok: true, value: splitList(text, type === 'commaList') };
  if (text === '') return { ok: true, value: undefined };
  switch (type) {
    case 'number': {
      const n = text.replace(/\s/g, '');
      return /^-?\d+(?:\.\d+)?$/.test(n) ? { ok: true, value: Number(n) } : { ok: false, message: `${header} must be a number, like 3 (not "${text}").` };
    }
    case 'boolean': {
      const v = text.toLowerCase();
      if (YES.includes(v)) return { ok: true, value: true };
      if (NO.includes(v)) return { ok: true, value: false };
      return { ok: false, message: `${header} must be Yes or No (not "${text}").` };
    }
    case 'date':
      return { ok: true, value: isoFromUk(text) };
    case 'text':
      return { ok: true, value: text };
    default:
      return { ok: true, value: text };
  }
}

/** A domain value as a cell. */
export function writeCell(type: ColumnKind, value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  if (type === 'boolean') return value ? 'Yes' : 'No';
  return String(value);
}

/** Item numbers in a cell ("12; 14"). */
export function readIds(cell: string, header: string): { ok: true; ids: number[] } | { ok: false; message: string } {
  const parts = splitList(cell, true);
  const ids: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p) || Number(p) < 1) return { ok: false, message: `${header} must hold item numbers, like 12 (not "${p}").` };
    ids.push(Number(p));
  }
  return { ok: true, ids };
}
