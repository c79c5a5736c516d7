import type { LiaisonOfficer } from '../../domain/model/liaisonOfficer';
import type { Officer } from '../../domain/model/officer';
import type { ServiceArea } from '../../domain/model/serviceArea';
import type { Ward } from '../../domain/model/ward';
import type { PoliticalGroupTerms } from '../../domain/neutrality/screening/types';
import type { RecordProblem } from '../core/records';

/**
 * What a liaison officer's card needs before the officer's own record has arrived: at large
 * scale the officer may be in a later page, so the first round trip brings these through the
 * Liaison Officers list's lookup.
 */
export type LiaisonContact = Pick<Officer, 'id' | 'givenName' | 'familyName' | 'jobTitle' | 'email' | 'phone' | 'mobile'>;

/** Everything the first round trip brings (or the cache, with no request at all). */
export interface OfficerDirectoryBase {
  serviceAreas: ServiceArea[];
  liaisonOfficers: LiaisonOfficer[];
  /** By officer id. */
  liaisonContacts: LiaisonContact[];
  wards: Ward[];
  /**
   * The council's political groups as screening terms only (name, short name, aliases): they feed
   * the neutrality screen and are never rendered.
   */
  groupTerms: PoliticalGroupTerms[];
  /** Roughly how many officers the list holds (its item count), for "5,000 of about 20,000". */
  officerCount: number;
  /** Records left out because they failed validation, and lists that could not be read. */
  problems: RecordProblem[];
  /** Where the data came from: SharePoint, or this browser's cache of a recent view. */
  source: 'sharepoint' | 'cache';
  /** When the data was read from SharePoint (ISO). */
  readAt: string;
}

export interface OfficerProgress {
  /** Officers delivered so far (valid ones). */
  loaded: number;
  /** About how many there are. */
  expected: number;
  /** True once every page has been read. */
  done: boolean;
}

export interface IOfficerDirectoryRepository {
  /**
   * The service areas, liaison officers, wards, political-group screening terms and the first page
   * of officers: one $batch (one HTTP round trip), or none when a recent view is cached.
   */
  load(): Promise<OfficerDirectoryBase>;
  /**
   * Every officer, validated, delivered in small chunks with a pause for the browser between
   * them (so typing stays responsive): first the page the first round trip brought, then the
   * rest of the list page by page in ID order (never a filter or sort, so no list view threshold).
   * Call after `load()`. Resolves when all are delivered; stops quietly when `signal` aborts.
   */
  streamOfficers(
    onChunk: (officers: Officer[], progress: OfficerProgress, problems: RecordProblem[]) => void,
    signal?: AbortSignal
  ): Promise<void>;
  /** Can the current user edit the Liaison Officers list (and so fix withheld text)? Asked lazily. */
  canEditLiaisonOfficers(): Promise<boolean>;
  /** Forgets cached data, so that the next `load()` reads SharePoint again. */
  refresh(): Promise<void>;
}
