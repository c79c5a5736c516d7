export * from './IOfficerDirectoryRepository';
export * from './errors';
export { PnPOfficerDirectoryRepository, OFFICER_DIRECTORY_CACHE_SCOPE, OFFICER_COLUMNS, type PnPOfficerDirectoryOptions } from './PnPOfficerDirectoryRepository';
