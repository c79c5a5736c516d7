/**
 * Electioneering: calls to vote for or against a party or candidate, appeals for support,
 * members or money, party pledges and attack lines, canvassing, promoting a candidacy, election
 * imprints. Applies in every channel, the member's own profile included; recruiting helpers for
 * a campaign applies on members' profiles (campaigning.ts).
 */
import type { Channel } from '../channels';
import type { AmbiguousConfig } from './lexicon';
import type { Candidate } from './references';
import { findCampaigning } from './campaigning';
import { inTitleRun, isCapitalised, isCapitalisedContent, nextWord } from './text';

export type ElectioneeringKind = 'vote' | 'support' | 'pledge' | 'attack' | 'canvass' | 'candidacy' | 'party' | 'imprint' | 'recruit';

export interface ElectioneeringHit {
  start: number;
  end: number;
  kind: ElectioneeringKind;
}

/** Council business, not a campaign: "vote against the Labour amendment". */
const BUSINESS = new Set(
  'motion motions amendment amendments proposal proposals budget recommendation recommendations resolution plan plans bill report scheme group\'s'.split(' ')
);
const CLAUSE_END = /(?:^|[.!?:;\n•*"(–—]|\s-|^-)\s*$/;
const IMPERATIVE_LEAD =
  /(?:^|[^A-Za-z])(?:please|so|and|then|now|today|tomorrow|why\s+not|remember\s+to|don't\s+forget\s+to|do\s+not\s+forget\s+to|make\s+sure\s+(?:you|to)|be\s+sure\s+to|(?:you|residents|everyone|people|voters|electors|neighbours|all)\s+(?:should|must)|(?:urge|ask|encourage|call\s+on)\s+(?:you|residents|everyone|people|voters|all)\s+to|on\s+polling\s+day,?)\s*$/i;

function isImperative(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  return CLAUSE_END.test(before) || IMPERATIVE_LEAD.test(before);
}

/** Triggers read around a party reference. `confirms`: the trigger itself makes an ordinary word a party. */
interface Around {
  /** Cheap pre-filters: the lower-case text before (or after) must contain one of these. */
  preNeedles?: string[];
  postNeedles?: string[];
  pre?: RegExp;
  post?: RegExp;
  kind: ElectioneeringKind;
  confirms: 'yes' | 'imperative' | 'capitalised' | 'pledge' | 'no';
  notGreen?: boolean;
  business?: boolean;
  /** The words before are capitalised by design ("Keep Rugby Conservative"). */
  titleOk?: boolean;
}

const A = (s: string): RegExp => new RegExp(`(?:^|[^A-Za-z])(${s})$`, 'i');
const PLEDGE_VERBS =
  'scrap|axe|abolish|freeze|slash|cut|build|deliver|fix|end|stop|bring|reverse|protect|save|invest|fight|keep|restore|tackle|ban|introduce|double|halve|give|put|make|raise|lower|reduce|increase|sell|close|privatise|nationalise|campaign|champion|stand|get|clean|create|provide|transform|secure|oppose|block|hike|waste|ruin|destroy|let';
const AROUND: Around[] = [
  { preNeedles: ['vot'], pre: A(String.raw`(?:vote|voting)\s+(?:(?:for|against)\s+)?(?:the\s+|a\s+|an\s+|your\s+(?:local\s+)?)?#?`), kind: 'vote', confirms: 'yes', business: true },
  { preNeedles: ['elect'], pre: A(String.raw`(?:re-?\s?)?elect\s+(?:(?:a|an|the|more|your|our)\s+(?:local\s+)?)?`), kind: 'vote', confirms: 'yes', business: true },
  { postNeedles: ['out'], pre: A(String.raw`(?:kick|get|throw|vote|turf|boot|chuck|keep|drive|force)\s+(?:the\s+)?`), post: /^\s+out\b/i, kind: 'vote', confirms: 'yes' },
  { postNeedles: ['out'], post: /^\s+(?:out|OUT)(?=\s*(?:!|\.(?![A-Za-z0-9])|,|$|\n))/, kind: 'vote', confirms: 'capitalised' },
  { preNeedles: ['keep'], pre: /(?:^|[^A-Za-z])([Kk]eep\s+[A-Z][A-Za-z'-]+\s+)$/, post: /^(?=\s*(?:[!.,;]|$|\n|\s+(?:on|in|this|next|at|again)\b))/, kind: 'vote', confirms: 'yes', notGreen: true, titleOk: true },
  {
    preNeedles: ['stop', 'beat', 'defeat', 'oust', 'ditch', 'sack', 'dump', 'reject', 'punish', 'remove', 'replace', 'sink', 'bin', 'let', 'trust', 'send'],
    pre: A(String.raw`(?:stop|beat|defeat|oust|ditch|sack|dump|reject|punish|remove|replace|sink|bin|don't\s+let|do\s+not\s+let|never\s+trust|don't\s+trust|can't\s+trust|send)\s+(?:the\s+)?`),
    kind: 'attack',
    confirms: 'no'
  },
  {
    preNeedles: ['under'],
    pre: A(String.raw`under\s+(?:the\s+|this\s+|a\s+)?`),
    post: /^(?=(?:'s)?(?:\s*,|\s+(?:the|council|councils|administration|government|leadership|control|rule|councillors|has|have|is|are|was|were|we|you|residents|bills|taxes|council\s+tax)\b))/i,
    kind: 'attack',
    confirms: 'no'
  },
  {
    post: new RegExp(
      String.raw`^(?:'s)?\s+(?:(?:council|administration|group|councillors|candidates?|team)\s+)?(?:will|would|shall|plans?\s+to|promises?\s+to|pledges?\s+to|vows?\s+to|(?:is|are)\s+going\s+to|wants?\s+to|intends?\s+to|ha(?:s|ve)\s+pledged\s+to)\s+(?:not\s+|never\s+|also\s+|immediately\s+|finally\s+|always\s+)?(?:${PLEDGE_VERBS})\b`,
      'i'
    ),
    postNeedles: ['will', 'would', 'shall', 'plan', 'promis', 'pledg', 'vow', 'going', 'want', 'intend'],
    kind: 'pledge',
    confirms: 'pledge'
  },
  {
    post: /^(?:'s?)?\s+(?:[A-Za-z'-]+\s+)?(?:(?:council|administration|group|councillors|government|leadership|MPs)\s+)?(?:has|have|had)\s+(?:(?:completely|totally|utterly|repeatedly|consistently|once\s+again|again|simply|clearly)\s+)?(?:failed|let\s+\w+(?:\s+\w+)?\s+down|betrayed|broken|wasted|squandered|ignored|abandoned|neglected|mismanaged|sold\s+out|lied|hiked|ruined|destroyed|trashed|bankrupted|run\s+down|no\s+plan|no\s+idea|nothing\s+to\s+offer)\b/i,
    postNeedles: ['has', 'have', 'had'],
    kind: 'attack',
    confirms: 'pledge'
  },
  {
    postNeedles: ['trust', 'care', 'listen', 'deliver', 'blame', 'touch', 'lying', 'failing', 'useless', 'incompetent', 'disaster', 'shambles', 'interested'],
    post: /^(?:'s?)?\s+(?:[A-Za-z'-]+\s+)?(?:(?:council|administration|group|councillors|government|leadership|MPs)\s+)?(?:can't|cannot|can\s+never|could\s+never|don't|do\s+not|doesn't|does\s+not|never|are|is|were|was)\s+(?:simply\s+|just\s+|totally\s+|completely\s+)?(?:be\s+trusted|care|listen|deliver|to\s+blame|out\s+of\s+touch|lying|failing|useless|incompetent|a\s+disaster|a\s+shambles|only\s+interested)\b/i,
    kind: 'attack',
    confirms: 'pledge'
  },
  {
    postNeedles: ['cut', 'chaos', 'mess', 'sleaze', 'fail', 'incompet', 'betray', 'broken', 'lies', 'tax', 'shambles', 'disaster', 'austerity', 'hypocrisy', 'crony', 'corrupt', 'u-turn'],
    post: /^(?:'s?)?\s+(?:cuts|chaos|mess|sleaze|failures?|incompetence|betrayal|broken\s+promises|lies|tax\s+(?:hikes?|rises)|shambles|disaster|austerity|hypocrisy|cronyism|corruption|u-turns?)\b/i,
    kind: 'attack',
    confirms: 'no'
  },
  {
    preNeedles: ['fail', 'incompet', 'useless', 'hopeless', 'shambolic', 'arrogant', 'touch', 'tired', 'chaotic', 'wasteful', 'corrupt', 'clueless', 'spineless', 'lying', 'nasty', 'discredited', 'divided'],
    pre: A(String.raw`(?:the\s+)?(?:failing|failed|incompetent|useless|hopeless|shambolic|arrogant|out-of-touch|out\s+of\s+touch|tired|chaotic|wasteful|corrupt|clueless|spineless|lying|nasty|discredited|divided)\s+`),
    kind: 'attack',
    confirms: 'no'
  },
  {
    preNeedles: ['support', 'back', 'join', 'choose', 'trust', 'donate', 'lend', 'give', 'stand', 'side'],
    pre: A(String.raw`(?:support|back|join|choose|trust|donate\s+to|give\s+your\s+votes?\s+to|lend\s+your\s+votes?\s+to|stand\s+with|side\s+with)\s+(?:the\s+)?#?`),
    kind: 'support',
    confirms: 'imperative',
    business: true
  },
  { preNeedles: ['backing', 'supporting', 'voting'], pre: A(String.raw`(?:I'm|I\s+am|we're|we\s+are)\s+(?:backing|supporting|voting\s+for)\s+(?:the\s+)?#?`), kind: 'support', confirms: 'yes', business: true },
  { preNeedles: ['only'], pre: A(String.raw`only\s+(?:the\s+|a\s+)?`), post: /^\s+(?:can|will|could)\b/i, kind: 'party', confirms: 'yes' },
  { preNeedles: ['only'], pre: A(String.raw`only\s+(?:the\s+|a\s+)?`), post: /^\s+\w+\s+(?:can|will|could)\b/i, kind: 'party', confirms: 'no' },
  {
    preNeedles: ['canvass', 'leaflet', 'campaign', 'door', 'knocking'],
    pre: A(String.raw`(?:canvass(?:ing)?|leaflet(?:t)?ing|campaigning|door-?knocking|delivering\s+leaflets|knocking\s+on\s+doors)\s+(?:for|with|on\s+behalf\s+of)\s+(?:the\s+)?`),
    kind: 'canvass',
    confirms: 'yes'
  },
  { postNeedles: ['candidate'], pre: A(String.raw`(?:your|our|my)\s+(?:local\s+)?`), post: /^\s+candidates?\b/, kind: 'candidacy', confirms: 'capitalised' }
];

function usable(text: string, c: Candidate, a: Around, triggerStart: number): boolean {
  if (c.fired) return true;
  const cfg = c.config as AmbiguousConfig | undefined;
  if (a.confirms === 'no' || c.kind === 'fixed' || c.kind === 'group') return false;
  if (a.notGreen && cfg && (cfg.id === 'green' || cfg.id === 'greens')) return false;
  if (c.lower) return a.confirms === 'yes' && !!cfg && /^(labour|conservatives?)$/.test(cfg.id) && a.kind === 'vote';
  if (!isCapitalised(text.slice(c.start, c.end))) return false;
  // The trigger before the party may itself be capitalised ("Please Vote Labour"): only the next word counts then.
  if (!a.titleOk && (a.pre ? isCapitalisedContent(nextWord(text, c.end)) : inTitleRun(text, c.start, c.end))) return false;
  const next = nextWord(text, c.end);
  if (cfg && next && cfg.common.has(next.word.toLowerCase())) return false;
  switch (a.confirms) {
    case 'yes':
    case 'capitalised':
      return true;
    case 'imperative':
      return isImperative(text, triggerStart);
    case 'pledge':
      return !!cfg && cfg.pledge;
  }
  return false;
}

/**
 * Finds electioneering. Candidates that a trigger confirms as parties ("vote Green") are marked
 * as fired, so that the reference is reported too.
 */
export function findElectioneering(text: string, cands: Candidate[], channel: Channel = 'officer-owned'): ElectioneeringHit[] {
  const lower = text.toLowerCase();
  const hits: ElectioneeringHit[] = findCampaigning(text, lower, channel);
  for (const c of cands) {
    const windowStart = Math.max(0, c.start - 64);
    // The trigger words sit right next to the party: the pre-filters look at the nearest 40 characters.
    const before = lower.slice(Math.max(0, c.start - 40), c.start);
    const after = lower.slice(c.end, c.end + 40);
    for (const a of AROUND) {
      let start = c.start;
      let end = c.end;
      if (a.preNeedles && !a.preNeedles.some((n) => before.includes(n))) continue;
      if (a.postNeedles && !a.postNeedles.some((n) => after.includes(n))) continue;
      if (a.pre) {
        const m = a.pre.exec(text.slice(windowStart, c.start));
        if (!m) continue;
        start = windowStart + m.index + m[0].length - m[1].length;
      }
      if (a.post) {
        const m = a.post.exec(text.slice(c.end, c.end + 160));
        if (!m) continue;
        end = c.end + m[0].length;
      }
      if (a.business) {
        const next = nextWord(text, c.end);
        if (next && BUSINESS.has(next.word.toLowerCase())) continue;
      }
      if (!usable(text, c, a, start)) continue;
      c.fired = true;
      hits.push({ start, end, kind: a.kind });
    }
  }
  return hits;
}
