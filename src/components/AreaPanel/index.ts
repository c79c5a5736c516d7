// For the lazily loaded areas only: Fluent's Panel must stay out of the read bundles.
export * from './AreaPanel';
