/**
 * The generated sets, enumerated with a seeded generator: party-political text (positives) and
 * ordinary text (negatives) per channel, each labelled with how it was made. The jest tests draw
 * from the same constructions with fast-check; the figures script counts these.
 */
import { CORPUS_A } from './corpusA';
import { CORPUS_B, MEMBER_FACTS } from './corpusB';
import { CASE_FAMILIES, EVASIONS, evade, joinWords, seeded, titleCase, type Evasion, type Pick } from './evasions';
import {
  ALL_TERMS,
  addressFor,
  campaign,
  CONTEXT_PARTY_WORDS,
  inContext,
  obfuscateAddress,
  placed,
  POSITIONS,
  type Position,
  type Term
} from './terms';

export interface Sample {
  text: string;
  /** How it was made: family, position, term. */
  family: string;
  position?: string;
  term?: string;
}

export const CORPUS: readonly string[] = [...CORPUS_A, ...CORPUS_B];

/** The term written with one family, in one position, and where the term sits in the text. */
export function termSampleAt(term: Term, family: Evasion, position: Position, pick: Pick): { text: string; at: [number, number] } {
  if (CASE_FAMILIES.includes(family)) {
    const p = placed(position, term.text, pick);
    // The case families keep every character where it was (the terms are Latin letters).
    return { text: evade(family, p.text, pick), at: p.at };
  }
  // Run together in one case only where the term names a party in any case.
  if (family === 'joined' && !term.anyCase) return placed(position, joinWords(term.text.split(/\s+/), 0), pick);
  return placed(position, evade(family, term.text, pick), pick);
}

export function termSample(term: Term, family: Evasion, position: Position, pick: Pick): string {
  return termSampleAt(term, family, position, pick).text;
}

export function familiesFor(term: Term): Evasion[] {
  return EVASIONS.filter((f) => (term.anyCase || !CASE_FAMILIES.includes(f)) && !(f === 'joined' && !/\s/.test(term.text)));
}

const WEB_TRICKS = ['none', 'obfuscated', 'lookalike'] as const;

export function webSample(term: Term, trick: (typeof WEB_TRICKS)[number], position: 'bare' | 'sentence', pick: Pick): string {
  let address = addressFor(term.text, pick);
  if (trick === 'obfuscated') address = obfuscateAddress(address, pick);
  if (trick === 'lookalike') {
    const [host, ...rest] = address.split('.');
    address = [evade('lookalike', host, pick), ...rest].join('.');
  }
  return position === 'bare' ? address : `Find out more at ${address} or ask at reception.`;
}

/** Families for an ordinary party word in a political context: the word's letters, or the case of the whole text. */
export const CONTEXT_FAMILIES: readonly Evasion[] = ['none', 'lookalike', 'fullwidth', 'accents', 'invisibles', 'digits', 'reversed', 'lower', 'upper', 'title'];

export function contextSample(word: string, family: Evasion, pick: Pick): string {
  if (CASE_FAMILIES.includes(family)) return evade(family, inContext(word, pick, true), pick);
  return inContext(evade(family, word, pick), pick);
}

/** Campaign material with a family applied to the whole text. */
export function campaignSample(family: Evasion, pick: Pick): string {
  return evade(family, campaign(pick), pick);
}

export function officerPositives(seeds = 2): Sample[] {
  const out: Sample[] = [];
  for (const term of ALL_TERMS) {
    for (const family of familiesFor(term)) {
      for (const position of POSITIONS) {
        for (let s = 0; s < seeds; s++) {
          const pick = seeded(hash(`${term.text}|${family}|${position}|${s}`));
          out.push({ text: termSample(term, family, position, pick), family, position, term: term.text });
        }
      }
    }
    for (const trick of WEB_TRICKS) {
      for (const position of ['bare', 'sentence'] as const) {
        const pick = seeded(hash(`${term.text}|web|${trick}|${position}`));
        out.push({ text: webSample(term, trick, position, pick), family: `web-${trick}`, position, term: term.text });
      }
    }
  }
  for (const word of CONTEXT_PARTY_WORDS) {
    for (const family of CONTEXT_FAMILIES) {
      for (let s = 0; s < 4; s++) {
        const pick = seeded(hash(`${word}|context|${family}|${s}`));
        out.push({ text: contextSample(word, family, pick), family: `context-${family}`, term: word });
      }
    }
  }
  return out;
}

export function memberPositives(seeds = 6): Sample[] {
  const out: Sample[] = [];
  for (const family of EVASIONS.filter((f) => f !== 'joined')) {
    for (let s = 0; s < seeds; s++) out.push({ text: campaignSample(family, seeded(hash(`campaign|${family}|${s}`))), family });
  }
  return out;
}

/** The corpus as written, all in lower case, all in capitals and in Title Case. */
export function ordinaryNegatives(extra: readonly string[] = []): Sample[] {
  const out: Sample[] = [];
  for (const text of [...CORPUS, ...extra]) {
    out.push({ text, family: 'as-written' });
    out.push({ text: text.toLowerCase(), family: 'lower' });
    out.push({ text: text.toUpperCase(), family: 'upper' });
    out.push({ text: titleCase(text), family: 'title' });
  }
  return out;
}

/**
 * For a member's own profile: what members write about themselves, and the council's descriptive
 * sentences. Sentences in the council's own voice ("join our campaign…", "we support our
 * candidates…") are left out: on a member's profile "our" would be the member's.
 */
export const memberNegatives = (): Sample[] =>
  ordinaryNegatives(MEMBER_FACTS).filter((s) => MEMBER_FACTS.includes(s.text) || !/\b(?:we|us|our|ours)\b/i.test(s.text));

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
