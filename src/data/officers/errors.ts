/** The directories' one error model lives in ../core/errors; this path is kept for older imports. */
export { DirectoryError, toDirectoryError, isQuotaError, type DirectoryErrorKind } from '../core/errors';
