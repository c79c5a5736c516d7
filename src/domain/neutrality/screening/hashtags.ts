/**
 * Hashtags: party-political when they embed a party or group ("#LibDems", "#RugbyTories"),
 * a call to vote or elect ("#VoteLabour", "#ReElectJo") or a general election ("#GE2024");
 * campaigning when they call for a vote, support or defeat ("#VoteLabour", "#ToriesOut").
 * The council's own election notices ("#RegisterToVote", "#LocalElections2024") are neutral.
 */
import type { CompiledGroups } from './groups';
import { PARTY } from './lexicon';
import { groupIn, partyInSquashed, type WordsParty } from './web';

export interface HashtagHit {
  start: number;
  end: number;
  /** Party-political: applies in officer-owned channels. */
  political: boolean;
  /** Campaigning: applies in every channel. */
  campaigning: boolean;
  party?: string;
}

const HASHTAG = /(?<![A-Za-z0-9_&#/])#(?=[A-Za-z0-9_]*[A-Za-z])[A-Za-z0-9_]+/g;
const CIVIC =
  /^(?:registertovote|yourvotematters|yourvotecounts|everyvotecounts|votebypost|postalvotes?|proxyvotes?|pollingstations?|pollingday|electoralregister|electoralregistration|electoralservices|electoralcommission|voterid|voterauthoritycertificate|photoid|(?:council|local|county|borough|district|parish|mayoral|pcc)?elections?\d*|electionday|electionresults?|countday|thecount|localdemocracy(?:week)?|democracy|democraticservices|mayormaking|annualcouncil|howtovote|votingmatters)$/;
const ELECTION = /^(?:ge|le|ae|se|pcc)\d{2,4}$|generalelection|byelection/;
const VOTE_OR_ELECT = /(?<!de|pi)vot(?:e|ing)|(?:re)?elect(?!ric|ron|ro|or|oral|ive|rode|ion)/;
const CAMPAIGN =
  /gtto|out$|doorstep|campaign|win$|wins$|victory$|landslide$|gain$|gains$|majority$|4[a-z]|^(?:back|backing|support|choose|join|team|kick|ditch|sack|bin|stop|never|getthe|dump|beat|oust|keep)/;

export function findHashtags(text: string, groups: CompiledGroups, wordsParty?: WordsParty): HashtagHit[] {
  const hits: HashtagHit[] = [];
  HASHTAG.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = HASHTAG.exec(text)) !== null) {
    const body = m[0].slice(1);
    const lower = body.toLowerCase().replace(/_/g, '');
    const start = m.index;
    const end = start + m[0].length;
    if (CIVIC.test(lower)) {
      hits.push({ start, end, political: false, campaigning: false });
      continue;
    }
    const party = partyInSquashed(lower) ?? groupIn(body, groups) ?? wordsParty?.(lower.replace(/[^a-z0-9]/g, ''));
    const vote = VOTE_OR_ELECT.test(lower);
    const election = ELECTION.test(lower);
    const political = !!party || vote || election;
    const campaigning = political && (vote || (!!party && CAMPAIGN.test(lower)));
    hits.push({ start, end, political, campaigning, party: party ?? (vote || election ? PARTY.other : undefined) });
  }
  return hits;
}
