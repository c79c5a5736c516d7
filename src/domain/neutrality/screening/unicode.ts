/**
 * The first normalisation step, character by character (Unicode TS #39 in spirit): direction
 * overrides resolved into the order a reader sees; invisible and format characters removed
 * (zero-width spaces and joiners, variation selectors, tag characters, the soft hyphen, the
 * Mongolian vowel separator, bidi controls…); compatibility forms folded (NFKC's mappings:
 * full-width and mathematical letters, ligatures, circled letters); accents and other combining
 * marks removed; look-alike letters from other scripts mapped to the ASCII they imitate, from the
 * Unicode confusables data (see confusables.generated.ts); quotes, dashes and spaces unified.
 */
import { CONFUSABLES } from './confusables.generated';
import { identity, MappedBuilder, type Mapped } from './mapped';

/** Private-use stand-ins, while decoding, for "l, I or 1" and "O or 0" (the table writes them * and ~). */
const AMBIGUOUS_L = '\ue000';
const AMBIGUOUS_O = '\ue001';

/** Look-alike character → ASCII, decoded once from the generated table. */
const LOOKALIKE: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  let key = '';
  let target = '';
  for (const ch of CONFUSABLES) {
    if (ch.charCodeAt(0) >= 0x80) {
      if (key) map.set(key, target);
      key = ch;
      target = '';
    } else target += ch === '*' ? AMBIGUOUS_L : ch === '~' ? AMBIGUOUS_O : ch;
  }
  if (key) map.set(key, target);
  return map;
})();

const MARK = /\p{M}/u;
const INVISIBLE = /[\p{Default_Ignorable_Code_Point}\p{Cf}]/u;
const SPACE = /\p{Zs}/u;
const PLAIN = /^[\x20-\x7e\n]*$/;

/** Quotes, dashes and spaces that the matchers want in their ASCII form. */
function punctuation(c: number): string | undefined {
  switch (c) {
    case 0x0d: case 0x85: case 0x2028: case 0x2029:
      return '\n';
    case 0x09: case 0x0b: case 0x0c: case 0x2800:
      return ' ';
    case 0x60: case 0x2018: case 0x2019: case 0x201a: case 0x201b: case 0x02bc: case 0x2032: case 0x00b4: case 0xff07:
      return "'";
    case 0x201c: case 0x201d: case 0x201e: case 0x201f: case 0x2033: case 0x00ab: case 0x00bb: case 0xff02:
      return '"';
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2212: case 0xfe63: case 0xff0d:
      return '-';
  }
  return undefined;
}

const BIDI_OPEN: Record<number, 'rtl' | 'ltr' | 'embed' | 'isolate'> = {
  0x202e: 'rtl', // RIGHT-TO-LEFT OVERRIDE: the characters are shown in reverse order
  0x202d: 'ltr', // LEFT-TO-RIGHT OVERRIDE
  0x202a: 'embed', 0x202b: 'embed', // embeddings: Latin letters keep their order inside them
  0x2066: 'isolate', 0x2067: 'isolate', 0x2068: 'isolate'
};
const PDF = 0x202c;
const PDI = 0x2069;

interface Node {
  kind: 'root' | 'rtl' | 'ltr' | 'embed' | 'isolate';
  items: Array<number | Node>;
}

/**
 * The order a reader sees the code points in (indices into `cps`). Only overrides reorder Latin
 * text; embeddings and isolates keep it. A line break ends every open override, as in the Unicode
 * bidirectional algorithm's paragraphs.
 */
function visualOrder(cps: readonly number[]): number[] {
  const root: Node = { kind: 'root', items: [] };
  const stack: Node[] = [root];
  cps.forEach((cp, i) => {
    const top = stack[stack.length - 1];
    const open = BIDI_OPEN[cp];
    if (open) {
      const node: Node = { kind: open, items: [] };
      top.items.push(node);
      stack.push(node);
    } else if (cp === PDF) {
      if (stack.length > 1 && top.kind !== 'isolate') stack.pop();
    } else if (cp === PDI) {
      while (stack.length > 1 && stack[stack.length - 1].kind !== 'isolate') stack.pop();
      if (stack.length > 1) stack.pop();
    } else if (cp === 0x0a || cp === 0x0d || cp === 0x2029) {
      stack.length = 1;
      root.items.push(i);
    } else top.items.push(i);
  });
  const out: number[] = [];
  const flatten = (node: Node, into: number[]): void => {
    const units: number[][] = [];
    for (const item of node.items) {
      if (typeof item === 'number') units.push([item]);
      else {
        const inner: number[] = [];
        flatten(item, inner);
        units.push(inner);
      }
    }
    if (node.kind === 'rtl') units.reverse();
    for (const u of units) into.push(...u);
  };
  flatten(root, out);
  return out;
}

