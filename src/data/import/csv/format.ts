/**
 * CSV as Excel writes and reads it, with papaparse doing the parsing and quoting.
 *
 * Writing is the product's one CSV writer (../../core/csv: BOM, CRLF, every cell quoted, OWASP's
 * formula guard), re-exported here with the reading that undoes its guard.
 *
 * Reading: UTF-8 with or without a BOM, UTF-16 (Excel's "Unicode text"), else Windows-1252 (older
 * Excel's "CSV"); commas, semicolons (Excel where the decimal mark is a comma) or tabs, and
 * Excel's `sep=;` first line; CRLF or LF; quoted cells holding newlines. Rows are numbered as a
 * spreadsheet numbers them: the column names are row 1.
 */
import Papa from 'papaparse';

export { toCsv, unescapeCsvCell as unescapeCell } from '../../core/csv';

/** The largest file read: far beyond a council's 20,000 officers at a few hundred characters a row. */
export const MAX_CSV_CHARS = 20 * 1024 * 1024;
export const MAX_CSV_ROWS = 50000;

/** A file that cannot be read as a CSV list at all (the command exits 2). */
export class CsvReadError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'CsvReadError';
  }
}

const bytesOf = (input: ArrayBuffer | Uint8Array): Uint8Array => (input instanceof Uint8Array ? input : new Uint8Array(input));

/** The text of a file, from its bytes. */
export function decodeCsv(input: string | ArrayBuffer | Uint8Array): string {
  if (typeof input === 'string') {
    if (input.length > MAX_CSV_CHARS) throw tooBig();
    return input.replace(/^\uFEFF/, '');
  }
  const bytes = bytesOf(input);
  if (bytes.length > MAX_CSV_CHARS) throw tooBig();
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    throw new CsvReadError('This is an Excel workbook (or another zipped file), not a CSV file. In Excel, choose File, Save As, and "CSV UTF-8 (Comma delimited)".');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}

function tooBig(): CsvReadError {
  return new CsvReadError(`The file is larger than ${MAX_CSV_CHARS / 1024 / 1024} MB, which is far more than a directory list holds. Check that it is the right file.`);
}

export interface CsvTable {
  headers: string[];
  /** Data rows with their spreadsheet row numbers; blank rows are left out. */
  rows: Array<{ row: number; cells: string[] }>;
  delimiter: string;
  /** Rows papaparse could not read cleanly (an unclosed quotation mark): row number → reason. */
  broken: Map<number, string>;
}

const DELIMITERS = [',', ';', '\t'];

function firstRecord(text: string, delimiter: string): string[] {
  const r = Papa.parse<string[]>(text, { delimiter, preview: 1 });
  return (r.data[0] ?? []).map((h) => h.trim());
}

/**
 * Which separator the file uses: Excel's `sep=` line if it has one, else the one under which the
 * first row names the most columns we know (then the one giving the most columns).
 */
function detectDelimiter(text: string, isKnown: (header: string) => boolean): { delimiter: string; body: string } {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { delimiter: sep[1], body: text.slice(sep[0].length) };
  let best = { delimiter: ',', known: -1, count: 0 };
  for (const d of DELIMITERS) {
    const headers = firstRecord(text, d);
    const known = headers.filter(isKnown).length;
    if (known > best.known || (known === best.known && headers.length > best.count)) best = { delimiter: d, known, count: headers.length };
  }
  return { delimiter: best.delimiter, body: text };
}

export function parseCsv(text: string, isKnown: (header: string) => boolean): CsvTable {
  if (text.includes('\u0000')) throw new CsvReadError('The file is not text (it holds binary data), so it is not a CSV file.');
  const { delimiter, body } = detectDelimiter(text, isKnown);
  const parsed = Papa.parse<string[]>(body, { delimiter, preview: MAX_CSV_ROWS + 2, skipEmptyLines: false });
  const data = parsed.data;
  if (data.length === 0 || data[0].every((h) => h.trim() === '')) throw new CsvReadError('The file is empty: its first row should name the columns, like ID, Given name, Family name.');
  if (data.length > MAX_CSV_ROWS + 1) throw new CsvReadError(`The file has more than ${MAX_CSV_ROWS.toLocaleString('en-GB')} rows, which is far more than a directory list holds. Check that it is the right file.`);
  const broken = new Map<number, string>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.type !== 'Quotes') continue;
    broken.set(e.row + 1, 'A quotation mark in this row is not closed, so the row cannot be read as the file\u2019s author meant it.');
  }
  const rows: CsvTable['rows'] = [];
  for (let i = 1; i < data.length; i++) {
    const cells = data[i];
    if (cells.every((c) => c.trim() === '')) continue;
    rows.push({ row: i + 1, cells });
  }
  return { headers: data[0].map((h) => h.trim()), rows, delimiter, broken };
}
