/** The button's words: in its own small chunk, apart from the area's (./strings.ts). */
export const launcherStrings = {
  open: 'Import and export',
  openLabel: 'Import and export: spreadsheets, the ModernGov differences and the day after an election',
  loading: 'Opening import and export…',
  loadFailed: 'Import and export could not be opened. Reload the page and try again.'
};
