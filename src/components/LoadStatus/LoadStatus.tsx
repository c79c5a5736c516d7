import * as React from 'react';
import { timeOf } from '../common/format';
import { InlineStatus } from '../StatusMessage/InlineStatus';
import { LazyStatusMessage } from '../StatusMessage/LazyStatusMessage';
import type { ILoadFailedProps, ILoadingStatusProps, IRefreshBarProps } from './ILoadStatusProps';
import { loadMessages as m } from './messages';
import styles from './LoadStatus.module.scss';

/** While the first read runs: what is loading (or that SharePoint is busy), and placeholders. */
export function LoadingStatus(props: ILoadingStatusProps): JSX.Element {
  return (
    <div aria-busy="true">
      <InlineStatus kind="busy">{props.throttled ? m.busy : m.loading(props.what)}</InlineStatus>
      {props.children}
    </div>
  );
}

/** The first read failed: what went wrong, in words that say what to do, and "Try again". */
export function LoadFailed(props: ILoadFailedProps): JSX.Element {
  return <LazyStatusMessage kind="error" title={m.failedTitle(props.what)} message={m.errors[props.error.kind]} actionLabel={m.tryAgain} onAction={props.onRetry} />;
}

/**
 * The one Refresh control: when the data shown was read (or that it is from this browser's
 * cache), what is happening now, and "Refresh". A failed refresh keeps the data and says so.
 */
export function RefreshBar(props: IRefreshBarProps): JSX.Element {
  const when = timeOf(props.stamp.readAt);
  const status = props.throttled ? m.busy : props.refreshing ? m.refreshing : '';
  return (
    <>
      <div className={styles.bar}>
        <span>{props.stamp.source === 'cache' ? m.fromCache(when) : m.fromSharePoint(when)}</span>
        {props.children}
        <span role="status" className={styles.now}>
          {status}
        </span>
        <button type="button" className={styles.button} onClick={props.onRefresh} disabled={props.refreshing} aria-label={m.refreshLabel}>
          {m.refresh}
        </button>
      </div>
      {props.refreshError && (
        <InlineStatus kind="warning" actionLabel={m.tryAgain} onAction={props.onRefresh}>
          <strong>{m.refreshFailedTitle}</strong> {m.errors[props.refreshError.kind]}
        </InlineStatus>
      )}
    </>
  );
}
