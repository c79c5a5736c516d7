/**
 * Electioneering: calls to vote for or against a party or candidate, appeals for support,
 * members or money, party pledges and attack lines, canvassing, promoting a candidacy.
 * Applies in every channel, the member's own profile included.
 */
import type { AmbiguousConfig } from './lexicon';
import type { Candidate } from './references';
import { scan } from './regex';
import { inTitleRun, isCapitalised, isCapitalisedContent, nextWord, sentenceAround, wordsAfter } from './text';

export type ElectioneeringKind = 'vote' | 'support' | 'pledge' | 'attack' | 'canvass' | 'candidacy' | 'party';

export interface ElectioneeringHit {
  start: number;
  end: number;
  kind: ElectioneeringKind;
}

/** Council business, not a campaign: "vote against the Labour amendment". */
const BUSINESS = new Set(
  'motion motions amendment amendments proposal proposals budget recommendation recommendations resolution plan plans bill report scheme group\'s'.split(' ')
);
const AWARDISH = new Set(
  `award awards bloom competition contest prize title funding grant bid contract gold silver bronze accreditation
  recognition category trophy cup league match game tournament record target total challenge status flag
  favourite people's choice poll survey shortlist finalist finalists`.split(/\s+/)
);
const CIVIC_CAMPAIGN_OBJECT = /^\s+to\s+(?:save\s+(?:energy|money|water|lives|food|time|the\s+planet)|reduce|recycle|keep\s+\w+\s+(?:tidy|clean|safe|green|beautiful)|cut\s+(?:litter|waste|carbon|emissions)|tackle|encourage|promote|raise\s+awareness|improve|end\s+(?:loneliness|fly-tipping|littering|period\s+poverty)|help|support|make|get\s+(?:more|people|residents|everyone)|stop\s+(?:fly-tipping|littering|litter|dog\s+fouling|scams?|smoking|idling|knife\s+crime|bullying|food\s+waste|waste|loan\s+sharks|doorstep\s+crime|fraud|graffiti|anti-social\s+behaviour|abuse|domestic\s+abuse|violence|loneliness|homelessness|the\s+spread))/i;
/** A sentence about recruitment: "support our candidates through the interview". */
const RECRUITMENT = /\b(?:recruit\w*|interviews?|applications?|applicants?|vacanc(?:y|ies)|jobs?|roles?|posts?|assessment|shortlist\w*|adjustments|hiring|onboarding|apprentice\w*)\b/i;
/** A party in the sense of a celebration: "join our party for volunteers". */
const EVENT_PARTY = /^\s+(?:for|on|at|in|celebrating|to\s+celebrate|this\s+\w+|next\s+\w+)\b/i;
/** Winning an election: the seat, the ward, polling day. */
const WIN_ELECTION = /\b(?:seats?|wards?|elections?|by-elections?|votes?|council|majority|polling|again|here|back)\b/i;
const CLAUSE_END = /(?:^|[.!?:;\n•*"(–—]|\s-|^-)\s*$/;
const IMPERATIVE_LEAD =
  /(?:^|[^A-Za-z])(?:please|so|and|then|now|today|tomorrow|why\s+not|remember\s+to|don't\s+forget\s+to|do\s+not\s+forget\s+to|make\s+sure\s+(?:you|to)|be\s+sure\s+to|(?:you|residents|everyone|people|voters|electors|neighbours|all)\s+(?:should|must)|(?:urge|ask|encourage|call\s+on)\s+(?:you|residents|everyone|people|voters|all)\s+to|on\s+polling\s+day,?|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?|on\s+(?:[A-Z][a-z]+day)\s*,?)\s*$/i;
const AS_ROLE =
  /^\s+as\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?(?:chair(?:man|woman|person)?|vice[\s-]?chair(?:man|woman|person)?|mayor|deputy\s+mayor|leader|deputy\s+leader|president|vice[\s-]?president|representative|member|substitute|trustee|governor|sheriff|alderman|honorary)/i;
const NOT_A_NAME = new Set('The This That Your Our My Every Each Now Today Early Yes No Online By In At On Here Green Local'.split(' '));

function isImperative(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  return CLAUSE_END.test(before) || IMPERATIVE_LEAD.test(before);
}

function awardSentence(text: string, at: number): boolean {
  const { start, end } = sentenceAround(text, at);
  return /\b(?:awards?|competition|contest|prize|people's\s+choice|category|nominat\w*|bloom|trophy|shortlist\w*|finalists?|favourite|poll|survey)\b/i.test(
    text.slice(start, end)
  );
}

interface Standalone {
  /** Skipped unless the lower-case text contains one of these (a cheap pre-filter). */
  needles: string[];
  re: RegExp;
  kind: ElectioneeringKind;
  ok?: (text: string, start: number, end: number) => boolean;
}

const notRole = (text: string, _s: number, end: number): boolean => !AS_ROLE.test(text.slice(end, end + 40));
const nextWordsClear = (reject: ReadonlySet<string>) => (text: string, _s: number, end: number): boolean =>
  !wordsAfter(text, end, 5).some((w) => reject.has(w.toLowerCase().replace(/'s$/, '')));
const CANVASS_OBJECTS = new Set('residents households homes properties about views opinions opinion feedback ideas comments members councillors officers tenants'.split(' '));

const STANDALONE: Standalone[] = [
  { needles: ['vote'], re: /\bvote\s+(?:for\s+)?(?:me|us)\b/gi, kind: 'vote', ok: (t, s) => !awardSentence(t, s) },
  { needles: ['elect'], re: /\b(?:re-?\s?)?elect\s+(?:me|us)\b/gi, kind: 'vote' },
  {
    needles: ['vote'],
    re: /\bvote\s+for\s+(?:real\s+|a\s+)?(?:change|(?:a\s+)?(?:better|fairer|brighter|stronger|greener|cleaner|safer|new)\s+(?:[A-Za-z]+\s+){0,2}?(?:future|Rugby|council|borough|tomorrow|deal|start|direction))\b/gi,
    kind: 'vote',
    ok: (t, s) => !awardSentence(t, s)
  },
  {
    needles: ['support', 'back', 'choose'],
    re: /\b(?:[Ss]upport|[Bb]ack|[Cc]hoose)\s+(?:(?:Cllr|Councillor)\.?\s+[A-Z][A-Za-z'-]+|[A-Z][a-z'-]+\s+[A-Z][a-zA-Z'-]+)(?=\s+(?:for\s+[A-Z]|on\s+(?:polling\s+day|\d|Thursday)|in\s+the\s+(?:[\w-]+\s+)?(?:election|by-election|vote)))/g,
    kind: 'vote',
    ok: (t, s) => isImperative(t, s)
  },
  {
    needles: ['elect'], re: /\b(?:[Rr]e|RE)-?\s?(?:[Ee]lect|ELECT)\s+(?:(?:Cllr|Cllrs|Councillor|Councillors)\.?\s+)?[A-Z][A-Za-z'-]+(?:\s+(?:and\s+)?[A-Z][A-Za-z'-]+)*/g,
    kind: 'vote',
    ok: notRole
  },
  {
    needles: ['vote', 'elect'], re: /\b(?:[Vv]ote|VOTE|[Ee]lect|ELECT)\s+(?:for\s+|FOR\s+)?(?:(?:Cllr|Councillor)\.?\s+[A-Z][A-Za-z'-]+|[A-Z][a-z'-]+\s+[A-Z][a-zA-Z'-]+)/g,
    kind: 'vote',
    ok: (t, s, e) => {
      const name = /(?:for\s+|FOR\s+)?(\S+)/.exec(t.slice(s, e).replace(/^\S+\s+/, ''));
      return isImperative(t, s) && notRole(t, s, e) && !awardSentence(t, s) && !!name && !NOT_A_NAME.has(name[1]);
    }
  },
  {
    needles: ['our', 'my'], re: /\b(?:support|back|join|help|vote\s+for|volunteer\s+for|get\s+behind)\s+(?:our|my)\s+(?:(?:local|new|fantastic|great|excellent|hard-?working)\s+)?(?:candidates?|campaign|party|(?:re-?)?election\s+campaign|campaign\s+team|election\s+team)\b/gi,
    kind: 'support',
    ok: (t, s, e) => {
      const m = t.slice(s, e);
      const { start, end } = sentenceAround(t, s);
      if (/candidates?$/i.test(m)) return !RECRUITMENT.test(t.slice(start, end));
      if (/party$/i.test(m)) return !EVENT_PARTY.test(t.slice(e, e + 40));
      return !/campaign$/i.test(m) || /election\s+campaign$/i.test(m) || !CIVIC_CAMPAIGN_OBJECT.test(t.slice(e, e + 60));
    }
  },
  {
    needles: ['donat'], re: /\bdonat(?:e|ions?|ing)\s+(?:now\s+|today\s+|generously\s+)?(?:to|towards|for)\s+(?:the|our|my|this|his|her)\s+(?:(?:re-?)?election\s+)?(?:campaign|party|fighting\s+fund|election)\b/gi,
    kind: 'support'
  },
  { needles: ['fund'], re: /\b(?:fighting|election)\s+fund\b/gi, kind: 'support' },
  {
    needles: ['help'], re: /\bhelp\s+(?:us|me|him|her|them)\s+(?:to\s+)?(?:win|get\s+(?:re-?)?elected|be\s+(?:re-?)?elected|keep\s+(?:this|the)\s+seat|hold\s+(?:this|the)\s+seat|beat|defeat|gain)\b/gi,
    kind: 'support',
    ok: (t, s, e) => {
      if (!nextWordsClear(AWARDISH)(t, s, e)) return false;
      const rest = t.slice(e, e + 60);
      return /^\s*(?:[!.,;]|$)/.test(rest) || /^\s+[A-Z]/.test(rest) || WIN_ELECTION.test(wordsAfter(t, e, 5).join(' '));
    }
  },
  { needles: ['manifesto'], re: /\b(?:our|my)\s+(?:(?:local|election|party)\s+)?manifesto\b/gi, kind: 'party' },
  {
    needles: ['party'],
    re: /\bour\s+party(?:'s\b|\s+(?:will|would|is|has|have|believes|stands|wants|can|won|manifesto|members|candidates?|leader|policy|policies|values|promises?|pledges?|commitments?|plans?)\b)/gi,
    kind: 'party'
  },
  { needles: ['only'], re: /\bonly\s+(?:we|us)\s+(?:can|will|could|are\s+able|have\s+a\s+plan)\b/gi, kind: 'party' },
  {
    needles: ['canvass', 'leaflet', 'door'], re: /\b(?:I|we)(?:'ve|'m|'re|'ll\s+be|\s+have|\s+had|\s+am|\s+are|\s+were|\s+was|\s+will\s+be)?\s+(?:been\s+|be\s+)?(?:out\s+)?(?:canvassing|leaflet(?:t)?ing|door-?knocking|knocking\s+on\s+doors)\b/gi,
    kind: 'canvass',
    ok: nextWordsClear(CANVASS_OBJECTS)
  },
  {
    needles: ['canvass', 'leaflet', 'door'],
    re: /(?:^|[.!?\n]\s*)((?:[Oo]ut\s+)?(?:[Cc]anvassing|[Ll]eaflet(?:t)?ing|[Dd]oor-?knocking|on\s+the\s+doorsteps?))(?=\s+(?:in|across|around|with|for|today|tonight|this|again|all)\b)/g,
    kind: 'canvass'
  },
  {
    needles: ['doorstep'],
    re: /\b(?:great|good|brilliant|fantastic|positive|warm|strong)\s+(?:response|reception|feedback|conversations?|support)\s+on\s+the\s+doorsteps?\b/gi,
    kind: 'canvass'
  },
  { needles: ['doorstep'], re: /\b(?:I|we)(?:'ve|'m|'re|\s+have|\s+had|\s+am|\s+are|\s+were|\s+was)?\s+(?:been\s+)?out\s+on\s+the\s+doorsteps?\b/gi, kind: 'canvass' },
  { needles: ['canvass', 'leaflet', 'door', 'campaign'], re: /\bjoin\s+(?:us|me)\s+(?:out\s+)?(?:canvassing|leaflet(?:t)?ing|door-?knocking|campaigning|on\s+the\s+doorsteps?)\b/gi, kind: 'canvass' },
  {
    needles: ['canvass', 'leaflet', 'door', 'campaign'], re: /\b(?:canvass(?:ing)?|leaflet(?:t)?ing|campaigning|door-?knocking|delivering\s+leaflets)\s+(?:for|on\s+behalf\s+of)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?:party|candidate|candidates|re-?election|votes|local\s+party)\b/gi,
    kind: 'canvass'
  },
  { needles: ['canvass'], re: /\bcanvass(?:ing)?\s+(?:for\s+)?votes\b/gi, kind: 'canvass' },
  { needles: ['candidate'], re: /\b[Aa]s\s+your\s+(?:local\s+)?(?:[A-Z][\w-]*\s+){0,2}candidate\b/g, kind: 'candidacy' },
  {
    needles: ['standing', 'running'], re: /\b(?:I|we)(?:\s+am|'m|\s+are|'re|\s+will\s+be|'ll\s+be|\s+have\s+been|'ve\s+been)?\s+(?:(?:proud(?:ly)?|delighted|honoured|pleased|excited|thrilled)\s+to\s+be\s+)?(?:standing|running)\s+(?:again\s+)?(?:for\s+(?:re-?)?election|for\s+(?:the\s+)?(?:council|seat|ward)\b|as\s+(?:a|an|the|your)\s+(?:[\w-]+\s+){0,3}?candidates?|in\s+the\s+(?:[\w-]+\s+){0,2}?(?:elections?|by-elections?))/gi,
    kind: 'candidacy'
  },
  { needles: ['seeking'], re: /\bseeking\s+(?:re-?election|your\s+votes?)\b/gi, kind: 'candidacy' },
  { needles: ['vote'], re: /\b(?:ask(?:ing)?\s+for|earn|win)\s+your\s+votes?\b/gi, kind: 'vote' },
  { needles: ['your'], re: /\b(?:lend|give)\s+(?:me|us)\s+your\s+(?:votes?|support)\b/gi, kind: 'vote' },
  { needles: ['petition'], re: /\bsign\s+(?:our|my)\s+(?:online\s+)?petition\b/gi, kind: 'support' },
  { needles: ['cross'], re: /\bput\s+your\s+cross\s+(?:next\s+to|by|beside|against|for)\s+(?:me|my\s+name|[A-Z])/g, kind: 'vote' },
  { needles: ['campaign'], re: /\b(?:my|our)\s+(?:re-?)?election\s+campaign\b/gi, kind: 'candidacy' },
  { needles: ['vote'], re: /\bvote\s+(?:them|him|her|this\s+(?:council|administration|government|lot)|the\s+lot\s+of\s+them)\s+out\b/gi, kind: 'vote' }
];

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
export function findElectioneering(text: string, cands: Candidate[]): ElectioneeringHit[] {
  const hits: ElectioneeringHit[] = [];
  const lower = text.toLowerCase();
  for (const p of STANDALONE) {
    if (!p.needles.some((n) => lower.includes(n))) continue;
    for (const [s, e] of scan(p.re, text)) if (!p.ok || p.ok(text, s, e)) hits.push({ start: s, end: e, kind: p.kind });
  }
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
