/**
 * From validated list records to the directory a channel may see. Pure: the PnPjs repository
 * and the tests' in-memory repository both end here, so what reaches a page is decided once.
 */
import type { Body } from '../../domain/model/body';
import type { Member } from '../../domain/model/member';
import type { Membership } from '../../domain/model/membership';
import type { PoliticalGroup } from '../../domain/model/politicalGroup';
import type { Ward } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import { isInPreElectionPeriod, type PreElectionPeriod } from '../../domain/neutrality/preElection';
import {
  toMemberChannelMember,
  toOfficerChannelMember,
  toOfficerChannelMemberships,
  type PresentationPolicy
} from '../../domain/neutrality/projections';
import { createScreener } from '../../domain/neutrality/screening/screener';
import type { RecordProblem } from '../core/records';
import type { MemberDirectory } from './types';

/** Everything read from the lists, validated but not yet projected. */
export interface DirectoryRecords {
  members: Member[];
  wards: Ward[];
  bodies: Body[];
  memberships: Membership[];
  /** On an officer page these carry only names and aliases, for the screen. */
  groups: PoliticalGroup[] | Array<Pick<PoliticalGroup, 'id' | 'name' | 'shortName' | 'aliases'>>;
  preElectionPeriods: PreElectionPeriod[];
  problems: RecordProblem[];
}

/**
 * Current councillors only; memberships only of current councillors on known bodies. The
 * council's groups feed the screen in both channels but reach the result only in the member's.
 */
export function projectDirectory(records: DirectoryRecords, channel: Channel, today: string): MemberDirectory {
  const screener = createScreener({
    groups: records.groups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases }))
  });
  const preElection = records.preElectionPeriods.find((p) => isInPreElectionPeriod(p, today));
  const policy: PresentationPolicy = { screener, preElection, today };
  const current = records.members.filter((m) => m.status === 'Current');
  const memberIds = new Set(current.map((m) => m.id));
  const bodyIds = new Set(records.bodies.map((b) => b.id));
  const memberships = records.memberships.filter((m) => memberIds.has(m.memberId) && bodyIds.has(m.bodyId));
  const base = { wards: records.wards, bodies: records.bodies, preElection, today };

  if (channel === 'officer-owned') {
    return {
      ...base,
      channel,
      members: current.map((m) => toOfficerChannelMember(m, policy)),
      memberships: toOfficerChannelMemberships(memberships),
      // Problems in the Political Groups list are for the member channel's editors, not an officer page.
      problems: records.problems.filter((p) => p.list !== 'Political Groups')
    };
  }
  return {
    ...base,
    channel,
    members: current.map((m) => toMemberChannelMember(m, policy)),
    memberships,
    groups: (records.groups as PoliticalGroup[]).map((g) => ({ id: g.id, name: g.name, shortName: g.shortName, website: g.website })),
    problems: records.problems
  };
}
