/** Plain-English messages for Democratic Services, citing the protocol clause. */
import type { Channel } from '../channels';
import { PROTOCOL } from '../protocol';
import type { ElectioneeringKind } from './electioneering';
import type { ScreeningRule } from './types';

const OFFICER_REASON = `Party-political content belongs in members' own channels, not officer-owned ones — ${PROTOCOL.ownChannels.cite}.`;
const MEMBER_REASON =
  `A member's profile may state their party as a fact but must not campaign; campaigning belongs in members' own party channels — ` +
  `${PROTOCOL.ownChannels.cite}; ${PROTOCOL.publicityCode.cite}.`;

const ELECTIONEERING: Record<ElectioneeringKind, string> = {
  vote: 'Asks people to vote for or against a party or candidate',
  support: 'Asks for support, members, help or money for a party or campaign',
  pledge: 'Makes a party-political pledge',
  attack: 'Attacks a political party',
  canvass: 'Refers to canvassing or leafleting for a party or candidate',
  candidacy: 'Promotes a candidate for election',
  party: 'Speaks for a political party',
  imprint: 'Carries an election imprint ("Promoted by … on behalf of …"), which marks election material',
  recruit: 'Recruits helpers for a campaign (leafleting, canvassing, signing up)'
};

export interface MessageDetail {
  /** The party or group referred to. */
  party?: string;
  kind?: ElectioneeringKind;
  /** Hashtags in the member channel: campaigning. */
  campaigning?: boolean;
}

function forParty(match: string, party: string | undefined): string {
  if (!party || party === 'a political party') return `("${match}")`;
  return `("${match}", ${party})`;
}

export function messageFor(rule: ScreeningRule, match: string, channel: Channel, detail: MessageDetail): string {
  let what: string;
  switch (rule) {
    case 'party-name':
      what = `Names a political party ("${match}")`;
      break;
    case 'party-abbreviation':
      what = `Uses a political party's abbreviation ${forParty(match, detail.party)}`;
      break;
    case 'party-nickname':
      what = `Uses a nickname for a political party ${forParty(match, detail.party)}`;
      break;
    case 'council-group':
      what = `Names one of the council's political groups ${forParty(match, detail.party)}`;
      break;
    case 'party-hashtag':
      what = detail.campaigning ? `Uses a campaigning hashtag ("${match}")` : `Uses a party-political hashtag ("${match}")`;
      break;
    case 'party-web-address':
      what = `Links to a political party's website, e-mail or social media ${forParty(match, detail.party)}; links to party sites are campaigning material`;
      break;
    case 'electioneering':
      what = `${ELECTIONEERING[detail.kind ?? 'vote']} ("${match}")`;
      break;
  }
  return `${what}. ${channel === 'officer-owned' ? OFFICER_REASON : MEMBER_REASON}`;
}
