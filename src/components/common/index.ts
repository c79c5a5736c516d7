export * from './ids';
export * from './urlParams';
export * from './normalise';
export * from './useAnnouncement';
export * from './format';
