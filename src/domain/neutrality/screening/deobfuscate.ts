/**
 * The second normalisation step, word by word: tricks that keep a party's name readable to a
 * person but not to a simple matcher are undone, each guided by what it would produce, so that
 * ordinary text is left as written.
 *
 * - Web addresses written "labour[.]org[.]uk", "labour dot org dot uk", "agent [at] libdems…".
 * - Letters spaced, dotted or hyphenated one by one: "L a b o u r", "L.a.b.o.u.r", "T-o-r-i-e-s".
 * - Digits and symbols for letters: "L4b0ur", "T0r!es" (only where the result is a party word).
 * - Words run together: "LabourParty", "ReformUK", "labourparty" (only where a part is a party word).
 *
 * Each edit keeps the original ranges (mapped.ts), so findings still point at what was written.
 */
import { applyEdits, type Edit, type Mapped } from './mapped';
import { PROTECTED_ADDRESS, TLD_SOURCE } from './web';

/** The words the tricks are undone towards: party names, nicknames and the council's own groups. */
export interface Vocabulary {
  /** Lower-case words that belong to a party's or group's name. */
  readonly party: ReadonlySet<string>;
  /** Lower-case words that join party words in run-together names ("party", "uk", "vote"). */
  readonly glue: ReadonlySet<string>;
}

const TLD_END = new RegExp(`^(?:${TLD_SOURCE})$`, 'i');
const OBFUSCATED_DOT = String.raw`\s*[\[({<]\s*(?:\.|dot|DOT|Dot)\s*[\])}>]\s*|\s+(?:dot|DOT|Dot)\s+|\s+\.\s+`;
const OBFUSCATED_AT = String.raw`\s*[\[({<]\s*(?:@|at|AT|At)\s*[\])}>]\s*|\s+(?:at|AT)\s+`;
const LABEL = '[A-Za-z0-9][A-Za-z0-9-]*';
const CHAIN = new RegExp(`(?:([A-Za-z0-9._%+-]+)(${OBFUSCATED_AT}))?${LABEL}(?:(?:${OBFUSCATED_DOT}|\\.)${LABEL})+`, 'g');
const SEP_IN_CHAIN = new RegExp(`${OBFUSCATED_DOT}`, 'g');
const HAS_WEB_TRICK = /[[({<]\s*(?:\.|dot|at|@)\s*[\])}>]|\s(?:dot|at)\s|\s\.\s/i;

