/** The scan as a CSV file, for Democratic Services to open in Excel. */
import Papa from 'papaparse';
import type { ScanReport } from './types';

export const CSV_COLUMNS = ['List', 'Item', 'Item title', 'Field', 'Words found', 'Rule', 'Why', 'Link'] as const;

export function scanToCsv(report: ScanReport): string {
  const rows = report.violations.map((v) => [v.list, v.itemId, v.itemTitle ?? '', v.field, v.words, v.rule, v.message, v.link]);
  // A byte-order mark, so that Excel reads the file as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\r\n', escapeFormulae: true });
}
