/**
 * What the member directory repository hands the Member Profiles web part: the whole directory,
 * already projected into the page's channel. On an officer-owned page the members and
 * memberships have been through the officer-channel projection (no party field, no group role)
 * and there are no political groups at all; on the members' own page the declared party is a fact.
 */
import type { StoredBody } from '../../domain/model/body';
import type { StoredMembership } from '../../domain/model/membership';
import type { StoredWard } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import type { PreElectionPeriod } from '../../domain/neutrality/preElection';
import type { MemberChannelMember, OfficerChannelMember, OfficerChannelMembership } from '../../domain/neutrality/projections';
import type { ReadStamp } from '../core/cache';
import type { RecordProblem, WithheldIndex } from '../core/records';

/** A political group as the member-profile channel shows it. */
export interface PartySummary {
  id: number;
  name: string;
  shortName?: string;
  website?: string;
}

interface DirectoryBase extends ReadStamp {
  wards: StoredWard[];
  bodies: StoredBody[];
  /** The pre-election period running today, if any: member-authored statements are withheld. */
  preElection?: PreElectionPeriod;
  /** Today in the UK (yyyy-mm-dd), the date statements were presented for. */
  today: string;
  /** Records shown without some fields, or left out, and lists that could not be read (for editors). */
  problems: RecordProblem[];
  /** Which fields of which records are withheld. */
  withheld: WithheldIndex;
  /**
   * False when the council's Political Groups could not be read: the screen cannot know their
   * names, so members' own text is withheld on an officer page rather than shown unscreened.
   */
  screeningReady: boolean;
}

export interface OfficerChannelDirectory extends DirectoryBase {
  channel: 'officer-owned';
  /** Current councillors through the officer-channel projection. */
  members: OfficerChannelMember[];
  /** Memberships of current councillors, without party group roles. */
  memberships: OfficerChannelMembership[];
  groups?: never;
}

export interface MemberChannelDirectory extends DirectoryBase {
  channel: 'member-profile';
  members: MemberChannelMember[];
  memberships: StoredMembership[];
  groups: PartySummary[];
}

export type MemberDirectory = OfficerChannelDirectory | MemberChannelDirectory;

export interface LoadOptions {
  /** Called each time SharePoint throttles a read and PnPjs waits (honouring Retry-After) to retry it. */
  onRetry?: () => void;
}

/** The Member Profiles web part's only way to the lists. */
export interface IMemberDirectoryRepository {
  readonly channel: Channel;
  /** The whole directory in at most two round trips (one for lists up to 5,000 items), cached for repeat views. */
  load(options?: LoadOptions): Promise<MemberDirectory>;
  /** Forgets cached reads, so the next `load` goes to SharePoint. */
  refresh(): void;
  /** Whether the current user may edit the Members list (asked lazily, never in the first render). */
  canEditMembers(): Promise<boolean>;
}
