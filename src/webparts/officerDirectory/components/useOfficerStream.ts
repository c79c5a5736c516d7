/**
 * The officers, after the first results are on screen: streamed in the background into the
 * search index, with progress a few times a second; a failure part way keeps what has arrived
 * and "Try again" resumes after the last officer delivered.
 */
import * as React from 'react';
import { toDirectoryError, type DirectoryError } from '../../../data/core/errors';
import type { RecordProblem } from '../../../data/core/records';
import type { IOfficerDirectoryRepository, OfficerProgress } from '../../../data/officers/IOfficerDirectoryRepository';
import { hasLeft } from '../../../domain/model/officer';
import { toIndexed, type DirectoryModel } from '../model';

export interface OfficerStream {
  /** Bumped whenever officers are added to the index. */
  indexVersion: number;
  progress: OfficerProgress;
  /** Reading stopped with this error; `resume` carries on. */
  error?: DirectoryError;
  problems: RecordProblem[];
  resume: () => void;
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

export function useOfficerStream(repository: IOfficerDirectoryRepository, model: DirectoryModel | undefined, expected: number): OfficerStream {
  const [state, setState] = React.useState({ indexVersion: 0, progress: { loaded: 0, expected, done: false } as OfficerProgress, error: undefined as DirectoryError | undefined, problems: [] as RecordProblem[] });
  const controller = React.useRef<AbortController>();

  const stream = React.useCallback(
    (m: DirectoryModel, signal: AbortSignal) => {
      let pending = false;
      let lastFlush = 0;
      let latest: OfficerProgress | undefined;
      const problems: RecordProblem[] = [];
      const flush = (): void => {
        pending = false;
        lastFlush = Date.now();
        if (signal.aborted) return;
        const progress = latest;
        const fresh = problems.splice(0);
        setState((s) => ({ ...s, indexVersion: s.indexVersion + 1, progress: progress ?? s.progress, problems: fresh.length > 0 ? [...s.problems, ...fresh] : s.problems }));
      };
      repository
        .streamOfficers((chunk) => {
          if (signal.aborted) return;
          // Leavers are kept in the list (so liaison roles can be reassigned) but never in the directory.
          const current = chunk.officers.filter((o) => {
            if (!hasLeft(o)) return true;
            m.leavers.set(o.id, o.leftOn ? { leftOn: o.leftOn } : {});
            return false;
          });
          m.index.add(current.map(toIndexed));
          for (const [id, w] of chunk.withheld) m.officerWithheld.set(id, w);
          latest = chunk.progress;
          if (chunk.progress.done) whenIdle(() => m.index.prewarm());
          problems.push(...chunk.problems);
          // The first officers and the last are shown at once; in between, a few times a second.
          if (chunk.progress.done || lastFlush === 0) flush();
          else if (!pending) {
            pending = true;
            setTimeout(flush, Math.max(0, PROGRESS_INTERVAL_MS - (Date.now() - lastFlush)));
          }
        }, signal)
        .catch((e: unknown) => {
          if (signal.aborted) return;
          flush();
          setState((s) => ({ ...s, error: toDirectoryError(e) }));
        });
    },
    [repository]
  );

  React.useEffect(() => {
    if (!model) return undefined;
    const c = new AbortController();
    controller.current = c;
    setState({ indexVersion: 0, progress: { loaded: 0, expected, done: false }, error: undefined, problems: [] });
    // The first results are painted before the rest of the officers start to arrive.
    afterPaint(() => {
      if (!c.signal.aborted) stream(model, c.signal);
    });
    return () => c.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model, stream]);

  const resume = React.useCallback(() => {
    const c = controller.current;
    if (!model || !c || c.signal.aborted) return;
    setState((s) => ({ ...s, error: undefined }));
    stream(model, c.signal);
  }, [model, stream]);

  return { ...state, resume };
}
