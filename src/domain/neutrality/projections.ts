/**
 * Projections into the views of each channel. Anything that crosses into an officer-owned view
 * goes through `toOfficerChannelMember`/`toOfficerChannelMemberships`: their types have no
 * party-political property (assigning a full Member to them does not compile), and at run time
 * only the neutral fields are copied, so nothing party-political can reach the page.
 */
import type { Member } from '../model/member';
import { memberNeutralShape } from '../model/member';
import { GROUP_ROLES, type Membership, type MembershipRole } from '../model/membership';
import type { Channel } from './channels';
import { PROTOCOL } from './protocol';
import { isInPreElectionPeriod, PreElectionPeriod, preElectionNotice } from './preElection';
import type { Screener, ScreeningFinding } from './screening';

/** How a member-authored statement is presented in a view. */
export type StatementPresentation =
  | { status: 'none' }
  | { status: 'shown'; text: string }
  | { status: 'withheld'; reason: 'pre-election'; notice: string }
  | { status: 'withheld'; reason: 'screening'; notice: string; findings: ScreeningFinding[] };

export interface PresentationPolicy {
  screener: Screener;
  /** The pre-election period Democratic Services have set, if any. */
  preElection?: PreElectionPeriod;
  /** Today as yyyy-mm-dd (UK). */
  today: string;
}

export function presentStatement(text: string | undefined, channel: Channel, policy: PresentationPolicy): StatementPresentation {
  if (!text || !text.trim()) return { status: 'none' };
  if (policy.preElection && isInPreElectionPeriod(policy.preElection, policy.today)) {
    return { status: 'withheld', reason: 'pre-election', notice: preElectionNotice(policy.preElection) };
  }
  const result = policy.screener.screen(text, channel);
  if (!result.allowed) {
    return {
      status: 'withheld',
      reason: 'screening',
      findings: result.findings,
      notice:
        channel === 'officer-owned'
          ? `This statement is not shown on this page because it contains party-political content. ${PROTOCOL.ownChannels.cite}.`
          : `This statement is not shown because it contains campaigning content. ${PROTOCOL.ownChannels.cite}.`
    };
  }
  return { status: 'shown', text };
}

type PartyKey = 'politicalGroupId' | 'partyWebsite';
type NeutralKey = Exclude<keyof typeof memberNeutralShape, 'biography'>;

/** A member as an officer-owned view may see them: no party field, and the statement already screened. */
export type OfficerChannelMember = Pick<Member, 'id' | NeutralKey> & {
  [K in PartyKey]?: never;
} & { statement: StatementPresentation };

/** A member as their own profile channel shows them: the declared party is a fact. */
export type MemberChannelMember = Omit<Member, 'biography'> & { statement: StatementPresentation };

const NEUTRAL_KEYS = (Object.keys(memberNeutralShape) as Array<keyof typeof memberNeutralShape>).filter(
  (k): k is NeutralKey => k !== 'biography'
);

export function toOfficerChannelMember(member: Member, policy: PresentationPolicy): OfficerChannelMember {
  const out: Record<string, unknown> = { id: member.id };
  for (const key of NEUTRAL_KEYS) {
    const value = member[key];
    if (value !== undefined) out[key] = Array.isArray(value) ? [...value] : value;
  }
  // Skills are member-authored too: a skill that names a party does not cross into an officer page.
  out.skills = member.skills.filter((s) => policy.screener.screen(s, 'officer-owned').allowed);
  out.statement = presentStatement(member.biography, 'officer-owned', policy);
  return out as OfficerChannelMember;
}

export function toMemberChannelMember(member: Member, policy: PresentationPolicy): MemberChannelMember {
  const { biography, ...rest } = member;
  return {
    ...rest,
    skills: member.skills.filter((s) => policy.screener.screen(s, 'member-profile').allowed),
    statement: presentStatement(biography, 'member-profile', policy)
  };
}

type GroupRole = 'Group Leader' | 'Deputy Group Leader';
export type OfficerChannelMembership = Omit<Membership, 'role'> & { role: Exclude<MembershipRole, GroupRole> };

/** Drops party group roles; every other membership is council business and stays. */
export function toOfficerChannelMemberships(memberships: readonly Membership[]): OfficerChannelMembership[] {
  return memberships.filter((m): m is OfficerChannelMembership => !GROUP_ROLES.includes(m.role)).map((m) => ({ ...m }));
}
