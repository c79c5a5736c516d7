export * from './IStatusMessageProps';
export * from './IInlineStatusProps';
export * from './InlineStatus';
export * from './LazyStatusMessage';
