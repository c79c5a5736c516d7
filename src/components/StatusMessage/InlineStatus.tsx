import * as React from 'react';
import type { IInlineStatusProps } from './IInlineStatusProps';
import styles from './StatusMessage.module.scss';

/**
 * A light status line (loading, progress, a recoverable problem), announced to screen readers.
 * Fluent's MessageBar is kept for failures, loaded on demand (LazyStatusMessage), to keep the
 * entry bundles small.
 */
export function InlineStatus(props: IInlineStatusProps): JSX.Element {
  const kind = props.kind ?? 'info';
  return (
    <div className={kind === 'warning' ? `${styles.inline} ${styles.warning}` : styles.inline} role={kind === 'warning' ? 'alert' : 'status'}>
      {kind === 'busy' && <span className={styles.spinner} aria-hidden="true" />}
      <span>{props.children}</span>
      {props.actionLabel && props.onAction && (
        <button type="button" className={styles.button} onClick={props.onAction}>
          {props.actionLabel}
        </button>
      )}
    </div>
  );
}
