import * as React from 'react';
import { SkeletonCards } from '../../../components/SkeletonCards';
import { TabList, TabPanel } from '../../../components/TabList';
import type { IMemberDirectoryRepository } from '../../../data/members/types';
import type { Channel } from '../../../domain/neutrality/channels';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { readMemberParam, writeMemberParam } from '../hooks/deepLink';
import { useMemberDirectory } from '../hooks/useMemberDirectory';
import { format, strings } from '../loc/ui/strings';
import type { DirectoryView } from '../model/directoryView';
import { EMPTY_QUERY, type DirectoryQuery } from '../model/search';
import { BodyPanel } from './BodyPanel';
import { DirectoryPanel, type Layout } from './DirectoryPanel';
import { LazyStatusMessage } from './LazyStatusMessage';
import { openButtonId } from './MemberCard';
import { WardPanel } from './WardPanel';
import { useIdPrefix } from './ids';
import styles from './MemberProfiles.module.scss';

const ProfilePanel = React.lazy(() => import(/* webpackChunkName: 'member-profiles-profile' */ './ProfilePanel'));

type Tab = 'directory' | 'ward' | 'body';

export interface IMemberDirectoryAppProps {
  repository: IMemberDirectoryRepository;
  channel: Channel;
  themeStyle: React.CSSProperties;
  /** The web part's heading: focus goes back there when nothing better is left. */
  headingRef: React.RefObject<HTMLHeadingElement>;
}

