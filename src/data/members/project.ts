/**
 * From validated list records to the directory a channel may see. Pure: the PnPjs repository
 * and the tests' in-memory repository both end here, so what reaches a page is decided once.
 */
import type { StoredBody } from '../../domain/model/body';
import type { Member, StoredMember } from '../../domain/model/member';
import type { StoredMembership } from '../../domain/model/membership';
import type { StoredPoliticalGroup } from '../../domain/model/politicalGroup';
import type { StoredWard } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import { isInPreElectionPeriod, type PreElectionPeriod } from '../../domain/neutrality/preElection';
import {
  toMemberChannelMember,
  toOfficerChannelMember,
  toOfficerChannelMemberships,
  type PresentationPolicy,
  type StatementPresentation
} from '../../domain/neutrality/projections';
import { createScreener } from '../../domain/neutrality/screening/screener';
import type { ReadStamp } from '../core/cache';
import type { RecordProblem, WithheldIndex } from '../core/records';
import type { MemberDirectory } from './types';

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

/** In place of a member's own statement when the screen cannot run: the neutrality layer fails closed. */
export const STATEMENTS_UNAVAILABLE_NOTICE =
  "Councillors' own statements cannot be shown at the moment, because the information needed to check them could not be read. Their contact details, ward and roles are shown as usual.";

/**
 * Current councillors only; memberships only of current councillors on known bodies. The
 * council's groups feed the screen in both channels but reach the result only in the member's.
 */
export function projectDirectory(
  records: DirectoryRecords,
  channel: Channel,
  today: string,
  stamp: ReadStamp = { source: 'sharepoint', readAt: new Date().toISOString() }
): MemberDirectory {
  const screener = createScreener({
    groups: records.groups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases }))
  });
  const preElection = records.preElectionPeriods.find((p) => isInPreElectionPeriod(p, today));
  const policy: PresentationPolicy = { screener, preElection, today };
  const current = records.members.filter((m) => m.status === 'Current');
  const memberIds = new Set(current.map((m) => m.id));
  const bodyIds = new Set(records.bodies.map((b) => b.id));
  const memberships = records.memberships.filter((m) => memberIds.has(m.memberId) && bodyIds.has(m.bodyId));
  // The screen needs the council's groups on an officer page; any channel needs to know whether
  // a pre-election period is running. Without them, statements (and skills) are withheld.
  const closed = !records.preElectionReadable || (channel === 'officer-owned' && !records.groupsReadable);
  const unavailable: StatementPresentation = { status: 'withheld', reason: 'screening', notice: STATEMENTS_UNAVAILABLE_NOTICE, findings: [] };
  const failClosed = <M extends { skills: string[]; statement: StatementPresentation }>(m: M): M => (closed ? { ...m, skills: [], statement: unavailable } : m);
  const base = {
    wards: records.wards,
    bodies: records.bodies,
    preElection,
    today,
    // The reports name lists, items and fields, never the values: safe on an officer page too.
    problems: records.problems,
    withheld: records.withheld,
    screeningReady: !closed,
    ...stamp
  };

  // The projections (issue 10's) are typed for complete members; they copy only the fields a
  // record has, so a stored member with some fields blank or withheld passes through as it is.
  const asProjected = (m: StoredMember): Member => m as Member;
  if (channel === 'officer-owned') {
    return {
      ...base,
      channel,
      members: current.map((m) => failClosed(toOfficerChannelMember(asProjected(m), policy))),
      memberships: toOfficerChannelMemberships(memberships)
    };
  }
  return {
    ...base,
    channel,
    members: current.map((m) => failClosed(toMemberChannelMember(asProjected(m), policy))),
    memberships,
    groups: (records.groups as StoredPoliticalGroup[]).map((g) => ({ id: g.id, name: g.name, shortName: g.shortName, website: g.website }))
  };
}
