/**
 * The Officer Directory's data, read with PnPjs:
 *
 * - First round trip (firstRoundTrip.ts): one $batch for everything the first results need.
 * - Then the rest of the Officers, page by page after the last ID (`readRemaining`: SharePoint's own
 *   next links, ID order, no filter, no sort), so no list view threshold can apply at any size,
 *   delivered a slice at a time (officerStream.ts).
 * - Every row is validated field by field: an invalid field is withheld, not the officer.
 * - Repeat views: the small lists through PnPjs Caching in session storage (scope "officer-directory",
 *   15 minutes, "Refresh" starts a new generation); the officers, too big for session storage at
 *   scale, as a compact snapshot in IndexedDB under the same generation and lifetime (officerCache.ts).
 */
import type { SPFI } from '@pnp/sp';
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { InjectHeaders } from '@pnp/queryable';
import type { StoredOfficer } from '../../domain/model/officer';
import { cachedSp, cacheGeneration, readStamp, refreshCache } from '../core/cache';
import { isQuotaError, toDirectoryError } from '../core/errors';
import { MAX_PAGE, readRemaining } from '../core/paging';
import { RetryNotice } from '../core/retryNotice';
import type { EditRights, IDirectoryEditor } from '../editing/types';
import { AccessCache } from '../requests/access';
import type { HistoryEntry } from '../requests/history';
import type { SelfService } from '../requests/types';
import { ownLiaisonEntries } from './ownEntries';
import { LISTS, LIST_TITLES } from '../lists';
import type { SpItem } from '../mappers/values';
import { NO_METADATA, OFFICER_COLUMNS, readFirstRoundTrip } from './firstRoundTrip';
import type { IImportService } from '../import/service';
import type { ListScanned, ScanReport } from '../scan/types';
import type { IOfficerDirectoryRepository, LoadOfficersOptions, OfficerChunk, OfficerDirectoryBase, OfficerProgress } from './IOfficerDirectoryRepository';
import { forgetOfficerSnapshot, readOfficerSnapshot, saveOfficerSnapshot } from './officerCache';
import { deliverCached, deliverPages, type Delivery } from './officerStream';

export const OFFICER_DIRECTORY_CACHE_SCOPE = 'officer-directory';
export { OFFICER_COLUMNS };

export interface PnPOfficerDirectoryOptions {
  /** The site the lists are on (keys the officer cache). */
  siteUrl: string;
  /** Minutes a repeat view may use cached data (default 15). */
  cacheMinutes?: number;
  /** Officers per page (default and maximum 5,000, SharePoint's largest page). */
  pageSize?: number;
  /** Keep the officers in IndexedDB for repeat views (default true where IndexedDB exists). */
  officerCache?: boolean;
}

interface PendingOfficers {
  /** Rows of the first page, not yet validated and delivered. */
  rows: SpItem[] | undefined;
  /** From the cache: already validated. */
  cached: StoredOfficer[] | undefined;
  /** Read the rest of the list after this ID. */
  afterId: number;
  /** More pages to read. */
  more: boolean;
}

export class PnPOfficerDirectoryRepository implements IOfficerDirectoryRepository {
  private readonly sp: SPFI;
  private readonly site: string;
  private readonly minutes: number;
  private readonly pageSize: number;
  private readonly officerCache: boolean;
  private pending: PendingOfficers | undefined;
  private base: OfficerDirectoryBase | undefined;
  private delivered: StoredOfficer[] = [];
  private readonly rights: AccessCache;
  private own: Promise<number[]> | undefined;

  public constructor(sp: SPFI, options: PnPOfficerDirectoryOptions) {
    this.sp = sp;
    this.site = options.siteUrl.replace(/\/+$/, '');
    this.minutes = options.cacheMinutes ?? 15;
    this.pageSize = Math.min(options.pageSize ?? MAX_PAGE, MAX_PAGE);
    this.officerCache = options.officerCache ?? true;
    this.rights = new AccessCache(() => this.sp, ['serviceArea', 'liaisonOfficer', 'officer']);
  }

