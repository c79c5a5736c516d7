/**
 * "Neutrality report": for Democratic Services (those SharePoint lets edit an officer-owned list),
 * a button that opens the report of every party-political text in the site's lists. The report
 * and the scan load only when the button is pressed (their own chunks), so the read bundles stay
 * small; who may see it is read from the rights the web part already asked for (no request of its own).
 */
import * as React from 'react';
import type { EditRights } from '../../data/editing/types';
import type { ListScanned, ScanReport } from '../../data/scan/types';
import { LazyArea, useAreaLauncher } from '../EditLauncher/LazyArea';
import styles from './NeutralityReport.module.scss';

/** The launcher's own words (the panel's are in messages.ts, loaded with it). */
export const launcherMessages = {
  open: 'Neutrality report',
  openLabel: 'Neutrality report: check every list this page shows for party-political content',
  loading: 'Opening the neutrality report…',
  loadFailed: 'The neutrality report could not be opened. Reload the page and try again.'
};

const NeutralityReportPanel = React.lazy(() => import(/* webpackChunkName: 'neutrality-report' */ './NeutralityReportPanel'));

/**
 * The kinds of record kept in officer-owned lists (channels.ts's LIST_CHANNELS; a test checks the
 * two agree). Written out here so the read bundles do not carry the whole channel registry.
 */
export const OFFICER_OWNED_KINDS: ReadonlyArray<keyof EditRights> = ['ward', 'body', 'serviceArea', 'liaisonOfficer', 'officer', 'preElectionPeriod'];

/** Whether the user may edit items in at least one officer-owned list. */
export function mayRunNeutralityReport(rights: EditRights): boolean {
  return OFFICER_OWNED_KINDS.some((kind) => rights[kind]?.edit === true);
}

export type RunNeutralityScan = (onList: (list: ListScanned) => void) => Promise<ScanReport>;

export interface INeutralityReportLauncherProps {
  rights: EditRights;
  /** Runs the site scan (the repository's): undefined where the web part cannot scan. */
  run?: RunNeutralityScan;
  /** The theme's colours as CSS variables: the panel renders outside the web part's element. */
  themeStyle?: React.CSSProperties;
}

export function NeutralityReportLauncher(props: INeutralityReportLauncherProps): JSX.Element | null {
  const { launcher, element } = useAreaLauncher({ text: launcherMessages.open, label: launcherMessages.openLabel, className: styles.button });
  if (!props.run || !mayRunNeutralityReport(props.rights)) return null;
  return (
    <>
      {element}
      {launcher.used && (
        <LazyArea loading={launcherMessages.loading} failed={launcherMessages.loadFailed}>
          <NeutralityReportPanel isOpen={launcher.isOpen} run={props.run} themeStyle={props.themeStyle} onDismiss={launcher.close} onDismissed={launcher.focusButton} />
        </LazyArea>
      )}
    </>
  );
}
