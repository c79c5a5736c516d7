/**
 * Parses the part of an API URL after "_api/" into segments such as
 *   web / lists / getByTitle('Political Groups') / items(3) / versions
 * Segment names are compared case-insensitively (SharePoint does); arguments keep their case.
 * Aliased parameters (@a1, @u) are resolved from the query string, as SharePoint does for
 * UploadImage(listTitle=@a1,…)?@a1='Members' and getUserEffectivePermissions(@u)?@u='…'.
 */
import { Errors } from './errors';

export type ArgValue = string | number | boolean | null;

export interface PathSegment {
  /** lower-case name */
  name: string;
  raw: string;
  /** null when the segment has no parentheses */
  args: { positional: ArgValue[]; named: Record<string, ArgValue> } | null;
}

function splitOutsideQuotes(s: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let inQuote = false;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === "'") inQuote = !inQuote; // '' inside a string toggles twice: harmless
    else if (!inQuote && ch === '(') depth++;
    else if (!inQuote && ch === ')') depth--;
    if (ch === sep && !inQuote && depth === 0) {
      parts.push(cur);
      cur = '';
    } else cur += ch;
  }
  parts.push(cur);
  return parts;
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Parses an OData literal: 'text' (with '' escapes), guid'…', numbers, true/false/null. */
export function parseLiteral(text: string, query: URLSearchParams): ArgValue {
  const t = text.trim();
  if (t.startsWith('@')) {
    const aliased = query.get(t);
    if (aliased === null) throw Errors.badRequest(`The parameter alias '${t}' has no value in the query string.`);
    // an alias stands for a literal; one alias naming another is refused, so @a=@b&@b=@a cannot loop
    if (aliased.trim().startsWith('@')) throw Errors.badRequest(`The parameter alias '${t}' refers to another alias ('${aliased.trim()}'); an alias must hold a literal value.`);
    return parseLiteral(aliased, query);
  }
  const q = /^(?:guid|datetime)?'((?:[^']|'')*)'$/i.exec(t);
  if (q) return q[1].replace(/''/g, "'");
  if (/^-?\d+(\.\d+)?$/.test(t)) return Number(t);
  if (/^(true|false)$/i.test(t)) return t.toLowerCase() === 'true';
  if (/^null$/i.test(t)) return null;
  throw Errors.badRequest(`The literal '${t}' in the request URL is not valid.`);
}

export function parseApiPath(rawPath: string, query: URLSearchParams): PathSegment[] {
  const segments: PathSegment[] = [];
  for (const rawSeg of splitOutsideQuotes(rawPath, '/')) {
    if (rawSeg === '') continue;
    const seg = safeDecode(rawSeg);
    const open = seg.indexOf('(');
    if (open < 0) {
      segments.push({ name: seg.toLowerCase(), raw: seg, args: null });
      continue;
    }
    if (!seg.endsWith(')')) throw Errors.badRequest(`The segment '${seg}' of the request URL is not valid.`);
    const name = seg.slice(0, open);
    const inner = seg.slice(open + 1, -1);
    const args = { positional: [] as ArgValue[], named: {} as Record<string, ArgValue> };
    if (inner.trim() !== '') {
      for (const part of splitOutsideQuotes(inner, ',')) {
        const eq = /^\s*([A-Za-z_]\w*)\s*=(.*)$/s.exec(part);
        if (eq && !part.trim().startsWith("'")) args.named[eq[1].toLowerCase()] = parseLiteral(eq[2], query);
        else args.positional.push(parseLiteral(part, query));
      }
    }
    segments.push({ name: name.toLowerCase(), raw: seg, args });
  }
  return segments;
}

/** First argument, positional or named. */
export function firstArg(seg: PathSegment): ArgValue | undefined {
  if (!seg.args) return undefined;
  if (seg.args.positional.length > 0) return seg.args.positional[0];
  const names = Object.keys(seg.args.named);
  return names.length > 0 ? seg.args.named[names[0]] : undefined;
}
