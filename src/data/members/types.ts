/**
 * What the member directory repository hands the Member Profiles web part: the whole directory,
 * already projected into the page's channel by the registry's view projections (views.ts): every
 * text field is `Presented` (screened for the channel, or withheld with a notice in its place).
 * On an officer-owned page the members have no party field, party group roles are left out and
 * there are no political groups at all; on the members' own page the declared party is a fact.
 */
import type { StoredBody } from '../../domain/model/body';
import type { StoredMember } from '../../domain/model/member';
import type { StoredMembership } from '../../domain/model/membership';
import type { StoredPoliticalGroup } from '../../domain/model/politicalGroup';
import type { StoredWard } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import type { ChannelView, PoliticalGroupView, ViewScreen } from '../../domain/neutrality/views';
import type { ReadStamp } from '../core/cache';
import type { EditRights, IDirectoryEditor } from '../editing/types';
import type { RecordProblem, WithheldIndex } from '../core/records';
import type { IImportService } from '../import/service';
import type { ListScanned, ScanReport } from '../scan/types';
import type { IChangeRequests, SelfService } from '../requests/types';
import type { HistoryEntry } from '../requests/history';

/** A political group as the member-profile channel shows it. */
export type PartySummary = PoliticalGroupView<Pick<StoredPoliticalGroup, 'id' | 'name' | 'shortName' | 'website'>>;

export type DirectoryMember<C extends Channel> = ChannelView<'Member', C, StoredMember>;
export type DirectoryMembership<C extends Channel> = ChannelView<'Membership', C, StoredMembership>;
export type DirectoryWard<C extends Channel> = ChannelView<'Ward', C, StoredWard>;
export type DirectoryBody<C extends Channel> = ChannelView<'Body', C, StoredBody>;

interface DirectoryOf<C extends Channel> extends ReadStamp {
  channel: C;
  /** Why the page shows this channel (the Member Channels list's decision), for editors. */
  channelReason: string;
  /** Current councillors. */
  members: Array<DirectoryMember<C>>;
  /** Memberships of current councillors on known bodies (on an officer page, without party group roles). */
  memberships: Array<DirectoryMembership<C>>;
  wards: Array<DirectoryWard<C>>;
  bodies: Array<DirectoryBody<C>>;
  /** The pre-election period running today, if any (its dates: the notice is in each withheld statement). */
  preElection?: { start: string; end: string };
  /** Today in the UK (yyyy-mm-dd), the date statements were presented for. */
  today: string;
  /** Records shown without some fields, or left out, and lists that could not be read (for editors). */
  problems: RecordProblem[];
  /** Which fields of which records are withheld because they are invalid. */
  withheld: WithheldIndex;
  /**
   * False when the council's Political Groups (or the pre-election periods) could not be read: on
   * an officer page free text is then withheld rather than shown unscreened.
   */
  screeningReady: boolean;
  /** The screen the directory was presented with: text a view puts together is screened by it too. */
  screen: ViewScreen;
  /** When each councillor's profile was last changed (ISO), by member id: the "last updated" line. */
  modified?: ReadonlyMap<number, string>;
  /** Each councillor's SharePoint account (user id), by member id: "Suggest a change" on their own profile. */
  accounts?: ReadonlyMap<number, number>;
}

export interface OfficerChannelDirectory extends DirectoryOf<'officer-owned'> {
  groups?: never;
}

export interface MemberChannelDirectory extends DirectoryOf<'member-profile'> {
  groups: PartySummary[];
}

export type MemberDirectory = OfficerChannelDirectory | MemberChannelDirectory;

export interface LoadOptions {
  /** Called each time SharePoint throttles a read and PnPjs waits (honouring Retry-After) to retry it. */
  onRetry?: () => void;
}

/** The Member Profiles web part's only way to the lists. */
export interface IMemberDirectoryRepository {
  /**
   * The channel the page shows: the member channel only once a load has found the page in the
   * Member Channels list (and the property pane asked for it); until then, the officer channel.
   */
  readonly channel: Channel;
  /** The whole directory in at most two round trips (one for lists up to 5,000 items), cached for repeat views. */
  load(options?: LoadOptions): Promise<MemberDirectory>;
  /** Forgets cached reads, so the next `load` goes to SharePoint. */
  refresh(): void;
  /** Whether the current user may edit the Members list (asked lazily, never in the first render). */
  canEditMembers(): Promise<boolean>;
  /**
   * Which of the directory's lists the user may edit, from SharePoint's effective permissions: asked
   * once, only when a record an editor could change is on screen, never in the first round trip.
   */
  editRights?(): Promise<EditRights>;
  /** The editing service, loaded on demand when someone presses Edit. */
  openEditor?(): Promise<IDirectoryEditor>;
  /** The site's neutrality scan, for the editors' Neutrality report (loaded on demand, never in the read bundle). */
  runNeutralityScan?(onList?: (list: ListScanned) => void): Promise<ScanReport>;
  /** The import and export service, loaded on demand when Democratic Services open "Import and export". */
  openImports?(): Promise<IImportService>;
  /**
   * Who the signed-in person is and whether they may ask for or decide changes: asked with
   * `editRights`, in the same $batch.
   */
  selfService?(): Promise<SelfService>;
  /** Change requests (loaded on demand, never in the read bundle). */
  openRequests?(): Promise<IChangeRequests>;
  /** A councillor's profile history from SharePoint's versions (loaded on demand). */
  readHistory?(memberId: number): Promise<HistoryEntry[]>;
}
