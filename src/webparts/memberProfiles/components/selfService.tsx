/**
 * Member Profiles' entry to the self-service parts (their forms and lists load on demand, outside
 * the read bundle): who the signed-in person is, known with the editing rights (one $batch, when a
 * record is reached for); a councillor's "Suggest a change" on their own profile; and Democratic
 * Services' change requests, with how many wait for a decision.
 */
import * as React from 'react';
import type { EditRights, IDirectoryEditor } from '../../../data/editing/types';
import type { IMemberDirectoryRepository } from '../../../data/members/types';
import type { HistoryEntry } from '../../../data/requests/history';
import type { ChangeRequest, IChangeRequests, SelfService } from '../../../data/requests/types';
import type { EditorChoices } from '../../../editing/types';
import { format, strings } from '../loc/ui/strings';
import styles from './SelfService.module.scss';

const RequestsPanel = React.lazy(() => import(/* webpackChunkName: 'change-requests' */ '../../../requests/RequestsPanel'));

/** What a profile needs for its self-service parts: given by the directory to the (lazy) profile panel. */
export interface ProfileSelfService {
  /** The signed-in councillor's own profile, where SharePoint lets them ask for changes. */
  isOwn: (memberId: number) => boolean;
  /** When the profile last changed (ISO). */
  modified: (memberId: number) => string | undefined;
  openEditor?: () => Promise<IDirectoryEditor>;
  openRequests?: () => Promise<IChangeRequests>;
  readHistory?: (memberId: number) => Promise<HistoryEntry[]>;
  choices?: EditorChoices;
}

/** What SharePoint said about the signed-in person, once the editing rights have been asked. */
export function useSelfService(repository: IMemberDirectoryRepository, rights: EditRights): SelfService | undefined {
  const [self, setSelf] = React.useState<SelfService | undefined>();
  const asked = Object.keys(rights).length > 0;
  React.useEffect(() => {
    let live = true;
    if (asked && repository.selfService) repository.selfService().then((s) => live && setSelf(s), () => undefined);
    return () => {
      live = false;
    };
  }, [asked, repository]);
  return self;
}

/** A councillor's own profile is the one whose Account is their sign-in. */
export function isOwnProfile(self: SelfService | undefined, accounts: ReadonlyMap<number, number> | undefined, memberId: number): boolean {
  return !!self?.maySuggest && self.userId !== undefined && accounts?.get(memberId) === self.userId;
}

class RequestsBoundary extends React.Component<{ children: React.ReactNode }, { failed: boolean }> {
  public state = { failed: false };
  public static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  public render(): React.ReactNode {
    return this.state.failed ? <p role="alert">{strings.requestsLoadFailed}</p> : this.props.children;
  }
}

export interface IRequestsLauncherProps {
  repository: IMemberDirectoryRepository;
  self: SelfService | undefined;
  choices: EditorChoices | undefined;
  prefix: string;
  themeStyle: React.CSSProperties;
  /** A decision changed a profile: the page reads SharePoint again. */
  onDecided: () => void;
}

/** "Change requests (2 waiting)": for those SharePoint lets decide them. */
export function RequestsLauncher(props: IRequestsLauncherProps): JSX.Element | null {
  const { repository } = props;
  const may = !!props.self?.mayDecide && !!repository.openRequests && !!repository.openEditor;
  const [list, setList] = React.useState<ChangeRequest[] | undefined>();
  const [open, setOpen] = React.useState(false);
  const [used, setUsed] = React.useState(false);
  const button = React.useRef<HTMLButtonElement>(null);
  const requests = React.useMemo(() => (may ? (repository.openRequests?.() as Promise<IChangeRequests>) : undefined), [may, repository]);
  const editor = React.useRef<Promise<IDirectoryEditor> | undefined>();
  React.useEffect(() => {
    let live = true;
    requests?.then((r) => r.all()).then((all) => live && setList(all), () => undefined);
    return () => {
      live = false;
    };
  }, [requests]);
  if (!may || !requests || !props.choices) return null;
  const waiting = list?.filter((r) => !r.decision).length;
  return (
    <>
      <p className={styles.launcher}>
        <button
          ref={button}
          type="button"
          className={styles.button}
          aria-haspopup="dialog"
          aria-label={waiting === undefined ? strings.requestsButton : format(strings.requestsButtonLabel, { count: waiting })}
          onClick={() => {
            editor.current ??= repository.openEditor?.();
            setOpen(true);
            setUsed(true);
          }}
          data-change-requests-button=""
        >
          {waiting === undefined ? strings.requestsButton : format(strings.requestsButtonCount, { count: waiting })}
        </button>
      </p>
      {used && editor.current && (
        <RequestsBoundary>
          <React.Suspense fallback={<p role="status">{strings.requestsOpening}</p>}>
            <RequestsPanel
              isOpen={open}
              requests={requests}
              editor={editor.current}
              initial={list}
              choices={props.choices}
              prefix={`${props.prefix}-requests`}
              themeStyle={props.themeStyle}
              onDismiss={() => setOpen(false)}
              onDismissed={() => button.current?.focus()}
              onList={setList}
              onDecided={props.onDecided}
            />
          </React.Suspense>
        </RequestsBoundary>
      )}
    </>
  );
}
