/**
 * Reading whole lists safely beyond the list view threshold: pages of up to 5,000 items in ID
 * order (always allowed), following SharePoint's own odata.nextLink, never $skip and never a
 * filter or sort on a non-indexed column.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';

/** SharePoint's largest page. */
export const MAX_PAGE = 5000;

export interface ListRead {
  list: string;
  select: readonly string[];
  expand?: readonly string[];
}

function itemsOf(sp: SPFI, read: ListRead, top: number) {
  let items = sp.web.lists.getByTitle(read.list).items.select(...read.select).top(top);
  if (read.expand?.length) items = items.expand(...read.expand);
  return items;
}

export interface FirstPages {
  /** Each list's first page, in the order asked; undefined where that list could not be read. */
  pages: Array<Record<string, unknown>[] | undefined>;
  /** Why a list could not be read (same order); a failing part fails only its own list. */
  failures: unknown[];
  /** Lists whose first page is full, so may hold more: for `readRemaining`. */
  more: ListRead[];
  /** What `alongside` read in the same batch (undefined if it failed). */
  alongside?: unknown;
}

/**
 * Reads the first page of several lists in one $batch (one HTTP round trip). `alongside` adds
 * one more read of the site (e.g. its time zone) to the same batch; its failure fails only itself.
 */
export async function readFirstPages(sp: SPFI, reads: readonly ListRead[], top = MAX_PAGE, alongside?: (batched: SPFI) => Promise<unknown>): Promise<FirstPages> {
  const [batched, execute] = sp.batched();
  const pending = Promise.allSettled(reads.map((r) => itemsOf(batched, r, top)<Record<string, unknown>[]>()));
  const extra = alongside ? alongside(batched).catch(() => undefined) : undefined;
  await execute();
  const settled = await pending;
  const pages = settled.map((r) => (r.status === 'fulfilled' ? r.value : undefined));
  const failures = settled.map((r) => (r.status === 'rejected' ? r.reason : undefined));
  const more = reads.filter((_r, i) => (pages[i]?.length ?? 0) >= top);
  return extra ? { pages, failures, more, alongside: await extra } : { pages, failures, more };
}

/**
 * Reads the rest of a list after `afterId`, page by page in ID order, calling `onPage` as each
 * arrives (so a large directory can show its first results early).
 */
export async function readRemaining(
  sp: SPFI,
  read: ListRead,
  afterId: number,
  onPage: (rows: Record<string, unknown>[]) => void,
  top = MAX_PAGE
): Promise<void> {
  const items = itemsOf(sp, read, top).skip(afterId);
  for await (const page of items) onPage(page as Record<string, unknown>[]);
}

/** Reads a whole list, page by page. */
export async function readAll(sp: SPFI, read: ListRead, onPage?: (rows: Record<string, unknown>[]) => void, top = MAX_PAGE) {
  const rows: Record<string, unknown>[] = [];
  for await (const page of itemsOf(sp, read, top)) {
    rows.push(...(page as Record<string, unknown>[]));
    onPage?.(page as Record<string, unknown>[]);
  }
  return rows;
}
