/**
 * The one CSV writer: every CSV file the product gives people (the list exports, the neutrality
 * report) is written here, with papaparse doing the quoting.
 *
 * UTF-8 with a byte-order mark (so Excel opens it as UTF-8), CRLF line ends, every cell in double
 * quotes with its own double quotes doubled, and a cell a spreadsheet would run as a formula
 * (starting with =, +, -, @, a tab or a carriage return) given an apostrophe in front, as OWASP
 * advises against CSV injection. An apostrophe already in front of such a cell gets one more, so
 * that `unescapeCsvCell` undoes exactly one and a file read back is what was written.
 *
 * Not exported from ./index: papaparse belongs in the chunks that write files, never in a read bundle.
 */
import Papa from 'papaparse';

/** A cell that opens as a formula, behind any apostrophes the writer put there. */
const FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';

/** A whole file: the column names, then the rows. */
export function toCsv(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return CSV_BOM + Papa.unparse({ fields: [...headers], data: rows.map((r) => [...r]) }, { newline: '\r\n', quotes: true, escapeFormulae: FORMULA });
}

/** Undoes the writer's formula guard on one cell read back from a file. */
export function unescapeCsvCell(value: string): string {
  return ESCAPED_FORMULA.test(value) ? value.slice(1) : value;
}
