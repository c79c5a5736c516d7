export * from './ISkipLinksProps';
export * from './SkipLinks';
