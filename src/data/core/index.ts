export * from './cache';
export * from './paging';
export * from './records';
