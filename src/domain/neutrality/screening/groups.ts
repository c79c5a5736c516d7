/**
 * The council's own political groups, supplied at run time (the "Political Groups" list):
 * name, short name and aliases, compiled once into matchers.
 */
import { AMBIGUOUS, type AmbiguousConfig } from './lexicon';
import { FUNCTION_WORDS } from './text';
import { combine, eitherCase, escapeRegExp } from './regex';
import type { GroupTermProblem, PoliticalGroupTerms } from './types';
import { normaliseUnicode } from './unicode';

/** Words common in group names that are also ordinary English. */
const GENERIC = new Set(
  `independent independents resident residents community communities people peoples first alliance progressive
  progressives together united local voice action forward group party association the and of for democrats socialist
  socialists greens green liberals liberal conservatives conservative labour reform unionist unionists nationalist
  nationalists ratepayers taxpayers heritage independence democratic democrat new better change coalition network
  movement team town borough district county city ward village rural urban`.split(/\s+/).filter(Boolean)
);
/** Short names that are also ordinary words or abbreviations ("Lab", "Ind", "Ref"): they need context. */
const COMMON_SHORT = new Set(
  `an as at be by do go he if in is it me my no of on or so to up us we act add age ago aid aim air all and any app are
  art ask bad bag bar bed big bin bit box bus but buy can car cat con cup cut day did dog dry due ear eat end eye far fee
  few fit fix fly for fun gap gas get got gym had has hat her him his hit hot how ind job key kid lab law lay led leg let
  lib lid lie lit log lot low man map may men met mix mud net new nor not now odd off oil old one our out own pay pen per
  pet pin pot pro put ran raw red ref res rid row run sat saw say sea see set she sit six sky son sum sun tax tea ten the
  tie tip top toy try two use van via war was way web who why win won yes yet you dir mgr inc ltd co vol fig ave rd st dr
  mr ms mrs ext tel fax etc est jan feb mar apr jun jul aug sep oct nov dec mon tue wed thu fri grn ld lab`.split(/\s+/).filter(Boolean)
);
const GENERIC_SUFFIXES = new Set(['group', 'party', 'association', 'the']);

export interface GroupLabel {
  /** The group's name, for messages. */
  name: string;
}

export interface CompiledGroups {
  /** Distinctive names and aliases: case-insensitive, tolerant of spacing, hyphens and apostrophes. */
  phrase?: RegExp;
  phraseLabels: GroupLabel[];
  /** Names made only of ordinary words ("Independent Group"): their capitals are required. */
  initials?: RegExp;
  initialsLabels: GroupLabel[];
  /** All-capital short names ("RIG"): case-sensitive whole tokens. */
  caps?: RegExp;
  capsLabels: GroupLabel[];
  /** Short names that are ordinary words ("Lab", "Ind"): need the context an abbreviation needs. */
  abbrev?: RegExp;
  abbrevLabels: GroupLabel[];
  /** Single ordinary words ("Independents", "Labour"): need political context. */
  words?: RegExp;
  wordConfigs: AmbiguousConfig[];
  /** "the Independents", when the council's alias says so: the capitalised word after "the". */
  the?: RegExp;
  theLabels: GroupLabel[];
  /** Squashed lower-case forms for web addresses and hashtags ("rugbyindependents"). */
  squashed: { s: string; name: string }[];
  /** All-capital short names, for hashtags and handles. */
  shortCaps: { s: string; name: string; re: RegExp }[];
  /** Short names in lower case ("rig"), as whole labels of web addresses. */
  shortNames: Map<string, string>;
  /** Lower-case words of the groups' names, for the normaliser. */
  vocabulary: Set<string>;
  /** Terms that were skipped, for Democratic Services. */
  problems: GroupTermProblem[];
}

interface Token {
  word: string;
  sep: string;
}

function tokenise(term: string): Token[] {
  const tokens: Token[] = [];
  const re = /([^\s-]+)([\s-]*)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(term)) !== null) tokens.push({ word: m[1], sep: m[2] });
  while (tokens.length > 1 && tokens[0].word.toLowerCase() === 'the') tokens.shift();
  return tokens;
}

