import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { DirectoryState } from './useDirectory';
import styles from './OfficerDirectory.module.scss';

export interface IStatusLineProps {
  state: DirectoryState;
  onRefresh: () => void;
}

function timeOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
}

/** Where the data came from and when, the officers still loading, and "Refresh". */
export function StatusLine(props: IStatusLineProps): JSX.Element {
  const { state } = props;
  const { progress } = state;
  const when = timeOf(state.readAt);
  const loadingOfficers = !progress.done && !state.officersError;
  const expected = Math.max(progress.expected, progress.loaded, 1);
  return (
    <div className={styles.statusLine}>
      <span>{state.source === 'cache' ? strings.fromCache(when) : strings.fromSharePoint(when)}</span>
      {loadingOfficers && (
        <span className={styles.progress}>
          <span
            className={styles.progressBar}
            role="progressbar"
            aria-label={strings.loadingOfficers(progress.loaded, expected)}
            aria-valuemin={0}
            aria-valuemax={expected}
            aria-valuenow={progress.loaded}
          >
            <span style={{ width: `${Math.round((progress.loaded / expected) * 100)}%` }} />
          </span>
          <span aria-hidden="true">{strings.loadingOfficers(progress.loaded, expected)}</span>
        </span>
      )}
      <button type="button" className={styles.button} onClick={props.onRefresh} disabled={state.refreshing} aria-label={state.refreshing ? undefined : strings.refreshLabel}>
        {state.refreshing ? strings.refreshing : strings.refresh}
      </button>
    </div>
  );
}
