/**
 * The one loading model of both web parts. States: loading (say so; "SharePoint is busy" while a
 * throttled read is retried), failed (a clear message by kind and "Try again"), and ready — which
 * stays on screen while a refresh runs (stale while refreshing), and if the refresh fails keeps
 * what was shown and says so.
 */
import * as React from 'react';
import { toDirectoryError, type DirectoryError } from '../../data/core/errors';

export type LoadState<T> =
  | { status: 'loading'; throttled: boolean }
  | { status: 'failed'; error: DirectoryError; throttled: false }
  | { status: 'ready'; data: T; refreshing: boolean; throttled: boolean; refreshError?: DirectoryError };

export interface DirectoryLoad<T> {
  state: LoadState<T>;
  /** Loads again (after a failure), from the cache where it can. */
  retry: () => void;
  /** Forgets the cache and reads SharePoint again, keeping what is shown meanwhile. */
  refresh: () => void;
}

export interface LoadSource<T> {
  /** Reads the data; `onRetry` is called while SharePoint is throttling and the read waits. */
  load: (options: { onRetry: () => void }) => Promise<T>;
  /** Forgets cached reads. */
  forget: () => void | Promise<void>;
}

export function useDirectoryLoad<T>(source: LoadSource<T>): DirectoryLoad<T> {
  const [state, setState] = React.useState<LoadState<T>>({ status: 'loading', throttled: false });
  const run = React.useRef(0);
  const { load, forget } = source;

  const start = React.useCallback(
    (refreshing: boolean) => {
      const id = ++run.current;
      const mine = (): boolean => run.current === id;
      setState((s) => (s.status === 'ready' ? { ...s, refreshing, refreshError: undefined } : { status: 'loading', throttled: false }));
      (async () => {
        if (refreshing) await forget();
        return load({ onRetry: () => mine() && setState((s) => (s.status === 'failed' ? s : { ...s, throttled: true })) });
      })().then(
        (data) => {
          if (mine()) setState({ status: 'ready', data, refreshing: false, throttled: false });
        },
        (e: unknown) => {
          if (!mine()) return;
          const error = toDirectoryError(e);
          setState((s) => (s.status === 'ready' ? { ...s, refreshing: false, throttled: false, refreshError: error } : { status: 'failed', error, throttled: false }));
        }
      );
    },
    [load, forget]
  );

  React.useEffect(() => {
    start(false);
    return () => {
      run.current++;
    };
  }, [start]);

  const retry = React.useCallback(() => start(false), [start]);
  const refresh = React.useCallback(() => start(true), [start]);
  return { state, retry, refresh };
}
