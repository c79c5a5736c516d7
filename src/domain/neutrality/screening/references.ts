/**
 * References to parties and groups: finds every candidate (names, abbreviations, nicknames,
 * ordinary words that may name a party, the council's groups) and decides from context which
 * ones are party-political.
 */
import type { CompiledGroups } from './groups';
import {
  ABBREVIATION_FOLLOW, ABBREVIATION_SOURCE, ABBREVIATIONS, AMBIGUOUS, AMBIGUOUS_SOURCE, CAPS_TITLES, CORE_FOLLOW,
  FIXED_TERMS, LOWER_SOURCE, NICKNAME_CUES, POLITICAL_CUES, PROGRESSIVE_VERBS, SKIPPABLE, STRONG_CUES, SUBJECT_VERBS,
  type AmbiguousConfig, type ReferenceRule
} from './lexicon';
import { caseModeAt, inLabelPosition, personBefore } from './context';
import { AFTER, combine, keepBest, scan } from './regex';
import { FUNCTION_WORDS, inTitleRun, isCapitalised, isSentenceInitial, nextWord, prevWord, sentenceAround, wordsOf, type Word } from './text';

export interface Candidate {
  start: number;
  end: number;
  rule: ReferenceRule;
  /** The party or group, for messages. */
  party: string;
  kind: 'fixed' | 'ambiguous' | 'abbrev' | 'group';
  config?: AmbiguousConfig;
  /** Matched in lower case ("labour councillors"). */
  lower: boolean;
  /** Decided party-political. */
  fired: boolean;
}

const FIXED_CI_TERMS = FIXED_TERMS.filter((f) => !f.caseSensitive);
const FIXED_CS_TERMS = FIXED_TERMS.filter((f) => f.caseSensitive);
const FIXED_CI = combine(FIXED_CI_TERMS.map((f) => f.source), 'gi');
const FIXED_CS = combine(FIXED_CS_TERMS.map((f) => f.source), 'g');
/** The same names whatever their case, for text where case says nothing (all lower case, capitals, Title Case). */
const FIXED_CS_ANY_CASE = combine(FIXED_CS_TERMS.map((f) => f.source), 'gi');
/** "a green party", "our workers party": a party as a celebration, not a political party. */
const EVENT_DETERMINER = /(?:^|[^A-Za-z])(?:a|an|any|another|every|each|our|your|my|this|that|the\s+staff|a\s+\w+)\s+$/i;
/** Single-letter party labels after a name: "Jo Smith (C)". */
const SINGLE_LABEL = /\((C|L|G|I|R)\)/g;
const SINGLE_LABEL_PARTY: Record<string, string> = { C: 'the Conservative Party', L: 'the Labour Party', G: 'the Green Party', I: 'an Independent political affiliation', R: 'Reform UK' };
const AMBIG = new RegExp(`\\b${AMBIGUOUS_SOURCE}${AFTER}`, 'g');
const LOWER = new RegExp(`\\b${LOWER_SOURCE}${AFTER}`, 'g');
const ABBR = new RegExp(`\\b${ABBREVIATION_SOURCE}${AFTER}`, 'g');

const COMPOUND = /^-(run|led|controlled|held|dominated|supporting|voting|leaning|backed|aligned|majority|influenced)(?![A-Za-z])/i;
const COUNCIL_NOUN = new Set(
  'council councils administration coalition authority government cabinet borough county ward wards seat seats area district city town executive'.split(' ')
);
/** "voted Labour", "joined the Greens", "stood as an Independent", "leader of the Conservatives". */
const PRECEDE =
  /(?:^|[^A-Za-z])(?:vot(?:e|es|ed|ing)(?:\s+(?:for|against))?|(?:re-?\s?)?elected\s+as|(?:re)?join(?:s|ed|ing)?|defect(?:s|ed|ing)?\s+to|(?:expelled|suspended|resigned|deselected)\s+from|(?:stood|standing|stands?|ran|running)\s+(?:for|as)|(?:member|members|leader|leadership|whip|chair)\s+of)\s+(?:the\s+|a\s+|an\s+)?#?$/i;
