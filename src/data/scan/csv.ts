/** The scan as a CSV file, for Democratic Services to open in Excel (the product's one CSV writer: ../core/csv). */
import { toCsv } from '../core/csv';
import type { ScanReport } from './types';

export const CSV_COLUMNS = ['List', 'Item', 'Item title', 'Field', 'Words found', 'Rule', 'Why', 'Link'] as const;

export function scanToCsv(report: ScanReport): string {
  return toCsv(CSV_COLUMNS, report.violations.map((v) => [v.list, String(v.itemId), v.itemTitle ?? '', v.field, v.words, v.rule, v.message, v.link]));
}
