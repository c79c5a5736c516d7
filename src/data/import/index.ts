/** Bringing data in and keeping it in step: the ModernGov import, the drift report, CSV, and the day after an election. */
export * from './moderngov/council';
export * from './moderngov/documents';
export * from './moderngov/source';
export { ModernGovReadError, MAX_DOCUMENT_CHARS } from './moderngov/xml';
export * from './site';
export * from './plan';
export * from './write';
export * from './validate';
export * from './moderngovImport';
export * from './drift';
export * from './election';
export * from './csv';
