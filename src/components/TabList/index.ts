export * from './TabList';
