/**
 * The CSV import, end to end and browser-safe: read the file, read the site, plan (the dry run),
 * and unless it is a dry run write the valid rows. The web part shows the plan first and calls
 * `writeCsvPlan` with the same plan once Democratic Services confirm; the command line does both.
 */
import type { SPFI } from '@pnp/sp';
import { policyForGroups } from '../moderngovImport';
import { CSV_SPECS, headerIndex, headerKey, type CsvListKey } from './columns';
import { decodeCsv, parseCsv, type CsvTable } from './format';
import { csvErrors, csvNotes, planCsv, type CsvPlan } from './plan';
import { mapColumns, type CsvProblem } from './rows';
import { readCsvSite, type CsvSite } from './site';
import { writeCsvPlan, type CsvWriteSummary } from './write';

/** The `--json` shape of `import csv`. */
export interface CsvSummary {
  source: string;
  list: string;
  dryRun: boolean;
  rows: number;
  create: number;
  update: number;
  unchanged: number;
  invalid: number;
  /** Records the list holds that the file does not mention: left as they are. */
  notInFile: number;
  written: { created: number; updated: number; notWritten: number } | null;
  /** Why rows were not (or would not be) written, by row and column. */
  problems: CsvProblem[];
  /** Worth knowing; nothing was refused for these. */
  notes: CsvProblem[];
}

export function csvSummaryOf(plan: CsvPlan, written?: CsvWriteSummary): CsvSummary {
  return {
    source: plan.source,
    list: plan.listTitle,
    dryRun: !written,
    rows: plan.counts.rows,
    create: plan.counts.create,
    update: plan.counts.update,
    unchanged: plan.counts.unchanged,
    invalid: plan.counts.invalid,
    notInFile: plan.notInFile,
    written: written ? { created: written.created, updated: written.updated, notWritten: written.notWritten } : null,
    problems: written ? written.problems : csvErrors(plan),
    notes: csvNotes(plan)
  };
}

/** The file as a table of the list's columns. Throws CsvReadError when it is not a CSV of the list. */
export function readCsvTable(list: CsvListKey, file: string | ArrayBuffer | Uint8Array): CsvTable {
  const known = headerIndex(CSV_SPECS[list]);
  const table = parseCsv(decodeCsv(file), (h) => known.has(headerKey(h)));
  mapColumns(CSV_SPECS[list], table.headers); // wrong columns are refused before anything else is read
  return table;
}

/** The dry run of a file against a site already read (the web part reads the site once). */
export function planCsvFile(list: CsvListKey, file: string | ArrayBuffer | Uint8Array, source: string, site: CsvSite): CsvPlan {
  return planCsv({ list, source, table: readCsvTable(list, file), site, policy: policyForGroups(site.groups) });
}

export interface CsvImportResult {
  plan: CsvPlan;
  site: CsvSite;
  written?: CsvWriteSummary;
  summary: CsvSummary;
}

export async function importCsv(sp: SPFI, file: string | ArrayBuffer | Uint8Array, options: { list: CsvListKey; source: string; dryRun: boolean }): Promise<CsvImportResult> {
  // The file first: a file that is not a CSV of the list is refused before the site is read.
  const table = readCsvTable(options.list, file);
  const site = await readCsvSite(sp, options.list);
  const plan = planCsv({ list: options.list, source: options.source, table, site, policy: policyForGroups(site.groups) });
  if (options.dryRun) return { plan, site, summary: csvSummaryOf(plan) };
  const written = await writeCsvPlan(sp, plan);
  return { plan, site, written, summary: csvSummaryOf(plan, written) };
}