const PREFIX = /(?:^|[^A-Za-z])(?:pro|anti|ex|non)-$/i;
const NAME_BEFORE_PARENS = /(?:^|[^A-Za-z])[A-Z][a-z'-]+\s*$/;
const LOCATIONAL = new Set('on at near around across along beside behind opposite off onto over past round outside'.split(' '));
/** Words that open a sentence without starting a title: "Under Labour, …", "Yesterday Labour …". */
const LEADING_WORDS = new Set(
  'under since with without for by from against unlike like before after yesterday today now then but and so because while when if although as in on at only even also'.split(' ')
);
const AUXILIARIES = new Set('say said want wants wanted claim claimed propose proposed oppose opposed will would could should may might must can do did does'.split(' '));
const DETERMINERS = new Set('the their our my his her its'.split(' '));
const CONJUNCTION_GAP = /^\s*(?:,|and|or|&|nor|\/|plus|than|versus|vs\.?|v\.?)\s*(?:the\s+)?$/i;

/** Words that, as the whole of a field, can only be a party's name. */
const WHOLE_VALUE = new Set(['labour', 'conservative', 'conservatives', 'greens', 'liberals', 'independents', 'plaid', 'momentum', 'reform']);

const PRIORITY: Record<Candidate['kind'], number> = { group: 4, fixed: 3, abbrev: 2, ambiguous: 1 };

/** Finds every candidate, longest first where they overlap. */
export function findCandidates(text: string, groups: CompiledGroups): Candidate[] {
  const all: Candidate[] = [];
  const push = (start: number, end: number, rule: ReferenceRule, party: string, kind: Candidate['kind'], config?: AmbiguousConfig, lower = false): void => {
    all.push({ start, end, rule, party, kind, config, lower, fired: false });
  };
  for (const [s, e, i] of scan(FIXED_CI, text)) push(s, e, FIXED_CI_TERMS[i].rule, FIXED_CI_TERMS[i].party, 'fixed');
  for (const [s, e, i] of scan(FIXED_CS, text)) push(s, e, FIXED_CS_TERMS[i].rule, FIXED_CS_TERMS[i].party, 'fixed');
  if (/[A-Za-z]/.test(text)) {
    for (const [s, e, i] of scan(FIXED_CS_ANY_CASE, text)) {
      // "the green party" names the party even in a sentence-case text; "Scottish labour" does not.
      const named = /^[A-Za-z']+\s+party\b/i.test(text.slice(s, e)) || /^reform\s+uk$/i.test(text.slice(s, e));
      if (!named && caseModeAt(text, s) === 'mixed') continue;
      if (/party$/i.test(text.slice(s, e)) && EVENT_DETERMINER.test(text.slice(Math.max(0, s - 24), s))) continue;
      push(s, e, FIXED_CS_TERMS[i].rule, FIXED_CS_TERMS[i].party, 'fixed');
    }
  }
  SINGLE_LABEL.lastIndex = 0;
  for (let m = SINGLE_LABEL.exec(text); m !== null; m = SINGLE_LABEL.exec(text)) {
    const s = m.index + 1;
    if (inLabelPosition(text, s, s + 1, true)) push(s, s + 1, 'party-abbreviation', SINGLE_LABEL_PARTY[m[1]], 'fixed');
  }
  for (const [s, e] of scan(AMBIG, text)) {
    const config = AMBIGUOUS.get(text.slice(s, e).toLowerCase());
    if (config) push(s, e, config.rule, config.party, 'ambiguous', config);
  }
  for (const [s, e] of scan(LOWER, text)) {
    const config = AMBIGUOUS.get(text.slice(s, e));
    if (config) push(s, e, config.rule, config.party, 'ambiguous', config, true);
  }
  for (const [s, e] of scan(ABBR, text)) push(s, e, 'party-abbreviation', ABBREVIATIONS.get(text.slice(s, e)) ?? 'a political party', 'abbrev');
  for (const [s, e, i] of scan(groups.phrase, text)) push(s, e, 'council-group', groups.phraseLabels[i].name, 'group');
  for (const [s, e, i] of scan(groups.initials, text)) push(s, e, 'council-group', groups.initialsLabels[i].name, 'group');
  for (const [s, e, i] of scan(groups.caps, text)) push(s, e, 'council-group', groups.capsLabels[i].name, 'group');
  for (const [s, e, i] of scan(groups.the, text)) push(s, e, 'council-group', groups.theLabels[i].name, 'group');
  for (const [s, e, i] of scan(groups.abbrev, text)) push(s, e, 'council-group', groups.abbrevLabels[i].name, 'abbrev');
  for (const [s, e, i] of scan(groups.words, text)) {
    const config = groups.wordConfigs[i];
    push(s, e, 'council-group', config.party, 'ambiguous', config);
  }
  // Longest first; on the same span the more specific kind wins.
  const isGroup = (c: Candidate): number => (c.rule === 'council-group' ? 1 : 0);
  return keepBest(
    all,
    (a, b) => b.end - b.start - (a.end - a.start) || isGroup(b) - isGroup(a) || PRIORITY[b.kind] - PRIORITY[a.kind] || a.start - b.start,
    (a, b) => a.start < b.end && b.start < a.end
  );
}

/** The next word, skipping "county", "ward", "former"… ("Labour county councillor"). */
function followWord(text: string, end: number): Word | undefined {
  // Past a possessive: "Reform's candidate", "the Greens' councillors".
  const poss = /^'s?(?= )/.exec(text.slice(end, end + 3));
  let w = nextWord(text, poss ? end + poss[0].length : end);
  for (let i = 0; i < 2 && w && SKIPPABLE.has(w.word.toLowerCase()); i++) w = nextWord(text, w.end);
  return w;
}

function followIn(set: ReadonlySet<string>, w: Word | undefined): boolean {
  if (!w) return false;
  const lw = w.word.toLowerCase();
  if (!set.has(lw)) return false;
  return !CAPS_TITLES.has(lw) || /^[A-Z]{2}/.test(w.word);
}

function sentenceHasCue(text: string, c: Candidate, strength: 'any' | 'strong' | 'nickname', exclude?: Word): boolean {
  const { start, end } = sentenceAround(text, c.start);
  let s = text.slice(start, c.start) + ' ' + text.slice(c.end, end);
  if (exclude && exclude.start >= c.end && exclude.end <= end) {
    const off = exclude.start - c.end + (c.start - start) + 1;
    s = s.slice(0, off) + ' '.repeat(exclude.end - exclude.start) + s.slice(off + exclude.end - exclude.start);
  }
  const cues = strength === 'strong' ? STRONG_CUES : strength === 'nickname' ? NICKNAME_CUES : POLITICAL_CUES;
  return wordsOf(s).some((w) => cues.has(w));
}

function prevIsCapitalisedContent(text: string, start: number): boolean {
  const p = prevWord(text, start);
  return !!p && isCapitalised(p.word) && !isSentenceInitial(text, p.start) && !DETERMINERS.has(p.word.toLowerCase()) && p.word !== 'I';
}

/** "Cllr Jo Smith (Lab)", "Jo Smith (Independent, Benn ward)", "cllr jo smith (green)". */
function inParensAfterPerson(text: string, start: number, end: number, surnameOnly = false): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  if (text[i] !== '(') return false;
  let j = end;
  while (j < text.length && text[j] === ' ') j++;
  if (!/[),;/]/.test(text[j] ?? '')) return false;
  const before = text.slice(Math.max(0, i - 60), i);
  return personBefore(before) || (surnameOnly && NAME_BEFORE_PARENS.test(before));
}

