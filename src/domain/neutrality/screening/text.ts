/**
 * Small, allocation-light helpers for reading the words around a match.
 */

export interface Word {
  word: string;
  start: number;
  end: number;
}

/** Words that do not make a run of capitals a title ("Parts and Labour", "Vote Green On Thursday"). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'for', 'to', 'in', 'on', 'at', 'by', 'with', 'from', 'as',
  'into', 'onto', 'than', 'this', 'that', 'these', 'those', 'next', 'is', 'are', 'was', 'were', 'be', 'will',
  'would', 'has', 'have', 'had', 'not', 'no', 'it', 'its', 'their', 'our', 'your', 'my', 'his', 'her', 'we',
  'they', 'you', 'i', 'me', 'us', 'them', 'so', 'if', 'all', 'more', 'out', 'up', 'again', 'only', 'now', 'today'
]);

const LETTER = /[A-Za-z]/;

function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}

/** The word right after `end`, across spaces only (not across punctuation or a line break). */
export function nextWord(text: string, end: number): Word | undefined {
  let i = end;
  while (i < text.length && text[i] === ' ') i++;
  if (i === end && i < text.length && isLetter(text[i])) return undefined; // still inside a word
  if (!isLetter(text[i])) return undefined;
  const start = i;
  while (i < text.length && (isLetter(text[i]) || (text[i] === "'" && isLetter(text[i + 1])))) i++;
  return { word: text.slice(start, i), start, end: i };
}

/** The word right before `start`, across spaces only. */
export function prevWord(text: string, start: number): Word | undefined {
  let i = start;
  while (i > 0 && text[i - 1] === ' ') i--;
  if (!isLetter(text[i - 1])) return undefined;
  const end = i;
  while (i > 0 && (isLetter(text[i - 1]) || (text[i - 1] === "'" && isLetter(text[i - 2])))) i--;
  return { word: text.slice(i, end), start: i, end };
}

/** Up to `n` words after `end`, across spaces and commas, stopping at a sentence boundary. */
export function wordsAfter(text: string, end: number, n: number): string[] {
  const slice = text.slice(end, end + 12 * n);
  const stop = slice.search(/[.!?;:\n]/);
  const words = (stop >= 0 ? slice.slice(0, stop) : slice).match(/[A-Za-z][A-Za-z'-]*/g) ?? [];
  return words.slice(0, n);
}

/** True when the word at `start` opens a sentence, a line, a bracket or a list item. */
export function isSentenceInitial(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '"' || text[i] === "'" || text[i] === '(' || text[i] === '[')) {
    if (text[i] === '(' || text[i] === '[') return true;
    i--;
  }
  if (i < 0) return true;
  return /[.!?:;\n•*|>\-–—]/.test(text[i]);
}

export function isCapitalised(word: string): boolean {
  const c = word.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export function isAllCaps(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase() && word !== word.toLowerCase();
}

export function isCapitalisedContent(w: Word | undefined): boolean {
  if (!w || !isCapitalised(w.word)) return false;
  const lower = w.word.toLowerCase();
  return !FUNCTION_WORDS.has(lower);
}

/**
 * True when the span sits in a run of capitalised words ("Green Lane", "Agency Labour",
 * "Labour Day", "GREEN WASTE"): a heading or a proper name, not a party.
 * A capitalised word that opens the sentence is not evidence of a title.
 */
export function inTitleRun(text: string, start: number, end: number): boolean {
  const next = nextWord(text, end);
  if (isCapitalisedContent(next)) return true;
  let prev = prevWord(text, start);
  if (prev && isCapitalisedContent(prev) && !isSentenceInitial(text, prev.start)) return true;
  // "Parts and Labour", "Costs of Materials & Labour": look past one lower-case function word or "&".
  let bridge = -1;
  if (prev && FUNCTION_WORDS.has(prev.word) && prev.word !== 'by') bridge = prev.start;
  else if (!prev) {
    let i = start;
    while (i > 0 && text[i - 1] === ' ') i--;
    if (text[i - 1] === '&') bridge = i - 1;
  }
  if (bridge >= 0) {
    const bridgeWord = text.slice(bridge, start).trim();
    prev = prevWord(text, bridge);
    // "Parts and Labour", "Costs of Labour"; but not "Campaigning for Labour" at the start of a sentence.
    if (prev && isCapitalisedContent(prev) && (!isSentenceInitial(text, prev.start) || /^(?:and|&|of)$/.test(bridgeWord))) return true;
  }
  return false;
}

/** The sentence around `index`: [start, end). Boundaries are . ! ? and line breaks. */
export function sentenceAround(text: string, index: number): { start: number; end: number } {
  let s = index;
  while (s > 0) {
    const ch = text[s - 1];
    if (ch === '\n') break;
    if ((ch === '.' || ch === '!' || ch === '?') && (s >= text.length || text[s] === ' ' || text[s] === '\n')) break;
    s--;
    if (index - s > 400) break;
  }
  let e = index;
  while (e < text.length) {
    const ch = text[e];
    if (ch === '\n') break;
    if ((ch === '.' || ch === '!' || ch === '?') && (e + 1 >= text.length || text[e + 1] === ' ' || text[e + 1] === '\n')) {
      e++;
      break;
    }
    e++;
    if (e - index > 400) break;
  }
  return { start: s, end: e };
}

/** Lower-case words of a span of text. */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
}
