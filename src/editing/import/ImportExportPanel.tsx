/**
 * The "Import and export" area, in a Fluent Panel (its own chunk, with the import service's): for
 * Democratic Services, four tabs — export a list, import a file (the dry run first), the last
 * ModernGov drift report, and the day after an election. What the user may change is asked once,
 * when the area opens; SharePoint refuses anything else anyway.
 */
import * as React from 'react';
import { AreaPanel, type IAreaPanelHost } from '../../components/AreaPanel';
import { TabList, TabPanel } from '../../components/TabList';
import type { IImportService, ImportRights } from '../../data/import/service';
import { CsvImportSection } from './CsvImportSection';
import { DriftSection } from './DriftSection';
import { ElectionSection } from './ElectionSection';
import { ExportSection } from './ExportSection';
import { failureText } from './failure';
import { Status } from './parts';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

export interface IImportExportPanelProps extends IAreaPanelHost {
  /** The import service, loaded alongside this chunk. */
  service: Promise<IImportService>;
  /** Ids in the area start with this (one per web part instance). */
  prefix: string;
  /** Something was written: the page should read SharePoint again. */
  onWritten: () => void;
}

type Tab = 'export' | 'import' | 'drift' | 'election';
const TABS: ReadonlyArray<{ key: Tab; label: string }> = [
  { key: 'export', label: s.tabExport },
  { key: 'import', label: s.tabImport },
  { key: 'drift', label: s.tabDrift },
  { key: 'election', label: s.tabElection }
];

type Loaded = { status: 'loading' } | { status: 'failed'; reason: string } | { status: 'ready'; service: IImportService; rights: ImportRights };

export default function ImportExportPanel(props: IImportExportPanelProps): JSX.Element {
  const [loaded, setLoaded] = React.useState<Loaded>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [tab, setTab] = React.useState<Tab>('export');
  // Each tab is mounted when first opened, then kept: a dry run survives a look at another tab.
  const [visited, setVisited] = React.useState<ReadonlySet<Tab>>(() => new Set<Tab>(['export']));
  const select = (key: Tab): void => {
    setTab(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
  };
  const px = `${props.prefix}-import`;

  React.useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    props.service
      .then(async (service) => ({ service, rights: await service.rights() }))
      .then(
        (r) => live && setLoaded({ status: 'ready', ...r }),
        (e: unknown) => live && setLoaded({ status: 'failed', reason: failureText(e) })
      );
    return () => {
      live = false;
    };
  }, [props.service, attempt]);

  const panel = (key: Tab): React.ReactNode => {
    if (loaded.status !== 'ready' || !visited.has(key)) return null;
    const common = { service: loaded.service, rights: loaded.rights, prefix: px, onWritten: props.onWritten };
    if (key === 'export') return <ExportSection service={loaded.service} />;
    if (key === 'import') return <CsvImportSection {...common} />;
    if (key === 'drift') return <DriftSection service={loaded.service} />;
    return <ElectionSection {...common} />;
  };

  return (
    <AreaPanel host={props} heading={s.title} closeLabel={s.close} lightDismiss={false} className={styles.area} marker="data-import-export">
      <p>{s.intro}</p>
      <Status text={loaded.status === 'loading' ? s.checkingRights : ''} />
      {loaded.status === 'failed' && (
        <div role="alert">
          <p>
            {s.rightsFailed} {loaded.reason}
          </p>
          <button type="button" className={styles.button} onClick={() => setAttempt((a) => a + 1)}>
            {s.tryAgain}
          </button>
        </div>
      )}
      {loaded.status === 'ready' && (
        <>
          <TabList label={s.tabsLabel} tabs={TABS} selectedKey={tab} onSelect={select} idPrefix={px} />
          {TABS.map((t) => (
            <TabPanel key={t.key} idPrefix={px} tabKey={t.key} hidden={t.key !== tab}>
              {panel(t.key)}
            </TabPanel>
          ))}
        </>
      )}
    </AreaPanel>
  );
}
