/**
 * The officer list's cache for repeat views. Session storage (where PnPjs's Caching keeps the
 * small lists) holds about 5 MB per site, and 20,000 officers are 6–9 MB of JSON, so the officers
 * are kept here instead: in IndexedDB, validated and compact (one array per column, job titles and
 * locations stored once), for the same 15 minutes and under the same refresh generation as the
 * PnPjs cache. Every failure (no IndexedDB, private browsing, quota, a blocked upgrade) just means
 * "no cache": the directory reads SharePoint as usual.
 *
 * Shared PCs: a snapshot belongs to the person who read it (core/cache.ts's identity) and to this
 * browser session (a marker kept in session storage, which the browser clears when it closes).
 * Whenever the cache is opened, every snapshot of someone else, past its lifetime, or (unless the
 * council opts in) from an earlier session is deleted, and only the reader's own is ever returned.
 */
import type { StoredOfficer } from '../../domain/model/officer';
import { cacheIdentity } from '../core/cache';

const DB_NAME = 'council-directory';
const STORE = 'officer-directory';
const VERSION = 1;
/** Give up on a slow or blocked database rather than delay the first render. */
const OPEN_TIMEOUT_MS = 1500;

export interface OfficerSnapshotMeta {
  site: string;
  generation: number;
  officerCount: number;
  readAt: string;
}

interface StoredSnapshot extends OfficerSnapshotMeta {
  v: 1;
  expiresAt: number;
  /** Whose it is (a hash of their login) and the browser session it was read in. */
  user?: string;
  session?: string;
  ids: Int32Array;
  serviceAreaIds: Int32Array;
  restricted: Uint8Array;
  givenNames: string[];
  familyNames: string[];
  jobTable: string[];
  jobs: Uint16Array | Uint32Array;
  locationTable: string[];
  /** Index into locationTable + 1; 0 = none. */
  locations: Uint16Array | Uint32Array;
  emails: string[];
  phones: Array<string | null>;
  mobiles: Array<string | null>;
  photos: Array<string | null>;
}

function idb(): IDBFactory | undefined {
  try {
    return typeof indexedDB === 'undefined' ? undefined : indexedDB;
  } catch {
    return undefined;
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise<T>((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      () => {
        clearTimeout(timer);
        resolve(fallback);
      }
    );
  });
}