function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

/** "l, I or 1" and "O or 0" from a caseless look-alike, decided by its neighbours. */
function resolveAmbiguous(b: MappedBuilder): void {
  for (let i = 0; i < b.length; i++) {
    const ch = b.charAt(i);
    if (ch !== AMBIGUOUS_L && ch !== AMBIGUOUS_O) continue;
    let prev: string | undefined;
    let next: string | undefined;
    for (let j = i - 1; j >= 0 && prev === undefined; j--) if (b.charAt(j) !== ' ') prev = b.charAt(j);
    for (let j = i + 1; j < b.length && next === undefined; j++) if (b.charAt(j) !== ' ') next = b.charAt(j);
    const neighbours = [prev, next].filter((c) => isAsciiLetter(c) || isDigit(c)) as string[];
    const digits = neighbours.length > 0 && neighbours.every(isDigit);
    const upper = neighbours.some((c) => c >= 'A' && c <= 'Z') && !neighbours.some((c) => c >= 'a' && c <= 'z');
    if (ch === AMBIGUOUS_L) b.setChar(i, digits ? '1' : upper ? 'I' : 'l');
    else b.setChar(i, digits ? '0' : upper || neighbours.length === 0 ? 'O' : 'o');
  }
}

/** The first step: returns the text with each character's original range. */
export function normaliseUnicode(original: string): Mapped {
  if (PLAIN.test(original)) return identity(original);
  const cps: number[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < original.length; ) {
    const cp = original.codePointAt(i) as number;
    cps.push(cp);
    offsets.push(i);
    i += cp > 0xffff ? 2 : 1;
  }
  const hasBidi = cps.some((cp) => BIDI_OPEN[cp] !== undefined);
  const order = hasBidi ? visualOrder(cps) : cps.map((_c, i) => i);
  const b = new MappedBuilder();
  let ambiguous = false;
  for (const k of order) {
    const cp = cps[k];
    const from = offsets[k];
    const to = from + (cp > 0xffff ? 2 : 1);
    if (cp >= 0x20 && cp < 0x7f && cp !== 0x60) {
      b.push(String.fromCharCode(cp), from, to);
      continue;
    }
    if (cp === 0x0a) {
      b.push('\n', from, to);
      continue;
    }
    const p = punctuation(cp);
    if (p !== undefined) {
      b.push(p, from, to);
      continue;
    }
    const ch = String.fromCodePoint(cp);
    if (SPACE.test(ch)) {
      b.push(' ', from, to);
      continue;
    }
    // A look-alike first: some are spacing marks that look like a letter ("ం" is an o).
    const look = LOOKALIKE.get(ch);
    if (look !== undefined) {
      if (look === AMBIGUOUS_L || look === AMBIGUOUS_O) ambiguous = true;
      b.push(look, from, to);
      continue;
    }
    if (MARK.test(ch)) {
      b.extendLast(to);
      continue;
    }
    if (cp < 0x20 || cp === 0x7f || INVISIBLE.test(ch)) continue;
    // Compatibility decomposition (NFKC's mappings), then the same steps for each resulting character.
    for (const d of ch.normalize('NFKD')) {
      if (MARK.test(d) || INVISIBLE.test(d)) continue;
      const dc = d.codePointAt(0) as number;
      const dp = punctuation(dc);
      if (dp !== undefined) b.push(dp, from, to);
      else if (dc < 0x80) b.push(d, from, to);
      else if (SPACE.test(d)) b.push(' ', from, to);
      else {
        const dl = LOOKALIKE.get(d);
        if (dl === AMBIGUOUS_L || dl === AMBIGUOUS_O) ambiguous = true;
        b.push(dl ?? d, from, to);
      }
    }
  }
  if (ambiguous) resolveAmbiguous(b);
  return b.build();
}
