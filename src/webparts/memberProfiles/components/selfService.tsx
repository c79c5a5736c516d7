/**
 * Member Profiles' entry to the self-service parts (their forms and lists load on demand, outside
 * the read bundle): who the signed-in person is, known with the editing rights (one $batch, when a
 * record is reached for); a councillor's "Suggest a change" on their own profile; and Democratic
 * Services' change requests, with how many wait for a decision.
 */
import * as React from 'react';
import { LazyArea, useAreaLauncher } from '../../../components/EditLauncher/LazyArea';
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
  // The button needs only the count (ids alone); the panel reads the requests themselves when it opens.
  const [counted, setCounted] = React.useState<number | undefined>();
  const [list, setList] = React.useState<ChangeRequest[] | undefined>();
  const requests = React.useMemo(() => (may ? (repository.openRequests?.() as Promise<IChangeRequests>) : undefined), [may, repository]);
  const editor = React.useRef<Promise<IDirectoryEditor> | undefined>();
  React.useEffect(() => {
    let live = true;
    requests?.then((r) => r.waitingCount()).then((n) => live && setCounted(n), () => undefined);
    return () => {
      live = false;
    };
  }, [requests]);
  const waiting = list ? list.filter((r) => !r.decision).length : counted;
  const { launcher, element } = useAreaLauncher({
    text: waiting === undefined ? strings.requestsButton : format(strings.requestsButtonCount, { count: waiting }),
    label: waiting === undefined ? strings.requestsButton : format(strings.requestsButtonLabel, { count: waiting }),
    className: styles.button,
    marker: 'data-change-requests-button',
    onOpen: () => {
      editor.current ??= repository.openEditor?.();
    }
  });
  if (!may || !requests || !props.choices) return null;
  return (
    <>
      {element}
      {launcher.used && editor.current && (
        <LazyArea loading={strings.requestsOpening} failed={strings.requestsLoadFailed}>
          <RequestsPanel
            isOpen={launcher.isOpen}
            requests={requests}
            editor={editor.current}
            initial={list}
            choices={props.choices}
            prefix={`${props.prefix}-requests`}
            themeStyle={props.themeStyle}
            onDismiss={launcher.close}
            onDismissed={launcher.focusButton}
            onList={setList}
            onDecided={props.onDecided}
          />
        </LazyArea>
      )}
    </>
  );
}
