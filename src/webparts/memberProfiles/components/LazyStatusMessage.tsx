import * as React from 'react';
import type { IStatusMessageProps } from '../../../components/StatusMessage/IStatusMessageProps';
import styles from './MemberProfiles.module.scss';

/*
 * StatusMessage is drawn with Fluent's MessageBar and Button, which together weigh more than the
 * rest of the directory; they are needed only when something is wrong, so they load on demand.
 */
const StatusMessage = React.lazy(() =>
  import(/* webpackChunkName: 'member-profiles-status' */ '../../../components/StatusMessage/StatusMessage').then((m) => ({
    default: m.StatusMessage
  }))
);

/** The shared StatusMessage, loaded on demand; meanwhile the same words, unannounced, so nothing is blank. */
export function LazyStatusMessage(props: IStatusMessageProps): JSX.Element {
  const fallback = (
    <div className={styles.banner}>
      <strong>{props.title}</strong> {props.message}{' '}
      {props.actionLabel && props.onAction && (
        <button type="button" className={styles.button} onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
    </div>
  );
  return (
    <React.Suspense fallback={fallback}>
      <StatusMessage {...props} />
    </React.Suspense>
  );
}
