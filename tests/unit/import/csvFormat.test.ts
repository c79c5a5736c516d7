/**
 * CSV as Excel and its users really write it: a BOM, CRLF, quoted newlines, semicolons (with and
 * without Excel's `sep=` line), tabs in UTF-16, Windows-1252, formula cells, a workbook or a
 * binary file given by mistake, and files far too large. And the writer: every cell a
 * spreadsheet would run as a formula is neutralised, and reading undoes exactly that.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { CsvReadError, decodeCsv, MAX_CSV_CHARS, MAX_CSV_ROWS, parseCsv, toCsv, unescapeCell } from '../../../src/data/import/csv/format';

const FIXTURES = path.resolve(__dirname, '../../fixtures/csv');
const KNOWN = new Set(['ID', 'Given name', 'Family name', 'Email', 'Postal address', 'Term start']);
const isKnown = (h: string): boolean => KNOWN.has(h);
const read = (input: string | Uint8Array) => parseCsv(decodeCsv(input), isKnown);

describe('reading', () => {
  it('strips the byte-order mark, so the first column is "ID" and not "\\uFEFFID"', () => {
    const t = read(Buffer.from('\uFEFFID,Email\r\n1,a@b.gov.uk\r\n', 'utf8'));
    expect(t.headers).toEqual(['ID', 'Email']);
    expect(t.rows).toEqual([{ row: 2, cells: ['1', 'a@b.gov.uk'] }]);
  });

  it('reads CRLF and LF alike, and a quoted cell keeps its new lines; rows are numbered as Excel numbers them', () => {
    const crlf = read('ID,Postal address\r\n1,"1 High Street\r\nRugby"\r\n\r\n2,"The Old Forge, Main Road"\r\n');
    expect(crlf.rows).toEqual([
      { row: 2, cells: ['1', '1 High Street\r\nRugby'] },
      // The blank line is row 3: left out, and the next row keeps its own number.
      { row: 4, cells: ['2', 'The Old Forge, Main Road'] }
    ]);
    const lf = read('ID,Postal address\n1,"1 High Street\nRugby"\n');
    expect(lf.rows[0].cells[1]).toBe('1 High Street\nRugby');
  });

  it('reads Excel’s semicolon CSV, with its sep= line and without', () => {
    const withSep = read('sep=;\r\nID;Given name;Family name\r\n7;Siân;O’Brien\r\n');
    expect([withSep.delimiter, withSep.headers, withSep.rows[0].cells]).toEqual([';', ['ID', 'Given name', 'Family name'], ['7', 'Siân', 'O’Brien']]);
    // A semicolon file whose cells hold commas: the columns we know decide the separator.
    const without = read('ID;Given name;Postal address\r\n7;Jo;"1 High Street, Rugby"\r\n');
    expect([without.delimiter, without.rows[0].cells]).toEqual([';', ['7', 'Jo', '1 High Street, Rugby']]);
  });

  it('reads the fixture Excel wrote in a comma-decimal locale (sep= line, semicolons, CRLF, a BOM, quoted new lines)', () => {
    const t = read(fs.readFileSync(path.join(FIXTURES, 'members-excel-semicolon.csv')));
    expect(t.delimiter).toBe(';');
    expect(t.headers.slice(0, 3)).toEqual(['ID', 'ModernGov ID', 'Honorific']);
    expect(t.rows.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(t.rows[1].cells[t.headers.indexOf('Postal address')]).toBe('12 Bilton Road\r\nRugby CV22 7AA');
  });

  it('reads UTF-16 (Excel’s "Unicode text", tab-separated) and Windows-1252 (older Excel’s CSV)', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('ID\tGiven name\r\n3\tZoë\r\n', 'utf16le')]);
    expect(read(utf16).rows[0].cells).toEqual(['3', 'Zoë']);
    // "Siân" and "£5" in Windows-1252: â is 0xE2 and £ is 0xA3, which are not valid UTF-8 on their own.
    const cp1252 = Buffer.from([...Buffer.from('ID,Given name,Postal address\r\n4,Si'), 0xe2, ...Buffer.from('n,'), 0xa3, ...Buffer.from('5 Lane\r\n')]);
    expect(read(cp1252).rows[0].cells).toEqual(['4', 'Siân', '£5 Lane']);
  });

  it('reports a row whose quotation mark is never closed, by its row number', () => {
    const t = read('ID,Given name\r\n1,Jo\r\n2,"Sam\r\n');
    expect(t.broken.get(3)).toMatch(/quotation mark in this row is not closed/);
    expect(t.broken.has(2)).toBe(false);
  });

  it('refuses what is not a CSV file, saying what to do', () => {
    const xlsx = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(() => read(xlsx)).toThrow(new CsvReadError('This is an Excel workbook (or another zipped file), not a CSV file. In Excel, choose File, Save As, and "CSV UTF-8 (Comma delimited)".'));
    expect(() => read('ID\u0000,Email')).toThrow(/not text/);
    expect(() => read('')).toThrow(/The file is empty/);
    expect(() => read('\r\n\r\n')).toThrow(/The file is empty/);
  });

  it('refuses a huge file at once, by size and by rows, without reading it all', () => {
    const big = new Uint8Array(MAX_CSV_CHARS + 1).fill(0x41);
    const started = Date.now();
    expect(() => read(big)).toThrow(/larger than 20 MB/);
    const rows = 'ID\n' + '1\n'.repeat(MAX_CSV_ROWS + 5);
    expect(() => read(rows)).toThrow(/more than 50,000 rows/);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('reads a file of 20,000 rows quickly', () => {
    const text = 'ID,Given name,Family name,Email\r\n' + Array.from({ length: 20000 }, (_, i) => `${i + 1},Given${i},Family${i},p${i}@rugby.gov.uk`).join('\r\n');
    const started = Date.now();
    const t = read(text);
    expect(t.rows).toHaveLength(20000);
    expect(t.rows[19999]).toEqual({ row: 20001, cells: ['20000', 'Given19999', 'Family19999', 'p19999@rugby.gov.uk'] });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('writing', () => {
  it('starts with a BOM, quotes every cell, ends lines with CRLF, and doubles quotation marks', () => {
    expect(toCsv(['ID', 'Name'], [['1', 'Jo "JJ" Jones']])).toBe('\uFEFF"ID","Name"\r\n"1","Jo ""JJ"" Jones"');
  });

  it('prefixes a cell a spreadsheet would run as a formula with an apostrophe (OWASP), and reading undoes it', () => {
    const hostile = ['=HYPERLINK("http://evil.example","Click")', '+cmd|\' /C calc\'!A0', '-2+3', '@SUM(A1:A2)', '\t=1', '\r=1'];
    const text = toCsv(['Value'], hostile.map((h) => [h]));
    const cells = read(text.replace('Value', 'Email')).rows.map((r) => r.cells[0]);
    for (const c of cells) expect(c.startsWith("'")).toBe(true);
    expect(cells.map(unescapeCell)).toEqual(hostile);
    // Ordinary values are left alone.
    expect(toCsv(['V'], [['Jo'], ["O'Brien"], ['01788 533522']])).toBe('\uFEFF"V"\r\n"Jo"\r\n"O\'Brien"\r\n"01788 533522"');
  });

  it('round-trips any text: what is written is what is read back', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'binary' }), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (rows) => {
        const clean = rows.map((r) => r.map((c) => c.replace(/\u0000/g, '')));
        const t = read(toCsv(['ID', 'Email'], clean));
        const back = t.rows.map((r) => r.cells.map(unescapeCell));
        // Rows of blank cells are left out on reading, as blank lines are.
        expect(back).toEqual(clean.filter((r) => r.some((c) => c.trim() !== '')));
      }),
      { numRuns: 300 }
    );
  });
});
