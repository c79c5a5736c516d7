export * from './ILoadStatusProps';
export * from './LoadStatus';
export * from './messages';
export * from './useDirectoryLoad';
