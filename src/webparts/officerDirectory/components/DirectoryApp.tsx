import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { readIdParam } from '../../../components/common/urlParams';
import { ImportExportLauncher, useEditorLauncher, useEditRights } from '../../../components/EditLauncher';
import { LoadFailed, LoadingStatus, RefreshBar, useDirectoryLoad } from '../../../components/LoadStatus';
import { NeutralityReportLauncher, type RunNeutralityScan } from '../../../components/NeutralityReport';
import { InlineStatus } from '../../../components/StatusMessage/InlineStatus';
import { TabList, TabPanel } from '../../../components/TabList';
import { loadMessages } from '../../../components/LoadStatus/messages';
import type { RecordProblem } from '../../../data/core/records';
import type { IOfficerDirectoryRepository } from '../../../data/officers/IOfficerDirectoryRepository';
import { strings } from '../loc/ui/strings';
import { ukToday } from '../../../domain/neutrality/preElection';
import { plainText } from '../../../domain/neutrality/screened';
import { loadScreening } from '../../../data/core/screening';
import { buildModel, liaisonAttention, personViewFor } from '../model';
import { editorChoices, useOwnEntries, type OfficerEditing } from './editing';
import { OFFICER_PARAM } from './OfficerSearch';
import { OfficerSearch } from './OfficerSearch';
import { ServiceBrowser } from './ServiceBrowser';
import { TopicFinder } from './TopicFinder';
import { useOfficerStream } from './useOfficerStream';
import styles from './OfficerDirectory.module.scss';

export type DirectoryTab = 'topic' | 'browse' | 'officers';

const TABS: ReadonlyArray<{ key: DirectoryTab; label: string }> = [
  { key: 'topic', label: strings.tabTopic },
  { key: 'browse', label: strings.tabBrowse },
  { key: 'officers', label: strings.tabOfficers }
];

export interface IDirectoryAppProps {
  repository: IOfficerDirectoryRepository;
}

