export * from './IOfficerDirectoryRepository';
export { DirectoryError, toDirectoryError, type DirectoryErrorKind } from '../core/errors';
export { PnPOfficerDirectoryRepository, OFFICER_DIRECTORY_CACHE_SCOPE, OFFICER_COLUMNS, type PnPOfficerDirectoryOptions } from './PnPOfficerDirectoryRepository';
