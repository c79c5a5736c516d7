/**
 * Caching for repeat views, with PnPjs's own Caching behaviour: a repeat view within the cache
 * lifetime makes no request at all (PnPjs answers a whole batch from the cache). "Refresh"
 * moves the scope to a new generation, so the next read goes to SharePoint and older entries
 * simply expire.
 *
 * Shared PCs: every entry is kept under the signed-in person (a hash of their login, never the
 * login itself), so one person never sees what another's rights let them read. When someone else
 * signs in on the same browser, the previous person's entries are removed; entries past their
 * lifetime are removed too. By default everything is in session storage, which the browser clears
 * when the tab closes; only if the council opts in (the tenant setting read by the web parts) does
 * a cache outlive the browser (local storage).
 */
import { spfi, type SPFI } from '@pnp/sp';
import { Caching } from '@pnp/queryable';
import { dateAdd, getHashCode } from '@pnp/core';

export interface CacheOptions {
  /** Separates one web part's entries from another's, e.g. "member-directory". */
  scope: string;
  /** Lifetime of an entry, in minutes (default 15). */
  minutes?: number;
  /** Where entries are kept (default: session storage, or local storage when the council opts in). */
  store?: 'session' | 'local';
}

const PREFIX = 'council-directory:';

interface CacheIdentity {
  /** A hash of the signed-in person's login. */
  user: string;
  /** The council lets caches outlive the browser session. */
  keepAcrossSessions: boolean;
}

let identity: CacheIdentity = { user: 'anonymous', keepAcrossSessions: false };

/** The key part that stands for a person: a hash, so logins are not written into the browser's storage. */
export function userKey(login: string): string {
  const normalised = login.trim().toLowerCase();
  return normalised ? `u${(getHashCode(normalised) >>> 0).toString(36)}` : 'anonymous';
}

function storage(store: 'session' | 'local'): Storage | undefined {
  try {
    return store === 'local' ? globalThis.localStorage : globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

/** Our keys in a store: `council-directory:<user>:…`. */
function ourKeys(s: Storage): string[] {
  const keys: string[] = [];
  for (let i = 0; i < s.length; i++) {
    const k = s.key(i);
    if (k !== null && k.startsWith(PREFIX)) keys.push(k);
  }
  return keys;
}

function expired(raw: string | null, now: number): boolean {
  if (raw === null) return false;
  try {
    const p = JSON.parse(raw) as { pnp?: unknown; expiration?: unknown };
    return p !== null && typeof p === 'object' && p.pnp === 1 && typeof p.expiration === 'string' && Date.parse(p.expiration) <= now;
  } catch {
    return false;
  }
}

/**
 * Removes, from both stores, what is not the current person's, what is past its lifetime, and
 * (unless the council opts in) anything left in local storage by an earlier session.
 */
export function purgeCaches(now: number = Date.now()): void {
  for (const store of ['session', 'local'] as const) {
    const s = storage(store);
    if (!s) continue;
    try {
      for (const k of ourKeys(s)) {
        const owner = k.slice(PREFIX.length).split(':')[0];
        const outlived = store === 'local' && !identity.keepAcrossSessions;
        if (owner !== identity.user || outlived || expired(s.getItem(k), now)) s.removeItem(k);
      }
    } catch {
      // storage that cannot be read cannot leak either
    }
  }
}

/**
 * Says whose data the caches hold (the signed-in person's login, from the page context) and
 * whether the council lets it outlive the browser session; clears what another person left.
 */
export function setCacheIdentity(login: string, options: { keepAcrossSessions?: boolean } = {}): void {
  identity = { user: userKey(login), keepAcrossSessions: options.keepAcrossSessions === true };
  purgeCaches();
}

/** The current person's key and whether caches may outlive the session (for the officer cache in IndexedDB). */
export function cacheIdentity(): Readonly<CacheIdentity> {
  return identity;
}

/** Removes every cache entry of the product, for everyone (on sign-out). */
export function clearDirectoryCaches(): void {
  for (const store of ['session', 'local'] as const) {
    const s = storage(store);
    if (!s) continue;
    try {
      for (const k of ourKeys(s)) s.removeItem(k);
    } catch {
      // nothing to clear
    }
  }
}

const defaultStore = (): 'session' | 'local' => (identity.keepAcrossSessions ? 'local' : 'session');

function generationKey(scope: string): string {
  return `${PREFIX}${identity.user}:${scope}:generation`;
}

export function cacheGeneration(scope: string, store: 'session' | 'local' = defaultStore()): number {
  return Number(storage(store)?.getItem(generationKey(scope)) ?? '0') || 0;
}

/** Makes the next read of this scope go to SharePoint. */
export function refreshCache(scope: string, store: 'session' | 'local' = defaultStore()): void {
  storage(store)?.setItem(generationKey(scope), String(cacheGeneration(scope, store) + 1));
}

/** An SPFI whose GET requests (batched or not) are cached for the scope's lifetime. */
export function cachedSp(sp: SPFI, options: CacheOptions): SPFI {
  const store = options.store ?? defaultStore();
  const generation = cacheGeneration(options.scope, store);
  const user = identity.user;
  // A copy: `using` changes the instance it is called on, and a second call for the same SPFI
  // (after Refresh) must not leave the old generation's cache attached to it.
  return spfi(sp).using(
    Caching({
      store,
      keyFactory: (url: string) => `${PREFIX}${user}:${options.scope}:${generation}:${getHashCode(url.toLowerCase())}`,
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
export function readStamp(scope: string, minutes = 15, store: 'session' | 'local' = defaultStore(), now: Date = new Date()): ReadStamp {
  const key = `${PREFIX}${identity.user}:${scope}:${cacheGeneration(scope, store)}:readAt`;
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