function tokenSource(word: string, mode: 'ci' | 'initials'): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word[i];
    if (ch === "'") out += "'?";
    else if (mode === 'initials' && i === 0 && ch !== ch.toLowerCase()) out += escapeRegExp(ch);
    else if (mode === 'initials') out += eitherCase(ch);
    else out += escapeRegExp(ch);
  }
  return out;
}

function phraseSource(tokens: Token[], mode: 'ci' | 'initials'): string {
  return (
    tokens
      .map((t, i) => {
        const w = tokenSource(t.word.replace(/'s?$/, ''), mode) + "(?:'s|')?";
        if (i === tokens.length - 1) return w;
        return w + (t.sep.includes('-') && !/\s/.test(t.sep) ? String.raw`[\s-]?` : String.raw`[\s-]+`);
      })
      .join('')
  );
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function isGenericWord(w: string): boolean {
  const lw = w.toLowerCase().replace(/'s?$/, '');
  return GENERIC.has(lw) || FUNCTION_WORDS.has(lw);
}

const MAX_TERM = 120;

function describe(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  return typeof v === 'number' ? 'a number' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Why a term cannot be looked for, or undefined when it can. */
function termProblem(raw: unknown): string | undefined {
  if (raw === undefined) return 'is missing';
  if (typeof raw !== 'string') return `is ${describe(raw)}, not text`;
  if (raw.trim() === '') return 'is blank';
  if (/[\r\n]/.test(raw)) return 'must be on one line';
  if (raw.length > MAX_TERM) return `is longer than ${MAX_TERM} characters`;
  if (raw.replace(/[^A-Za-z0-9]/g, '').length < 2) return 'is too short to look for: it needs at least two letters or digits';
  const words = raw.toLowerCase().match(/[a-z0-9']+/g) ?? [];
  if (words.every((w) => FUNCTION_WORDS.has(w) || GENERIC_SUFFIXES.has(w))) return 'is too common a word to look for on its own';
  return undefined;
}

/** A term as the screen sees text: normalised the same way (accents, look-alikes, full-width…). */
function cleanTerm(raw: string): string {
  return normaliseUnicode(raw)
    .text    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9'\u2019)]+$/g, '')
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\s+/g, ' ');
}

/**
 * Compiles the council's groups. A term that cannot be looked for (not text, blank, too short,
 * too long, a common word on its own) is skipped and reported in `problems`; the group's other
 * names and aliases are kept, so one bad alias never lets the group's name through.
 */
export function compileGroups(groups: readonly PoliticalGroupTerms[]): CompiledGroups {
  const phrase: string[] = [];
  const initials: string[] = [];
  const caps: string[] = [];
  const abbrev: string[] = [];
  const words: string[] = [];
  const theWords: string[] = [];
  const out: CompiledGroups = {
    theLabels: [],
    phraseLabels: [], initialsLabels: [], capsLabels: [], abbrevLabels: [], wordConfigs: [], squashed: [], shortCaps: [],
    vocabulary: new Set<string>(),
    shortNames: new Map<string, string>(),
    problems: []
  };
  const seen = new Set<string>();

  (Array.isArray(groups) ? groups : []).forEach((group: PoliticalGroupTerms, index: number) => {
    const g = (group ?? {}) as unknown as Record<string, unknown>;
    const aliases: unknown[] = Array.isArray(g.aliases) ? g.aliases : g.aliases === undefined || g.aliases === null ? [] : [g.aliases];
    const candidates: Array<{ raw: unknown; field: GroupTermProblem['field']; isShort: boolean }> = [
      { raw: g.name, field: 'name', isShort: false },
      ...(g.shortName === undefined || g.shortName === null ? [] : [{ raw: g.shortName, field: 'shortName' as const, isShort: true }]),
      ...aliases.map((raw) => ({ raw, field: 'aliases' as const, isShort: false }))
    ];
    const usable = candidates.filter((c) => termProblem(c.raw) === undefined);
    const best = usable.find((c) => c.field === 'name') ?? usable[0];
    const name = best ? cleanTerm(best.raw as string) : `Political group ${index + 1}`;
    for (const c of candidates) {
      const reason = termProblem(c.raw);
      if (reason) out.problems.push({ group: name, field: c.field, term: typeof c.raw === 'string' ? c.raw : undefined, reason });
    }
    const label: GroupLabel = { name };

    for (const { raw, isShort } of usable) {
      const term = cleanTerm(raw as string);
      const key = `${term}\u0000${name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const w of term.toLowerCase().match(/[a-z]{2,}/g) ?? []) if (!FUNCTION_WORDS.has(w) && (w.length >= 3 || isShort)) out.vocabulary.add(w);
      if (isShort && /^[A-Za-z0-9]{2,6}$/.test(term)) out.shortNames.set(term.toLowerCase(), name);
      const tokens = tokenise(term);
      const letters = term.replace(/[^A-Za-z]/g, '');
      const single = tokens.length === 1;
      const w0 = tokens[0].word;


      if (single && letters.length >= 2 && letters === letters.toUpperCase() && w0.length <= 6 && !isGenericWord(w0)) {
        caps.push(escapeRegExp(w0) + "(?:'s)?");
        out.capsLabels.push(label);
        out.shortCaps.push({ s: w0, name, re: new RegExp(`(?<![A-Z])${escapeRegExp(w0)}(?![A-Z])`) });
        continue;
      }
      if (isShort && single && term.length <= 3 && !COMMON_SHORT.has(term.toLowerCase())) {
        // A short name that is not a word ("Df", "RIg"): case-sensitive, whole token.
        caps.push(escapeRegExp(term) + "(?:'s)?");
        out.capsLabels.push(label);
        out.shortCaps.push({ s: term, name, re: new RegExp(`(?<![A-Za-z])${escapeRegExp(term)}(?![a-z])`) });
        continue;
      }
      if (isShort && single && term.length <= 3) {
        abbrev.push(escapeRegExp(term));
        out.abbrevLabels.push(label);
        continue;
      }
      const leadingThe = /^the\s+/i.test(term) && tokens.length === 1 && isGenericWord(tokens[0].word);
      if (leadingThe) {
        // "the Independents": the council calls its group that, so "the" + the capitalised word is enough.
        const w = tokens[0].word;
        theWords.push(`(?<=\\b[Tt][Hh][Ee]\\s+)(?:${escapeRegExp(w[0].toUpperCase() + w.slice(1))}|${escapeRegExp(w.toUpperCase())})`);
        out.theLabels.push(label);
      }
      if (single && isGenericWord(w0)) {
        const word = w0;
        const base = AMBIGUOUS.get(word.toLowerCase()) ?? AMBIGUOUS.get('independents');
        if (!base) continue;
        const cap = word[0].toUpperCase() + word.slice(1);
        words.push(`${escapeRegExp(cap)}|${escapeRegExp(word.toUpperCase())}`);
        out.wordConfigs.push({ ...base, id: `group:${word.toLowerCase()}`, rule: 'council-group', party: name, thePlural: base.thePlural ? 'loose' : undefined });
        continue;
      }
      if (tokens.every((t) => isGenericWord(t.word))) {
        initials.push(phraseSource(tokens, 'initials'));
        out.initialsLabels.push(label);
      } else {
        phrase.push(phraseSource(tokens, 'ci'));
        out.phraseLabels.push(label);
      }
      const s = squash(tokens.map((t) => t.word).join(''));
      if (s.length >= 6) out.squashed.push({ s, name });
      const trimmed = tokens.slice();
      while (trimmed.length > 1 && GENERIC_SUFFIXES.has(trimmed[trimmed.length - 1].word.toLowerCase())) trimmed.pop();
      const s2 = squash(trimmed.map((t) => t.word).join(''));
      if (s2 !== s && s2.length >= 6 && trimmed.some((t) => !isGenericWord(t.word))) out.squashed.push({ s: s2, name });
    }
  });
  out.phrase = combine(phrase, 'gi');
  out.initials = combine(initials, 'g');
  out.caps = combine(caps, 'g');
  out.abbrev = combine(abbrev, 'g');
  out.words = combine(words, 'g');
  out.the = theWords.length > 0 ? new RegExp(`(?:${theWords.map((w) => `(${w})`).join('|')})(?![A-Za-z0-9])`, 'g') : undefined;
  return out;
}

