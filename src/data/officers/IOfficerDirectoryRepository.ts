import type { StoredLiaisonOfficer } from '../../domain/model/liaisonOfficer';
import type { StoredOfficer } from '../../domain/model/officer';
import type { StoredServiceArea } from '../../domain/model/serviceArea';
import type { StoredWard } from '../../domain/model/ward';
import type { PoliticalGroupTerms } from '../../domain/neutrality/screening/types';
import type { ReadStamp } from '../core/cache';
import type { EditRights, IDirectoryEditor } from '../editing/types';
import type { RecordProblem, WithheldFields, WithheldIndex } from '../core/records';
import type { IImportService } from '../import/service';
import type { ListScanned, ScanReport } from '../scan/types';
import type { SelfService } from '../requests/types';
import type { HistoryEntry } from '../requests/history';

/**
 * What a liaison officer's card needs before the officer's own record has arrived: at large
 * scale the officer may be in a later page, so the first round trip brings these through the
 * Liaison Officers list's lookup.
 */
export type LiaisonContact = Pick<StoredOfficer, 'id' | 'givenName' | 'familyName' | 'jobTitle' | 'email' | 'phone' | 'mobile' | 'userPrincipalName' | 'leftOn'>;

/** Everything the first round trip brings (or the cache, with no request at all). */
export interface OfficerDirectoryBase extends ReadStamp {
  serviceAreas: StoredServiceArea[];
  liaisonOfficers: StoredLiaisonOfficer[];
  /** By officer id. */
  liaisonContacts: LiaisonContact[];
  wards: StoredWard[];
  /**
   * The council's political groups as screening terms only (name, short name, aliases): they feed
   * the neutrality screen and are never rendered.
   */
  groupTerms: PoliticalGroupTerms[];
  /**
   * False when Political Groups could not be read: the screen cannot know the council's groups,
   * so officer-owned free text is withheld rather than shown unscreened.
   */
  screeningReady: boolean;
  /** Roughly how many officers the list holds (its item count), for "5,000 of about 20,000". */
  officerCount: number;
  /** Records shown without some fields or left out, and lists that could not be read (for editors). */
  problems: RecordProblem[];
  /** Fields withheld from service areas and liaison officers because they are invalid. */
  withheld: WithheldIndex;
  /** When each liaison officer entry was last changed (ISO), by entry id: its "last updated" line. */
  liaisonModified?: Readonly<Record<number, string>>;
}

export interface OfficerProgress {
  /** Officers delivered so far (valid ones). */
  loaded: number;
  /** About how many there are. */
  expected: number;
  /** True once every page has been read. */
  done: boolean;
}

/** One slice of officers, as the stream delivers it. */
export interface OfficerChunk {
  officers: StoredOfficer[];
  progress: OfficerProgress;
  problems: RecordProblem[];
  /** By officer id: fields withheld because they are invalid. */
  withheld: ReadonlyMap<number, WithheldFields>;
}

export interface LoadOfficersOptions {
  /** Called each time SharePoint throttles a read and PnPjs waits (honouring Retry-After) to retry it. */
  onRetry?: () => void;
}

export interface IOfficerDirectoryRepository {
  /**
   * The service areas, liaison officers, wards, political-group screening terms and the first page
   * of officers: one $batch (one HTTP round trip), or none when a recent view is cached.
   */
  load(options?: LoadOfficersOptions): Promise<OfficerDirectoryBase>;
  /**
   * Every officer, validated, delivered in small chunks with a pause for the browser between
   * them (so typing stays responsive): first the page the first round trip brought, then the
   * rest of the list page by page in ID order (never a filter or sort, so no list view threshold).
   * Call after `load()`. Resolves when all are delivered; stops quietly when `signal` aborts.
   */
  streamOfficers(onChunk: (chunk: OfficerChunk) => void, signal?: AbortSignal): Promise<void>;
  /** Can the current user edit the Liaison Officers list (and so fix withheld text)? Asked lazily. */
  canEditLiaisonOfficers(): Promise<boolean>;
  /** Forgets cached data, so that the next `load()` reads SharePoint again. */
  refresh(): Promise<void>;
  /**
   * Whether the user may edit service areas and liaison officers, from SharePoint's effective
   * permissions: asked once, only when a service is on screen to act on, never in the first round trip.
   */
  editRights?(): Promise<EditRights>;
  /** The editing service, loaded on demand when someone presses Edit. */
  openEditor?(): Promise<IDirectoryEditor>;
  /** The site's neutrality scan, for the editors' Neutrality report (loaded on demand, never in the read bundle). */
  runNeutralityScan?(onList?: (list: ListScanned) => void): Promise<ScanReport>;
  /** The import and export service, loaded on demand when Democratic Services open "Import and export". */
  openImports?(): Promise<IImportService>;
  /** Who the signed-in person is: asked with `editRights`, in the same $batch. */
  selfService?(): Promise<SelfService>;
  /**
   * The liaison officer entries the signed-in person may edit as their own: those of the officer
   * who signs in as them, where SharePoint's permissions on the entry itself say they may edit it.
   */
  ownEntries?(): Promise<number[]>;
  /** A liaison officer entry's history from SharePoint's versions (loaded on demand). */
  readHistory?(liaisonId: number): Promise<HistoryEntry[]>;
}
