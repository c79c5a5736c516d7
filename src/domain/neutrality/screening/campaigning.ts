/**
 * Campaigning that needs no party name: calls to vote for a person or for "change", appeals for
 * support or money, canvassing, candidacies, election imprints ("Promoted by … on behalf of …")
 * and, on a member's own profile, recruiting helpers for a campaign ("sign up to help our
 * campaign", "join us leafleting").
 *
 * "Our" and "we" mean the author. On an officer-owned page the author is the council, whose own
 * campaigns ("join our campaign to reduce litter") are council business; on a member's profile
 * the author is the member, and a campaign they recruit for is their own.
 */
import type { Channel } from '../channels';
import { caseModeAt } from './context';
import type { ElectioneeringHit, ElectioneeringKind } from './electioneering';
import { scan } from './regex';
import { sentenceAround, wordsAfter } from './text';

const CLAUSE_END = /(?:^|[.!?:;\n•*"(–—]|\s-|^-)\s*$/;
const IMPERATIVE_LEAD =
  /(?:^|[^A-Za-z])(?:please|so|and|then|now|today|tomorrow|why\s+not|remember\s+to|don't\s+forget\s+to|do\s+not\s+forget\s+to|make\s+sure\s+(?:you|to)|be\s+sure\s+to|(?:you|residents|everyone|people|voters|electors|neighbours|all)\s+(?:should|must)|(?:urge|ask|encourage|call\s+on)\s+(?:you|residents|everyone|people|voters|all)\s+to|on\s+polling\s+day,?|on\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+,?|on\s+(?:[A-Z][a-z]+day)\s*,?)\s*$/i;
/** Electing someone to a post of the council is council business: "elect Councillor Patel as Mayor". */
const AS_ROLE =
  /^\s+as\s+(?:the\s+|our\s+|its\s+|their\s+|a\s+|an\s+)?(?:new\s+)?(?:chair(?:man|woman|person)?|vice[\s-]?chair(?:man|woman|person)?|mayor|deputy\s+mayor|leader|deputy\s+leader|president|vice[\s-]?president|representative|member|substitute|trustee|governor|sheriff|alderman|honorary)/i;
/** Capitalised words that open a phrase rather than name a person ("Vote Early", "Vote Online"). */
const NOT_A_NAME = new Set('The This That Your Our My Every Each Now Today Early Yes No Online By In At On Here'.split(' '));
/** An election: what makes "our candidate" or "the campaign" electoral. */
const ELECTORAL = /\b(?:elect\w*|re-?elect\w*|by-elections?|votes?|voting|voters?|polling|ballot|hustings|seats?|manifesto|candidates?|canvass(?:ing)?\s+for|party)\b/i;
/** What winning an election is about. */
const WIN_ELECTION = /\b(?:seats?|wards?|elections?|by-elections?|votes?|council|majority|polling|again|back)\b/i;
/** A party in the sense of a celebration: "join our party for volunteers on 5 December". */
const EVENT_PARTY = /^\s+(?:for|on|at|in|celebrating|to\s+celebrate|this\s+\w+|next\s+\w+)\b/i;
/** Sentences about awards and competitions: "vote for us in the People's Choice award". */
const AWARD = /\b(?:awards?|competition|contest|prize|people's\s+choice|category|nominat\w*|trophy|shortlist\w*|finalists?|favourite|poll|survey)\b/i;
const CANVASS_OBJECTS = new Set('residents households homes properties about views opinions opinion feedback ideas comments members councillors officers tenants'.split(' '));

function isImperative(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 48), at);
  return CLAUSE_END.test(before) || IMPERATIVE_LEAD.test(before);
}

function sentenceOf(text: string, at: number): string {
  const { start, end } = sentenceAround(text, at);
  return text.slice(start, end);
}

const awardSentence = (text: string, at: number): boolean => AWARD.test(sentenceOf(text, at));
const notRole = (text: string, _s: number, end: number): boolean => !AS_ROLE.test(text.slice(end, end + 40));
/** Capitals show a name only in sentence case ("Vote Counting And Results" is a heading). */
const namesByCapitals = (text: string, at: number): boolean => caseModeAt(text, at) === 'mixed';
const notCanvassingOpinion = (text: string, _s: number, end: number): boolean =>
  !wordsAfter(text, end, 5).some((w) => CANVASS_OBJECTS.has(w.toLowerCase().replace(/'s$/, '')));

interface Rule {
  /** Skipped unless the lower-case text contains one of these (a cheap pre-filter). */
  needles: string[];
  re: RegExp;
  kind: ElectioneeringKind;
  /** Only on a member's own profile, where "our" is the member's. */
  memberOnly?: boolean;
  ok?: (text: string, start: number, end: number, channel: Channel) => boolean;
}

const NAME = String.raw`(?:(?:Cllr|Councillor)\.?\s+[A-Z][A-Za-z'-]+|[A-Z][a-z'-]+\s+[A-Z][a-zA-Z'-]+)`;
const ACTIVITY = String.raw`(?:leaflet\w*|deliver(?:ing)?\s+(?:leaflets|newsletters|flyers)|canvass\w*|door-?knock\w*|knock(?:ing)?\s+on\s+doors|campaign\w*|telling|phone-?bank\w*|street\s+stalls?|polling\s+day|get(?:ting)?\s+(?:\w+\s+){0,2}(?:re-?)?elected)`;
const RECRUIT = String.raw`(?:sign(?:ing)?\s+up|volunteer\s+(?:for|to|with|at|on)|volunteers?\s+(?:needed|wanted|required)|become\s+a\s+volunteer|need(?:s|ed)?\s+volunteers|join\s+(?:us|me|our\s+team|the\s+team)|get\s+involved|help\s+(?:us|me|out)|come\s+and\s+help|can\s+you\s+(?:spare|help|give|join)|spare\s+an\s+hour|lend\s+a\s+hand|we\s+need\s+(?:volunteers|helpers|help|you|people))`;

const RULES: Rule[] = [
  { needles: ['vote'], re: /\bvote\s+(?:for\s+)?(?:me|us)\b/gi, kind: 'vote', ok: (t, s) => !awardSentence(t, s) },
  { needles: ['elect'], re: /\b(?:re-?\s?)?elect\s+(?:me|us)\b/gi, kind: 'vote' },
  {
    needles: ['vote'],
    re: /\bvote\s+for\s+(?:real\s+)?change\b|\bvote\s+for\s+a\s+(?:better|fairer|brighter|stronger|greener|cleaner|safer|new)\s+(?:future|start|direction|deal|tomorrow|beginning|way|kind|approach|politics|council|borough|town|city|county)\b/gi,
    kind: 'vote',
    ok: (t, s) => !awardSentence(t, s)
  },
  {
    needles: ['support', 'back', 'choose'],
    re: new RegExp(String.raw`\b(?:[Ss]upport|[Bb]ack|[Cc]hoose)\s+${NAME}(?=\s+(?:for\s+[A-Z]|on\s+(?:polling\s+day|\d|Thursday)|in\s+the\s+(?:[\w-]+\s+)?(?:election|by-election|vote)))`, 'g'),
    kind: 'vote',
    ok: (t, s) => isImperative(t, s) && namesByCapitals(t, s)
  },
  {
    needles: ['elect'], re: /\b(?:[Rr]e|RE)-?\s?(?:[Ee]lect|ELECT)\s+(?:(?:Cllr|Cllrs|Councillor|Councillors)\.?\s+)?[A-Z][A-Za-z0-9'-]*(?:\s+(?:and\s+)?[A-Z][A-Za-z0-9'-]+)*/g,
    kind: 'vote',
    ok: notRole
  },
  {
    needles: ['vote', 'elect'], re: new RegExp(String.raw`\b(?:[Vv]ote|VOTE|[Ee]lect|ELECT)\s+(?:for\s+|FOR\s+)?${NAME}`, 'g'),
    kind: 'vote',
    ok: (t, s, e) => {
      const name = /(?:for\s+|FOR\s+)?(\S+)/.exec(t.slice(s, e).replace(/^\S+\s+/, ''));
      return namesByCapitals(t, s) && isImperative(t, s) && notRole(t, s, e) && !awardSentence(t, s) && !!name && !NOT_A_NAME.has(name[1]);
    }
  },
  {
    needles: ['our', 'my'],
    re: /\b(?:support|back|join|help|vote\s+for|volunteer\s+for|get\s+behind)\s+(?:our|my)\s+(?:(?:local|new|fantastic|great|excellent|hard-?working)\s+)?(?:candidates?|campaign|party|(?:re-?)?election\s+campaign|campaign\s+team|election\s+team)\b/gi,
    kind: 'support',
    ok: (t, s, e, channel) => {
      const m = t.slice(s, e);
      const member = channel === 'member-profile';
      if (/party$/i.test(m)) return !EVENT_PARTY.test(t.slice(e, e + 40));
      if (/election\s+(?:campaign|team)$|campaign\s+team$/i.test(m)) return true;
      // The council's candidates (for a job) and campaigns are its own business; a member's are electoral.
      return member || ELECTORAL.test(sentenceOf(t, s).replace(m, ''));
    }
  },
  {
    needles: ['donat'], re: /\bdonat(?:e|ions?|ing)\s+(?:now\s+|today\s+|generously\s+)?(?:to|towards|for)\s+(?:the|our|my|this|his|her)\s+(?:(?:re-?)?election\s+)?(?:campaign|party|fighting\s+fund|election)\b/gi,
    kind: 'support'
  },
  { needles: ['fund'], re: /\b(?:fighting|election)\s+fund\b/gi, kind: 'support' },
  {
    needles: ['help'],
    re: /\bhelp\s+(?:us|me|him|her|them)\s+(?:to\s+)?(?:get\s+(?:\w+\s+){0,2}?(?:re-?)?elected|be\s+(?:re-?)?elected|keep\s+(?:this|the)\s+seat|hold\s+(?:this|the)\s+seat|beat|defeat|gain)\b/gi,
    kind: 'support'
  },
  {
    needles: ['win'], re: /\bhelp\s+(?:us|me|him|her|them)\s+(?:to\s+)?win\b/gi,
    kind: 'support',
    // Winning an election, not an award: the words after say which.
    ok: (t, _s, e, channel) => WIN_ELECTION.test(wordsAfter(t, e, 5).join(' ')) || (channel === 'member-profile' && /^\s*(?:[!.,;]|$)/.test(t.slice(e, e + 4)))
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
    ok: notCanvassingOpinion
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
  { needles: ['vote'], re: /\bvote\s+(?:them|him|her|this\s+(?:council|administration|government|lot)|the\s+lot\s+of\s+them)\s+out\b/gi, kind: 'vote' },
  // Election imprints: the statutory line on election material, which council publicity never carries.
  { needles: ['promoted', 'published', 'printed'], re: /\b(?:promoted|published|printed)(?:\s*(?:,|and)\s*(?:promoted|published|printed))*\s+by\s+[^.\n]{2,80}?\s+on\s+behalf\s+of\b/gi, kind: 'imprint' },
  { needles: ['promoted'], re: /\bpromoted\s+by\s+[^,.\n()]{2,60}\.?,\s*(?:(?:both|all)\s+)?(?:of\s+|at\s+)?(?:\d|flat\b|unit\b|c\/o\b)/gi, kind: 'imprint' },
  {
    needles: ['published', 'printed'],
    re: /\b(?:[Pp]ublished|[Pp]rinted|PUBLISHED|PRINTED)\s+(?:[Bb]y|BY)\s+(?!(?:the|a|an|The|THE)\s)(?:\S+\s+){1,3}?(?:[Ff]or|FOR|[Oo]n\s+[Bb]ehalf\s+[Oo]f|ON\s+BEHALF\s+OF)\s+(?:[Tt]he\s+|THE\s+)?[A-Z]/g,
    kind: 'imprint',
    // On an officer page "published by Democratic Services for Full Council" is council business.
    memberOnly: true
  },
  {
    needles: ['published', 'printed'],
    re: /\b(?:published|printed)\s+by\s+(?!(?:the|a|an)\s)(?:\S+\s+){1,3}?(?:for|on\s+behalf\s+of)\s+(?:\S+\s+){1,4}?(?:at|of)\s+\d/gi,
    kind: 'imprint',
    memberOnly: true
  },
  {
    needles: ['elect'],
    re: /\bre-?\s?elect\s+(?:\S+\s+){0,2}?\S+(?=\s+(?:for\s+\S+\s+ward|on\s+\d|on\s+polling\s+day|in\s+the\s+(?:\S+\s+)?(?:election|by-election))\b)/gi,
    kind: 'vote'
  },
  // Recruiting helpers for a campaign: a call to help, and campaign work, in one sentence.
  {
    needles: ['sign', 'volunteer', 'join', 'involved', 'help', 'spare', 'hand', 'need'],
    re: new RegExp(String.raw`\b${RECRUIT}\b[^.!?\n]{0,80}?\b${ACTIVITY}|\b${ACTIVITY}[^.!?\n]{0,60}?\b${RECRUIT}\b`, 'gi'),
    kind: 'recruit',
    memberOnly: true
  }
];

/** Campaigning found without a party name. */
export function findCampaigning(text: string, lower: string, channel: Channel): ElectioneeringHit[] {
  const hits: ElectioneeringHit[] = [];
  for (const rule of RULES) {
    if (rule.memberOnly && channel !== 'member-profile') continue;
    if (!rule.needles.some((n) => lower.includes(n))) continue;
    for (const [s, e] of scan(rule.re, text)) if (!rule.ok || rule.ok(text, s, e, channel)) hits.push({ start: s, end: e, kind: rule.kind });
  }
  return hits;
}
