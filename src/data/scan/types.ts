/** What a neutrality scan of a site finds. Plain data: the CLI prints it, the web part's report panel shows it. */
import type { Channel } from '../../domain/neutrality/channels';
import type { ScreeningRule } from '../../domain/neutrality/screening/types';

export interface ScanViolation {
  /** The list's title, as Democratic Services see it. */
  list: string;
  itemId: number;
  /** The item's title in the list, when it has one ("Sam Patel", "Waste and Recycling"). */
  itemTitle?: string;
  /** The field's name as Democratic Services know it ("Job title"). */
  field: string;
  /** The field's name in the product's records ("jobTitle"). */
  fieldName: string;
  /** The rules applied: the officer channel's, or (for members' own statements) the member channel's. */
  channel: Channel;
  rule: ScreeningRule;
  /** The words found, as written. */
  words: string;
  /** Plain English: what is wrong and why, citing the protocol. */
  message: string;
  /** The item's display form in SharePoint. */
  link: string;
}

/** A list or a value that could not be read or used: the scan is then not complete. */
export interface ScanNotice {
  list: string;
  itemId?: number;
  field?: string;
  message: string;
}

export interface ListScanned {
  list: string;
  items: number;
}

export interface ScanReport {
  site: string;
  /** When the scan ran (ISO date-time). */
  scannedAt: string;
  lists: ListScanned[];
  violations: ScanViolation[];
  /** Lists that could not be read, and group names the screen could not use. */
  notices: ScanNotice[];
  /** False when a list (or the council's Political Groups) could not be read: violations may be missing. */
  complete: boolean;
}
