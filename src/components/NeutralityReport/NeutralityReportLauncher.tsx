/**
 * "Neutrality report": for Democratic Services (those SharePoint lets edit an officer-owned list),
 * a button that opens the report of every party-political text in the site's lists. The report
 * and the scan load only when the button is pressed (their own chunks), so the read bundles stay
 * small; who may see it is read from the rights the web part already asked for (no request of its own).
 */
import * as React from 'react';
import type { EditRights } from '../../data/editing/types';
import type { ListScanned, ScanReport } from '../../data/scan/types';
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
export const OFFICER_OWNED_KINDS: ReadonlyArray<keyof EditRights> = ['ward', 'body', 'serviceArea', 'liaisonOfficer'];

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

class ReportBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? <p role="alert">{launcherMessages.loadFailed}</p> : this.props.children;
  }
}

export function NeutralityReportLauncher(props: INeutralityReportLauncherProps): JSX.Element | null {
  const [open, setOpen] = React.useState(false);
  const [used, setUsed] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  if (!props.run || !mayRunNeutralityReport(props.rights)) return null;
  return (
    <>
      <p className={styles.launcher}>
        <button
          ref={button}
          type="button"
          className={styles.button}
          aria-haspopup="dialog"
          aria-label={launcherMessages.openLabel}
          onClick={() => {
            setOpen(true);
            setUsed(true);
          }}
        >
          {launcherMessages.open}
        </button>
      </p>
      {used && (
        <ReportBoundary>
          <React.Suspense fallback={<p role="status">{launcherMessages.loading}</p>}>
            <NeutralityReportPanel isOpen={open} run={props.run} themeStyle={props.themeStyle} onDismiss={() => setOpen(false)} onDismissed={() => button.current?.focus()} />
          </React.Suspense>
        </ReportBoundary>
      )}
    </>
  );
}
