/**
 * Loads the directory through the repository and keeps the states the page shows: loading
 * (skeleton), busy (SharePoint throttled us and PnPjs is waiting to retry: keep the skeleton and
 * say so), ready, refreshing (keep what is shown), and failed (a clear message and "Try again").
 */
import * as React from 'react';
import type { IMemberDirectoryRepository } from '../../../data/members/types';
import { buildDirectoryView, type DirectoryView } from '../model/directoryView';

export type DirectoryState =
  | { status: 'loading'; busy: boolean }
  | { status: 'ready'; view: DirectoryView; busy: boolean; refreshing: boolean; error?: string }
  | { status: 'error'; error: string };

export interface UseMemberDirectory {
  state: DirectoryState;
  /** Loads again (after a failure), from the cache where it can. */
  retry: () => void;
  /** Forgets the cache and reads SharePoint again, keeping the current view meanwhile. */
  refresh: () => void;
}

/** A short reason for a failed load: the HTTP status where there is one. */
export function describeError(e: unknown): string {
  const err = e as { status?: number; response?: { status?: number; statusText?: string }; message?: string };
  const status = err?.status ?? err?.response?.status;
  if (status) return `HTTP ${status}${err.response?.statusText ? ` ${err.response.statusText}` : ''}`;
  return err?.message || String(e);
}

export function useMemberDirectory(repository: IMemberDirectoryRepository): UseMemberDirectory {
  const [state, setState] = React.useState<DirectoryState>({ status: 'loading', busy: false });
  const run = React.useRef(0);

  const load = React.useCallback(() => {
    const id = ++run.current;
    const mine = (): boolean => run.current === id;
    setState((s) => (s.status === 'ready' ? { ...s, refreshing: true, error: undefined } : { status: 'loading', busy: false }));
    repository
      .load({ onRetry: () => mine() && setState((s) => (s.status === 'error' ? s : { ...s, busy: true })) })
      .then((directory) => {
        if (mine()) setState({ status: 'ready', view: buildDirectoryView(directory), busy: false, refreshing: false });
      })
      .catch((e: unknown) => {
        if (!mine()) return;
        const error = describeError(e);
        setState((s) => (s.status === 'ready' ? { ...s, busy: false, refreshing: false, error } : { status: 'error', error }));
      });
  }, [repository]);

  React.useEffect(() => {
    load();
    return () => {
      run.current++;
    };
  }, [load]);

  const refresh = React.useCallback(() => {
    repository.refresh();
    load();
  }, [repository, load]);

  return { state, retry: load, refresh };
}
