export * from './values';
export * from './entities';
