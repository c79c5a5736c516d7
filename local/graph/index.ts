/**
 * The local Microsoft Graph: the subset of Graph v1.0 that the officer sync uses, on the local
 * SharePoint server's origin under /graph/v1.0/, seeded from the site's demo council. It needs a
 * Bearer token (any non-empty one: there is no tenant to check it against) and answers with
 * Graph's own shapes: paging by absolute @odata.nextLink, delta links, `@removed`, `manager@delta`,
 * Graph's error JSON, and 429 + Retry-After when its throttling switch is on. See README.md.
 */
import type * as http from 'node:http';
import { randomUUID } from 'node:crypto';
import { COUNCILS, parseCouncil, type CouncilName } from '../councils';
import { readBody } from '../server/http/guard';
import type { LocalServer } from '../server';
import { answerGraph, DEFAULT_DELTA_PAGE } from './api';
import { defaultGraphFaults, graphControl, throttled, type GraphCounter, type GraphFaults } from './control';
import { Directory, type DirectoryUser } from './directory';
import { GraphError } from './query';
import { usersFromDataset } from './seed';

export { Directory } from './directory';
export type { DirectoryUser, UserFields } from './directory';
export { officerUserId, seedOddities, usersFromDataset, demoDepartmentMappings, seedDepartmentMappings, departmentOf, stableGuid } from './seed';
export type { GraphFaults } from './control';

export type ExtraRoutes = (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface LocalGraphOptions {
  /** The local SharePoint server this Graph shares an origin with (its host rules and control-route guard). */
  server: () => LocalServer;
  /** The users to start with; default: the officers of the demo council the site holds. */
  users?: () => DirectoryUser[];
  /** Users per /users/delta page (Graph decides its own; default 200). */
  deltaPageSize?: number;
}

export interface LocalGraph {
  routes: ExtraRoutes;
  directory: Directory;
  faults: GraphFaults;
  requests: GraphCounter;
  /** Back to the starting users; delta links handed out before get 410 Gone. */
  reset(): void;
}

const JSON_TYPE = 'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';

export function localGraph(options: LocalGraphOptions): LocalGraph {
  const directory = new Directory();
  const faults = defaultGraphFaults();
  const requests: GraphCounter = { count: 0, throttled: 0, since: new Date().toISOString() };
  let seededFor: string | undefined;

  const councilOfSite = (): CouncilName => parseCouncil(options.server().db.meta('council') ?? undefined) ?? 'rugby';
  const seed = (): void => {
    const council = councilOfSite();
    directory.load(options.users ? options.users() : usersFromDataset(COUNCILS[council]()));
    seededFor = council;
  };
  // Seeded on first use, and again when the site is reset to another demo council.
  const ensureSeeded = (): void => {
    if (seededFor === undefined || (!options.users && seededFor !== councilOfSite())) seed();
  };

  const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': JSON_TYPE, 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
    res.end(text);
  };

  const graphError = (res: http.ServerResponse, e: GraphError, ids: Record<string, string>): void =>
    send(res, e.status, { error: { code: e.code, message: e.message, innerError: { date: new Date().toISOString().slice(0, 19), 'request-id': ids['request-id'], 'client-request-id': ids['client-request-id'] } } }, { ...e.headers, ...ids });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> {
    const lower = url.pathname.toLowerCase();
    if (lower === '/graph/_local' || lower.startsWith('/graph/_local/')) {
      const refused = options.server().controlRefusal(req);
      if (refused) {
        req.resume();
        send(res, 403, { error: `Refused: ${refused}.` });
        return true;
      }
      ensureSeeded();
      const body = (await readBody(req, 1024 * 1024)).toString('utf8');
      const out = graphControl({ directory, faults, counter: requests, reset: seed }, (req.method ?? 'GET').toUpperCase(), url.pathname.slice('/graph/_local'.length) || '/', url.searchParams, body);
      send(res, out.status, out.body);
      return true;
    }
    if (!(lower === '/graph/v1.0' || lower.startsWith('/graph/v1.0/'))) return false;

    req.resume();
    requests.count++;
    const ids = { 'request-id': randomUUID(), 'client-request-id': String(req.headers['client-request-id'] ?? randomUUID()) };
    const origin = options.server().originFor(req.headers.host);
    try {
      const auth = String(req.headers.authorization ?? '');
      const token = /^Bearer\s+(.+)$/i.exec(auth)?.[1]?.trim();
      if (!token) throw new GraphError(401, 'InvalidAuthenticationToken', auth ? 'Access token validation failure. Invalid audience.' : 'Access token is empty.');
      if (throttled(faults)) {
        requests.throttled++;
        throw faults.status === 429
          ? new GraphError(429, 'TooManyRequests', 'Too many requests. Please wait the number of seconds in the Retry-After header and try again.', { 'Retry-After': String(faults.retryAfter) })
          : new GraphError(503, 'serviceNotAvailable', 'The service is temporarily unavailable. Please wait the number of seconds in the Retry-After header and try again.', { 'Retry-After': String(faults.retryAfter) });
      }
      if ((req.method ?? 'GET').toUpperCase() !== 'GET') throw new GraphError(405, 'Request_BadRequest', 'This local Graph only reads users; change them through /graph/_local/users.');
      ensureSeeded();
      const body = answerGraph(directory, { path: url.pathname.slice('/graph/v1.0'.length), query: url.searchParams, headers: lowerHeaders(req), base: `${origin ?? ''}/graph/v1.0` }, options.deltaPageSize ?? DEFAULT_DELTA_PAGE);
      send(res, 200, body, ids);
    } catch (e) {
      if (e instanceof GraphError) graphError(res, e, ids);
      else {
        console.error('[local-graph] unexpected error:', e);
        graphError(res, new GraphError(500, 'generalException', 'The local Graph could not complete this request.'), ids);
      }
    }
    return true;
  }

  return {
    routes: handle,
    directory,
    faults,
    requests,
    reset: seed
  };
}

function lowerHeaders(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}
