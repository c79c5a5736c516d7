/**
 * "Neutrality report": for Democratic Services (those SharePoint lets edit an officer-owned list),
 * a button that opens the report of every party-political text in the site's lists. The report
 * and the scan load only when the button is pressed (their own chunks), so the read bundles stay
 * small; who may see it is read from the rights the web part already asked for (no request of its own).
 */
import * as React from 'react';
import type { EditRights } from '../../data/editing/types';
import type { ListScanned, ScanReport } from '../../data/scan/types';
import { channelOfList } from '../../domain/neutrality/channels';
import { reportMessages } from './messages';
import styles from './NeutralityReport.module.scss';

const NeutralityReportPanel = React.lazy(() => import(/* webpackChunkName: 'neutrality-report' */ './NeutralityReportPanel'));

/** The lists each kind of record is kept in, as the channel registry names them. */
const KIND_LIST_TITLES: Readonly<Record<keyof EditRights, Parameters<typeof channelOfList>[0]>> = {
  member: 'Members',
  membership: 'Memberships',
  body: 'Bodies',
  ward: 'Wards',
  politicalGroup: 'Political Groups',
  serviceArea: 'Service Areas',
  liaisonOfficer: 'Liaison Officers'
};

/** Whether the user may edit items in at least one officer-owned list. */
export function mayRunNeutralityReport(rights: EditRights): boolean {
  return (Object.keys(rights) as Array<keyof EditRights>).some((kind) => rights[kind]?.edit === true && channelOfList(KIND_LIST_TITLES[kind]) === 'officer-owned');
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
    return this.state.failed ? <p role="alert">{reportMessages.loadFailed}</p> : this.props.children;
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
          aria-label={reportMessages.openLabel}
          onClick={() => {
            setOpen(true);
            setUsed(true);
          }}
        >
          {reportMessages.open}
        </button>
      </p>
      {used && (
        <ReportBoundary>
          <React.Suspense fallback={<p role="status">{reportMessages.loading}</p>}>
            <NeutralityReportPanel isOpen={open} run={props.run} themeStyle={props.themeStyle} onDismiss={() => setOpen(false)} onDismissed={() => button.current?.focus()} />
          </React.Suspense>
        </ReportBoundary>
      )}
    </>
  );
}
