/** CSV export and import for Democratic Services: browser-safe, used by the command line and the web parts. */
export { CSV_LISTS, CSV_SPECS, csvListOf, NOUNS, type CsvListKey, type CsvColumn } from './columns';
export { CsvReadError, MAX_CSV_CHARS, MAX_CSV_ROWS, toCsv } from './format';
export type { CsvProblem } from './rows';
export { readCsvSite, type CsvSite } from './site';
export { csvOf, exportCsv, exportFileName } from './exportCsv';
export { csvErrors, csvNotes, planCsv, type CsvPlan, type CsvRowPlan, type CsvChange, type RowOutcome } from './plan';
export { writeCsvPlan, type CsvWriteSummary } from './write';
export { csvSummaryOf, importCsv, planCsvFile, readCsvTable, type CsvImportResult, type CsvSummary } from './importCsv';
