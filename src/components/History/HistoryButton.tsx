/**
 * A record's "last updated" line, for everyone, and for editors its history of changes: the
 * history (SharePoint's item versions) is read and drawn only when the button is pressed, in its
 * own chunk, never in a first render.
 */
import * as React from 'react';
import type { HistoryEntry } from '../../data/requests/history';
import { dayOf, format } from '../common/format';
import { LazyArea } from '../EditLauncher/LazyArea';
import styles from './History.module.scss';

export const historyMessages = {
  lastUpdated: 'Last updated on {date}.',
  show: 'Show the history of changes',
  hide: 'Hide the history of changes',
  showLabel: 'Show the history of changes to {what}',
  loading: 'Getting the history…',
  loadFailed: 'The history could not be shown. Reload the page and try again.'
} as const;

const HistoryView = React.lazy(() => import(/* webpackChunkName: 'record-history' */ '../../requests/HistoryView'));

/** "Last updated on 3 May 2026.": nothing when the date is not known. */
export function LastUpdated(props: { modified: string | undefined }): JSX.Element | null {
  const day = dayOf(props.modified);
  return day ? <p className={styles.updated}>{format(historyMessages.lastUpdated, { date: day })}</p> : null;
}

export interface IHistoryButtonProps {
  kind: 'member' | 'liaisonOfficer';
  /** Reads the record's versions (the repository's). */
  load: () => Promise<HistoryEntry[]>;
  /** What the history is of, for the button's accessible name: "Cllr Jane Smith’s profile". */
  what: string;
  idPrefix: string;
}

export function HistoryButton(props: IHistoryButtonProps): JSX.Element {
  const [open, setOpen] = React.useState(false);
  const regionId = `${props.idPrefix}-history`;
  return (
    <div className={styles.history}>
      <button
        type="button"
        className={styles.button}
        aria-expanded={open}
        aria-controls={regionId}
        aria-label={open ? undefined : format(historyMessages.showLabel, { what: props.what })}
        onClick={() => setOpen((o) => !o)}
      >
        {open ? historyMessages.hide : historyMessages.show}
      </button>
      <div id={regionId}>
        {open && (
          <LazyArea loading={historyMessages.loading} failed={historyMessages.loadFailed}>
            <HistoryView kind={props.kind} load={props.load} headingId={`${regionId}-heading`} />
          </LazyArea>
        )}
      </div>
    </div>
  );
}
