import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { EditButton, ImportExportLauncher, useEditorLauncher, useEditRights } from '../../../components/EditLauncher';
import { readIdParam, writeParam } from '../../../components/common/urlParams';
import { LoadFailed, LoadingStatus, RefreshBar, useDirectoryLoad } from '../../../components/LoadStatus';
import { NeutralityReportLauncher, type RunNeutralityScan } from '../../../components/NeutralityReport';
import { SkeletonCards } from '../../../components/SkeletonCards';
import { LazyStatusMessage } from '../../../components/StatusMessage/LazyStatusMessage';
import { TabList, TabPanel } from '../../../components/TabList';
import type { IMemberDirectoryRepository } from '../../../data/members/types';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { format, strings } from '../loc/ui/strings';
import { buildDirectoryView, type DirectoryView } from '../model/directoryView';
import { EMPTY_QUERY, type DirectoryQuery } from '../model/search';
import { BodyPanel } from './BodyPanel';
import { editorChoices, type MemberEditing } from './editing';
import { isOwnProfile, RequestsLauncher, useSelfService, type ProfileSelfService } from './selfService';
import { DirectoryPanel, type Layout } from './DirectoryPanel';
import { openButtonId } from './MemberCard';
import { ProblemsForEditors } from './ProblemsForEditors';
import { useProfileLink } from './useProfileLink';
import { WardPanel } from './WardPanel';
import styles from './MemberProfiles.module.scss';

const ProfilePanel = React.lazy(() => import(/* webpackChunkName: 'member-profiles-profile' */ './ProfilePanel'));

type Tab = 'directory' | 'ward' | 'body';
/** `?committee=<id>`: the chosen committee or body, so a link opens it. */
export const COMMITTEE_PARAM = 'committee';

export interface IMemberDirectoryAppProps {
  repository: IMemberDirectoryRepository;
  themeStyle: React.CSSProperties;
  /** The web part's heading: focus goes back there when nothing better is left. */
  headingRef: React.RefObject<HTMLHeadingElement>;
}

