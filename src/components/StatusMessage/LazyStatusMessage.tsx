import * as React from 'react';
import { InlineStatus } from './InlineStatus';
import type { IStatusMessageProps } from './IStatusMessageProps';

/*
 * StatusMessage is drawn with Fluent's MessageBar and Button, which together weigh more than the
 * rest of a directory; they are needed only when something is wrong, so they load on demand.
 */
const StatusMessage = React.lazy(() =>
  import(/* webpackChunkName: 'council-directory-status' */ './StatusMessage').then((m) => ({ default: m.StatusMessage }))
);

/** The shared StatusMessage, loaded on demand; meanwhile the same words in a light status line. */
export function LazyStatusMessage(props: IStatusMessageProps): JSX.Element {
  const fallback = (
    <InlineStatus kind={props.kind === 'info' || !props.kind ? 'info' : 'warning'} actionLabel={props.actionLabel} onAction={props.onAction}>
      <strong>{props.title}</strong> {props.message}
    </InlineStatus>
  );
  return (
    <React.Suspense fallback={fallback}>
      <StatusMessage {...props} />
    </React.Suspense>
  );
}
