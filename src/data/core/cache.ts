/**
 * Caching for repeat views, with PnPjs's own Caching behaviour: a repeat view within the cache
 * lifetime makes no request at all (PnPjs answers a whole batch from the cache). "Refresh"
 * moves the scope to a new generation, so the next read goes to SharePoint and older entries
 * simply expire.
 */
import { spfi, type SPFI } from '@pnp/sp';
import { Caching } from '@pnp/queryable';
import { dateAdd, getHashCode } from '@pnp/core';

export interface CacheOptions {
  /** Separates one web part's entries from another's, e.g. "member-directory". */
  scope: string;
  /** Lifetime of an entry, in minutes (default 15). */
  minutes?: number;
  /** Where entries are kept (default session storage: per tab, cleared when it closes). */
  store?: 'session' | 'local';
}

function storage(store: 'session' | 'local'): Storage | undefined {
  try {
    return store === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

function generationKey(scope: string): string {
  return `council-directory:${scope}:generation`;
}

export function cacheGeneration(scope: string, store: 'session' | 'local' = 'session'): number {
  return Number(storage(store)?.getItem(generationKey(scope)) ?? '0') || 0;
}

/** Makes the next read of this scope go to SharePoint. */
export function refreshCache(scope: string, store: 'session' | 'local' = 'session'): void {
  storage(store)?.setItem(generationKey(scope), String(cacheGeneration(scope, store) + 1));
}

/** An SPFI whose GET requests (batched or not) are cached for the scope's lifetime. */
export function cachedSp(sp: SPFI, options: CacheOptions): SPFI {
  const store = options.store ?? 'session';
  const generation = cacheGeneration(options.scope, store);
  // A copy: `using` changes the instance it is called on, and a second call for the same SPFI
  // (after Refresh) must not leave the old generation's cache attached to it.
  return spfi(sp).using(
    Caching({
      store,
      keyFactory: (url: string) => `council-directory:${options.scope}:${generation}:${getHashCode(url.toLowerCase())}`,
      expireFunc: () => dateAdd(new Date(), 'minute', options.minutes ?? 15) as Date
    })
  );
}

export interface ReadStamp {
  /** Where this view's data came from: SharePoint, or this browser's cache of a recent view. */
  source: 'sharepoint' | 'cache';
  /** When the data was read from SharePoint (ISO). */
  readAt: string;
}

/**
 * When the scope's current generation was last read from SharePoint: a read within the cache
 * lifetime is answered by PnPjs's cache, so it carries the time of the read that filled it.
 */
export function readStamp(scope: string, minutes = 15, store: 'session' | 'local' = 'session', now: Date = new Date()): ReadStamp {
  const key = `council-directory:${scope}:${cacheGeneration(scope, store)}:readAt`;
  const s = storage(store);
  const previous = s?.getItem(key);
  if (previous && now.getTime() - Date.parse(previous) < minutes * 60000) return { source: 'cache', readAt: previous };
  const readAt = now.toISOString();
  try {
    s?.setItem(key, readAt);
  } catch {
    // A full session storage only means the next view says "up to date" again.
  }
  return { source: 'sharepoint', readAt };
}

