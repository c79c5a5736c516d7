/**
 * Ways a person writes a party's name so that a reader still sees it at a glance, each built from
 * the term by construction (the oracle is the construction, never the screener). Each family is
 * a function of the text and a source of choices, so fast-check can generate and shrink them and
 * the figures script can enumerate them with a seeded generator.
 */
import unicodeConfusables from 'unhomoglyph/data.json';

/** Returns an integer in [0, n). */
export type Pick = (n: number) => number;

export const EVASIONS = [
  'none',
  'lookalike',
  'fullwidth',
  'accents',
  'invisibles',
  'spaced',
  'dotted',
  'hyphenated',
  'joined',
  'digits',
  'reversed',
  'lower',
  'upper',
  'title'
] as const;
export type Evasion = (typeof EVASIONS)[number];

/** Families that change the letters of the term itself (the case families change the whole text). */
export const CASE_FAMILIES: readonly Evasion[] = ['lower', 'upper', 'title'];

const DATA = unicodeConfusables as Record<string, string>;

/**
 * For each ASCII letter, the characters of other scripts that Unicode's confusables data says look
 * like it, keeping only those that share the letter's case (a reader takes "Ι" for "I", not "l").
 */
const LOOKALIKES: Record<string, string[]> = (() => {
  const out: Record<string, string[]> = {};
  for (const [ch, skeleton] of Object.entries(DATA)) {
    if (ch.codePointAt(0)! < 0x80 || [...ch].length !== 1 || /\p{M}/u.test(ch)) continue;
    const upper = ch !== ch.toLowerCase();
    const lower = ch !== ch.toUpperCase();
    let letter: string | undefined;
    if (skeleton === 'l') letter = upper ? 'I' : lower ? 'l' : undefined;
    else if (skeleton === 'rn') letter = lower ? 'm' : undefined;
    else if (skeleton === 'O') letter = upper ? 'O' : undefined;
    else if (/^[A-Za-z]$/.test(skeleton) && !(upper && skeleton !== skeleton.toUpperCase()) && !(lower && skeleton !== skeleton.toLowerCase())) letter = skeleton;
    if (letter) (out[letter] ??= []).push(ch);
  }
  return out;
})();

export const INVISIBLES = [
  '\u200B', // zero-width space
  '\u200C', // zero-width non-joiner
  '\u200D', // zero-width joiner
  '\u2060', // word joiner
  '\uFEFF', // zero-width no-break space
  '\u00AD', // soft hyphen
  '\u180E', // Mongolian vowel separator
  '\uFE0F', // variation selector-16
  '\uFE00', // variation selector-1
  '\u{E0041}', // tag latin capital letter a
  '\u{E0020}', // tag space
  '\u2062', // invisible times
  '\u034F', // combining grapheme joiner
  '\u200E', // left-to-right mark
  '\u061C' // Arabic letter mark
];

const COMBINING = Array.from({ length: 0x36f - 0x300 + 1 }, (_, i) => String.fromCharCode(0x300 + i));

const isLetter = (ch: string): boolean => /[A-Za-z]/.test(ch);

function mapLetters(text: string, f: (ch: string, i: number) => string): string {
  return [...text].map((ch, i) => (isLetter(ch) ? f(ch, i) : ch)).join('');
}

/** At least one letter changed, the rest chosen at random. */
function someLetters(text: string, pick: Pick, change: (ch: string) => string | undefined): string {
  const letters = [...text].map((ch, i) => [ch, i] as const).filter(([ch]) => isLetter(ch) && change(ch) !== undefined);
  if (letters.length === 0) return text;
  const forced = letters[pick(letters.length)][1];
  return [...text].map((ch, i) => (i === forced || (isLetter(ch) && pick(2) === 0) ? change(ch) ?? ch : ch)).join('');
}

function separated(text: string, sep: string, wordSep: string): string {
  return text
    .split(/\s+/)
    .map((w) => [...w].filter((ch) => ch !== '-' || w.length === 1).join(sep))
    .join(wordSep);
}

const DIGITS: Record<string, string> = { o: '0', O: '0', i: '1', I: '1', l: '1', e: '3', E: '3', a: '4', A: '4', s: '5', S: '5', t: '7', T: '7' };

export function titleCase(text: string): string {
  return text.replace(/[A-Za-z][A-Za-z']*/g, (w) => w[0].toUpperCase() + w.slice(1).toLowerCase());
}

/** Applies one family to a term (or, for the case families, to any text). */
export function evade(family: Evasion, text: string, pick: Pick): string {
  switch (family) {
    case 'none':
      return text;
    case 'lookalike':
      return someLetters(text, pick, (ch) => {
        const options = LOOKALIKES[ch];
        return options && options.length > 0 ? options[pick(options.length)] : undefined;
      });
    case 'fullwidth':
      return [...text].map((ch) => (ch === ' ' ? '\u3000' : ch > ' ' && ch <= '~' ? String.fromCharCode(ch.charCodeAt(0) + 0xfee0) : ch)).join('');
    case 'accents':
      return someLetters(text, pick, (ch) => (ch + COMBINING[pick(COMBINING.length)]).normalize(pick(2) ? 'NFC' : 'NFD'));
    case 'invisibles': {
      const chars = [...text];
      const at = 1 + pick(Math.max(1, chars.length - 1));
      return chars.map((ch, i) => (i === at || (i > 0 && pick(3) === 0) ? INVISIBLES[pick(INVISIBLES.length)] + ch : ch)).join('');
    }
    case 'spaced':
      return separated(text, ' ', pick(2) ? '   ' : '  ');
    case 'dotted':
      return separated(text, '.', ' ');
    case 'hyphenated':
      return separated(text, '-', ' ');
    case 'joined': {
      const words = text.split(/\s+/);
      if (words.length < 2) return text;
      const style = pick(3);
      return joinWords(words, style);
    }
    case 'digits':
      return someLetters(text, pick, (ch) => DIGITS[ch]);
    case 'reversed':
      // Stored backwards, shown forwards by a right-to-left override.
      return `\u202E${[...text].reverse().join('')}\u202C`;
    case 'lower':
      return text.toLowerCase();
    case 'upper':
      return text.toUpperCase();
    case 'title':
      return titleCase(text);
  }
}

/** Words run together: "LabourParty" (0), "labourparty" (1) or "LABOURPARTY" (2). */
export function joinWords(raw: readonly string[], style: number): string {
  const words = raw.map((w) => w.replace(/['-]/g, ''));
  if (style === 0) return words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return style === 1 ? words.join('').toLowerCase() : words.join('').toUpperCase();
}

/** A seeded source of choices (mulberry32), for the figures script. */
export function seeded(seed: number): Pick {
  let a = seed >>> 0;
  return (n: number) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    const r = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    return Math.floor(r * n);
  };
}

/** A source of choices from fast-check's integers (so failures shrink). */
export function fromInts(ints: readonly number[]): Pick {
  let i = 0;
  return (n: number) => (ints.length === 0 ? 0 : ints[i++ % ints.length] % n);
}

export { mapLetters };
