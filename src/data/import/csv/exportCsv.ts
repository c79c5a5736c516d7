/**
 * Exporting a list to CSV for Democratic Services: every record in item order, every column the
 * file carries, lookups as the looked-up title beside the id. A field SharePoint holds that fails
 * validation is left blank (it is not shown anywhere until corrected); importing the file back
 * leaves it as it is, because blank against withheld is no change.
 */
import type { SPFI } from '@pnp/sp';
import { LIST_SEPARATOR, writeCell } from './cells';
import { CSV_SPECS, type CsvColumn, type CsvListKey } from './columns';
import { toCsv } from './format';
import { readCsvSite, type CsvSite } from './site';

function cellOf(c: CsvColumn, rec: { id: number; externalId?: string; record: Record<string, unknown> }, site: CsvSite): string {
  switch (c.kind) {
    case 'id':
      return String(rec.id);
    case 'moderngovId':
      return rec.externalId ?? '';
    case 'value':
      return writeCell(c.type, rec.record[c.field]);
    case 'lookupId':
      return writeCell('number', rec.record[c.field]);
    case 'lookupTitle': {
      const v = rec.record[c.field];
      const ids = Array.isArray(v) ? (v as number[]) : typeof v === 'number' ? [v] : [];
      return ids.map((id) => site.lookups[c.lookup]?.titleOf.get(id) ?? '').join(LIST_SEPARATOR);
    }
  }
}

/** The file's text (with its BOM) for records already read. */
export function csvOf(site: CsvSite): { text: string; rows: number } {
  const spec = CSV_SPECS[site.list];
  const records = [...site.records].sort((a, b) => a.id - b.id);
  const rows = records.map((r) => spec.columns.map((c) => cellOf(c, r, site)));
  return { text: toCsv(spec.columns.map((c) => c.header), rows), rows: rows.length };
}

export async function exportCsv(sp: SPFI, list: CsvListKey): Promise<{ text: string; rows: number }> {
  return csvOf(await readCsvSite(sp, list));
}

/** "members-2026-11-20.csv": the name a download is offered under. */
export function exportFileName(list: CsvListKey, today: string): string {
  return `${CSV_SPECS[list].title.toLowerCase().replace(/\s+/g, '-')}-${today}.csv`;
}
