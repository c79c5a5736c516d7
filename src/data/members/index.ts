export * from './types';
export * from './project';
export * from './PnPMemberDirectoryRepository';
export * from './memberChannels';
