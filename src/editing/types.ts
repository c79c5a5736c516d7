/**
 * What a web part hands the editor: the record to edit, and the choices its forms offer, taken
 * from what the page has already read (so opening a form asks SharePoint only for the record).
 */
import type { BodyKind } from '../domain/model/body';
import type { OfficerOption } from '../data/editing/types';

export type EditTarget =
  | { kind: 'member'; id: number; name: string }
  | { kind: 'membership'; id: number; name: string }
  | { kind: 'body'; id: number; name: string }
  | { kind: 'ward'; id: number; name: string }
  | { kind: 'politicalGroup'; id: number; name: string }
  | { kind: 'serviceArea'; id: number; name: string }
  /**
   * An existing liaison officer (id), or a new one for a service (no id); `own`: the liaison
   * officer's own entry, of which they change only what they can help with and the wards they cover.
   */
  | { kind: 'liaisonOfficer'; id?: number; name: string; serviceAreaId?: number; own?: boolean }
  /** An officer's photo and politically restricted flag (the rest is Entra ID's). */
  | { kind: 'officer'; id: number; name: string }
  /** Every pre-election period, in one form. */
  | { kind: 'preElectionPeriod'; name: string };

export interface EditorChoices {
  /** Today in the UK (yyyy-mm-dd): "End this membership" ends it today. */
  today: string;
  wards?: ReadonlyArray<{ id: number; title: string }>;
  bodies?: ReadonlyArray<{ id: number; title: string; kind?: BodyKind }>;
  /** Only on the members' own page. */
  groups?: ReadonlyArray<{ id: number; name: string }>;
  serviceAreas?: ReadonlyArray<{ id: number; title: string }>;
  /** A member's name as the directory shows it ("Jane Smith"), for a membership's list title. */
  memberName?: (id: number) => string | undefined;
  /** An officer's name, for the picker's current choice and a liaison officer's list title. */
  officerName?: (id: number) => string | undefined;
  /**
   * Searches officers the page has already loaded (the Officer Directory's index); undefined
   * while not all are loaded, and the editor asks SharePoint instead.
   */
  searchOfficers?: (text: string) => OfficerOption[] | undefined;
}

export interface EditorOutcome {
  /** Something was written: the page should read SharePoint again. */
  saved: boolean;
  /** "Cllr Jane Smith's profile": for the page's "Saved" announcement. */
  what?: string;
}
