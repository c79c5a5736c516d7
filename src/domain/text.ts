/**
 * The one way the product folds text for matching what people type against what is stored:
 * names, wards, services, topics, import keys. Display text is never changed by it.
 */

const COMBINING = /[\u0300-\u036f]/g;
const CURLY_QUOTES = /[\u2018\u2019\u02bc`]/g;
const APOSTROPHES = /'/g;
const SEPARATORS = /[^a-z0-9]+/;

/** Lower case, no accents, quotes straightened, single spaces ("O’Brien" and "o'brien" match). */
export function foldText(value: string): string {
  return value.normalize('NFKD').replace(COMBINING, '').replace(CURLY_QUOTES, "'").toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The words of a text, folded, with apostrophes dropped and "&" read as "and": "O’Brien & Co" → obrien, and, co. */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  for (const w of foldText(text).replace(APOSTROPHES, '').replace(/&/g, ' and ').split(SEPARATORS)) if (w) out.push(w);
  return out;
}
