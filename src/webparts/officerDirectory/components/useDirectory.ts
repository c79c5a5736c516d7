/**
 * Loads the directory: the first round trip renders at once; the officers then stream in the
 * background into the search index, with progress; "Refresh" reads SharePoint again. Whether the
 * user can edit the Liaison Officers list is asked only when something is withheld, after the
 * first render.
 */
import * as React from 'react';
import type { IOfficerDirectoryRepository, OfficerProgress } from '../../../data/officers/IOfficerDirectoryRepository';
import { DirectoryError, toDirectoryError } from '../../../data/officers/errors';
import type { RecordProblem } from '../../../data/core/records';
import { buildModel, type DirectoryModel } from '../model';

export interface DirectoryState {
  phase: 'loading' | 'ready' | 'error';
  model?: DirectoryModel;
  error?: DirectoryError;
  /** Bumped whenever officers are added to the index. */
  indexVersion: number;
  progress: OfficerProgress;
  /** The background reading of officers stopped with this error (retry resumes). */
  officersError?: DirectoryError;
  /** "Refresh" failed; what was loaded before is still shown. */
  refreshError?: DirectoryError;
  source?: 'sharepoint' | 'cache';
  readAt?: string;
  refreshing: boolean;
  problems: RecordProblem[];
  /** Undefined until asked (only asked when something is withheld or left out). */
  canEdit?: boolean;
}

function afterPaint(fn: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(fn, 0));
  else setTimeout(fn, 0);
}

function whenIdle(fn: () => void): void {
  const w = window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number };
  if (typeof w.requestIdleCallback === 'function') w.requestIdleCallback(fn, { timeout: 1000 });
  else setTimeout(fn, 50);
}

/** How often the page is told about officers added in the background. */
const PROGRESS_INTERVAL_MS = 150;

const INITIAL: DirectoryState = { phase: 'loading', indexVersion: 0, progress: { loaded: 0, expected: 0, done: false }, refreshing: false, problems: [] };

export function useDirectory(repository: IOfficerDirectoryRepository | undefined): {
  state: DirectoryState;
  retry: () => void;
  refresh: () => void;
  resumeOfficers: () => void;
} {
  const [state, setState] = React.useState<DirectoryState>(INITIAL);
  const [attempt, setAttempt] = React.useState(0);
  const abortRef = React.useRef<AbortController | undefined>(undefined);
  const modelRef = React.useRef<DirectoryModel | undefined>(undefined);
  const refreshRef = React.useRef(false);

  const stream = React.useCallback(
    (model: DirectoryModel, controller: AbortController) => {
      if (!repository) return;
      let pending = false;
      let lastFlush = 0;
      let latest: OfficerProgress | undefined;
      const problems: RecordProblem[] = [];
      const flush = (): void => {
        pending = false;
        lastFlush = Date.now();
        if (controller.signal.aborted || modelRef.current !== model) return;
        const progress = latest;
        const newProblems = problems.splice(0);
        setState((s) => ({
          ...s,
          indexVersion: s.indexVersion + 1,
          progress: progress ?? s.progress,
          problems: newProblems.length > 0 ? [...s.problems, ...newProblems] : s.problems
        }));
      };
      repository
        .streamOfficers((officers, progress, bad) => {
          if (controller.signal.aborted) return;
          model.index.add(officers);
          latest = progress;
          if (progress.done) whenIdle(() => model.index.prewarm());
          problems.push(...bad);
          // The first officers and the last are shown at once; in between, a few times a second.
          if (progress.done || lastFlush === 0) flush();
          else if (!pending) {
            pending = true;
            setTimeout(flush, Math.max(0, PROGRESS_INTERVAL_MS - (Date.now() - lastFlush)));
          }
        }, controller.signal)
        .catch((e: unknown) => {
          if (controller.signal.aborted) return;
          flush();
          setState((s) => ({ ...s, officersError: toDirectoryError(e) }));
        });
    },
    [repository]
  );

  React.useEffect(() => {
    if (!repository) return undefined;
    const controller = new AbortController();
    abortRef.current = controller;
    const refreshing = refreshRef.current;
    refreshRef.current = false;
    (async () => {
      if (refreshing) await repository.refresh();
      const base = await repository.load();
      if (controller.signal.aborted) return;
      const model = buildModel(base);
      modelRef.current = model;
      setState({
        phase: 'ready',
        model,
        indexVersion: 0,
        progress: { loaded: 0, expected: base.officerCount, done: false },
        source: base.source,
        readAt: base.readAt,
        refreshing: false,
        problems: base.problems
      });
      // The first results are painted before the rest of the officers start to arrive.
      afterPaint(() => {
        if (!controller.signal.aborted) stream(model, controller);
      });
    })().catch((e: unknown) => {
      if (controller.signal.aborted) return;
      setState((s) =>
        s.model
          ? { ...s, refreshing: false, refreshError: toDirectoryError(e) }
          : { ...INITIAL, phase: 'error', error: toDirectoryError(e) }
      );
    });
    return () => controller.abort();
  }, [repository, attempt, stream]);

  // Ask about editing rights only when there is something for an editor to fix.
  const needsEditorCheck = !!state.model && (state.model.withheld.length > 0 || state.problems.length > 0) && state.canEdit === undefined;
  React.useEffect(() => {
    if (!needsEditorCheck || !repository) return undefined;
    let live = true;
    repository.canEditLiaisonOfficers().then(
      (canEdit) => live && setState((s) => ({ ...s, canEdit })),
      () => live && setState((s) => ({ ...s, canEdit: false }))
    );
    return () => {
      live = false;
    };
  }, [needsEditorCheck, repository]);

  const retry = React.useCallback(() => {
    setState(INITIAL);
    setAttempt((a) => a + 1);
  }, []);
  const refresh = React.useCallback(() => {
    abortRef.current?.abort();
    refreshRef.current = true;
    setState((s) => ({ ...s, refreshing: true, refreshError: undefined }));
    setAttempt((a) => a + 1);
  }, []);
  const resumeOfficers = React.useCallback(() => {
    const model = modelRef.current;
    const controller = abortRef.current;
    if (!model || !controller || controller.signal.aborted) return;
    setState((s) => ({ ...s, officersError: undefined }));
    stream(model, controller);
  }, [stream]);

  return { state, retry, refresh, resumeOfficers };
}