/** "labour[.]org[.]uk" → "labour.org.uk"; "jo [at] libdems dot org dot uk" → "jo@libdems.org.uk". */
export function deobfuscateWeb(m: Mapped): Mapped {
  if (!HAS_WEB_TRICK.test(m.text)) return m;
  const edits: Edit[] = [];
  CHAIN.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = CHAIN.exec(m.text)) !== null) {
    const whole = c[0];
    const domainStart = c[1] !== undefined ? c.index + c[1].length + c[2].length : c.index;
    const domain = m.text.slice(domainStart, c.index + whole.length);
    const labels = domain.split(new RegExp(`${OBFUSCATED_DOT}|\\.`));
    if (!TLD_END.test(labels[labels.length - 1])) continue;
    const tricked = new RegExp(OBFUSCATED_DOT).test(domain);
    const bracketAt = c[2] !== undefined && /[[({<]/.test(c[2]);
    if (!tricked && !bracketAt) continue;
    if (c[1] !== undefined) edits.push({ start: c.index + c[1].length, end: domainStart, text: '@' });
    SEP_IN_CHAIN.lastIndex = 0;
    let s: RegExpExecArray | null;
    while ((s = SEP_IN_CHAIN.exec(domain)) !== null) edits.push({ start: domainStart + s.index, end: domainStart + s.index + s[0].length, text: '.' });
  }
  return applyEdits(m, edits);
}

const UNIT = /[A-Za-z0-9@$!|']/;
const SPACING_SEP = /^(?: ?[.\-_*~+/:] ?| {1,2})$/;
const HAS_SPACING = /(?:^|[^A-Za-z0-9@$!|'])[A-Za-z0-9@$!|'](?: ?[.\-_*~+/:] ?| {1,2})[A-Za-z0-9@$!|'](?![A-Za-z0-9@$!|'])/;

function isUnit(ch: string | undefined): boolean {
  return ch !== undefined && UNIT.test(ch);
}

/** Ranges of the text that are web addresses, e-mail addresses, handles or hashtags: left alone. */
function protectedRanges(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  PROTECTED_ADDRESS.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PROTECTED_ADDRESS.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

function inRanges(ranges: Array<[number, number]>, s: number, e: number): boolean {
  return ranges.some(([a, b]) => s < b && a < e);
}

/**
 * Letters written one at a time with the same separator between them ("L a b o u r", "L.a.b.o.u.r",
 * "L-a-b-o-u-r"): the separators go. Three letters or more; two when they make a party word
 * ("U K"), or when the text spaces its other words the same way ("b y" in "P r i n t e d  b y").
 */
function collapseSpacing(m: Mapped, vocab: Vocabulary): Mapped {
  const text = m.text;
  if (!HAS_SPACING.test(text)) return m;
  const singles: number[] = [];
  for (let i = 0; i < text.length; i++) if (isUnit(text[i]) && !isUnit(text[i - 1]) && !isUnit(text[i + 1])) singles.push(i);
  const runs: Array<{ run: number[]; sep: string }> = [];
  let k = 0;
  while (k < singles.length) {
    let j = k;
    const sep = text.slice(singles[k] + 1, singles[k + 1]);
    if (k + 1 < singles.length && SPACING_SEP.test(sep)) {
      while (j + 1 < singles.length && text.slice(singles[j] + 1, singles[j + 1]) === sep) j++;
    }
    if (j > k) runs.push({ run: singles.slice(k, j + 1), sep });
    k = j + 1;
  }
  const lettersOf = (run: number[]): string => run.map((i) => text[i]).join('');
  const longRun = (run: number[]): boolean => run.length >= 3 && (lettersOf(run).match(/[A-Za-z]/g) ?? []).length >= 2;
  const spacedWith = new Set(runs.filter((r) => longRun(r.run)).map((r) => r.sep));
  const edits: Edit[] = [];
  for (const { run, sep } of runs) {
    const pair = run.length === 2 && /^[A-Za-z']+$/.test(lettersOf(run)) && (vocab.party.has(lettersOf(run).toLowerCase()) || spacedWith.has(sep));
    if (!longRun(run) && !pair) continue;
    for (let r = 0; r < run.length - 1; r++) edits.push({ start: run[r] + 1, end: run[r + 1], text: '' });
  }
  return applyEdits(m, edits);
}

/** What a digit or symbol may stand for inside a word. */
const STANDS_FOR: Record<string, string[]> = {
  '0': ['o'], '1': ['i', 'l'], '!': ['i', 'l'], '|': ['l', 'i'], '3': ['e'], '4': ['a'], '@': ['a'], '$': ['s'], '5': ['s'], '7': ['t'],
  '8': ['b'], '9': ['g']
};
const MIXED_TOKEN = /[A-Za-z0-9@$!|]+(?:-[A-Za-z0-9@$!|]+)*/g;
const HAS_MIXED = /[A-Za-z][0-9@$!|]|[0-9@$!|][A-Za-z]/;
const MAX_CHOICES = 64;

/** Where the party word is in `lower`: all of it, or a word of five letters or more inside it. */
function partyWordIn(lower: string, vocab: Vocabulary): [number, number] | undefined {
  if (vocab.party.has(lower)) return [0, lower.length];
  for (const w of vocab.party) {
    const at = w.length >= 5 ? lower.indexOf(w) : -1;
    if (at >= 0) return [at, at + w.length];
  }
  return undefined;
}

/** "L4b0ur" → "Labour", "T0R1ES" → "TORIES": only where the result is (or holds) a party word. */
function undoLookalikes(m: Mapped, vocab: Vocabulary, guard: Array<[number, number]>): Mapped {
  const text = m.text;
  if (!HAS_MIXED.test(text)) return m;
  const anyUpper = /[A-Z]/.test(text);
  const known = (w: string): boolean => vocab.party.has(w) || vocab.glue.has(w);
  const edits: Edit[] = [];
  MIXED_TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = MIXED_TOKEN.exec(text)) !== null) {
    // Punctuation at the edges is punctuation ("Labour!"), not a letter.
    const lead = /^[!|@$]*/.exec(t[0])![0].length;
    const token = t[0].slice(lead).replace(/[!|@$]+$/, '');
    const at = t.index + lead;
    if (!/[A-Za-z]/.test(token) || !/[0-9@$!|]/.test(token) || inRanges(guard, at, at + token.length)) continue;
    const letters = token.replace(/[^A-Za-z]/g, '');
    const upper = letters.length >= 2 && letters === letters.toUpperCase();
    // Hyphens stay as written; the word is compared without them ("C0-0perative" is "cooperative").
    const chars = [...token];
    const slots = chars.map((ch) => (ch === '-' ? [''] : STANDS_FOR[ch] ?? [ch.toLowerCase()]));
    const count = slots.reduce((n, sl) => n * sl.length, 1);
    if (count > MAX_CHOICES) continue;
    const words: string[][] = [];
    for (let choice = 0; choice < count; choice++) {
      let rest = choice;
      words.push(
        slots.map((sl) => {
          const c = sl[rest % sl.length];
          rest = Math.floor(rest / sl.length);
          return c;
        })
      );
    }
    // A whole word first ("national"), else one inside it ("votelabour").
    let word = words.find((w) => known(w.join('')));
    let range: [number, number] = [0, chars.length];
    if (!word) {
      for (const w of words) {
        const found = partyWordIn(w.join(''), vocab);
        if (!found) continue;
        word = w;
        // Offsets in the joined word → offsets in the token (hyphens are empty slots).
        let pos = 0;
        const map = w.map((c) => (pos += c.length) - c.length);
        range = [map.findIndex((p) => p >= found[0]), map.findIndex((p) => p >= found[1]) < 0 ? chars.length : map.findIndex((p) => p >= found[1])];
        break;
      }
    }
    if (!word) continue;
    chars.forEach((ch, i) => {
      if (!STANDS_FOR[ch] || i < range[0] || i >= range[1]) return;
      // A digit that opens a word stood for a capital, unless the whole text is in lower case.
      const capital = upper || (i === 0 && anyUpper);
      edits.push({ start: at + i, end: at + i + 1, text: capital ? word![i].toUpperCase() : word![i] });
    });
  }
  // "Women'5" is "Women's".
  for (const p of text.matchAll(/[A-Za-z]'5(?![A-Za-z0-9])/g)) edits.push({ start: p.index! + 2, end: p.index! + 3, text: 's' });
  return applyEdits(m, edits);
}

const CAMEL_PART = /[A-Z]?[a-z]+|[A-Z]+(?![a-z])/g;
const WORD_TOKEN = /[A-Za-z]{4,40}/g;

/** Splits a run-together lower-case or capitals word into 2–5 known words, one a party word. */
function segment(lower: string, vocab: Vocabulary): number[] | undefined {
  const word = (w: string): boolean => (w.length >= 4 && vocab.party.has(w)) || vocab.glue.has(w);
  // A possessive or plural of a known word is known too ("womensequalityparty").
  const known = (w: string): boolean => word(w) || (w.length >= 5 && w.endsWith('s') && word(w.slice(0, -1)));
  const search = (from: number, depth: number): number[] | undefined => {
    if (from === lower.length) return [];
    if (depth === 5) return undefined;
    for (let to = lower.length; to > from + 1; to--) {
      if (!known(lower.slice(from, to))) continue;
      const rest = search(to, depth + 1);
      if (rest) return [to, ...rest];
    }
    return undefined;
  };
  const cuts = search(0, 0);
  if (!cuts || cuts.length < 2) return undefined;
  let from = 0;
  const parts = cuts.map((to) => {
    const p = lower.slice(from, to);
    from = to;
    return p;
  });
  return parts.some((p) => p.length >= 4 && (vocab.party.has(p) || vocab.party.has(p.slice(0, -1)))) ? cuts.slice(0, -1) : undefined;
}

/** The words of a run-together name ("democraticunionistparty"), or undefined when it is not one. */
export function segmentWords(squashed: string, vocab: Vocabulary): string[] | undefined {
  const lower = squashed.toLowerCase();
  const cuts = segment(lower, vocab);
  if (!cuts) return undefined;
  const out: string[] = [];
  let from = 0;
  for (const to of [...cuts, lower.length]) {
    out.push(lower.slice(from, to));
    from = to;
  }
  return out;
}

/** "LabourParty" → "Labour Party", "labourparty" → "labour party", where a part is a party word. */
function splitJoined(m: Mapped, vocab: Vocabulary, guard: Array<[number, number]>): Mapped {
  const text = m.text;
  const edits: Edit[] = [];
  WORD_TOKEN.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = WORD_TOKEN.exec(text)) !== null) {
    const token = t[0];
    if (inRanges(guard, t.index, t.index + token.length)) continue;
    const at = t.index;
    const mixedCase = /[a-z]/.test(token) && /[A-Z]/.test(token.slice(1));
    if (mixedCase) {
      const parts = token.match(CAMEL_PART) ?? [];
      if (parts.length < 2 || parts.join('') !== token) continue;
      if (!parts.some((p) => vocab.party.has(p.toLowerCase()))) continue;
      let pos = at;
      for (let i = 0; i < parts.length - 1; i++) {
        pos += parts[i].length;
        edits.push({ start: pos, end: pos, text: ' ' });
      }
    } else if (token.length >= 6) {
      const lower = token.toLowerCase();
      let prefixKnown = false;
      for (let n = 2; n <= Math.min(14, lower.length - 2) && !prefixKnown; n++) {
        const p = lower.slice(0, n);
        prefixKnown = vocab.party.has(p) || vocab.glue.has(p);
      }
      if (!prefixKnown) continue;
      for (const cut of segment(lower, vocab) ?? []) edits.push({ start: at + cut, end: at + cut, text: ' ' });
    }
  }
  return applyEdits(m, edits);
}

/** The word-level step, after `deobfuscateWeb`: spacing, look-alike digits, run-together words. */
export function deobfuscateText(m: Mapped, vocab: Vocabulary): Mapped {
  let out = collapseSpacing(m, vocab);
  const needsGuard = HAS_MIXED.test(out.text) || /[A-Za-z]{6}/.test(out.text);
  if (!needsGuard) return out;
  let guard = protectedRanges(out.text);
  out = undoLookalikes(out, vocab, guard);
  guard = protectedRanges(out.text);
  return splitJoined(out, vocab, guard);
}
