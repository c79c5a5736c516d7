/**
 * Reads the OData system query options from a (form-encoded) query string: %24select and
 * $select alike, "+" as a space. Keys are matched case-insensitively.
 */
import { Errors } from '../http/errors';
import { FilterNode, parseFilter } from './filter';

export interface OrderBy {
  path: string;
  desc: boolean;
}

export interface SkipToken {
  id: number | null;
  pagedPrev: boolean;
  /** p_<Field> values for ordered paging */
  values: Record<string, string>;
}

export interface ODataQuery {
  select: string[] | null;
  expand: string[];
  filter: FilterNode | null;
  filterText: string | null;
  orderby: OrderBy[];
  top: number | null;
  skiptoken: SkipToken | null;
  /** every query option as received, for repeating them in odata.nextLink */
  params: [string, string][];
}

const list = (v: string | null): string[] =>
  (v ?? '').split(',').map((s) => s.trim()).filter((s) => s.length > 0);

export function getOption(query: URLSearchParams, name: string): string | null {
  const lower = name.toLowerCase();
  for (const [k, v] of query) if (k.toLowerCase() === lower) return v;
  return null;
}

export function parseSkipToken(raw: string): SkipToken {
  const p = new URLSearchParams(raw);
  const token: SkipToken = { id: null, pagedPrev: false, values: {} };
  for (const [k, v] of p) {
    if (k === 'p_ID') token.id = Number(v);
    else if (k === 'PagedPrev') token.pagedPrev = v.toUpperCase() === 'TRUE';
    else if (k.startsWith('p_')) token.values[k.slice(2)] = v;
  }
  if (token.id !== null && !Number.isFinite(token.id)) throw Errors.badRequest(`The $skiptoken '${raw}' is not valid.`);
  return token;
}

export function parseQuery(query: URLSearchParams): ODataQuery {
  const select = getOption(query, '$select');
  const filterText = getOption(query, '$filter');
  const topText = getOption(query, '$top');
  const skiptoken = getOption(query, '$skiptoken');
  let top: number | null = null;
  if (topText !== null) {
    if (!/^\d+$/.test(topText.trim())) throw Errors.badRequest(`The value '${topText}' is not a valid $top. It must be a non-negative integer.`);
    top = Number(topText);
  }
  const orderby = list(getOption(query, '$orderby')).map((part) => {
    const m = /^(\S+)(?:\s+(asc|desc))?$/i.exec(part);
    if (!m) throw Errors.badRequest(`Syntax error in $orderby '${part}'.`);
    return { path: m[1], desc: (m[2] ?? '').toLowerCase() === 'desc' };
  });
  return {
    select: select === null ? null : list(select),
    expand: list(getOption(query, '$expand')),
    filter: filterText !== null && filterText.trim() !== '' ? parseFilter(filterText) : null,
    filterText,
    orderby,
    top,
    skiptoken: skiptoken ? parseSkipToken(skiptoken) : null,
    params: [...query],
  };
}
