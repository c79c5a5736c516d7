export * from './IStatusMessageProps';
export * from './StatusMessage';