function open(): Promise<IDBDatabase | undefined> {
  const factory = idb();
  if (!factory) return Promise.resolve(undefined);
  const opening = new Promise<IDBDatabase | undefined>((resolve) => {
    try {
      const req = factory.open(DB_NAME, VERSION);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE);
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => resolve(undefined);
      req.onblocked = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
  return withTimeout(opening, OPEN_TIMEOUT_MS, undefined);
}

function request<T>(db: IDBDatabase, mode: IDBTransactionMode, run: (store: IDBObjectStore) => IDBRequest<T>): Promise<T | undefined> {
  return new Promise<T | undefined>((resolve) => {
    try {
      const tx = db.transaction(STORE, mode);
      const req = run(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => resolve(undefined);
      tx.onabort = () => resolve(undefined);
    } catch {
      resolve(undefined);
    }
  });
}

function table(values: readonly string[]): { table: string[]; index: Map<string, number> } {
  const index = new Map<string, number>();
  const out: string[] = [];
  for (const v of values) {
    if (!index.has(v)) {
      index.set(v, out.length);
      out.push(v);
    }
  }
  return { table: out, index };
}

function indexArray(size: number, max: number): Uint16Array | Uint32Array {
  return max < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
}

export function packOfficers(officers: readonly StoredOfficer[], meta: OfficerSnapshotMeta, minutes: number): StoredSnapshot {
  const n = officers.length;
  const jobs = table(officers.map((o) => o.jobTitle ?? ''));
  const locs = table(officers.flatMap((o) => (o.location ? [o.location] : [])));
  const s: StoredSnapshot = {
    v: 1,
    ...meta,
    expiresAt: Date.now() + minutes * 60000,
    ids: new Int32Array(n),
    serviceAreaIds: new Int32Array(n),
    restricted: new Uint8Array(n),
    givenNames: new Array<string>(n),
    familyNames: new Array<string>(n),
    jobTable: jobs.table,
    jobs: indexArray(n, jobs.table.length),
    locationTable: locs.table,
    locations: indexArray(n, locs.table.length + 1),
    emails: new Array<string>(n),
    phones: new Array<string | null>(n),
    mobiles: new Array<string | null>(n),
    photos: new Array<string | null>(n)
  };
  officers.forEach((o, i) => {
    s.ids[i] = o.id;
    s.serviceAreaIds[i] = o.serviceAreaId ?? 0;
    s.restricted[i] = o.politicallyRestricted ? 1 : 0;
    s.givenNames[i] = o.givenName;
    s.familyNames[i] = o.familyName;
    s.jobs[i] = jobs.index.get(o.jobTitle ?? '') as number;
    s.locations[i] = o.location ? (locs.index.get(o.location) as number) + 1 : 0;
    s.emails[i] = o.email ?? '';
    s.phones[i] = o.phone ?? null;
    s.mobiles[i] = o.mobile ?? null;
    s.photos[i] = o.photoUrl ?? null;
  });
  return s;
}

export function unpackOfficers(s: StoredSnapshot): StoredOfficer[] {
  const out = new Array<StoredOfficer>(s.ids.length);
  for (let i = 0; i < s.ids.length; i++) {
    // Blank (withheld or empty) fields were packed as '' and 0; they come back absent.
    const o: StoredOfficer = { id: s.ids[i], givenName: s.givenNames[i], familyName: s.familyNames[i], politicallyRestricted: s.restricted[i] === 1 };
    if (s.jobTable[s.jobs[i]]) o.jobTitle = s.jobTable[s.jobs[i]];
    if (s.serviceAreaIds[i]) o.serviceAreaId = s.serviceAreaIds[i];
    if (s.emails[i]) o.email = s.emails[i];
    if (s.phones[i]) o.phone = s.phones[i] as string;
    if (s.mobiles[i]) o.mobile = s.mobiles[i] as string;
    if (s.locations[i] > 0) o.location = s.locationTable[s.locations[i] - 1];
    if (s.photos[i]) o.photoUrl = s.photos[i] as string;
    out[i] = o;
  }
  return out;
}

// Outside the `council-directory:<user>:` keys that purgeCaches removes: the marker is nobody's data,
// and removing it would make every snapshot look like an earlier session's.
const SESSION_KEY = 'council-directory-session';

/** This browser session's marker: in session storage, so it is gone when the browser closes. */
function browserSession(): string {
  try {
    const s = globalThis.sessionStorage;
    let id = s.getItem(SESSION_KEY);
    if (!id) {
      id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2)}`;
      s.setItem(SESSION_KEY, id);
    }
    return id;
  } catch {
    return 'no-session-storage';
  }
}

function keyFor(site: string): string {
  return `officers:${cacheIdentity().user}:${site.toLowerCase()}`;
}

/** Whether a stored snapshot may still be used by the person reading now. */
function usable(s: StoredSnapshot | undefined, key: string, now: number): boolean {
  const who = cacheIdentity();
  if (!s || s.v !== 1 || s.expiresAt <= now || key !== `officers:${s.user}:${s.site.toLowerCase()}` || s.user !== who.user) return false;
  return who.keepAcrossSessions || s.session === browserSession();
}

/** Deletes every snapshot the current reader may not use (someone else's, outlived, or from an earlier session). */
async function purge(db: IDBDatabase, now: number): Promise<void> {
  const keys = ((await request<IDBValidKey[]>(db, 'readonly', (store) => store.getAllKeys())) ?? []).map(String);
  for (const key of keys) {
    const s = await request<StoredSnapshot>(db, 'readonly', (store) => store.get(key) as IDBRequest<StoredSnapshot>);
    if (!usable(s, key, now)) await request(db, 'readwrite', (store) => store.delete(key));
  }
}

/** The cached officers of a site, when this reader saved them under this generation, in this session, and they have not expired. */
export async function readOfficerSnapshot(site: string, generation: number): Promise<{ officers: StoredOfficer[]; meta: OfficerSnapshotMeta } | undefined> {
  const db = await open();
  if (!db) return undefined;
  try {
    const now = Date.now();
    await purge(db, now);
    const key = keyFor(site);
    const s = await request<StoredSnapshot>(db, 'readonly', (store) => store.get(key) as IDBRequest<StoredSnapshot>);
    if (!s || !usable(s, key, now) || s.site !== site || s.generation !== generation) return undefined;
    return { officers: unpackOfficers(s), meta: { site: s.site, generation: s.generation, officerCount: s.officerCount, readAt: s.readAt } };
  } catch {
    return undefined;
  } finally {
    db.close();
  }
}

export async function saveOfficerSnapshot(officers: readonly StoredOfficer[], meta: OfficerSnapshotMeta, minutes: number): Promise<boolean> {
  const db = await open();
  if (!db) return false;
  try {
    const packed: StoredSnapshot = { ...packOfficers(officers, meta, minutes), user: cacheIdentity().user, session: browserSession() };
    const done = await request(db, 'readwrite', (store) => store.put(packed, keyFor(meta.site)));
    return done !== undefined;
  } catch {
    return false;
  } finally {
    db.close();
  }
}

export async function forgetOfficerSnapshot(site: string): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    await request(db, 'readwrite', (store) => store.delete(keyFor(site)));
  } finally {
    db.close();
  }
}

/** Deletes every officer snapshot in this browser, whoever's (on sign-out). */
export async function forgetAllOfficerSnapshots(): Promise<void> {
  const db = await open();
  if (!db) return;
  try {
    await request(db, 'readwrite', (store) => store.clear());
  } finally {
    db.close();
  }
}