function compoundAfter(text: string, c: Candidate): number {
  const m = COMPOUND.exec(text.slice(c.end, c.end + 16));
  return m ? c.end + m[0].length : -1;
}

function evalAbbrev(text: string, c: Candidate): boolean {
  const abbr = text.slice(c.start, c.end);
  // A party label: "Benn Ward (Lab)", "Jo Smith - Con -", "Jo Smith | LD", "Smith (Con)". Where capitals
  // say nothing, or the letters are also an everyday short form ("Ref", "Ind"), only after a person.
  const needPerson = caseModeAt(text, c.start) !== 'mixed' || /^(?:Ref|REF|Ind|IND|Lib|LIB)$/.test(abbr);
  if (inParensAfterPerson(text, c.start, c.end, !needPerson)) return true;
  if (inLabelPosition(text, c.start, c.end, needPerson)) return true;
  if (/^\s*\/\s*(?:Lab|Con|LD|Grn|Ind|Co-?op)(?![A-Za-z])/.test(text.slice(c.end, c.end + 10))) return true;
  if (/(?:Lab|Con|LD|Grn|Ind)\s*\/\s*$/.test(text.slice(Math.max(0, c.start - 8), c.start))) return true;
  const next = nextWord(text, c.end);
  if (next && followIn(ABBREVIATION_FOLLOW, next) && (next.word.toLowerCase() !== 'group' || isCapitalised(next.word))) return true;
  if (/(?:^|[^A-Za-z])(?:gain(?:ed|s)?\s+from|GAIN\s+FROM|vote)\s+$/i.test(text.slice(Math.max(0, c.start - 20), c.start))) return true;
  if (abbr !== 'SDP' && abbr !== 'Lib' && compoundAfter(text, c) > 0) return true;
  if (abbr === 'SDP' && /(?:^|\s)the\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start))) return sentenceHasCue(text, c, 'strong');
  return false;
}

