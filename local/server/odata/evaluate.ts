/**
 * Evaluates a $filter against plain metadata objects (lists, fields, users), which live in memory
 * rather than in item tables: e.g. fields?$filter=Hidden eq false and ReadOnlyField eq false.
 */
import { Errors } from '../http/errors';
import type { Json, JsonObject } from '../http/format';
import type { FilterNode, Operand } from './filter';

function prop(obj: JsonObject, path: string): Json | undefined {
  let cur: Json | undefined = obj;
  for (const part of path.split('/')) {
    if (!cur || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    const key: string | undefined = Object.keys(cur).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) throw Errors.fieldNotFound(path);
    cur = (cur as JsonObject)[key];
  }
  return cur;
}

function value(obj: JsonObject, o: Operand): Json | undefined {
  if (o.type === 'lit') return o.value;
  if (o.type === 'field') return prop(obj, o.path);
  throw Errors.unsupported(`${o.fn}(${o.path})`);
}

function compare(a: Json | undefined, b: Json | undefined): number {
  if (typeof a === 'boolean' && typeof b === 'number') return Number(a) - b;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase().localeCompare(b.toLowerCase());
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
}

export function evaluate(node: FilterNode, obj: JsonObject): boolean {
  switch (node.type) {
    case 'and': return evaluate(node.left, obj) && evaluate(node.right, obj);
    case 'or': return evaluate(node.left, obj) || evaluate(node.right, obj);
    case 'startswith': return String(prop(obj, node.path) ?? '').toLowerCase().startsWith(node.value.toLowerCase());
    case 'substringof': return String(prop(obj, node.path) ?? '').toLowerCase().includes(node.value.toLowerCase());
    default: {
      const a = value(obj, node.left);
      const b = value(obj, node.right);
      if (a === null || b === null || a === undefined || b === undefined) {
        const same = (a ?? null) === (b ?? null);
        return node.op === 'eq' ? same : node.op === 'ne' ? !same : false;
      }
      const c = compare(a, b);
      return { eq: c === 0, ne: c !== 0, gt: c > 0, ge: c >= 0, lt: c < 0, le: c <= 0 }[node.op];
    }
  }
}
