/**
 * A repository over the Rugby demo data, in memory, with switches for failures: the component
 * tests exercise the web part's behaviour, not SharePoint (the integration tests do that).
 */
import type { IOfficerDirectoryRepository, OfficerChunk, OfficerDirectoryBase } from '../../../src/data/officers/IOfficerDirectoryRepository';
import { DirectoryError } from '../../../src/data/core/errors';
import type { RecordProblem } from '../../../src/data/core/records';
import type { Officer } from '../../../src/domain/model/officer';
import { rugbyDataset } from '../../../local/demo';
import type { DemoDataset } from '../../../local/demo';

let cached: DemoDataset | undefined;
/** The Rugby dataset without photo files (built once per test file). */
export function rugby(): DemoDataset {
  cached ??= rugbyDataset();
  return cached;
}

export interface FakeOptions {
  data?: DemoDataset;
  /** Fail the first N loads with this kind of error. */
  failLoads?: number;
  failKind?: DirectoryError['kind'];
  /** Fail these loads (1 = the first). */
  failLoadNumbers?: number[];
  /** Fail the officer stream once, after this many officers. */
  failStreamAfter?: number;
  canEdit?: boolean;
  /** Officers per chunk. */
  chunk?: number;
  /** Stream only this many officers, then wait for `release()`. */
  holdAfter?: number;
  problems?: RecordProblem[];
  /** False: the Political Groups could not be read. */
  screeningReady?: boolean;
  withheld?: OfficerDirectoryBase['withheld'];
}

export class FakeRepository implements IOfficerDirectoryRepository {
  public loads = 0;
  public refreshes = 0;
  public permissionChecks = 0;
  private delivered = 0;
  private failedStream = false;
  private releaseHold: (() => void) | undefined;
  private readonly data: DemoDataset;

  public constructor(private readonly options: FakeOptions = {}) {
    this.data = options.data ?? rugby();
  }

  public async load(): Promise<OfficerDirectoryBase> {
    this.loads++;
    this.delivered = 0;
    await Promise.resolve();
    if (this.loads <= (this.options.failLoads ?? 0) || this.options.failLoadNumbers?.includes(this.loads)) throw new DirectoryError(this.options.failKind ?? 'throttled', 'Retry count exceeded (3) for this request. 429: Too Many Requests;');
    const d = this.data;
    return {
      serviceAreas: d.serviceAreas,
      liaisonOfficers: d.liaisonOfficers,
      liaisonContacts: d.liaisonOfficers.map((l) => {
        const o = d.officers.find((x) => x.id === l.officerId) as Officer;
        return { id: o.id, givenName: o.givenName, familyName: o.familyName, jobTitle: o.jobTitle, email: o.email, phone: o.phone, mobile: o.mobile };
      }),
      wards: d.wards,
      groupTerms: d.politicalGroups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases })),
      screeningReady: this.options.screeningReady ?? true,
      withheld: this.options.withheld ?? {},
      officerCount: d.officers.length,
      problems: this.options.problems ?? [],
      source: 'sharepoint',
      readAt: '2026-11-22T09:30:00Z'
    };
  }

  public async streamOfficers(onChunk: (chunk: OfficerChunk) => void, signal?: AbortSignal): Promise<void> {
    const all = this.data.officers;
    const size = this.options.chunk ?? 1000;
    while (this.delivered < all.length) {
      if (signal?.aborted) return;
      if (this.options.holdAfter !== undefined && this.delivered >= this.options.holdAfter && !this.releaseHold) {
        await new Promise<void>((r) => (this.releaseHold = r));
      }
      if (this.options.failStreamAfter !== undefined && !this.failedStream && this.delivered >= this.options.failStreamAfter) {
        this.failedStream = true;
        throw new DirectoryError('throttled', '429');
      }
      const chunk = all.slice(this.delivered, this.delivered + size);
      this.delivered += chunk.length;
      await Promise.resolve();
      onChunk({ officers: chunk, progress: { loaded: this.delivered, expected: all.length, done: false }, problems: [], withheld: new Map() });
    }
    onChunk({ officers: [], progress: { loaded: this.delivered, expected: all.length, done: true }, problems: [], withheld: new Map() });
  }

  /** Lets a held stream continue. */
  public release(): void {
    const r = this.releaseHold;
    this.options.holdAfter = undefined;
    r?.();
  }

  public async canEditLiaisonOfficers(): Promise<boolean> {
    this.permissionChecks++;
    return this.options.canEdit ?? false;
  }

  public async refresh(): Promise<void> {
    this.refreshes++;
  }
}
