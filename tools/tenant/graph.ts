/**
 * A small Microsoft Graph client for the commands: GET with a Bearer token, Graph's error JSON
 * turned into GraphRequestError, and throttling honoured — a 429 (or 503/504) is retried after
 * the Retry-After seconds Graph sends (else an increasing wait), up to `maxAttempts` in all, and
 * counted. It follows links only on the Graph origin it was given, so a token never goes elsewhere.
 *
 * Against the real Graph the token comes from tools/tenant/auth.ts; the local Graph
 * (local/graph) accepts any non-empty token.
 */
import { randomUUID } from 'node:crypto';
import { GraphRequestError, type GraphSource } from '../../src/data/sync/officers/graph';
import type { TokenProvider } from './auth';

export const GRAPH_V1 = 'https://graph.microsoft.com/v1.0';

export interface GraphClientOptions {
  /** e.g. https://graph.microsoft.com/v1.0, or http://localhost:4321/graph/v1.0 */
  base: string;
  token: () => Promise<string>;
  /** Attempts per request, the first included (default 6). */
  maxAttempts?: number;
  /** The longest single wait honoured, in seconds (default 120); a longer Retry-After is an error. */
  maxWaitSeconds?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface GraphStats {
  requests: number;
  /** Answers of 429/503/504 (each retried unless attempts ran out). */
  throttled: number;
  waitedMs: number;
}

const RETRY = new Set([429, 503, 504]);

/** Where a local Graph (any token) is: loopback hosts. */
export function isLocalGraph(base: string): boolean {
  const host = new URL(base).hostname.toLowerCase();
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]' || host === '::1';
}

/** The token provider for a Graph base: the tenant's for graph.microsoft.com, a placeholder for the local one. */
export function graphToken(base: string, tenant: (() => TokenProvider) | undefined): () => Promise<string> {
  if (isLocalGraph(base)) return async () => 'local-graph';
  if (!tenant) throw new Error('Signing in to Microsoft Graph needs the tenant settings.');
  const provider = tenant();
  const scope = `${new URL(base).origin}/.default`;
  return () => provider(scope);
}

export class GraphClient implements GraphSource {
  public readonly stats: GraphStats = { requests: 0, throttled: 0, waitedMs: 0 };
  private readonly base: URL;

  public constructor(private readonly options: GraphClientOptions) {
    this.base = new URL(options.base.replace(/\/+$/, '') + '/');
  }

  private resolve(pathOrUrl: string): string {
    const url = /^https?:\/\//i.test(pathOrUrl) ? new URL(pathOrUrl) : new URL(pathOrUrl.replace(/^\/+/, ''), this.base);
    if (url.origin !== this.base.origin) throw new GraphRequestError(0, 'linkElsewhere', `Microsoft Graph sent a link to ${url.origin}, which is not ${this.base.origin}; the sync will not send its token there.`);
    return url.toString();
  }

  public async get(pathOrUrl: string): Promise<unknown> {
    const url = this.resolve(pathOrUrl);
    const max = this.options.maxAttempts ?? 6;
    const sleep = this.options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
    for (let attempt = 1; ; attempt++) {
      let res: Response;
      try {
        this.stats.requests++;
        res = await fetch(url, { headers: { Authorization: `Bearer ${await this.options.token()}`, Accept: 'application/json', 'client-request-id': randomUUID() } });
      } catch (e) {
        if (attempt >= max) throw new GraphRequestError(0, 'networkError', `Microsoft Graph could not be reached at ${this.base.origin}: ${(e as Error).message}`);
        await sleep(1000 * attempt);
        continue;
      }
      if (RETRY.has(res.status)) {
        this.stats.throttled++;
        const after = Number(res.headers.get('Retry-After'));
        const seconds = Number.isFinite(after) && after >= 0 ? after : Math.min(2 ** attempt, 60);
        await res.arrayBuffer().catch(() => undefined);
        if (attempt >= max) throw new GraphRequestError(res.status, 'throttled', `Microsoft Graph is still busy after ${max} attempts (HTTP ${res.status}); run the sync again later.`);
        if (seconds > (this.options.maxWaitSeconds ?? 120)) throw new GraphRequestError(res.status, 'throttled', `Microsoft Graph asked the sync to wait ${seconds} seconds; run it again later.`);
        this.stats.waitedMs += seconds * 1000;
        await sleep(seconds * 1000);
        continue;
      }
      const text = await res.text();
      if (!res.ok) throw errorFrom(res, text);
      try {
        return JSON.parse(text) as unknown;
      } catch {
        throw new GraphRequestError(res.status, 'unexpectedResponse', `Microsoft Graph's answer from ${url} is not JSON.`);
      }
    }
  }
}

function errorFrom(res: Response, text: string): GraphRequestError {
  let code = `http${res.status}`;
  let message = text.slice(0, 300);
  try {
    const e = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    if (typeof e?.code === 'string') code = e.code;
    if (typeof e?.message === 'string') message = e.message;
  } catch {
    // not Graph's error JSON: keep the start of the body
  }
  const hint =
    res.status === 401 ? ' Check the tenant sign-in settings.' :
    res.status === 403 ? ' The app registration needs the User.Read.All application permission, with admin consent.' : '';
  return new GraphRequestError(res.status, code, `Microsoft Graph refused the request (${res.status} ${code}): ${message}${hint}`, res.headers.get('Location') ?? undefined);
}
