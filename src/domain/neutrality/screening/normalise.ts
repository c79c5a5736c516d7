/**
 * Text normalisation for screening. The screen matches against a normalised copy of the text
 * (curly quotes straightened, hyphen variants and odd spaces unified, invisible characters
 * dropped) and maps every span back to UTF-16 offsets in the original text.
 */

export interface NormalisedText {
  /** The original text. */
  original: string;
  /** The normalised text: straight apostrophes and quotes, ASCII hyphens and spaces, invisibles removed. */
  norm: string;
  /**
   * `norm` with light obfuscation undone ("T0ries", "L@bour", "Tor!es"): a character-for-character
   * copy of `norm` (same length), used for party names and electioneering, not for web addresses.
   */
  plain: string;
  /** `map[i]` is the offset in `original` of `norm[i]`; `map[norm.length]` is `original.length`. */
  map: Int32Array;
}

/** Characters that stand in for a letter when they sit between two letters. */
const LOOKALIKES: Record<string, string> = { '0': 'o', '@': 'a', '!': 'i', '1': 'i', '$': 's', '3': 'e', '4': 'a' };

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** The normalised form of one UTF-16 unit: a replacement, '' to drop it, or undefined to keep it. */
function normaliseUnit(c: number): string | undefined {
  if (c < 0x80) {
    if (c === 0x0d) return '\n';
    if (c === 0x09 || c === 0x0b || c === 0x0c) return ' ';
    if (c === 0x60) return "'";
    return undefined;
  }
  switch (c) {
    case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x02bc: case 0x2032: case 0x00b4:
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xfe63: case 0xff0d:
      return '-';
    case 0x00a0: case 0x1680: case 0x202f: case 0x205f: case 0x3000:
      return ' ';
    case 0x00ad: case 0x200b: case 0x200c: case 0x200d: case 0x2060: case 0xfeff:
      return '';
  }
  if (c >= 0x2000 && c <= 0x200a) return ' ';
  return undefined;
}

export function normalise(original: string): NormalisedText {
  let norm = original;
  let map: Int32Array;
  if (/[^\x20-\x5f\x61-\x7e\n]/.test(original)) {
    const out: string[] = [];
    const offsets: number[] = [];
    for (let i = 0; i < original.length; i++) {
      const sub = normaliseUnit(original.charCodeAt(i));
      if (sub === '') continue;
      out.push(sub ?? original[i]);
      offsets.push(i);
    }
    offsets.push(original.length);
    norm = out.join('');
    map = Int32Array.from(offsets);
  } else {
    map = new Int32Array(original.length + 1);
    for (let i = 0; i <= original.length; i++) map[i] = i;
  }

  // Undo look-alike characters inside words, without changing the length.
  let plain = norm;
  if (/[a-zA-Z][0@!1$34][a-zA-Z]/.test(norm)) {
    const chars = norm.split('');
    for (let i = 1; i < chars.length - 1; i++) {
      const sub = LOOKALIKES[chars[i]];
      if (sub !== undefined && isAsciiLetter(norm[i - 1]) && isAsciiLetter(norm[i + 1])) {
        // An e-mail address is left alone: "jo@labour.org.uk" is checked as a web address.
        if (chars[i] === '@' && /[.\w]@[\w-]+\.[a-z]/i.test(norm.slice(i - 1, i + 40))) continue;
        chars[i] = sub;
      }
    }
    plain = chars.join('');
  }
  return { original, norm, plain, map };
}

/** Maps a [start, end) span of the normalised text to the original text. */
export function toOriginal(t: NormalisedText, start: number, end: number): { start: number; end: number } {
  const s = t.map[start];
  const e = end > start ? t.map[end - 1] + 1 : s;
  return { start: s, end: e };
}