/** The loaded directory: status, the three tabs and their panels (each mounted when first opened, then kept). */
export function DirectoryApp(props: IDirectoryAppProps): JSX.Element {
  const { repository } = props;
  const p = useIdPrefix();
  const source = React.useMemo(
    () => ({
      // The screen's engine loads alongside the first request (see data/core/screening).
      load: (o: { onRetry: () => void }) =>
        Promise.all([repository.load(o), loadScreening()]).then(([base, createScreener]) => ({ base, model: buildModel(base, createScreener) })),
      forget: () => repository.refresh()
    }),
    [repository]
  );
  const { state, retry, refresh } = useDirectoryLoad(source);
  const loaded = state.status === 'ready' ? state.data : undefined;
  const officers = useOfficerStream(repository, loaded?.model, loaded?.base.officerCount ?? 0);
  const initialOfficerId = React.useMemo(() => readIdParam(OFFICER_PARAM), []);
  const [tab, setTab] = React.useState<DirectoryTab>(initialOfficerId !== undefined ? 'officers' : 'topic');
  const [visited, setVisited] = React.useState<ReadonlySet<DirectoryTab>>(() => new Set([tab]));
  const select = (key: DirectoryTab): void => {
    setTab(key);
    setVisited((v) => (v.has(key) ? v : new Set([...v, key])));
  };

  // Ask about editing rights only when there is something for an editor to fix.
  const [canEdit, setCanEdit] = React.useState(false);
  // Liaison officers who left or moved service (known as officers arrive) are for editors to act on too.
  const attention = React.useMemo(() => (loaded ? liaisonAttention(loaded.model) : []), [loaded, officers.indexVersion]);
  const needsEditor = !!loaded && (loaded.model.withheld.length > 0 || loaded.base.problems.length > 0 || officers.problems.length > 0 || attention.length > 0);
  React.useEffect(() => {
    if (!needsEditor) return undefined;
    let live = true;
    repository.canEditLiaisonOfficers().then(
      (can) => live && setCanEdit(can),
      () => undefined
    );
    return () => {
      live = false;
    };
  }, [needsEditor, repository]);

  // Edit is offered to those SharePoint lets edit services and liaison officers: asked only when
  // a service is reached for (Browse opened, a result pointed at or tabbed into), never on first render.
  const rights = useEditRights(repository);
  const launcher = useEditorLauncher(repository, { onSaved: refresh, prefix: p });
  React.useEffect(() => {
    if (loaded && visited.has('browse')) rights.ask();
  }, [loaded, visited, rights.ask]);
  const allOfficers = officers.progress.done;
  // A liaison officer's own entry, once the rights are known (SharePoint's permissions on the entry itself).
  const own = useOwnEntries(repository, rights.rights, loaded);
  const editing: OfficerEditing | undefined = React.useMemo(
    () =>
      loaded && launcher.available
        ? {
            rights: rights.rights,
            open: (target) => launcher.open(target, editorChoices(loaded.model, ukToday(), allOfficers)),
            own,
            history: repository.readHistory ? (id: number) => repository.readHistory?.(id) ?? Promise.resolve([]) : undefined
          }
        : undefined,
    [loaded, launcher.available, launcher.open, rights.rights, allOfficers, own, repository]
  );

  // Democratic Services' report of the site, offered once SharePoint says they may edit an officer-owned list.
  const runScan: RunNeutralityScan | undefined = React.useMemo(
    () => (repository.runNeutralityScan ? (onList) => repository.runNeutralityScan?.(onList) ?? Promise.reject(new Error('No scan')) : undefined),
    [repository]
  );

  // Import and export, for the same people, loaded on demand.
  const openImports = React.useMemo(() => (repository.openImports ? () => repository.openImports?.() ?? Promise.reject(new Error('No imports')) : undefined), [repository]);

  if (state.status === 'loading') return <LoadingStatus what={strings.what} throttled={state.throttled} />;
  if (state.status === 'failed') return <LoadFailed what={strings.what} error={state.error} onRetry={retry} />;
  const { model, base } = state.data;
  const loadingOfficers = !officers.progress.done && !officers.error;
  const problems: RecordProblem[] = [...base.problems, ...officers.problems];
  const expected = Math.max(officers.progress.expected, officers.progress.loaded, 1);

  const panel = (key: DirectoryTab): React.ReactNode => {
    if (!visited.has(key)) return null;
    if (key === 'topic') return <TopicFinder model={model} canEdit={canEdit} indexVersion={officers.indexVersion} editing={editing} onIntent={rights.ask} />;
    if (key === 'browse') return <ServiceBrowser model={model} canEdit={canEdit} indexVersion={officers.indexVersion} editing={editing} />;
    return <OfficerSearch model={model} indexVersion={officers.indexVersion} loading={loadingOfficers} initialOfficerId={initialOfficerId} canEdit={canEdit} editing={editing} onIntent={rights.ask} />;
  };

  return (
    <>
      <RefreshBar stamp={base} refreshing={state.refreshing} throttled={state.throttled} refreshError={state.refreshError} onRefresh={refresh}>
        {loadingOfficers && (
          <span className={styles.progress}>
            <span
              className={styles.progressBar}
              role="progressbar"
              aria-label={strings.loadingOfficers(officers.progress.loaded, expected)}
              aria-valuemin={0}
              aria-valuemax={expected}
              aria-valuenow={officers.progress.loaded}
            >
              <span style={{ width: `${Math.round((officers.progress.loaded / expected) * 100)}%` }} />
            </span>
            <span aria-hidden="true">{strings.loadingOfficers(officers.progress.loaded, expected)}</span>
          </span>
        )}
      </RefreshBar>
      {officers.error && (
        <InlineStatus kind="warning" actionLabel={strings.tryAgain} onAction={officers.resume}>
          <strong>{strings.officersIncompleteTitle}</strong> {strings.officersIncomplete(officers.progress.loaded, loadMessages.errors[officers.error.kind])}
        </InlineStatus>
      )}
      {canEdit && model.withheld.length > 0 && <InlineStatus kind="warning">{strings.editorBanner(model.withheld.length)}</InlineStatus>}
      <NeutralityReportLauncher rights={rights.rights} run={runScan} />
      <ImportExportLauncher rights={rights.rights} open={openImports} prefix={p} onWritten={refresh} />
      {canEdit && attention.length > 0 && (
        <details className={styles.note}>
          <summary>{strings.attentionTitle(attention.length)}</summary>
          <ul>
            {attention.map((a) => {
              const role = a.liaison.role === 'Deputy Liaison Officer' ? strings.deputyLiaisonOfficer : strings.liaisonOfficer;
              // Names and services as the page shows them: screened.
              const service = plainText(model.views.service(a.liaison.serviceAreaId)?.title);
              const person = personViewFor(model, a.liaison.officerId);
              const name = person ? plainText(person.name) : a.name;
              const nowIn = plainText(model.views.service(a.nowInId)?.title);
              return <li key={a.liaison.id}>{a.kind === 'left' ? strings.attentionLeft(name, role, service, a.leftOn) : strings.attentionMoved(name, role, service, nowIn)}</li>;
            })}
          </ul>
        </details>
      )}
      {canEdit && problems.length > 0 && (
        <details className={styles.note}>
          <summary>{strings.problemsBanner(problems.length)}</summary>
          <ul>
            {problems.slice(0, 50).map((pr, i) => (
              <li key={i}>
                {pr.list}
                {pr.itemId !== undefined ? `, item ${pr.itemId}` : ''}: {pr.problems.join(' ')}
                {pr.outcome === 'left-out' ? ` ${strings.leftOut}` : ''}
              </li>
            ))}
          </ul>
        </details>
      )}
      <TabList idPrefix={p} label={strings.tabsLabel} tabs={TABS} selectedKey={tab} onSelect={select} />
      {TABS.map((t) => (
        <TabPanel key={t.key} idPrefix={p} tabKey={t.key} hidden={t.key !== tab}>
          {panel(t.key)}
        </TabPanel>
      ))}
      {launcher.element}
    </>
  );
}
