export * from './EditButton';
export * from './useEditRights';
export * from './useEditorLauncher';
export * from './ImportExportLauncher';
