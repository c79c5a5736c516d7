/**
 * What the web parts' "Import and export" area asks of SharePoint: the same browser-safe import
 * code the command line runs (./csv, ./election, ./drift), behind an interface, so that the
 * React tree never sees PnPjs. The implementation (PnPImportService) loads with the area, in its
 * own chunk, never in a read bundle.
 */
import type { DirectoryErrorKind } from '../core/errors';
import type { CsvListKey } from './csv/columns';
import type { CsvPlan } from './csv/plan';
import type { CsvProblem } from './csv/rows';
import type { CsvWriteSummary } from './csv/write';
import type { DriftReport } from './drift';

/** What the user may do to one list, from SharePoint's effective permissions. */
export interface ListRight {
  edit: boolean;
  add: boolean;
}

export type ImportRights = Record<CsvListKey, ListRight>;

export interface ExportedFile {
  text: string;
  rows: number;
  /** "members-2026-11-20.csv". */
  fileName: string;
}

/** The council after the election: a CSV of Members, or answers saved from ModernGov. */
export type ElectionSource =
  | { kind: 'csv'; fileName: string; file: ArrayBuffer | string }
  | { kind: 'moderngov'; files: ReadonlyArray<{ name: string; text: string }> };

/** The dry run of the day after an election, as Democratic Services read it. */
export interface ElectionCheck {
  date: string;
  source: string;
  /** Current members the new council does not include: to be marked former. */
  leaving: Array<{ id: number; name: string }>;
  /** Their memberships still open on the date: to end on it. */
  ending: Array<{ id: number; member: string; role: string; body: string }>;
  /** The newly elected, to be added. */
  joining: Array<{ name: string; row?: number }>;
  /** Re-elected members whose details change. */
  updating: number;
  /** Problems found, by record or by row and column. */
  problems: CsvProblem[];
  /** Why it cannot be applied yet (a CSV with rows that have problems). */
  refused?: string;
  /** What `applyElection` needs; opaque to the page. */
  readonly plan: unknown;
}

export interface ElectionOutcome {
  markedFormer: number;
  membershipsEnded: number;
  added: number;
  updated: number;
  /** What was not written, and why. */
  problems: CsvProblem[];
}

/**
 * Why something could not be done, in words for Democratic Services: `file`, the file is not one
 * the import can read (the message says why); `refused`, the election cannot be applied as it
 * stands; `site`, SharePoint could not be read or written (`reason` says how).
 */
export class ImportError extends Error {
  public readonly kind: 'file' | 'refused' | 'site';
  public readonly reason: DirectoryErrorKind | undefined;
  public constructor(kind: 'file' | 'refused' | 'site', message: string, reason?: DirectoryErrorKind) {
    super(message);
    this.name = 'ImportError';
    this.kind = kind;
    this.reason = reason;
  }
}

export interface IImportService {
  /** Which of the five lists the user may change: asked once, when the area opens. */
  rights(): Promise<ImportRights>;
  /** Every record of a list, as the CSV file Excel opens (UTF-8 with a byte-order mark). */
  exportList(list: CsvListKey): Promise<ExportedFile>;
  /** The dry run of a file: every row read and judged against the list as it is now; nothing is written. */
  checkCsv(list: CsvListKey, file: ArrayBuffer | string, fileName: string): Promise<CsvPlan>;
  /** Writes the valid rows of a dry run (a record changed in SharePoint since is left alone and reported). */
  importCsv(plan: CsvPlan): Promise<CsvWriteSummary>;
  /** The last ModernGov drift report saved in Site Assets, if there is one. */
  lastDriftReport(): Promise<DriftReport | undefined>;
  /** The dry run of the day after an election; nothing is written. */
  checkElection(source: ElectionSource, date: string): Promise<ElectionCheck>;
  applyElection(check: ElectionCheck): Promise<ElectionOutcome>;
}
