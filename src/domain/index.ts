/** The council's domain: schemas, types and the political-neutrality policy. Imports nothing of ours. */
export * from './fields';
export * from './errors';
export * from './model';
export * from './neutrality';
