export * from './HistoryButton';
