/**
 * "Import and export": for Democratic Services (those SharePoint lets edit the lists a CSV can
 * change, from the rights the web part has already asked for: no request of its own). Only this
 * check is in the read bundles: the button loads (its own small chunk) once SharePoint has said
 * so, and the area behind it only when it is pressed.
 */
import * as React from 'react';
import type { EditRights } from '../../data/editing/types';
import type { IImportService } from '../../data/import/service';

/** The kinds of record a CSV import can change (officers are kept by the sync from Entra ID). */
const IMPORT_KINDS: ReadonlyArray<keyof EditRights> = ['member', 'membership', 'body', 'liaisonOfficer'];

export function mayImport(rights: EditRights): boolean {
  return IMPORT_KINDS.some((kind) => rights[kind]?.edit === true);
}

export interface IImportExportLauncherProps {
  rights: EditRights;
  /** The repository's: undefined where the web part cannot import. */
  open?: () => Promise<IImportService>;
  /** Ids in the area start with this. */
  prefix: string;
  /** After something was written, when the area closes: read SharePoint again. */
  onWritten: () => void;
  themeStyle?: React.CSSProperties;
}

const ImportExportButton = React.lazy(() => import(/* webpackChunkName: 'import-export-button' */ '../../editing/import/ImportExportButton'));

export function ImportExportLauncher(props: IImportExportLauncherProps): JSX.Element | null {
  if (!props.open || !mayImport(props.rights)) return null;
  return (
    <React.Suspense fallback={null}>
      <ImportExportButton open={props.open} prefix={props.prefix} onWritten={props.onWritten} themeStyle={props.themeStyle} />
    </React.Suspense>
  );
}