/** The next word is not an ordinary noun that the party word would be describing ("green spaces"). */
function standsAlone(text: string, end: number): boolean {
  const next = nextWord(text, end);
  if (!next) return true;
  const nl = next.word.toLowerCase();
  return FUNCTION_WORDS.has(nl) || SUBJECT_VERBS.has(nl) || AUXILIARIES.has(nl);
}

/**
 * Evidence that does not depend on capitals, so it holds whether the text is written in lower
 * case, capitals, Title Case or ordinary sentence case.
 */
function fromContext(text: string, c: Candidate, cfg: AmbiguousConfig): boolean {
  const follow = followWord(text, c.end);
  // "labour councillors", "the reform candidate", "a green spokesperson".
  if (followIn(cfg.lowerStrong, follow)) return true;
  // "the green group tabled an amendment": a weaker noun, with politics in the sentence.
  if (followIn(cfg.weak, follow) && sentenceHasCue(text, c, 'strong', follow)) return true;
  if (inParensAfterPerson(text, c.start, c.end) || inLabelPosition(text, c.start, c.end, true)) return true;
  // "voted green", "she joined labour in 2010", "stood as an independent", but not "member of green spaces".
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  if ((PRECEDE.test(before) || PREFIX.test(before)) && standsAlone(text, c.end)) return true;
  // "labour won the seat": a political verb, in a political sentence.
  const next = nextWord(text, c.end);
  if (cfg.subjectVerbs && next && SUBJECT_VERBS.has(next.word.toLowerCase()) && sentenceHasCue(text, c, 'strong')) return true;
  return false;
}

/** Decides one ordinary-word candidate from its own context (first pass). */
function evalAmbiguous(text: string, c: Candidate): boolean {
  const cfg = c.config as AmbiguousConfig;
  const compoundEnd = compoundAfter(text, c);
  if (compoundEnd > 0) {
    const after = nextWord(text, compoundEnd);
    if (cfg.compound === 'always' || (after && COUNCIL_NOUN.has(after.word.toLowerCase()))) {
      c.end = compoundEnd;
      if (c.rule === 'party-name') c.rule = 'party-nickname';
      return true;
    }
  }
  if (fromContext(text, c, cfg)) return true;
  if (c.lower) return false;
  // A field that holds nothing but the party's name: "Labour", "Conservatives".
  if (text.trim().replace(/[.!]+$/, '') === text.slice(c.start, c.end) && WHOLE_VALUE.has(cfg.id)) return true;
  // "Conservatives" written with a capital names the party in any run of capitals.
  if (cfg.alwaysCapitalised && /^[A-Z][a-z]/.test(text.slice(c.start, c.end))) return true;
  // Otherwise capitals are evidence only in ordinary sentence case.
  if (caseModeAt(text, c.start) !== 'mixed') return false;

  const follow = followWord(text, c.end);
  const prevCap = prevIsCapitalisedContent(text, c.start);
  if (followIn(cfg.strong, follow) && (!prevCap || CORE_FOLLOW.has((follow as Word).word.toLowerCase()))) return true;
  if (followIn(cfg.weak, follow) && !prevCap) {
    const p = prevWord(text, c.start);
    if (isCapitalised((follow as Word).word) || (p && DETERMINERS.has(p.word.toLowerCase()))) return true;
    if (sentenceHasCue(text, c, 'any', follow)) return true;
  }
  if (cfg.alwaysCapitalised) return true;

  const title = inTitleRun(text, c.start, c.end);
  if (title) return false;
  const next = nextWord(text, c.end);
  const nl = next?.word.toLowerCase();
  const before = text.slice(Math.max(0, c.start - 48), c.start);
  if ((PRECEDE.test(before) || PREFIX.test(before)) && !(nl && cfg.common.has(nl))) return true;
  if (/^-[A-Za-z]/.test(text.slice(c.end, c.end + 2))) return false; // "Labour-intensive"
  if (/^\s*[:£$€\d]/.test(text.slice(c.end, c.end + 3))) return false; // "Labour: £200"

  const p0 = prevWord(text, c.start);
  const afterLowerCase =
    !p0 || !isCapitalised(p0.word) || DETERMINERS.has(p0.word.toLowerCase()) || (isSentenceInitial(text, p0.start) && LEADING_WORDS.has(p0.word.toLowerCase()));
  if (cfg.midSentence && afterLowerCase && !isSentenceInitial(text, c.start) && !(nl && cfg.common.has(nl))) return true;
  if (cfg.subjectVerbs && nl) {
    if (SUBJECT_VERBS.has(nl)) return true;
    if ((nl === 'has' || nl === 'have' || nl === 'had') && next) {
      const n2 = nextWord(text, next.end);
      if (n2 && SUBJECT_VERBS.has(n2.word.toLowerCase())) return true;
    }
    if ((nl === 'is' || nl === 'are' || nl === 'was' || nl === 'were') && next) {
      const n2 = nextWord(text, next.end);
      if (n2 && PROGRESSIVE_VERBS.has(n2.word.toLowerCase())) return true;
    }
  }
  if (cfg.rule === 'party-nickname' && cfg.thePlural && sentenceHasCue(text, c, 'nickname')) return true;
  if (cfg.thePlural) {
    const p = prevWord(text, c.start);
    const isThe = p && (p.word === 'the' || (p.word === 'The' && isSentenceInitial(text, p.start)));
    if (isThe && p) {
      const pp = prevWord(text, p.start);
      // "the Greens won", "the Greens, Labour and…", not "the Greens restaurant" or "on the Greens".
      const verbLike = !next || FUNCTION_WORDS.has(nl as string) || SUBJECT_VERBS.has(nl as string) || AUXILIARIES.has(nl as string);
      if (cfg.thePlural === 'loose' && verbLike && !(pp && LOCATIONAL.has(pp.word.toLowerCase()))) return true;
      if (sentenceHasCue(text, c, cfg.rule === 'party-nickname' ? 'nickname' : 'any')) return true;
    }
  }
  return false;
}

