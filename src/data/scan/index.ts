export * from './types';
export { scanSite, scanItem, readCouncilGroups, SCANNED, type ScanOptions } from './scanSite';
export { scanToCsv, CSV_COLUMNS } from './csv';
