import * as React from 'react';
import styles from './OfficerDirectory.module.scss';

export interface IInlineStatusProps {
  /** 'busy' shows a spinner; 'warning' is announced assertively. */
  kind?: 'info' | 'busy' | 'warning';
  children: React.ReactNode;
  actionLabel?: string;
  actionAccessibleName?: string;
  onAction?: () => void;
}

/**
 * A light status line (loading, progress, a recoverable problem), announced to screen readers.
 * Fluent's MessageBar is kept for rare failures, loaded on demand, to keep the entry bundle small.
 */
export function InlineStatus(props: IInlineStatusProps): JSX.Element {
  const kind = props.kind ?? 'info';
  return (
    <div className={kind === 'warning' ? `${styles.inlineStatus} ${styles.warning}` : styles.inlineStatus} role={kind === 'warning' ? 'alert' : 'status'}>
      {kind === 'busy' && <span className={styles.spinner} aria-hidden="true" />}
      <span>{props.children}</span>
      {props.actionLabel && props.onAction && (
        <button type="button" className={styles.button} onClick={props.onAction} aria-label={props.actionAccessibleName}>
          {props.actionLabel}
        </button>
      )}
    </div>
  );
}
