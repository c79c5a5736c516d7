/**
 * On a councillor's own profile (in the lazily loaded profile panel): "Suggest a change", the
 * form it opens (its own chunk), and their change requests with what became of them.
 */
import * as React from 'react';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { useIdPrefix } from '../../../components/common/ids';
import type { IChangeRequests } from '../../../data/requests/types';
import type { EditorOutcome } from '../../../editing/types';
import { strings } from '../loc/ui/strings';
import type { ProfileSelfService } from './selfService';
import styles from './SelfService.module.scss';

const SuggestChange = React.lazy(() => import(/* webpackChunkName: 'suggest-change' */ '../../../requests/SuggestChange'));
const MyRequests = React.lazy(() => import(/* webpackChunkName: 'suggest-change' */ '../../../requests/MyRequests'));

/** One requests service per profile panel: the form sends through it, the list reads through it. */
export function useRequests(self: ProfileSelfService | undefined, own: boolean): Promise<IChangeRequests> | undefined {
  return React.useMemo(() => (own ? self?.openRequests?.() : undefined), [self, own]);
}

export interface ISuggestChangeButtonProps {
  memberId: number;
  /** "Cllr Daniel Kowalski". */
  name: string;
  self: ProfileSelfService;
  requests: Promise<IChangeRequests>;
  themeStyle: React.CSSProperties;
  /** A request was sent: the list below reads it. */
  onSent: () => void;
}

export function SuggestChangeButton(props: ISuggestChangeButtonProps): JSX.Element | null {
  const px = useIdPrefix();
  const [open, setOpen] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const returnTo = React.useRef<HTMLElement | null>(null);
  const { self } = props;
  const editor = React.useMemo(() => (open ? self.openEditor?.() : undefined), [open, self]);
  if (!self.openEditor || !self.choices) return null;
  const close = (outcome: EditorOutcome): void => {
    setOpen(false);
    setAnnouncement(outcome.saved ? strings.suggestSent : (outcome.what ?? ''));
    if (outcome.saved) props.onSent();
    const back = returnTo.current;
    setTimeout(() => back?.focus(), 0);
  };
  return (
    <div className={styles.own}>
      <p>{strings.ownProfileNote}</p>
      <EditButton
        label={strings.suggestChangeLabel}
        text={strings.suggestChange}
        onClick={(e) => {
          returnTo.current = e.currentTarget;
          setAnnouncement('');
          setOpen(true);
        }}
      />{' '}
      <span role="status" aria-live="polite">
        {announcement}
      </span>
      {open && editor && (
        <React.Suspense fallback={<p role="status">{strings.suggestOpening}</p>}>
          <SuggestChange
            editor={editor}
            requests={props.requests}
            memberId={props.memberId}
            name={props.name}
            choices={self.choices}
            prefix={`${px}-suggest`}
            themeStyle={props.themeStyle}
            onClose={close}
          />
        </React.Suspense>
      )}
    </div>
  );
}

/** Their change requests, read again after each one sent. */
export function OwnRequests(props: { requests: Promise<IChangeRequests>; version: number; className?: string }): JSX.Element {
  const px = useIdPrefix();
  return (
    <React.Suspense fallback={null}>
      <MyRequests requests={props.requests} version={props.version} headingId={`${px}-my-requests`} className={props.className} />
    </React.Suspense>
  );
}
