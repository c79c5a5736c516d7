export * from './FacetFilters';
