/**
 * The Graph endpoints the officer sync uses, answered from the local directory:
 *   GET /users?$select=&$expand=manager($select=id,displayName)&$top=   paged by an absolute @odata.nextLink ($skiptoken)
 *   GET /users/delta?$select=…,manager                                  every user, paged, ending with @odata.deltaLink
 *   GET <deltaLink>                                                     only the users changed since, @removed for deleted ones
 *   GET /users/delta?$deltatoken=latest                                 "sync from now": no users, just a deltaLink
 *   GET /users/{id | userPrincipalName}[/manager]
 * A delta token from before a reset (another epoch) is answered 410 Gone with a Location to start
 * again, as Graph does when it needs a full resynchronisation.
 */
import type { Directory, DirectoryUser, UserProperty } from './directory';
import { decodeToken, encodeToken, GraphError, parseExpand, parseSelect, parseTop, projectDelta, projectUser, refuseUnsupported } from './query';

export interface GraphCall {
  /** Path after /graph/v1.0, e.g. `/users/delta`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** e.g. http://127.0.0.1:4321/graph/v1.0 — links are absolute, on the configured host. */
  base: string;
}

type Json = Record<string, unknown>;

interface UsersPageToken extends Json {
  e: string;
  k: 'users';
  after: string;
}

interface DeltaToken extends Json {
  e: string;
  k: 'delta';
  /** Properties and whether the manager is tracked (encoded in the token, as Graph does). */
  p: UserProperty[];
  mg: boolean;
}
interface DeltaLinkToken extends DeltaToken {
  s: number;
}
interface DeltaPageToken extends DeltaToken {
  full: boolean;
  since: number;
  upto: number;
  after: string;
}

export const DEFAULT_DELTA_PAGE = 200;

export function answerGraph(dir: Directory, call: GraphCall, deltaPageSize = DEFAULT_DELTA_PAGE): Json {
  const segments = call.path.split('/').filter(Boolean).map((s) => decodeURIComponent(s));
  const first = segments[0]?.toLowerCase();
  if (first !== 'users') throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segments[0] ?? ''}'.`);
  if (segments.length === 1) return listUsers(dir, call);
  const second = segments[1].toLowerCase().replace(/\(\)$/, '');
  if (segments.length === 2 && (second === 'delta' || second === 'microsoft.graph.delta')) return delta(dir, call, deltaPageSize);
  const user = dir.get(segments[1]);
  if (!user) throw new GraphError(404, 'Request_ResourceNotFound', `Resource '${segments[1]}' does not exist or one of its queried reference-property objects are not present.`);
  const { props } = parseSelect(call.query.get('$select'), false);
  if (segments.length === 2) return { '@odata.context': `${call.base}/$metadata#users/$entity`, ...projectUser(user, props, undefined, null) };
  if (segments.length === 3 && segments[2].toLowerCase() === 'manager') {
    const manager = user.managerId ? dir.get(user.managerId) : undefined;
    if (!manager) throw new GraphError(404, 'Request_ResourceNotFound', `Resource 'manager' does not exist or one of its queried reference-property objects are not present.`);
    return { '@odata.context': `${call.base}/$metadata#directoryObjects/$entity`, '@odata.type': '#microsoft.graph.user', ...projectUser(manager, props, undefined, null) };
  }
  throw new GraphError(400, 'BadRequest', `Resource not found for the segment '${segments[2]}'.`);
}

function listUsers(dir: Directory, call: GraphCall): Json {
  const q = call.query;
  refuseUnsupported(q, ['$filter', '$orderby', '$search', '$count', '$skip'], 'by this local Graph on users');
  const { props } = parseSelect(q.get('$select'), false);
  const { manager } = parseExpand(q.get('$expand'));
  const top = parseTop(q.get('$top'));
  let after = '';
  const skip = q.get('$skiptoken');
  if (skip !== null) {
    const t = decodeToken<UsersPageToken>(skip, '$skiptoken');
    if (t.k !== 'users') throw new GraphError(400, 'Request_BadRequest', 'The $skiptoken value is not valid.');
    if (t.e !== dir.epoch) throw new GraphError(400, 'Directory_ExpiredPageToken', 'The specified page token value has expired and can no longer be included in your request.');
    after = t.after;
  }
  const users = dir.current(after);
  const page = users.slice(0, top);
  const out: Json = { '@odata.context': `${call.base}/$metadata#users(${props.join(',')})` };
  if (users.length > top) {
    const kept = [...q.entries()].filter(([k]) => k !== '$skiptoken').map(([k, v]) => `${k}=${encodeURIComponent(v)}`);
    const token = encodeToken({ e: dir.epoch, k: 'users', after: page[page.length - 1].id } satisfies UsersPageToken);
    out['@odata.nextLink'] = `${call.base}/users?${[...kept, `$skiptoken=${token}`].join('&')}`;
  }
  out.value = page.map((u) => projectUser(u, props, u.managerId ? dir.get(u.managerId) : undefined, manager));
  return out;
}

