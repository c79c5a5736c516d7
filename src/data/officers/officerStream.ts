/**
 * Delivering every officer without blocking the page: the rows of a page are validated a slice
 * at a time (half a frame each, then a pause for the browser), while the next page downloads.
 */
import type { StoredOfficer } from '../../domain/model/officer';
import type { RecordProblem, WithheldFields } from '../core/records';
import type { SpItem } from '../mappers/values';
import { parseOfficers } from './firstRoundTrip';
import type { OfficerChunk, OfficerProgress } from './IOfficerDirectoryRepository';
import { nextTask, now, SLICE_MS } from './schedule';

export interface Delivery {
  delivered: StoredOfficer[];
  onChunk: (chunk: OfficerChunk) => void;
  progress: (done: boolean) => OfficerProgress;
  signal?: AbortSignal;
}

/** Officers from the cache, already validated: handed on in large chunks with a pause between. */
export async function deliverCached(all: readonly StoredOfficer[], d: Delivery): Promise<void> {
  const size = 2500;
  for (let i = 0; i < all.length; i += size) {
    if (d.signal?.aborted) return;
    const officers = all.slice(i, i + size);
    d.delivered.push(...officers);
    d.onChunk({ officers, progress: d.progress(i + size >= all.length), problems: [], withheld: new Map() });
    if (i + size < all.length) await nextTask();
  }
  if (all.length === 0) d.onChunk({ officers: [], progress: d.progress(true), problems: [], withheld: new Map() });
}

/** Validates rows a slice at a time, handing each slice on. */
export async function deliverRows(rows: readonly SpItem[], d: Delivery): Promise<void> {
  let i = 0;
  while (i < rows.length) {
    if (d.signal?.aborted) return;
    const started = now();
    const officers: StoredOfficer[] = [];
    const problems: RecordProblem[] = [];
    const withheld = new Map<number, WithheldFields>();
    while (i < rows.length && now() - started < SLICE_MS) {
      const parsed = parseOfficers(rows.slice(i, i + 25));
      officers.push(...parsed.records);
      problems.push(...parsed.problems);
      for (const [id, w] of parsed.withheld) withheld.set(id, w);
      i += 25;
    }
    d.delivered.push(...officers);
    d.onChunk({ officers, progress: d.progress(false), problems, withheld });
    await nextTask();
  }
}

/**
 * Runs `read` (which calls back with each page as it arrives) and delivers the pages in order,
 * validating one while the next downloads. Resolves with the last ID delivered; rejects with the
 * read's failure (the caller can resume after that ID).
 */
export async function deliverPages(
  read: (onPage: (rows: SpItem[]) => void) => Promise<void>,
  first: SpItem[] | undefined,
  d: Delivery,
  afterId: number
): Promise<{ lastId: number; failure?: unknown }> {
  const queue: SpItem[][] = first ? [first] : [];
  let finished = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const notify = (): void => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const aborted = new Error('aborted');
  read((rows) => {
    if (d.signal?.aborted) throw aborted;
    queue.push(rows);
    notify();
  }).then(
    () => {
      finished = true;
      notify();
    },
    (e: unknown) => {
      failure = e === aborted ? undefined : e;
      finished = true;
      notify();
    }
  );
  let lastId = afterId;
  for (;;) {
    if (d.signal?.aborted) return { lastId };
    const rows = queue.shift();
    if (rows) {
      await deliverRows(rows, d);
      for (const r of rows) if (typeof r.Id === 'number' && r.Id > lastId) lastId = r.Id;
      continue;
    }
    if (finished) break;
    await new Promise<void>((resolve) => (wake = resolve));
  }
  return { lastId, failure };
}
