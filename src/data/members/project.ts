/**
 * From validated list records to the directory a channel may see, through the registry's view
 * projections (views.ts): only the fields the channel shows, every text screened for it (or
 * withheld in place with a notice). Pure: the PnPjs repository and the tests' in-memory
 * repository both end here, so what reaches a page is decided once.
 */
import type { StoredBody } from '../../domain/model/body';
import type { StoredMember } from '../../domain/model/member';
import type { StoredMembership } from '../../domain/model/membership';
import type { StoredPoliticalGroup } from '../../domain/model/politicalGroup';
import type { StoredWard } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import { isInPreElectionPeriod, type PreElectionPeriod } from '../../domain/neutrality/preElection';
import type { CreateScreener } from '../core/screening';
import { createViewScreen, memberView, officerView, STATEMENTS_UNAVAILABLE_NOTICE, type ViewScreen } from '../../domain/neutrality/views';
import type { ReadStamp } from '../core/cache';
import type { RecordProblem, WithheldIndex } from '../core/records';
import type { MemberDirectory } from './types';

export { STATEMENTS_UNAVAILABLE_NOTICE };

/** Everything read from the lists, validated but not yet projected. */
export interface DirectoryRecords {
  members: StoredMember[];
  wards: StoredWard[];
  bodies: StoredBody[];
  memberships: StoredMembership[];
  /** On an officer page these carry only names and aliases, for the screen. */
  groups: StoredPoliticalGroup[] | Array<Pick<StoredPoliticalGroup, 'id' | 'name' | 'shortName' | 'aliases'>>;
  preElectionPeriods: PreElectionPeriod[];
  problems: RecordProblem[];
  /** Fields withheld because they are invalid, by list and item. */
  withheld: WithheldIndex;
  /** False when Political Groups could not be read: the screen cannot know the council's groups. */
  groupsReadable: boolean;
  /** False when the Pre-election Periods could not be read: a period may be running. */
  preElectionReadable: boolean;
}

const OFFICER_REASON = 'This web part is set to the officer channel: no party-political information is shown.';

/**
 * Current councillors only; memberships only of current councillors on known bodies. The
 * council's groups feed the screen in both channels but reach the result only in the member's.
 */
export function projectDirectory(
  records: DirectoryRecords,
  channel: Channel,
  today: string,
  createScreener: CreateScreener,
  stamp: ReadStamp = { source: 'sharepoint', readAt: new Date().toISOString() },
  channelReason: string = OFFICER_REASON
): MemberDirectory {
  // Without the council's groups the officer channel's screen fails closed: free text is withheld.
  const screener = createScreener({
    groups: records.groups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases })),
    groupsUnavailable: !records.groupsReadable
  });
  const period = records.preElectionPeriods.find((p) => isInPreElectionPeriod(p, today));
  const screen: ViewScreen = createViewScreen({ screener, channel, today, preElection: period, preElectionUnknown: !records.preElectionReadable });
  const current = records.members.filter((m) => m.status === 'Current');
  const memberIds = new Set(current.map((m) => m.id));
  const bodyIds = new Set(records.bodies.map((b) => b.id));
  const memberships = records.memberships.filter((m) => memberIds.has(m.memberId) && bodyIds.has(m.bodyId));
  const base = {
    channelReason,
    preElection: period && { start: period.start, end: period.end },
    today,
    // The reports name lists, items and fields, never the values: safe on an officer page too.
    problems: records.problems,
    withheld: records.withheld,
    screeningReady: records.preElectionReadable && (channel !== 'officer-owned' || records.groupsReadable),
    screen,
    ...stamp
  };

  if (channel === 'officer-owned') {
    return {
      ...base,
      channel,
      members: current.map((m) => officerView.member(m, screen)),
      memberships: memberships.flatMap((m) => officerView.membership(m, screen) ?? []),
      wards: records.wards.map((w) => officerView.ward(w, screen)),
      bodies: records.bodies.map((b) => officerView.body(b, screen))
    };
  }
  return {
    ...base,
    channel,
    members: current.map((m) => memberView.member(m, screen)),
    memberships: memberships.map((m) => memberView.membership(m, screen)),
    wards: records.wards.map((w) => memberView.ward(w, screen)),
    bodies: records.bodies.map((b) => memberView.body(b, screen)),
    groups: (records.groups as StoredPoliticalGroup[]).map((g) => memberView.politicalGroup({ id: g.id, name: g.name, shortName: g.shortName, website: g.website }, screen))
  };
}
