export * from './cache';
export * from './errors';
export * from './paging';
export * from './records';
export * from './retryNotice';
