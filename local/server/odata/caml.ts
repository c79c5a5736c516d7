/**
 * The part of CAML that list queries use (getItemsByCAMLQuery, renderListDataAsStream, view
 * queries): <Where> with Eq/Neq/Gt/Geq/Lt/Leq/IsNull/IsNotNull/BeginsWith/Contains/In joined by
 * And/Or, <OrderBy>, <RowLimit>. It becomes the same filter tree as $filter, so it runs through
 * the same SQL and threshold rules. Nesting is bounded: a deeper query is a 400, never a stack overflow.
 */
import { Errors } from '../http/errors';
import { childNamed, childrenNamed, parseXml, XmlElement } from '../schema/xml';
import type { CmpOp, FilterNode } from './filter';
import type { OrderBy } from './query';

export interface CamlQuery {
  filter: FilterNode | null;
  orderby: OrderBy[];
  rowLimit: number | null;
  fields: string[];
}

const MAX_DEPTH = 64;
const OPS: Record<string, CmpOp> = { eq: 'eq', neq: 'ne', gt: 'gt', geq: 'ge', lt: 'lt', leq: 'le' };

function literal(value: XmlElement | undefined): { type: 'lit'; value: string | number | boolean | null; kind: 'string' | 'number' | 'bool' | 'datetime' } {
  const text = value?.text ?? '';
  const type = (value?.attrs.Type ?? 'Text').toLowerCase();
  if (['number', 'integer', 'counter', 'lookup', 'currency', 'user'].includes(type) && text.trim() !== '' && Number.isFinite(Number(text))) return { type: 'lit', value: Number(text), kind: 'number' };
  if (type === 'boolean') return { type: 'lit', value: text.trim() === '1' || text.trim().toLowerCase() === 'true', kind: 'bool' };
  if (type === 'datetime') return { type: 'lit', value: text.trim(), kind: 'datetime' };
  return { type: 'lit', value: text, kind: 'string' };
}

function node(el: XmlElement, depth: number): FilterNode {
  if (depth > MAX_DEPTH) throw Errors.badRequest(`The CAML query nests more than ${MAX_DEPTH} levels deep.`, '-2130575340, Microsoft.SharePoint.SPException');
  const name = el.name.toLowerCase();
  if (name === 'and' || name === 'or') {
    const kids = el.children;
    if (kids.length !== 2) throw Errors.badRequest(`<${el.name}> must hold exactly two conditions.`, '-2130575340, Microsoft.SharePoint.SPException');
    return { type: name, left: node(kids[0], depth + 1), right: node(kids[1], depth + 1) };
  }
  const ref = childNamed(el, 'FieldRef');
  const field = ref?.attrs.Name;
  if (!field) throw Errors.badRequest(`<${el.name}> needs a <FieldRef Name="…"/>.`, '-2130575340, Microsoft.SharePoint.SPException');
  const path = ref.attrs.LookupId?.toUpperCase() === 'TRUE' ? `${field}/Id` : field;
  if (OPS[name]) return { type: 'cmp', op: OPS[name], left: { type: 'field', path }, right: literal(childNamed(el, 'Value')) };
  if (name === 'isnull' || name === 'isnotnull') return { type: 'cmp', op: name === 'isnull' ? 'eq' : 'ne', left: { type: 'field', path }, right: { type: 'lit', value: null, kind: 'null' } };
  if (name === 'beginswith' || name === 'contains') {
    return { type: name === 'beginswith' ? 'startswith' : 'substringof', path, value: childNamed(el, 'Value')?.text ?? '' };
  }
  if (name === 'in') {
    const values = childrenNamed(childNamed(el, 'Values'), 'Value');
    if (values.length === 0) throw Errors.badRequest('<In> needs at least one <Value>.', '-2130575340, Microsoft.SharePoint.SPException');
    const leaves: FilterNode[] = values.map((v) => ({ type: 'cmp', op: 'eq', left: { type: 'field', path }, right: literal(v) }));
    // a balanced tree keeps even a long <In> shallow
    const build = (from: number, to: number): FilterNode => (to - from === 1 ? leaves[from] : { type: 'or', left: build(from, (from + to) >> 1), right: build((from + to) >> 1, to) });
    return build(0, leaves.length);
  }
  throw Errors.badRequest(`The CAML element <${el.name}> is not supported.`, '-2130575340, Microsoft.SharePoint.SPException');
}

/** Reads <View>…</View> or a bare <Query>…</Query>. */
export function parseCaml(xml: string): CamlQuery {
  let root: XmlElement;
  try {
    root = parseXml(xml);
  } catch (e) {
    throw Errors.badRequest(`The CAML query is not valid XML: ${(e as Error).message}`, '-2130575340, Microsoft.SharePoint.SPException');
  }
  const view = root.name === 'View' ? root : undefined;
  const query = root.name === 'Query' ? root : childNamed(view, 'Query');
  const where = childNamed(query, 'Where');
  const orderBy = childrenNamed(childNamed(query, 'OrderBy'), 'FieldRef');
  const rowLimit = childNamed(view, 'RowLimit');
  return {
    filter: where && where.children[0] ? node(where.children[0], 0) : null,
    orderby: orderBy.map((f) => ({ path: f.attrs.Name, desc: (f.attrs.Ascending ?? 'TRUE').toUpperCase() === 'FALSE' })),
    rowLimit: rowLimit ? Math.max(1, Math.min(5000, Number(rowLimit.text.trim()) || 100)) : null,
    fields: childrenNamed(childNamed(view, 'ViewFields'), 'FieldRef').map((f) => f.attrs.Name),
  };
}
