/**
 * The $filter grammar SharePoint's REST API accepts, parsed into an AST:
 *   comparisons (eq ne gt ge lt le), and/or, parentheses, startswith(F,'x'), substringof('x',F),
 *   day/month/year(F), literals ('text' with '' escapes, numbers, true/false, null,
 *   datetime'…', guid'…'), field paths (Title, WardId, Ward/Id, Account/EMail).
 * Anything else SharePoint rejects (endswith, tolower, not, arithmetic, lambdas…) is rejected
 * here with SharePoint's 400, never a crash.
 */
import { Errors, SpError } from '../http/errors';

export type CmpOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';
export type LiteralKind = 'string' | 'number' | 'bool' | 'null' | 'datetime' | 'guid';

export type Operand =
  | { type: 'field'; path: string }
  | { type: 'lit'; value: string | number | boolean | null; kind: LiteralKind }
  | { type: 'part'; fn: 'day' | 'month' | 'year'; path: string };

export type FilterNode =
  | { type: 'and' | 'or'; left: FilterNode; right: FilterNode }
  | { type: 'cmp'; op: CmpOp; left: Operand; right: Operand }
  | { type: 'startswith' | 'substringof'; path: string; value: string };

interface Token {
  kind: 'lparen' | 'rparen' | 'comma' | 'string' | 'number' | 'word' | 'typed';
  text: string;
  value?: string;
  pos: number;
}

