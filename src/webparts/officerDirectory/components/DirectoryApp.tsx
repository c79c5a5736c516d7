import * as React from 'react';
import type { IOfficerDirectoryRepository } from '../../../data/officers/IOfficerDirectoryRepository';
import { strings } from '../loc/ui/strings';
import { officerIdFromUrl } from './deepLink';
import { useIdPrefix } from './ids';
import { InlineStatus } from './InlineStatus';
import { LazyStatusMessage } from './LazyStatusMessage';
import { OfficerSearch } from './OfficerSearch';
import { ServiceBrowser } from './ServiceBrowser';
import { StatusLine } from './StatusLine';
import { panelId, tabId, Tabs, type TabDef } from './Tabs';
import { TopicFinder } from './TopicFinder';
import { useDirectory } from './useDirectory';
import styles from './OfficerDirectory.module.scss';

export type DirectoryTab = 'topic' | 'browse' | 'officers';

const TABS: ReadonlyArray<TabDef<DirectoryTab>> = [
  { key: 'topic', label: strings.tabTopic },
  { key: 'browse', label: strings.tabBrowse },
  { key: 'officers', label: strings.tabOfficers }
];

export interface IDirectoryAppProps {
  repository: IOfficerDirectoryRepository;
}

/** The loaded directory: status, the three tabs and their panels (each mounted when first opened, then kept). */
export function DirectoryApp(props: IDirectoryAppProps): JSX.Element {
  const p = useIdPrefix();
  const { state, retry, refresh, resumeOfficers } = useDirectory(props.repository);
  const initialOfficerId = React.useMemo(officerIdFromUrl, []);
  const [tab, setTab] = React.useState<DirectoryTab>(initialOfficerId !== undefined ? 'officers' : 'topic');
  const [visited, setVisited] = React.useState<ReadonlySet<DirectoryTab>>(() => new Set([tab]));
  const select = (key: DirectoryTab): void => {
    setTab(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
  };

  if (state.phase === 'loading') return <InlineStatus kind="busy">{strings.loading}</InlineStatus>;
  if (state.phase === 'error' || !state.model) {
    const kind = state.error?.kind ?? 'other';
    return <LazyStatusMessage kind="error" title={strings.errorTitle} message={strings.errors[kind]} actionLabel={strings.tryAgain} onAction={retry} />;
  }
  const model = state.model;
  const canEdit = state.canEdit === true;
  const loading = !state.progress.done && !state.officersError;

  const panel = (key: DirectoryTab): React.ReactNode => {
    if (!visited.has(key)) return null;
    if (key === 'topic') return <TopicFinder model={model} canEdit={canEdit} indexVersion={state.indexVersion} />;
    if (key === 'browse') return <ServiceBrowser model={model} canEdit={canEdit} indexVersion={state.indexVersion} />;
    return <OfficerSearch model={model} indexVersion={state.indexVersion} loading={loading} initialOfficerId={initialOfficerId} />;
  };

  return (
    <>
      <StatusLine state={state} onRefresh={refresh} />
      {state.refreshError && (
        <InlineStatus kind="warning" actionLabel={strings.tryAgain} onAction={refresh}>
          <strong>{strings.refreshFailedTitle}</strong> {strings.errors[state.refreshError.kind]}
        </InlineStatus>
      )}
      {state.officersError && (
        <InlineStatus kind="warning" actionLabel={strings.tryAgain} onAction={resumeOfficers}>
          <strong>{strings.officersIncompleteTitle}</strong> {strings.officersIncomplete(state.progress.loaded, strings.errors[state.officersError.kind])}
        </InlineStatus>
      )}
      {canEdit && model.withheld.length > 0 && <InlineStatus kind="warning">{strings.editorBanner(model.withheld.length)}</InlineStatus>}
      {canEdit && state.problems.length > 0 && (
        <details className={styles.note}>
          <summary>{strings.problemsBanner(state.problems.length)}</summary>
          <ul>
            {state.problems.slice(0, 50).map((pr, i) => (
              <li key={i}>
                {pr.list}
                {pr.itemId !== undefined ? `, item ${pr.itemId}` : ''}: {pr.problems.join(' ')}
              </li>
            ))}
          </ul>
        </details>
      )}
      <Tabs idPrefix={p} label={strings.tabsLabel} tabs={TABS} selected={tab} onSelect={select} />
      {TABS.map((t) => (
        <div key={t.key} role="tabpanel" id={panelId(p, t.key)} aria-labelledby={tabId(p, t.key)} hidden={t.key !== tab}>
          {panel(t.key)}
        </div>
      ))}
    </>
  );
}
