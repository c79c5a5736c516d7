import * as React from 'react';
import type { IStatusMessageProps } from '../../../components/StatusMessage/IStatusMessageProps';
import { InlineStatus } from './InlineStatus';

// Fluent's MessageBar and buttons weigh about 50 KB gzipped: only a failure needs them.
const StatusMessage = React.lazy(() =>
  import(/* webpackChunkName: 'officer-directory-status' */ '../../../components/StatusMessage/StatusMessage').then((m) => ({ default: m.StatusMessage }))
);

/** The shared StatusMessage, loaded on demand; a plain status line stands in while it loads. */
export function LazyStatusMessage(props: IStatusMessageProps): JSX.Element {
  const fallback = (
    <InlineStatus kind={props.kind === 'info' || !props.kind ? 'info' : 'warning'} actionLabel={props.actionLabel} onAction={props.onAction}>
      <strong>{props.title}</strong> {props.message}
    </InlineStatus>
  );
  return <React.Suspense fallback={fallback}>{<StatusMessage {...props} />}</React.Suspense>;
}
