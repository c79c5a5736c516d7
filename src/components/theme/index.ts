export * from './themeVariables';
