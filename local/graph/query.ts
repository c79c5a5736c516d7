/**
 * Reading Graph's query options and writing its answers: `$select`, `$expand=manager(...)`,
 * `$top`, state tokens, the projection of a user, and Graph's error JSON. Errors are GraphError,
 * answered as `{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}`.
 */
import { DEFAULT_PROPERTIES, USER_PROPERTIES, type DeltaEntry, type DirectoryUser, type UserProperty } from './directory';

export class GraphError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    public readonly headers: Record<string, string> = {}
  ) {
    super(message);
  }
}

const badRequest = (message: string, code = 'Request_BadRequest'): GraphError => new GraphError(400, code, message);

const KNOWN = new Set<string>(USER_PROPERTIES);

/** `$select=a,b` → the properties, checked; `manager` is allowed only where Graph allows it (delta). */
export function parseSelect(raw: string | null, allowManager: boolean): { props: UserProperty[]; manager: boolean } {
  if (raw === null || raw.trim() === '') return { props: [...DEFAULT_PROPERTIES], manager: false };
  const props: UserProperty[] = [];
  let manager = false;
  for (const name of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
    const known = USER_PROPERTIES.find((p) => p.toLowerCase() === name.toLowerCase());
    if (known) {
      if (!props.includes(known)) props.push(known);
    } else if (allowManager && name.toLowerCase() === 'manager') manager = true;
    else throw badRequest(`Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.User'.`);
  }
  return { props, manager };
}

/** `$expand=manager` or `$expand=manager($select=id,displayName)`; nothing else is expandable here. */
export function parseExpand(raw: string | null): { manager: UserProperty[] | null } {
  if (raw === null || raw.trim() === '') return { manager: null };
  const m = /^\s*manager\s*(?:\(\s*\$select\s*=\s*([^)]*)\))?\s*$/i.exec(raw);
  if (!m) {
    const name = raw.split(/[(,]/)[0].trim();
    if (KNOWN.has(name)) throw badRequest(`Property '${name}' on type 'Microsoft.DirectoryServices.User' is not a navigation property or complex property. Only navigation properties can be expanded.`);
    throw badRequest(`Could not find a property named '${name}' on type 'Microsoft.DirectoryServices.User'.`);
  }
  return { manager: m[1] === undefined ? [...DEFAULT_PROPERTIES] : parseSelect(m[1], false).props };
}

/** Graph's page sizes for users: 1 to 999, 100 by default. */
export function parseTop(raw: string | null): number {
  if (raw === null || raw === '') return 100;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 999) throw badRequest(`Invalid page size specified: '${raw}'. Must be between 1 and 999 inclusive.`, 'Request_UnsupportedQuery');
  return n;
}

/** Query options the local Graph does not take on users. */
export function refuseUnsupported(q: URLSearchParams, options: readonly string[], where: string): void {
  for (const o of options) {
    if (q.has(o)) throw badRequest(`The query option '${o}' is not supported ${where}.`, 'Request_UnsupportedQuery');
  }
}

/** State tokens are opaque to clients; here they are base64url JSON that names the directory's epoch. */
export function encodeToken(value: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify(value), 'utf8').toString('base64url');
}

export function decodeToken<T extends Record<string, unknown>>(raw: string, name: string): T {
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as unknown;
    if (v && typeof v === 'object' && !Array.isArray(v) && typeof (v as { e?: unknown }).e === 'string') return v as T;
  } catch {
    // fall through to the error below
  }
  throw badRequest(`The ${name} value is not valid.`);
}

type Json = Record<string, unknown>;

const managerRef = (id: string, extra: Json = {}): Json => ({ '@odata.type': '#microsoft.graph.user', id, ...extra });

/** A user as `/users` returns it: exactly the selected properties (null where unset), and the expanded manager. */
export function projectUser(user: DirectoryUser, props: readonly UserProperty[], manager: DirectoryUser | undefined, managerProps: readonly UserProperty[] | null): Json {
  const out: Json = {};
  for (const p of props) out[p] = copy(user[p]);
  if (managerProps && manager) out.manager = managerRef(manager.id, projectUser(manager, managerProps.filter((p) => p !== 'id'), undefined, null));
  return out;
}

/**
 * A user as `/users/delta` returns it. Removed users are `{id, @removed}`. Otherwise every selected
 * property (by default: old values too, but never a property that was never set), or with
 * `Prefer: return=minimal` only the changed ones; `id` always; `manager@delta` when selected.
 */
export function projectDelta(entry: DeltaEntry, props: readonly UserProperty[], manager: boolean, minimal: boolean): Json {
  const { user } = entry;
  if (entry.deleted) return { id: user.id, '@removed': { reason: entry.deleted === 'hard' ? 'deleted' : 'changed' } };
  const out: Json = {};
  for (const p of props) {
    if (p === 'id') continue;
    const changed = entry.whole || entry.changedProps.includes(p);
    if (minimal && !changed) continue;
    const v = user[p];
    const unset = v === null || (Array.isArray(v) && v.length === 0);
    // "If the property has never been set before it will not be included"; a change to null is.
    if (unset && !(changed && !entry.whole)) continue;
    out[p] = copy(v);
  }
  out.id = user.id;
  if (manager) {
    const changed = entry.whole || entry.changedProps.includes('manager');
    if (!(minimal && !changed)) {
      if (user.managerId) out['manager@delta'] = [managerRef(user.managerId)];
      else if (changed && !entry.whole && entry.previousManagerId) out['manager@delta'] = [managerRef(entry.previousManagerId, { '@removed': { reason: 'deleted' } })];
    }
  }
  return out;
}

const copy = (v: unknown): unknown => (Array.isArray(v) ? [...v] : v);
