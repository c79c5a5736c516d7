export * from './ids';
export * from './urlParams';
export * from './useAnnouncement';
export * from './format';