const COMPARISONS = new Set(['eq', 'ne', 'gt', 'ge', 'lt', 'le']);
const ARITHMETIC = new Set(['add', 'sub', 'mul', 'div', 'mod']);
const UNSUPPORTED_FUNCTIONS = new Set([
  'endswith', 'tolower', 'toupper', 'trim', 'concat', 'length', 'indexof', 'substring', 'replace', 'round', 'floor',
  'ceiling', 'hour', 'minute', 'second', 'isof', 'cast', 'contains', 'any', 'all', 'now', 'date', 'time',
]);

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const syntax = (pos: number): SpError => Errors.badRequest(`Syntax error at position ${pos} in '${src}'.`);
  while (i < src.length) {
    const ch = src[i];
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(') tokens.push({ kind: 'lparen', text: ch, pos: i++ });
    else if (ch === ')') tokens.push({ kind: 'rparen', text: ch, pos: i++ });
    else if (ch === ',') tokens.push({ kind: 'comma', text: ch, pos: i++ });
    else if (ch === "'") {
      const start = i++;
      let value = '';
      for (;;) {
        if (i >= src.length) throw Errors.badRequest(`There is an unterminated string literal at position ${start} in '${src}'.`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += src[i++];
      }
      tokens.push({ kind: 'string', text: src.slice(start, i), value, pos: start });
    } else if (/[-0-9]/.test(ch)) {
      const m = /^-?\d+(\.\d+)?([eE][-+]?\d+)?[dDmMfFlL]?/.exec(src.slice(i));
      if (!m) throw syntax(i);
      tokens.push({ kind: 'number', text: m[0], pos: i });
      i += m[0].length;
    } else if (/[A-Za-z_$@]/.test(ch)) {
      const m = /^[A-Za-z_$@][\w$./]*/.exec(src.slice(i))!;
      const word = m[0];
      const start = i;
      i += word.length;
      if ((word.toLowerCase() === 'datetime' || word.toLowerCase() === 'guid') && src[i] === "'") {
        const end = src.indexOf("'", i + 1);
        if (end < 0) throw syntax(i);
        tokens.push({ kind: 'typed', text: word.toLowerCase(), value: src.slice(i + 1, end), pos: start });
        i = end + 1;
      } else tokens.push({ kind: 'word', text: word, pos: start });
    } else throw syntax(i);
  }
  return tokens;
}

/** Bounds that keep a hostile $filter from exhausting the stack: nesting of parentheses, and length. */
export const MAX_FILTER_DEPTH = 64;
export const MAX_FILTER_TOKENS = 20000;

export function parseFilter(src: string): FilterNode {
  const tokens = tokenize(src);
  if (tokens.length > MAX_FILTER_TOKENS) throw Errors.badRequest(`The $filter is too long: it has more than ${MAX_FILTER_TOKENS} parts.`);
  let p = 0;
  let depth = 0;
  const peek = (): Token | undefined => tokens[p];
  const syntax = (t?: Token): SpError => Errors.badRequest(`Syntax error at position ${t ? t.pos : src.length} in '${src}'.`);
  const unsupported = (): SpError => Errors.unsupported(src);
  const isWord = (t: Token | undefined, w: string): boolean => !!t && t.kind === 'word' && t.text.toLowerCase() === w;
  const expect = (kind: Token['kind']): Token => {
    const t = tokens[p];
    if (!t || t.kind !== kind) throw syntax(t);
    p++;
    return t;
  };

  function operand(): Operand {
    const t = peek();
    if (!t) throw syntax();
    p++;
    if (t.kind === 'string') return { type: 'lit', value: t.value!, kind: 'string' };
    if (t.kind === 'number') return { type: 'lit', value: Number(t.text.replace(/[dDmMfFlL]$/, '')), kind: 'number' };
    if (t.kind === 'typed') return { type: 'lit', value: t.value!, kind: t.text === 'datetime' ? 'datetime' : 'guid' };
    if (t.kind !== 'word') throw syntax(t);
    const w = t.text.toLowerCase();
    if (w === 'null') return { type: 'lit', value: null, kind: 'null' };
    if (w === 'true' || w === 'false') return { type: 'lit', value: w === 'true', kind: 'bool' };
    if (peek()?.kind === 'lparen') {
      if (w === 'day' || w === 'month' || w === 'year') {
        expect('lparen');
        const f = expect('word');
        expect('rparen');
        return { type: 'part', fn: w, path: f.text };
      }
      throw unsupported();
    }
    if (COMPARISONS.has(w) || ARITHMETIC.has(w) || w === 'and' || w === 'or' || w === 'not') throw syntax(t);
    return { type: 'field', path: t.text };
  }

  function primary(): FilterNode {
    const t = peek();
    if (!t) throw syntax();
    if (t.kind === 'lparen') {
      p++;
      if (++depth > MAX_FILTER_DEPTH) throw Errors.badRequest(`The $filter nests parentheses more than ${MAX_FILTER_DEPTH} deep.`);
      const inner = orExpr();
      expect('rparen');
      depth--;
      return inner;
    }
    if (isWord(t, 'not')) throw unsupported();
    if (t.kind === 'word' && tokens[p + 1]?.kind === 'lparen') {
      const fn = t.text.toLowerCase();
      if (fn === 'startswith' || fn === 'substringof') {
        p += 2;
        const a = operand();
        expect('comma');
        const b = operand();
        expect('rparen');
        const [field, lit] = fn === 'startswith' ? [a, b] : [b, a];
        if (field.type !== 'field' || lit.type !== 'lit' || lit.kind !== 'string') throw unsupported();
        // startswith(…) eq true is valid OData; accept it
        if (isWord(peek(), 'eq') && isWord(tokens[p + 1], 'true')) p += 2;
        return { type: fn, path: field.path, value: String(lit.value) };
      }
      if (UNSUPPORTED_FUNCTIONS.has(fn)) throw unsupported();
    }
    const left = operand();
    const opTok = peek();
    if (!opTok || opTok.kind !== 'word') throw left.type === 'field' ? unsupported() : syntax(opTok);
    const op = opTok.text.toLowerCase();
    if (ARITHMETIC.has(op)) throw unsupported();
    if (!COMPARISONS.has(op)) throw syntax(opTok);
    p++;
    const right = operand();
    if (ARITHMETIC.has(peek()?.text.toLowerCase() ?? '')) throw unsupported();
    return { type: 'cmp', op: op as CmpOp, left, right };
  }

  // and/or chains (PnPjs's in() makes long ones) become balanced trees, so walking them stays shallow
  function balanced(type: 'and' | 'or', nodes: FilterNode[]): FilterNode {
    if (nodes.length === 1) return nodes[0];
    const mid = nodes.length >> 1;
    return { type, left: balanced(type, nodes.slice(0, mid)), right: balanced(type, nodes.slice(mid)) };
  }

  function andExpr(): FilterNode {
    const nodes = [primary()];
    while (isWord(peek(), 'and')) {
      p++;
      nodes.push(primary());
    }
    return balanced('and', nodes);
  }

  function orExpr(): FilterNode {
    const nodes = [andExpr()];
    while (isWord(peek(), 'or')) {
      p++;
      nodes.push(andExpr());
    }
    return balanced('or', nodes);
  }

  if (tokens.length === 0) throw syntax();
  const tree = orExpr();
  if (p < tokens.length) throw syntax(tokens[p]);
  return tree;
}

/** Field paths a filter mentions, in order. */
export function filterPaths(node: FilterNode): string[] {
  if (node.type === 'and' || node.type === 'or') return [...filterPaths(node.left), ...filterPaths(node.right)];
  if (node.type === 'cmp') return [node.left, node.right].filter((o) => o.type !== 'lit').map((o) => (o as { path: string }).path);
  return [(node as { path: string }).path];
}
