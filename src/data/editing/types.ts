/**
 * The editing service the forms use (src/editing), behind an interface: the PnPjs implementation
 * (PnPDirectoryEditor) is loaded on demand, only when someone presses Edit.
 */
import type { Channel } from '../../domain/neutrality/channels';
import type { ChannelPolicy } from '../../domain/neutrality/channelSchemas';
import type { EditableKind } from './kinds';
import type { EditCheck } from './specs';

export type { EditableKind };

/** What the user may do to a list's items, from SharePoint's effective permissions. */
export interface ListRights {
  edit: boolean;
  add: boolean;
}

/** By record kind; a kind not asked about is absent. */
export type EditRights = Partial<Record<EditableKind, ListRights>>;

export type Values = Record<string, unknown>;

/** A record as it is now in its list, with the ETag to save it against. */
export interface RecordCopy {
  id: number;
  etag: string;
  /** The domain fields the form holds (blank ones absent). */
  values: Values;
}

/** A member with every one of their memberships (on an officer page, without party group roles). */
export interface ProfileCopy {
  member: RecordCopy;
  memberships: RecordCopy[];
  /** The SharePoint account's email, shown in the form (the column holds a user id). */
  accountEmail?: string;
}

/** A new photo for a member: already cropped and resized in the browser. */
export interface PhotoUpload {
  content: Blob;
  /** e.g. "andrew-whitcombe.jpg". */
  fileName: string;
}

/** One record to write: a new one (no id) or a change to one (id and the ETag it was read with). */
export interface RecordChange {
  /** The caller's key for the part, reported back with its outcome. */
  key: string;
  /** What the user calls it: "your changes to Planning Committee (Member)". */
  label: string;
  kind: EditableKind;
  id?: number;
  etag?: string;
  values: Values;
  /** The list's Title where it is a label (a membership's "Jane Smith – Planning Committee"). */
  title?: string;
  /**
   * Only these fields are written (and judged): a liaison officer's own entry, a councillor's
   * approved request. Every other column is left as it is.
   */
  fields?: readonly string[];
  /** Remove the record (with the ETag it was read with) rather than change it. */
  remove?: boolean;
}

/** A new photo for a member's profile or an officer's card, with the record it belongs to. */
export type PhotoSave = { memberId: number; upload: PhotoUpload } | { officerId: number; upload: PhotoUpload };

export type PartOutcome =
  | { key: string; label: string; outcome: 'saved'; copy: RecordCopy }
  /** Someone else saved it meanwhile: their version, to choose from field by field. */
  | { key: string; label: string; outcome: 'conflict'; theirs: RecordCopy | undefined; message: string }
  | { key: string; label: string; outcome: 'failed'; message: string; field?: string };

export interface SaveResult {
  parts: PartOutcome[];
  /** True when every part was saved. */
  complete: boolean;
}

/** An officer as the picker shows them. */
export interface OfficerOption {
  id: number;
  name: string;
  jobTitle?: string;
  serviceTitle?: string;
}

export interface IDirectoryEditor {
  /** The page's channel: on an officer page no party field is read or written. */
  readonly channel: Channel;
  /** The screen and the rules the forms validate with as people type. */
  readonly policy: ChannelPolicy;
  /** Judges a whole record with its write schema, exactly as a save will. */
  check(kind: EditableKind, values: Values): EditCheck;
  /** A record's fresh copy, from SharePoint (never the cache), with its ETag: one request. */
  read(kind: EditableKind, id: number): Promise<RecordCopy>;
  /** A member and their memberships, fresh, in one $batch. */
  readProfile(memberId: number): Promise<ProfileCopy>;
  /**
   * Writes the changes in one $batch (a member with their memberships together), each validated
   * first: if any is invalid nothing is written. Each part reports its own outcome; SharePoint
   * does not roll a batch back, so the caller is told exactly what was saved.
   */
  save(changes: RecordChange[], options?: { photo?: PhotoSave | undefined; accountEmail?: { memberId: number; email: string | undefined } }): Promise<SaveResult>;
  /** Every record of a short list (the pre-election periods), fresh, with their ETags: one request. */
  readAll(kind: EditableKind): Promise<RecordCopy[]>;
  /** Officers whose surname starts with the last word typed (an indexed column: safe at 20,000). */
  findOfficers(text: string): Promise<OfficerOption[]>;
}
