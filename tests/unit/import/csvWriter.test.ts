/**
 * One CSV writer for every file the product gives people: the list exports and the neutrality
 * report both come out UTF-8 with a byte-order mark, CRLF, every cell in double quotes, and every
 * cell a spreadsheet would run as a formula behind an apostrophe (OWASP's advice on CSV injection),
 * which the import's reading takes off again. The oracle is the raw text, read character by character.
 */
import { toCsv, unescapeCsvCell } from '../../../src/data/core/csv';
import { decodeCsv, parseCsv, toCsv as exportToCsv } from '../../../src/data/import/csv/format';
import { scanToCsv } from '../../../src/data/scan/csv';
import type { ScanReport } from '../../../src/data/scan/types';

const HOSTILE = ['=HYPERLINK("http://example.com/x","Click")', '+44 1788 533533', '-2 degrees', '@SUM(A1:A9)', '\tTabbed', '\rReturned', "'=already guarded", 'plain, with "quotes"'];

/** The file's rows as written, without a parser: split on CRLF outside quotes. */
function rawCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    expect(text[i]).toBe('"');
    let j = i + 1;
    let cell = '';
    for (;;) {
      if (text[j] === '"' && text[j + 1] === '"') {
        cell += '"';
        j += 2;
      } else if (text[j] === '"') break;
      else cell += text[j++];
    }
    row.push(cell);
    i = j + 1;
    if (text[i] === ',') i++;
    else {
      expect(text.slice(i, i + 2)).toMatch(/^(\r\n)?$/);
      rows.push(row);
      row = [];
      i += 2;
    }
  }
  return rows;
}

function report(words: string[]): ScanReport {
  return {
    site: 'https://council.example/sites/directory',
    scannedAt: '2026-11-22T09:30:00.000Z',
    complete: true,
    lists: [],
    notices: [],
    violations: words.map((w, i) => ({
      list: 'Liaison Officers',
      itemId: i + 1,
      itemTitle: w,
      field: 'What I can help with',
      fieldName: 'profile',
      channel: 'officer-owned',
      rule: 'party-name' as ScanReport['violations'][number]['rule'],
      words: w,
      message: 'Names a political party.',
      link: `https://council.example/sites/directory/Lists/LiaisonOfficers/DispForm.aspx?ID=${i + 1}`
    }))
  };
}

describe('the one CSV writer', () => {
  it('starts with a byte-order mark, ends rows with CRLF and quotes every cell', () => {
    const text = toCsv(['ID', 'Name'], [['1', 'Jo'], ['2', '']]);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('"ID","Name"\r\n"1","Jo"\r\n"2",""');
  });

  it('puts an apostrophe before every cell that would open as a formula, and one more before one already guarded', () => {
    const cells = rawCells(toCsv(['Value'], HOSTILE.map((h) => [h])).slice(1)).slice(1).map((r) => r[0]);
    expect(cells).toEqual(["'=HYPERLINK(\"http://example.com/x\",\"Click\")", "'+44 1788 533533", "'-2 degrees", "'@SUM(A1:A9)", "'\tTabbed", "'\rReturned", "''=already guarded", 'plain, with "quotes"']);
  });

  it('reading the file back (as the import does) gives exactly what was written', () => {
    const table = parseCsv(decodeCsv(toCsv(['Value'], HOSTILE.map((h) => [h]))), (h) => h === 'Value');
    expect(table.rows.map((r) => unescapeCsvCell(r.cells[0]))).toEqual(HOSTILE);
  });

  it('the list export and the neutrality report are written by it', () => {
    expect(exportToCsv).toBe(toCsv);
    const text = scanToCsv(report(HOSTILE));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = rawCells(text.slice(1));
    expect(rows[0]).toEqual(['List', 'Item', 'Item title', 'Field', 'Words found', 'Rule', 'Why', 'Link']);
    // The same guard in both: what the report found is neutralised exactly as an export's cell is.
    const exported = rawCells(toCsv(['Value'], HOSTILE.map((h) => [h])).slice(1)).slice(1).map((r) => r[0]);
    expect(rows.slice(1).map((r) => r[4])).toEqual(exported);
    expect(rows.slice(1).map((r) => r[1])).toEqual(HOSTILE.map((_, i) => String(i + 1)));
  });
});
