/**
 * Saving a record to a list: validated first with the channel's write schema (so nothing
 * partial is ever written), then written with the ETag the editor loaded, so that when two
 * editors save the same record the second is told, not silently overwritten.
 */
import type { SPFI } from '@pnp/sp';
import type { z } from 'zod';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { parseOrThrow } from '../../domain/errors';
import type { SpItem } from '../mappers/values';

/** Someone else saved the record after this editor loaded it; their work is kept. */
export class ConcurrencyError extends Error {
  public constructor(recordLabel: string) {
    super(
      `Someone else has changed this ${recordLabel} since you opened it, so your changes were not saved and theirs are kept. ` +
        'Reload it to see their changes, then make yours again.'
    );
    this.name = 'ConcurrencyError';
  }
}

/** What a record is called, one and many ("body", "bodies"): English plurals are not all an added "s". */
export interface RecordNoun {
  one: string;
  many: string;
}

/** A noun given as its singular alone takes a regular plural; give both where it does not ("body"). */
export const nounOf = (noun: string | RecordNoun): RecordNoun => (typeof noun === 'string' ? { one: noun, many: `${noun}s` } : noun);

/** SharePoint refused the write for the acting user. */
export class PermissionError extends Error {
  public constructor(record: string | RecordNoun, listTitle: string) {
    super(`You do not have permission to change ${nounOf(record).many}: ask Democratic Services or the site owner for edit access to the ${listTitle} list.`);
    this.name = 'PermissionError';
  }
}

export interface SavedRecord {
  id: number;
  /** The new ETag, for the next save. */
  etag: string;
}

export interface RecordWriter<I> {
  /** Validates, then creates the item. */
  create(input: unknown): Promise<SavedRecord & { value: I }>;
  /** Validates, then updates the item if it still has `etag`; otherwise a ConcurrencyError. */
  update(id: number, etag: string, input: unknown): Promise<SavedRecord & { value: I }>;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

/** The ETag header is `"<guid>,<version>"`; an item's `odata.etag` is `"<version>"`. */
export function etagOf(item: Record<string, unknown>): string {
  const e = item['odata.etag'] ?? item.__metadata;
  if (typeof e === 'string') return e;
  if (e && typeof e === 'object' && typeof (e as { etag?: unknown }).etag === 'string') return (e as { etag: string }).etag;
  throw new Error('The item has no ETag: select it with the default metadata.');
}

export function recordWriter<S extends z.ZodTypeAny>(
  sp: SPFI,
  listTitle: string,
  record: string | RecordNoun,
  schema: S,
  toItem: (value: z.output<S>) => SpItem
): RecordWriter<z.output<S>> {
  const items = () => sp.web.lists.getByTitle(listTitle).items;
  const recordLabel = nounOf(record).one;
  const guard = async <T>(write: () => Promise<T>): Promise<T> => {
    try {
      return await write();
    } catch (e) {
      if (statusOf(e) === 412) throw new ConcurrencyError(recordLabel);
      if (statusOf(e) === 403) throw new PermissionError(record, listTitle);
      throw e;
    }
  };
  return {
    async create(input) {
      const value = parseOrThrow(schema, input, `a ${recordLabel}`);
      const added = await guard(() => items().add(toItem(value)));
      // PnPjs v4 returns the created item; its odata.etag is the version.
      return { id: Number(added.Id ?? added.ID), etag: etagOf(added), value };
    },
    async update(id, etag, input) {
      const value = parseOrThrow(schema, input, `a ${recordLabel}`);
      const result = await guard(() => items().getById(id).update(toItem(value), etag));
      return { id, etag: (result as { etag: string }).etag, value };
    }
  };
}