function delta(dir: Directory, call: GraphCall, pageSize: number): Json {
  const q = call.query;
  // Graph: $expand, $top and $orderby are not supported on users/delta; only id filters are (not here).
  refuseUnsupported(q, ['$expand', '$top', '$orderby', '$search', '$count', '$filter', '$skip'], 'with delta queries on users');
  const skip = q.get('$skiptoken');
  const deltaToken = q.get('$deltatoken');
  let round: DeltaPageToken;
  if (skip !== null) {
    if (q.has('$select')) throw new GraphError(400, 'Request_UnsupportedQuery', 'Delta queries with both $select and $skiptoken are not supported: follow the @odata.nextLink as it is.');
    const t = decodeToken<DeltaPageToken>(skip, '$skiptoken');
    if (t.k !== 'delta' || typeof t.after !== 'string') throw new GraphError(400, 'Request_BadRequest', 'The $skiptoken value is not valid.');
    round = t;
  } else if (deltaToken !== null && deltaToken.toLowerCase() !== 'latest') {
    const t = decodeToken<DeltaLinkToken>(deltaToken, '$deltatoken');
    if (t.k !== 'delta' || typeof t.s !== 'number') throw new GraphError(400, 'Request_BadRequest', 'The $deltatoken value is not valid.');
    // Graph lets a deltaLink change the properties it tracks by adding $select.
    const selected = q.has('$select') ? parseSelect(q.get('$select'), true) : { props: t.p, manager: t.mg };
    round = { e: t.e, k: 'delta', p: selected.props, mg: selected.manager, full: false, since: t.s, upto: dir.seq, after: '' };
  } else {
    const selected = parseSelect(q.get('$select'), true);
    round = { e: dir.epoch, k: 'delta', p: selected.props, mg: selected.manager, full: true, since: 0, upto: dir.seq, after: '' };
  }
  if (round.e !== dir.epoch) {
    const select = [...round.p, ...(round.mg ? ['manager'] : [])].join(',');
    throw new GraphError(410, 'resyncRequired', 'The delta token is no longer valid: replace any local copies of the users with the results of a new full synchronisation.', {
      Location: `${call.base}/users/delta?$select=${encodeURIComponent(select)}`
    });
  }
  const out: Json = { '@odata.context': `${call.base}/$metadata#users(${[...round.p, ...(round.mg ? ['manager'] : [])].join(',')})` };
  const link = (kind: '$skiptoken' | '$deltatoken', token: Json): string => `${call.base}/users/delta?${kind}=${encodeToken(token)}`;
  if (deltaToken !== null && deltaToken.toLowerCase() === 'latest') {
    out['@odata.deltaLink'] = link('$deltatoken', { e: dir.epoch, k: 'delta', p: round.p, mg: round.mg, s: dir.seq } satisfies DeltaLinkToken);
    out.value = [];
    return out;
  }
  const tracked = [...round.p.filter((p) => p !== 'id'), ...(round.mg ? ['manager'] : [])];
  const entries = round.full ? dir.snapshot(round.after) : dir.changes(round.since, round.upto, tracked, round.after);
  const page = entries.slice(0, pageSize);
  const minimal = !round.full && /\breturn\s*=\s*minimal\b/i.test(call.headers.prefer ?? '');
  if (entries.length > pageSize) out['@odata.nextLink'] = link('$skiptoken', { ...round, after: page[page.length - 1].user.id } satisfies DeltaPageToken);
  else out['@odata.deltaLink'] = link('$deltatoken', { e: round.e, k: 'delta', p: round.p, mg: round.mg, s: round.upto } satisfies DeltaLinkToken);
  out.value = page.map((e) => projectDelta(e, round.p, round.mg, minimal));
  return out;
}

export type { DirectoryUser };
