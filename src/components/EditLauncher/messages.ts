/** The launcher's words (the editor's own are in src/editing/strings.ts, loaded with it). */
export const editMessages = {
  edit: 'Edit',
  opening: 'Opening the editor…',
  saved: 'Saved: {what}. The page now shows the change.',
  loadFailed: 'The editor could not be opened. Check your connection and try again.'
} as const;
