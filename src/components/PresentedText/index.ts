export * from './IPresentedTextProps';
export * from './PresentedText';
