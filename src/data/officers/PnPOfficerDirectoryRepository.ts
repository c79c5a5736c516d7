/**
 * The Officer Directory's data, read with PnPjs:
 *
 * - First round trip: one $batch with the Service Areas, Liaison Officers (with their officers'
 *   names and contacts through the lookup), Wards, Political Groups (screening terms only) and the
 *   first 5,000 Officers in ID order with only the columns shown, plus the Officers list's item count.
 * - Then the rest of the Officers, page by page after the last ID (`readRemaining`: SharePoint's own
 *   next links, ID order, no filter, no sort), so no list view threshold can apply at any size.
 * - Every row is validated against the domain schema; bad rows are left out and reported.
 * - Repeat views: the small lists through PnPjs Caching in session storage (scope "officer-directory",
 *   15 minutes, "Refresh" starts a new generation); the officers, too big for session storage at
 *   scale, as a compact snapshot in IndexedDB under the same generation and lifetime.
 */
import type { SPFI } from '@pnp/sp';
import { spfi } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { CacheNever, InjectHeaders } from '@pnp/queryable';
import { liaisonOfficerSchema, type LiaisonOfficer } from '../../domain/model/liaisonOfficer';
import { officerSchema, type Officer } from '../../domain/model/officer';
import { politicalGroupInputSchema } from '../../domain/model/politicalGroup';
import { serviceAreaSchema, type ServiceArea } from '../../domain/model/serviceArea';
import { wardSchema, type Ward } from '../../domain/model/ward';
import type { PoliticalGroupTerms } from '../../domain/neutrality/screening/types';
import { cachedSp, cacheGeneration, refreshCache } from '../core/cache';
import { MAX_PAGE, readRemaining, type ListRead } from '../core/paging';
import { parseRows, type RecordProblem } from '../core/records';
import { LIST_TITLES } from '../lists';
import { liaisonOfficerFromItem, officerFromItem, politicalGroupFromItem, serviceAreaFromItem, wardFromItem } from '../mappers/entities';
import { optString, type SpItem } from '../mappers/values';
import { isQuotaError, toDirectoryError } from './errors';
import type { IOfficerDirectoryRepository, LiaisonContact, OfficerDirectoryBase, OfficerProgress } from './IOfficerDirectoryRepository';
import { forgetOfficerSnapshot, readOfficerSnapshot, saveOfficerSnapshot } from './officerCache';
import { nextTask, now, SLICE_MS } from './schedule';

export const OFFICER_DIRECTORY_CACHE_SCOPE = 'officer-directory';

/** Only the columns the directory shows (no Title, no Account). */
export const OFFICER_COLUMNS = [
  'Id', 'GivenName', 'FamilyName', 'JobTitle', 'ServiceAreaId', 'Email', 'Phone', 'Mobile', 'Location', 'Photo', 'PoliticallyRestricted'
] as const;

const SERVICE_COLUMNS = ['Id', 'Title', 'Directorate', 'Description', 'Keywords', 'TeamEmail', 'TeamPhone', 'WebPage'] as const;
const WARD_COLUMNS = ['Id', 'Title', 'GssCode', 'Seats'] as const;
/** Screening terms only: not the group's web site. */
const GROUP_COLUMNS = ['Id', 'Title', 'ShortName', 'Aliases'] as const;
/** The officer's name and contacts come through the lookup (text columns, which SharePoint can project). */
const LIAISON_COLUMNS = [
  'Id', 'OfficerId', 'ServiceAreaId', 'Role', 'Profile', 'WardsId',
  'Officer/Id', 'Officer/GivenName', 'Officer/FamilyName', 'Officer/JobTitle', 'Officer/Email', 'Officer/Phone', 'Officer/Mobile'
] as const;

/** Minimal JSON: officer pages are a third smaller without per-item metadata. */
const NO_METADATA = { Accept: 'application/json;odata=nometadata' };

const liaisonContactSchema = officerSchema.pick({ id: true, givenName: true, familyName: true, jobTitle: true, email: true, phone: true, mobile: true });
const officerGroupTermsSchema = politicalGroupInputSchema.pick({ name: true, shortName: true, aliases: true });

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
  cached: Officer[] | undefined;
  /** Read the rest of the list after this ID. */
  afterId: number;
  /** More pages to read. */
  more: boolean;
}

/** The officer a liaison row points at, as the lookup projected it. */
function officerOfLiaisonRow(row: SpItem): SpItem | undefined {
  const o = row.Officer as SpItem | null | undefined;
  return o && typeof o === 'object' && typeof o.Id === 'number' ? o : undefined;
}

function liaisonContactFromItem(o: SpItem): unknown {
  return {
    id: o.Id,
    givenName: o.GivenName,
    familyName: o.FamilyName,
    jobTitle: o.JobTitle,
    email: o.Email,
    phone: optString(o.Phone),
    mobile: optString(o.Mobile)
  };
}

function groupTermsFromItem(row: SpItem): unknown {
  const g = politicalGroupFromItem(row);
  return { name: g.name, shortName: g.shortName, aliases: g.aliases };
}

