/**
 * What an editor's frame shows while it reads the record's fresh copy (the editors' and a
 * councillor's "Suggest a change"), and, if SharePoint cannot give it, why and "Try again".
 */
import * as React from 'react';
import styles from './Editor.module.scss';

export interface ICopyStatusProps {
  status: 'loading' | 'failed' | 'ready';
  /** "Getting the latest version from SharePoint…". */
  loading: string;
  /** Why it cannot be edited just now. */
  failed: string;
  tryAgain: string;
  onTryAgain: () => void;
}

export function CopyStatus(props: ICopyStatusProps): JSX.Element | null {
  if (props.status === 'loading') {
    return (
      <p className={styles.status} role="status">
        {props.loading}
      </p>
    );
  }
  if (props.status === 'failed') {
    return (
      <div role="alert" className={styles.report}>
        <p>{props.failed}</p>
        <button type="button" className={styles.button} onClick={props.onTryAgain}>
          {props.tryAgain}
        </button>
      </div>
    );
  }
  return null;
}

/** What the form needs: being read, could not be read, or read. */
export type FreshCopy<T> = { status: 'loading' } | { status: 'failed' } | ({ status: 'ready' } & T);

/**
 * Reads what the form needs when the editor opens, and again on "Try again"; an answer that
 * arrives after the editor has closed is dropped.
 */
export function useFreshCopy<T extends object>(read: () => Promise<T>): { loaded: FreshCopy<T>; tryAgain: () => void } {
  const [loaded, setLoaded] = React.useState<FreshCopy<T>>({ status: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setLoaded({ status: 'loading' });
    read().then(
      (r) => live && setLoaded({ status: 'ready', ...r }),
      () => live && setLoaded({ status: 'failed' })
    );
    return () => {
      live = false;
    };
  }, [attempt]);
  return { loaded, tryAgain: () => setAttempt((a) => a + 1) };
}
