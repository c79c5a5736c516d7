export * from './IShowMoreProps';
export * from './ShowMore';
