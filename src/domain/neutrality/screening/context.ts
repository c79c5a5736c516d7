/**
 * Reading the context of a word that may name a party, the same way whatever the case it is
 * written in. Capitals are evidence only in ordinary sentence case: in text written all in lower
 * case, all in capitals or in Title Case ("Labour Councillors Walk Out"), every word looks the
 * same, so only the words around it decide.
 */
import { FUNCTION_WORDS, prevWord, sentenceAround } from './text';

export type CaseMode = 'mixed' | 'lower' | 'upper' | 'title';

/** The modes of the sentences of the last text looked at (one text is screened at a time). */
let cachedText = '';
let cachedModes = new Map<number, CaseMode>();
const WORD = /[A-Za-z][A-Za-z'-]*/g;

function modeOf(sentence: string): CaseMode {
  const hasLower = /[a-z]/.test(sentence);
  const hasUpper = /[A-Z]/.test(sentence);
  if (!hasUpper) return 'lower';
  if (!hasLower) return 'upper';
  const words = (sentence.match(WORD) ?? []).filter((w) => w.length >= 3 && !FUNCTION_WORDS.has(w.toLowerCase()));
  // One capitalised word on its own ("Snp", "Labour") says nothing by its capital.
  if (words.length === 1) return /^[A-Z][a-z]/.test(words[0]) ? 'title' : 'mixed';
  if (words.length < 2) return 'mixed';
  const capitalised = words.filter((w) => w[0] >= 'A' && w[0] <= 'Z').length;
  return capitalised === words.length ? 'title' : 'mixed';
}

/** How the sentence around `index` is written. */
export function caseModeAt(text: string, index: number): CaseMode {
  const { start, end } = sentenceAround(text, index);
  if (text !== cachedText) {
    cachedText = text;
    cachedModes = new Map();
  }
  let mode = cachedModes.get(start);
  if (mode === undefined) cachedModes.set(start, (mode = modeOf(text.slice(start, end))));
  return mode;
}

/** A person's name (or a councillor's title and name) right before `at`, in any case. */
const TITLE_AND_NAME_BEFORE = /\b(?:cllr|cllrs|councillor|councillors|mp|mayor|alderman)\b\.?\s+[^()\n[\]]{0,40}$/i;
const NOT_NAME_WORDS = 'The A An This That These Those Our Your Their Its For Of In On At To By With From'.split(' ');
const NOT_NAME = `(?!(?:${[...NOT_NAME_WORDS, ...NOT_NAME_WORDS.map((w) => w.toUpperCase())].join('|')})\\s)`;
const NAME_BEFORE = new RegExp(String.raw`(?:^|[^A-Za-z])${NOT_NAME}(?:[A-Z][a-z'-]+\s+[A-Z][a-zA-Z'-]+|[A-Z][A-Z'-]+\s+[A-Z][A-Z'-]+)\s*$`);
export function personBefore(before: string): boolean {
  return TITLE_AND_NAME_BEFORE.test(before) || NAME_BEFORE.test(before);
}
const CAPITALISED_BEFORE = /(?:^|[^A-Za-z])[A-Z][A-Za-z'-]*\s*$/;

/**
 * A party label: the whole of a bracket after a name ("Jo Smith (Lab)", "Benn Ward [Con]"), or
 * set off by dashes or bars after one ("Jo Smith - Con -", "Jo Smith | Lab").
 */
export function inLabelPosition(text: string, start: number, end: number, needPerson = false): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === ' ') i--;
  let j = end;
  while (j < text.length && text[j] === ' ') j++;
  const open = text[i];
  const close = text[j];
  let before: string;
  if ((open === '(' && /[),;/]/.test(close ?? '')) || (open === '[' && /[\],;/]/.test(close ?? ''))) {
    before = text.slice(Math.max(0, i - 60), i);
  } else if ((open === '-' || open === '|') && /\s/.test(text[i - 1] ?? '') && (j >= text.length || text[j] === '\n' || ((close === '-' || close === '|' || close === ',') && /\s|$/.test(text[j + 1] ?? '')))) {
    before = text.slice(Math.max(0, i - 60), i);
  } else return false;
  if (personBefore(before)) return true;
  return !needPerson && CAPITALISED_BEFORE.test(before);
}

/** The word before `start` is one of `words` (lower case). */
export function prevIs(text: string, start: number, words: ReadonlySet<string>): boolean {
  const p = prevWord(text, start);
  return !!p && words.has(p.word.toLowerCase());
}