/** Decides which candidates are party-political. */
export function resolveCandidates(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    if (c.kind === 'fixed' || c.kind === 'group') {
      c.fired = true;
      const end = compoundAfter(text, c);
      if (end > 0) {
        c.end = end;
        if (c.rule !== 'council-group') c.rule = 'party-nickname';
      }
    } else if (c.kind === 'abbrev') c.fired = evalAbbrev(text, c);
    else c.fired = evalAmbiguous(text, c);
  }
  // Election results: "Con 1,234, Lab 987, LD 456" — two or more short forms with vote counts on one line.
  const counted = cands.filter((c) => c.kind === 'abbrev' && !c.fired && /^\s*:?\s*\d[\d,]+(?![\d.]*%)/.test(text.slice(c.end, c.end + 12)));
  for (const c of counted) {
    const lineStart = text.lastIndexOf('\n', c.start) + 1;
    const lineEnd = text.indexOf('\n', c.end) < 0 ? text.length : text.indexOf('\n', c.end);
    if (counted.some((o) => o !== c && o.start >= lineStart && o.end <= lineEnd && text.slice(o.start, o.end) !== text.slice(c.start, c.end))) c.fired = true;
  }
  // Second pass: "Labour and the Conservatives", "the Independents" beside another party.
  for (let round = 0; round < 3; round++) {
    let changed = false;
    for (let i = 0; i < cands.length; i++) {
      const c = cands[i];
      if (c.fired || c.lower || c.kind === 'fixed' || c.kind === 'group') continue;
      if (inTitleRun(text, c.start, c.end)) continue;
      const left = cands[i - 1];
      const right = cands[i + 1];
      let fire =
        (!!left && left.fired && CONJUNCTION_GAP.test(text.slice(left.end, c.start))) ||
        (!!right && right.fired && CONJUNCTION_GAP.test(text.slice(c.end, right.start)));
      if (!fire && c.config?.thePlural) {
        const p = prevWord(text, c.start);
        if (p && p.word.toLowerCase() === 'the') {
          const { start, end } = sentenceAround(text, c.start);
          // Candidates are sorted by start: look only at the neighbours inside the sentence.
          for (let j = i - 1; !fire && j >= 0 && cands[j].start >= start; j--) fire = cands[j].fired;
          for (let j = i + 1; !fire && j < cands.length && cands[j].end <= end; j++) fire = cands[j].fired;
        }
      }
      if (fire) {
        c.fired = true;
        changed = true;
      }
    }
    if (!changed) break;
  }
}