export function MemberDirectoryApp(props: IMemberDirectoryAppProps): JSX.Element {
  const { repository } = props;
  const px = useIdPrefix();
  const { state, retry, refresh } = useMemberDirectory(repository);

  const [tab, setTab] = React.useState<Tab>('directory');
  const [query, setQuery] = React.useState<DirectoryQuery>(EMPTY_QUERY);
  const [layout, setLayout] = React.useState<Layout>('cards');
  const [wardId, setWardId] = React.useState<number | undefined>();
  const [bodyId, setBodyId] = React.useState<number | undefined>();

  // The open profile, and where focus goes back to when it closes.
  const [profileId, setProfileId] = React.useState<number | undefined>();
  const [panelUsed, setPanelUsed] = React.useState(false);
  const [missing, setMissing] = React.useState<number | undefined>();
  const opener = React.useRef<{ element: HTMLElement | null; id: number } | null>(null);

  const view: DirectoryView | undefined = state.status === 'ready' ? state.view : undefined;

  // Rows that failed validation are for those who can mend them: editors of the Members list.
  const [editor, setEditor] = React.useState(false);
  const hasProblems = !!view && view.problems.length > 0;
  React.useEffect(() => {
    let live = true;
    if (hasProblems) repository.canEditMembers().then((can) => live && setEditor(can), () => undefined);
    return () => {
      live = false;
    };
  }, [hasProblems, repository]);

  const open = React.useCallback((id: number) => {
    const active = document.activeElement;
    opener.current = { element: active instanceof HTMLElement && active !== document.body ? active : null, id };
    setProfileId(id);
    setPanelUsed(true);
    writeMemberParam(id);
  }, []);

  const close = React.useCallback(() => {
    setProfileId(undefined);
    writeMemberParam(undefined);
  }, []);

  const onDismissed = React.useCallback(() => {
    const from = opener.current;
    opener.current = null;
    const candidates = [
      from?.element,
      from ? document.getElementById(openButtonId(px, tab === 'body' ? `body-${bodyId}` : tab, from.id)) : null,
      props.headingRef.current
    ];
    const target = candidates.find((el): el is HTMLElement => !!el && document.body.contains(el));
    target?.focus();
  }, [px, tab, bodyId, props.headingRef]);

  // The deep link: ?member=<id> opens that profile once the directory is there.
  const linked = React.useRef(false);
  React.useEffect(() => {
    if (!view || linked.current) return;
    linked.current = true;
    const id = readMemberParam();
    if (id === undefined) return;
    if (view.byId.has(id)) {
      opener.current = { element: null, id };
      setProfileId(id);
      setPanelUsed(true);
    } else {
      setMissing(id);
      writeMemberParam(undefined);
    }
  }, [view]);

  // Back/forward or another script changing the address: follow it.
  React.useEffect(() => {
    const onPop = (): void => {
      const id = readMemberParam();
      const next = id !== undefined && view?.byId.has(id) ? id : undefined;
      setProfileId(next);
      if (next !== undefined) setPanelUsed(true);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, [view]);

  if (state.status === 'error') {
    return <LazyStatusMessage kind="error" title={strings.loadFailedTitle} message={format(strings.loadFailedMessage, { reason: state.error })} actionLabel={strings.tryAgain} onAction={retry} />;
  }

  if (state.status === 'loading') {
    return (
      <div aria-busy="true">
        <p className={styles.status} role="status">
          {state.busy ? strings.busy : strings.loading}
        </p>
        <SkeletonCards count={6} />
      </div>
    );
  }

  const tabs: Array<{ key: Tab; label: string }> = [
    { key: 'directory', label: strings.tabDirectory },
    { key: 'ward', label: strings.tabWard },
    { key: 'body', label: strings.tabBody }
  ];
  const directory = state.view;
  const person = profileId !== undefined ? directory.byId.get(profileId) : undefined;

  return (
    <>
      <div className={styles.headerRow}>
        <p className={styles.note}>{directory.channel === 'officer-owned' ? strings.officerChannelNote : ''}</p>
        <div className={styles.headerTools}>
          <span role="status" className={styles.note}>
            {state.busy ? strings.busy : state.refreshing ? strings.refreshing : ''}
          </span>
          <button type="button" className={styles.button} onClick={refresh} disabled={state.refreshing}>
            {strings.refresh}
          </button>
        </div>
      </div>

      {state.error && (
        <LazyStatusMessage kind="error" title={strings.loadFailedTitle} message={format(strings.loadFailedMessage, { reason: state.error })} actionLabel={strings.tryAgain} onAction={refresh} />
      )}
      {directory.preElection && <p className={styles.banner}>{format(strings.preElectionBanner, { date: formatUkDate(directory.preElection.end) })}</p>}
      {missing !== undefined && (
        <LazyStatusMessage kind="warning" title={strings.profileNotFoundTitle} message={format(strings.profileNotFound, { id: missing })} actionLabel={strings.dismiss} onAction={() => setMissing(undefined)} />
      )}
      {editor && directory.problems.length > 0 && (
        <details className={styles.problems}>
          <summary>{directory.problems.length === 1 ? strings.problemsSummaryOne : format(strings.problemsSummary, { count: directory.problems.length })}</summary>
          <ul>
            {directory.problems.map((p, i) => (
              <li key={i}>{format(strings.problemItem, { list: p.list, id: p.itemId ?? '?', problems: p.problems.join(' ') })}</li>
            ))}
          </ul>
        </details>
      )}

      <TabList label={strings.viewsLabel} tabs={tabs} selectedKey={tab} onSelect={setTab} idPrefix={`${px}-views`} />
      <TabPanel idPrefix={`${px}-views`} tabKey={tab}>
        {tab === 'directory' && (
          <DirectoryPanel view={directory} query={query} onQueryChange={setQuery} layout={layout} onLayoutChange={setLayout} onOpen={open} />
        )}
        {tab === 'ward' && <WardPanel view={directory} wardId={wardId} onWardChange={setWardId} onOpen={open} />}
        {tab === 'body' && <BodyPanel view={directory} bodyId={bodyId} onBodyChange={setBodyId} onOpen={open} />}
      </TabPanel>

      {panelUsed && (
        <React.Suspense fallback={<p className={styles.status}>{strings.profileLoading}</p>}>
          <ProfilePanel
            person={person}
            channel={directory.channel}
            onDismiss={close}
            onDismissed={onDismissed}
            canEdit={() => repository.canEditMembers()}
            themeStyle={props.themeStyle}
          />
        </React.Suspense>
      )}
    </>
  );
}
