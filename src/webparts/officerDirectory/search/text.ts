/**
 * Text handling shared by the topic search and the officer index: folding (case, accents,
 * apostrophes, punctuation, hyphens), a light English stemmer for plurals, and a bounded
 * Damerau-Levenshtein distance for typos. Small and allocation-light: it runs on every keystroke.
 */

import { foldedWords, foldText } from '../../../domain/text';

/** Lower case, no accents, no apostrophes ("O’Brien" → "obrien"), "&" as "and". */
export function fold(text: string): string {
  return foldText(text).replace(/'/g, '').replace(/&/g, ' and ');
}

/** The words of a text, folded: hyphens and punctuation separate words ("fly-tipping" → fly, tipping). */
export const words = foldedWords;

/**
 * A light stemmer for English plurals, the usual way people differ from the keyword lists:
 * bins → bin, repairs → repair, libraries → library, boxes → box, benches → bench. It leaves
 * short words, -ss, -us and -is alone (bus, grass, status, analysis). Queries and documents go
 * through the same function, so it only needs to be consistent, not linguistically perfect.
 */
export function stem(word: string): string {
  const n = word.length;
  if (n <= 3 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (/(?:ss|us|is)$/.test(word)) return word;
  if (n > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (/(?:ches|shes|sses|xes|zes)$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}

/** Stemmed words. */
export function stems(text: string): string[] {
  return words(text).map(stem);
}

/** How many edits a typo may have: none under 4 letters, 1 from 4, 2 from 8. */
export function typoAllowance(length: number): number {
  if (length >= 8) return 2;
  if (length >= 4) return 1;
  return 0;
}

/**
 * Damerau-Levenshtein distance (optimal string alignment: insertions, deletions, substitutions
 * and transpositions of adjacent letters), or `max + 1` as soon as it must exceed `max`.
 */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (a === b) return 0;
  // Three rolling rows: two back (for transpositions), previous and current.
  let prev2 = new Array<number>(lb + 1);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = cur[0];
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] > max ? max + 1 : prev[lb];
}

/** Is `candidate` a plausible typo of `word` (both folded)? Never for short words. */
export function isTypoOf(word: string, candidate: string): boolean {
  const allowance = typoAllowance(Math.min(word.length, candidate.length));
  if (allowance === 0) return false;
  return editDistance(word, candidate, allowance) <= allowance;
}