function maxId(rows: readonly SpItem[], start: number): number {
  let m = start;
  for (const r of rows) if (typeof r.Id === 'number' && r.Id > m) m = r.Id;
  return m;
}

export class PnPOfficerDirectoryRepository implements IOfficerDirectoryRepository {
  private readonly sp: SPFI;
  private readonly site: string;
  private readonly minutes: number;
  private readonly pageSize: number;
  private readonly officerCache: boolean;
  private pending: PendingOfficers | undefined;
  private base: OfficerDirectoryBase | undefined;
  private delivered: Officer[] = [];

  public constructor(sp: SPFI, options: PnPOfficerDirectoryOptions) {
    this.sp = sp;
    this.site = options.siteUrl.replace(/\/+$/, '');
    this.minutes = options.cacheMinutes ?? 15;
    this.pageSize = Math.min(options.pageSize ?? MAX_PAGE, MAX_PAGE);
    this.officerCache = options.officerCache ?? true;
  }

  public async load(): Promise<OfficerDirectoryBase> {
    const generation = cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE);
    const snapshot = this.officerCache ? await readOfficerSnapshot(this.site, generation) : undefined;
    const cached = cachedSp(this.sp, { scope: OFFICER_DIRECTORY_CACHE_SCOPE, minutes: this.minutes });
    this.delivered = [];
    try {
      this.base = await this.firstRoundTrip(cached, snapshot);
    } catch (e) {
      // Session storage full (another app on the site, or a very large council): read without caching.
      if (!isQuotaError(e)) throw toDirectoryError(e);
      this.base = await this.firstRoundTrip(this.sp, snapshot);
    }
    return this.base;
  }

  public async streamOfficers(
    onChunk: (officers: Officer[], progress: OfficerProgress, problems: RecordProblem[]) => void,
    signal?: AbortSignal
  ): Promise<void> {
    const pending = this.pending;
    const base = this.base;
    if (!pending || !base) throw new Error('Call load() before streamOfficers().');
    // This load's officers: a stream left over from before a refresh writes only to its own list.
    const delivered = this.delivered;
    const progress = (done: boolean): OfficerProgress => ({
      loaded: delivered.length,
      expected: Math.max(base.officerCount, delivered.length),
      done
    });

    if (pending.cached) {
      const all = pending.cached;
      pending.cached = undefined;
      for (let i = 0; i < all.length; i += 2500) {
        if (signal?.aborted) return;
        const chunk = all.slice(i, i + 2500);
        delivered.push(...chunk);
        onChunk(chunk, progress(i + 2500 >= all.length), []);
        if (i + 2500 < all.length) await nextTask();
      }
      if (all.length === 0) onChunk([], progress(true), []);
      return;
    }

    // Pages queue up as they arrive; they are validated a slice at a time while the next downloads.
    const queue: SpItem[][] = [];
    if (pending.rows) queue.push(pending.rows);
    pending.rows = undefined;
    let finished = !pending.more;
    let failure: unknown;
    let wake: (() => void) | undefined;
    const notify = (): void => {
      const w = wake;
      wake = undefined;
      w?.();
    };
    const aborted = new Error('aborted');
    if (pending.more) {
      const read: ListRead = { list: LIST_TITLES.officers, select: OFFICER_COLUMNS };
      const pagingSp = spfi(this.sp).using(InjectHeaders(NO_METADATA));
      readRemaining(
        pagingSp,
        read,
        pending.afterId,
        (rows) => {
          if (signal?.aborted) throw aborted;
          queue.push(rows);
          notify();
        },
        this.pageSize
      ).then(
        () => {
          finished = true;
          notify();
        },
        (e) => {
          failure = e;
          finished = true;
          notify();
        }
      );
    }

    for (;;) {
      if (signal?.aborted) return;
      const rows = queue.shift();
      if (rows) {
        await this.deliver(rows, delivered, onChunk, progress, signal);
        pending.afterId = maxId(rows, pending.afterId);
        continue;
      }
      if (finished) break;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (failure !== undefined) {
      if (failure === aborted || signal?.aborted) return;
      // A retry resumes after the last officer delivered.
      pending.more = true;
      throw toDirectoryError(failure, LIST_TITLES.officers);
    }
    pending.more = false;
    onChunk([], progress(true), []);
    if (this.officerCache) {
      void saveOfficerSnapshot(
        delivered,
        { site: this.site, generation: cacheGeneration(OFFICER_DIRECTORY_CACHE_SCOPE), officerCount: base.officerCount, readAt: base.readAt },
        this.minutes
      );
    }
  }

  public async canEditLiaisonOfficers(): Promise<boolean> {
    try {
      const mask = (await this.sp.web.lists.getByTitle(LIST_TITLES.liaisonOfficers).effectiveBasePermissions()) as { Low?: string | number };
      // SPBasePermissions.EditListItems
      return (Number(mask.Low ?? 0) & 0x4) !== 0;
    } catch {
      return false;
    }
  }

  public async refresh(): Promise<void> {
    refreshCache(OFFICER_DIRECTORY_CACHE_SCOPE);
    this.pending = undefined;
    this.base = undefined;
    this.delivered = [];
    if (this.officerCache) await forgetOfficerSnapshot(this.site);
  }

  /** Validates rows a slice at a time (half a frame each), handing each slice on. */
  private async deliver(
    rows: SpItem[],
    delivered: Officer[],
    onChunk: (officers: Officer[], progress: OfficerProgress, problems: RecordProblem[]) => void,
    progress: (done: boolean) => OfficerProgress,
    signal?: AbortSignal
  ): Promise<void> {
    let i = 0;
    while (i < rows.length) {
      if (signal?.aborted) return;
      const started = now();
      const officers: Officer[] = [];
      const problems: RecordProblem[] = [];
      while (i < rows.length && now() - started < SLICE_MS) {
        const parsed = parseRows(rows.slice(i, i + 25), officerFromItem, officerSchema, LIST_TITLES.officers, 'an officer');
        officers.push(...parsed.records);
        problems.push(...parsed.problems);
        i += 25;
      }
      delivered.push(...officers);
      onChunk(officers, progress(false), problems);
      await nextTask();
    }
  }

  private async firstRoundTrip(base: SPFI, snapshot: Awaited<ReturnType<typeof readOfficerSnapshot>>): Promise<OfficerDirectoryBase> {
    const [batched, execute] = base.batched();
    const lists = batched.web.lists;
    const T = LIST_TITLES;
    const items = (title: string, select: readonly string[]) => lists.getByTitle(title).items.select(...select).top(MAX_PAGE);
    const parts: Array<Promise<unknown>> = [
      items(T.serviceAreas, SERVICE_COLUMNS)(),
      items(T.liaisonOfficers, LIAISON_COLUMNS).expand('Officer')(),
      items(T.wards, WARD_COLUMNS)(),
      items(T.politicalGroups, GROUP_COLUMNS)()
    ];
    if (!snapshot) {
      // The officers are cached by officerCache.ts, not in session storage.
      parts.push(
        lists.getByTitle(T.officers).items.select(...OFFICER_COLUMNS).top(this.pageSize).using(CacheNever(), InjectHeaders(NO_METADATA))(),
        lists.getByTitle(T.officers).select('ItemCount').using(CacheNever())()
      );
    }
    const settled = Promise.allSettled(parts);
    await execute();
    const results = await settled;
    const value = <V>(i: number, list: string, required: boolean, problems: RecordProblem[]): V | undefined => {
      const r = results[i];
      if (r.status === 'fulfilled') return r.value as V;
      if (required) throw toDirectoryError(r.reason, list);
      problems.push({ list, itemId: undefined, problems: [`The list could not be read: ${toDirectoryError(r.reason, list).message}`] });
      return undefined;
    };

    const problems: RecordProblem[] = [];
    const serviceRows = value<SpItem[]>(0, T.serviceAreas, true, problems) ?? [];
    const liaisonRows = value<SpItem[]>(1, T.liaisonOfficers, true, problems) ?? [];
    const wardRows = value<SpItem[]>(2, T.wards, false, problems) ?? [];
    const groupRows = value<SpItem[]>(3, T.politicalGroups, false, problems) ?? [];
    const services = parseRows(serviceRows, serviceAreaFromItem, serviceAreaSchema, T.serviceAreas, 'a service area');
    const liaison = parseRows(liaisonRows, liaisonOfficerFromItem, liaisonOfficerSchema, T.liaisonOfficers, 'a liaison officer');
    const contacts = parseRows(
      liaisonRows.map(officerOfLiaisonRow).filter((c): c is SpItem => c !== undefined),
      liaisonContactFromItem,
      liaisonContactSchema,
      T.officers,
      'an officer'
    );
    const wards = parseRows(wardRows, wardFromItem, wardSchema, T.wards, 'a ward');
    const groups = parseRows(groupRows, groupTermsFromItem, officerGroupTermsSchema, T.politicalGroups, 'a political group');
    problems.push(...services.problems, ...liaison.problems, ...wards.problems, ...groups.problems);

    let officerCount: number;
    if (snapshot) {
      this.pending = { rows: undefined, cached: snapshot.officers, afterId: 0, more: false };
      officerCount = snapshot.officers.length;
    } else {
      const firstPage = value<SpItem[]>(4, T.officers, true, problems) ?? [];
      const count = value<{ ItemCount?: number }>(5, T.officers, false, problems);
      this.pending = { rows: firstPage, cached: undefined, afterId: maxId(firstPage, 0), more: firstPage.length >= this.pageSize };
      officerCount = Math.max(Number(count?.ItemCount ?? 0) || 0, firstPage.length);
    }
    const unique = new Map<number, LiaisonContact>();
    for (const c of contacts.records) unique.set(c.id, c);
    return {
      serviceAreas: services.records as ServiceArea[],
      liaisonOfficers: liaison.records as LiaisonOfficer[],
      liaisonContacts: [...unique.values()],
      wards: wards.records as Ward[],
      groupTerms: groups.records as PoliticalGroupTerms[],
      officerCount,
      problems,
      source: snapshot ? 'cache' : 'sharepoint',
      readAt: snapshot ? snapshot.meta.readAt : new Date().toISOString()
    };
  }
}

