export * from './ward';
export * from './politicalGroup';
export * from './member';
export * from './body';
export * from './membership';
export * from './serviceArea';
export * from './officer';
export * from './liaisonOfficer';
