/**
 * The officer sync from Entra ID (Microsoft Graph) into the Officers list. Browser-safe: the
 * Graph HTTP client and the SharePoint client are handed in.
 */
export { syncOfficers, SyncSetupError, ukToday } from './run';
export type { OfficerSyncOptions, OfficerSyncResult, FullReason } from './run';
export { GraphRequestError, USER_SELECT, USERS_QUERY, LATEST_DELTA_QUERY, readAllPages, managerOf, graphUserSchema } from './graph';
export type { GraphSource, GraphUser, GraphRead } from './graph';
export { departmentResolver } from './departments';
export type { DepartmentMapping, Placement, ServiceAreaName, DepartmentResolver } from './departments';
export { planOfficerSync, countWrites } from './officerPlan';
export type { ExistingOfficer, OfficerWrite, OfficerSyncPlan, SyncProblem, LeaveReason } from './officerPlan';
export { toIncoming, isGuest } from './users';
export type { IncomingOfficer } from './users';
export { DEPARTMENT_MAPPINGS, SYNCED_FIELDS, OFFICER_STATUSES, syncedOfficerSchema } from './columns';
export type { OfficerStatus, SyncedOfficer } from './columns';
export { readSyncState, writeSyncState, SYNC_STATE_FILE } from './state';
export type { SyncState } from './state';
export { writeOfficers, WRITE_BATCH } from './write';
