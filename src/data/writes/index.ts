export * from './recordWriter';