export function MemberDirectoryApp(props: IMemberDirectoryAppProps): JSX.Element {
  const { repository } = props;
  const px = useIdPrefix();
  const source = React.useMemo(
    () => ({ load: (o: { onRetry: () => void }) => repository.load(o).then(buildDirectoryView), forget: () => repository.refresh() }),
    [repository]
  );
  const { state, retry, refresh } = useDirectoryLoad(source);
  const view: DirectoryView | undefined = state.status === 'ready' ? state.data : undefined;

  const linkedBody = React.useMemo(() => readIdParam(COMMITTEE_PARAM), []);
  const [tab, setTab] = React.useState<Tab>(linkedBody !== undefined ? 'body' : 'directory');
  const [query, setQuery] = React.useState<DirectoryQuery>(EMPTY_QUERY);
  const [layout, setLayout] = React.useState<Layout>('cards');
  const [wardId, setWardId] = React.useState<number | undefined>();
  const [bodyId, setBodyId] = React.useState<number | undefined>(linkedBody);
  const chooseBody = React.useCallback((id: number | undefined) => {
    setBodyId(id);
    writeParam(COMMITTEE_PARAM, id);
  }, []);

  const fallback = React.useCallback(
    (id: number) => document.getElementById(openButtonId(px, tab === 'body' ? `body-${bodyId}` : tab, id)) ?? props.headingRef.current,
    [px, tab, bodyId, props.headingRef]
  );
  const profile = useProfileLink(view, fallback);

  // Edit is offered to those SharePoint lets edit a list, asked only once a record is reached for.
  const rights = useEditRights(repository);
  const launcher = useEditorLauncher(repository, { onSaved: refresh, prefix: px, themeStyle: props.themeStyle });
  const reaching = !!view && (profile.profileId !== undefined || (tab === 'body' && bodyId !== undefined) || (tab === 'ward' && wardId !== undefined));
  React.useEffect(() => {
    if (reaching) rights.ask();
  }, [reaching, rights.ask]);
  const editing: MemberEditing | undefined = React.useMemo(
    () => (view && launcher.available ? { rights: rights.rights, open: (target) => launcher.open(target, editorChoices(view)) } : undefined),
    [view, launcher.available, launcher.open, rights.rights]
  );

  const openPeriods = (): void => editing?.open({ kind: 'preElectionPeriod', name: strings.preElectionPeriods });

  // Who the signed-in person is, known with the rights: a councillor's own profile, Democratic Services' requests.
  const self = useSelfService(repository, rights.rights);
  const profileSelf: ProfileSelfService | undefined = React.useMemo(
    () =>
      view
        ? {
            isOwn: (id: number) => isOwnProfile(self, view.accounts, id),
            modified: (id: number) => view.modified?.get(id),
            openEditor: repository.openEditor ? () => repository.openEditor!() : undefined,
            openRequests: repository.openRequests ? () => repository.openRequests!() : undefined,
            readHistory: repository.readHistory ? (id: number) => repository.readHistory!(id) : undefined,
            choices: editorChoices(view)
          }
        : undefined,
    [view, self, repository]
  );

  // Democratic Services' report of the site, offered once SharePoint says they may edit an officer-owned list.
  const runScan: RunNeutralityScan | undefined = React.useMemo(
    () => (repository.runNeutralityScan ? (onList) => repository.runNeutralityScan?.(onList) ?? Promise.reject(new Error('No scan')) : undefined),
    [repository]
  );

  // Import and export, for the same people, loaded on demand.
  const openImports = React.useMemo(() => (repository.openImports ? () => repository.openImports?.() ?? Promise.reject(new Error('No imports')) : undefined), [repository]);

  // Records that need correcting are for those who can mend them: editors of the Members list.
  const [editor, setEditor] = React.useState(false);
  // Text withheld by the screen is flagged to editors too.
  const hasProblems = !!view && (view.problems.length > 0 || view.screenedOut > 0);
  React.useEffect(() => {
    let live = true;
    if (hasProblems) repository.canEditMembers().then((can) => live && setEditor(can), () => undefined);
    return () => {
      live = false;
    };
  }, [hasProblems, repository]);

  if (state.status === 'failed') return <LoadFailed what={strings.what} error={state.error} onRetry={retry} />;
  if (state.status === 'loading') {
    return (
      <LoadingStatus what={strings.what} throttled={state.throttled}>
        <SkeletonCards count={6} />
      </LoadingStatus>
    );
  }

  const tabs: Array<{ key: Tab; label: string }> = [
    { key: 'directory', label: strings.tabDirectory },
    { key: 'ward', label: strings.tabWard },
    { key: 'body', label: strings.tabBody }
  ];
  const directory = state.data;
  const person = profile.profileId !== undefined ? directory.byId.get(profile.profileId) : undefined;

  return (
    <>
      <RefreshBar stamp={directory} refreshing={state.refreshing} throttled={state.throttled} refreshError={state.refreshError} onRefresh={refresh} />
      {directory.preElection && (
        <p className={styles.banner}>
          {format(strings.preElectionBanner, { date: formatUkDate(directory.preElection.end) })}{' '}
          {editing?.rights.preElectionPeriod?.edit && <EditButton label={strings.preElectionEdit} onClick={openPeriods} />}
        </p>
      )}
      {profile.missing !== undefined && (
        <LazyStatusMessage
          kind="warning"
          title={strings.profileNotFoundTitle}
          message={format(strings.profileNotFound, { id: profile.missing })}
          actionLabel={strings.dismiss}
          onAction={profile.dismissMissing}
        />
      )}
      {editor && <ProblemsForEditors problems={directory.problems} />}
      {editor && directory.screenedOut > 0 && (
        <p className={styles.banner}>{directory.screenedOut === 1 ? strings.screenedOutBannerOne : format(strings.screenedOutBanner, { count: directory.screenedOut })}</p>
      )}
      <NeutralityReportLauncher rights={rights.rights} run={runScan} themeStyle={props.themeStyle} />
      <RequestsLauncher repository={repository} self={self} choices={profileSelf?.choices} prefix={px} themeStyle={props.themeStyle} onDecided={refresh} />
      <ImportExportLauncher rights={rights.rights} open={openImports} prefix={px} onWritten={refresh} themeStyle={props.themeStyle} />
      {!directory.preElection && editing?.rights.preElectionPeriod?.edit && (
        <p>
          <EditButton label={strings.preElectionPeriodsLabel} text={strings.preElectionPeriods} onClick={openPeriods} />
        </p>
      )}

      <TabList label={strings.viewsLabel} tabs={tabs} selectedKey={tab} onSelect={setTab} idPrefix={`${px}-views`} />
      <TabPanel idPrefix={`${px}-views`} tabKey={tab}>
        {tab === 'directory' && (
          <DirectoryPanel view={directory} query={query} onQueryChange={setQuery} layout={layout} onLayoutChange={setLayout} onOpen={profile.open} canEdit={editor} revealId={profile.lastId} />
        )}
        {tab === 'ward' && <WardPanel view={directory} wardId={wardId} onWardChange={setWardId} onOpen={profile.open} canEdit={editor} editing={editing} />}
        {tab === 'body' && <BodyPanel view={directory} bodyId={bodyId} onBodyChange={chooseBody} onOpen={profile.open} editing={editing} />}
      </TabPanel>

      {profile.panelUsed && (
        <React.Suspense fallback={<p className={styles.status}>{strings.profileLoading}</p>}>
          <ProfilePanel
            person={person}
            channel={directory.channel}
            screen={directory.screen}
            onDismiss={profile.close}
            onDismissed={profile.onDismissed}
            canEdit={() => repository.canEditMembers()}
            themeStyle={props.themeStyle}
            editing={editing}
            self={profileSelf}
          />
        </React.Suspense>
      )}
      {launcher.element}
    </>
  );
}
