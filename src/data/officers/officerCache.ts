/**
 * The officer list's cache for repeat views. Session storage (where PnPjs's Caching keeps the
 * small lists) holds about 5 MB per site, and 20,000 officers are 6–9 MB of JSON, so the officers
 * are kept here instead: in IndexedDB, validated and compact (one array per column, job titles and
 * locations stored once), for the same 15 minutes and under the same refresh generation as the
 * PnPjs cache. Every failure (no IndexedDB, private browsing, quota, a blocked upgrade) just means
 * "no cache": the directory reads SharePoint as usual.
 */
import type { StoredOfficer } from '../../domain/model/officer';

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

function keyFor(site: string): string {
  return `officers:${site.toLowerCase()}`;
}

/** The cached officers of a site, when saved under this generation and not yet expired. */
export async function readOfficerSnapshot(site: string, generation: number): Promise<{ officers: StoredOfficer[]; meta: OfficerSnapshotMeta } | undefined> {
  const db = await open();
  if (!db) return undefined;
  try {
    const s = await request<StoredSnapshot>(db, 'readonly', (store) => store.get(keyFor(site)) as IDBRequest<StoredSnapshot>);
    if (!s || s.v !== 1 || s.site !== site || s.generation !== generation || s.expiresAt <= Date.now()) return undefined;
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
    const packed = packOfficers(officers, meta, minutes);
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
