export * from './channels';
export * from './protocol';
export * from './fieldClasses';
export * from './channelSchemas';
export * from './preElection';
export * from './projections';
export * from './screening';
