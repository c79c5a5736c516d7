/**
 * Cleaning the text mgWebService sends: entities that were encoded twice ("Task &amp;amp; Finish"),
 * non-breaking and other odd spaces, CRLF, and fields that hold only whitespace.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes one more layer of the XML entities (the parser has decoded the first). */
function decodeOnce(value: string): string {
  return value.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);/gi, (whole, name: string) => {
    const n = name.toLowerCase();
    if (n.startsWith('#x')) return safeCodePoint(parseInt(n.slice(2), 16)) ?? whole;
    if (n.startsWith('#')) return safeCodePoint(parseInt(n.slice(1), 10)) ?? whole;
    return NAMED[n] ?? whole;
  });
}

function safeCodePoint(cp: number): string | undefined {
  // Control characters other than tab and line ends are never wanted in a name or title.
  if (!Number.isFinite(cp) || cp > 0x10ffff || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13) || (cp >= 0xd800 && cp <= 0xdfff)) return undefined;
  return String.fromCodePoint(cp);
}

/**
 * One line of text: entities decoded (twice-encoded ones too), every kind of space and line end
 * folded to one space, control characters removed, trimmed. Blank becomes undefined.
 */
export function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let v = value;
  // Titles are sometimes encoded twice or three times; each pass undoes one layer.
  for (let i = 0; i < 3 && /&(#x?[0-9a-f]+|amp|lt|gt|quot|apos|nbsp);/i.test(v); i++) v = decodeOnce(v);
  v = v
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ')
    .trim();
  return v === '' ? undefined : v;
}

/** ModernGov's dates are dd/mm/yyyy; "unspecified" or anything else is no date. */
export function ukDate(value: unknown): string | undefined {
  const v = clean(value);
  if (!v) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return undefined;
  return `${m[3]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "2024-05-02" → "2 May 2024", for messages. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${d} ${months[m - 1]} ${y}`;
}

/** "LABOUR AND CO-OPERATIVE PARTY" → "Labour and Co-operative Party"; mixed-case text is left alone. */
export function tidyCapitals(value: string): string {
  if (value !== value.toUpperCase() || !/[A-Z]/.test(value)) return value;
  const small = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to', 'a']);
  return value
    .toLowerCase()
    .split(' ')
    // "Co-operative", not "Co-Operative": only the first letter of a hyphenated word is a capital.
    .map((w, i) => (i > 0 && small.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');
}

/** "o'brien" → "O'Brien", "mcdonald" → "McDonald", "smith-jones" → "Smith-Jones". */
export function capitaliseWord(word: string): string {
  return word
    .split('-')
    .map((part) => {
      const p = part.charAt(0).toUpperCase() + part.slice(1);
      if (/^O['’][a-z]/i.test(p)) return p.slice(0, 2) + p.charAt(2).toUpperCase() + p.slice(3);
      if (/^Mc[a-z]/.test(p)) return 'Mc' + p.charAt(2).toUpperCase() + p.slice(3);
      return p;
    })
    .join('-');
}