  public async load(options: LoadOfficersOptions = {}): Promise<OfficerDirectoryBase> {
    const generation = cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE);
    const snapshot = this.officerCache ? await readOfficerSnapshot(this.site, generation) : undefined;
    const withRetry = (sp: SPFI): SPFI => (options.onRetry ? sp.using(RetryNotice(options.onRetry)) : sp);
    const cached = withRetry(cachedSp(this.sp, { scope: OFFICER_DIRECTORY_CACHE_SCOPE, minutes: this.minutes }));
    const stamp = snapshot ? { source: 'cache' as const, readAt: snapshot.meta.readAt } : readStamp(OFFICER_DIRECTORY_CACHE_SCOPE, this.minutes);
    const read = (sp: SPFI) =>
      readFirstRoundTrip(sp, { officersCached: !!snapshot, cachedCount: snapshot?.officers.length ?? 0, pageSize: this.pageSize, stamp });
    this.delivered = [];
    let first: Awaited<ReturnType<typeof read>>;
    try {
      first = await read(cached);
    } catch (e) {
      // Session storage full (another app on the site, or a very large council): read without caching.
      if (!isQuotaError(e)) throw toDirectoryError(e);
      first = await read(withRetry(spfi(this.sp))).catch((again: unknown) => {
        throw toDirectoryError(again);
      });
    }
    this.pending = snapshot
      ? { rows: undefined, cached: snapshot.officers, afterId: 0, more: false }
      : { rows: first.firstPage, cached: undefined, afterId: first.afterId, more: first.more };
    this.base = first.base;
    return this.base;
  }

  public async streamOfficers(onChunk: (chunk: OfficerChunk) => void, signal?: AbortSignal): Promise<void> {
    const pending = this.pending;
    const base = this.base;
    if (!pending || !base) throw new Error('Call load() before streamOfficers().');
    // This load's officers: a stream left over from before a refresh writes only to its own list.
    const delivered = this.delivered;
    const progress = (done: boolean): OfficerProgress => ({ loaded: delivered.length, expected: Math.max(base.officerCount, delivered.length), done });
    const d: Delivery = { delivered, onChunk, progress, signal };

    if (pending.cached) {
      const all = pending.cached;
      pending.cached = undefined;
      await deliverCached(all, d);
      return;
    }
    const rows = pending.rows;
    pending.rows = undefined;
    const pagingSp = spfi(this.sp).using(InjectHeaders(NO_METADATA));
    const read = pending.more
      ? (onPage: (rows: SpItem[]) => void) => readRemaining(pagingSp, { list: LIST_TITLES.officers, select: OFFICER_COLUMNS }, pending.afterId, onPage, this.pageSize)
      : () => Promise.resolve();
    const { lastId, failure } = await deliverPages(read, rows, d, pending.afterId);
    if (signal?.aborted) return;
    pending.afterId = lastId;
    if (failure !== undefined) {
      // A retry resumes after the last officer delivered.
      pending.more = true;
      throw toDirectoryError(failure, LIST_TITLES.officers);
    }
    pending.more = false;
    onChunk({ officers: [], progress: progress(true), problems: [], withheld: new Map() });
    if (this.officerCache) {
      void saveOfficerSnapshot(
        delivered,
        { site: this.site, generation: cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE), officerCount: base.officerCount, readAt: base.readAt },
        this.minutes
      );
    }
  }

  /** One ask for every list the editors need (rights.ts), shared with `editRights`. */
  public async canEditLiaisonOfficers(): Promise<boolean> {
    return (await this.rights.get()).rights.liaisonOfficer?.edit === true;
  }

  public editRights(): Promise<EditRights> {
    return this.rights.get().then((a) => a.rights);
  }

  public selfService(): Promise<SelfService> {
    return this.rights.get().then((a) => a.self);
  }

  public ownEntries(): Promise<number[]> {
    const base = this.base;
    if (!base) return Promise.resolve([]);
    this.own ??= this.rights.get().then((a) => ownLiaisonEntries(this.sp, a.self, base)).catch(() => {
      this.own = undefined;
      return [];
    });
    return this.own;
  }

  public async readHistory(liaisonId: number): Promise<HistoryEntry[]> {
    const { readHistory } = await import(/* webpackChunkName: 'change-requests-data' */ '../requests/history');
    return readHistory(this.sp, LISTS.liaisonOfficers, liaisonId, Object.keys(LISTS.liaisonOfficers.fields).filter((f) => f !== 'id'));
  }

  public async openEditor(): Promise<IDirectoryEditor> {
    const { PnPDirectoryEditor } = await import(/* webpackChunkName: 'directory-editor-data' */ '../editing/PnPDirectoryEditor');
    // The directory is an officer-owned page; the screen knows the council's groups as the first read brought them.
    return new PnPDirectoryEditor(this.sp, { channel: 'officer-owned', groupTerms: this.base?.groupTerms ?? [], groupsUnavailable: !(this.base?.screeningReady ?? false) });
  }

  public async runNeutralityScan(onList?: (list: ListScanned) => void): Promise<ScanReport> {
    const { scanSite } = await import(/* webpackChunkName: 'neutrality-scan' */ '../scan/scanSite');
    // The scan reads every list afresh, never from the page's cache.
    return scanSite(spfi(this.sp), { siteUrl: this.site, onList });
  }

  public async openImports(): Promise<IImportService> {
    const { PnPImportService } = await import(/* webpackChunkName: 'import-export-data' */ '../import/PnPImportService');
    return new PnPImportService(spfi(this.sp));
  }

  public async refresh(): Promise<void> {
    refreshCache(OFFICER_DIRECTORY_CACHE_SCOPE);
    this.own = undefined;
    this.pending = undefined;
    this.base = undefined;
    this.delivered = [];
    if (this.officerCache) await forgetOfficerSnapshot(this.site);
  }
}
