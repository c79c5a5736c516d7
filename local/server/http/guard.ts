/**
 * What keeps the local server safe on a developer's machine: requests must name one of the
 * configured hosts (a DNS-rebinding page cannot talk to it under another name), the control
 * routes take only same-origin JSON or the start-up token (a cross-origin form or text/plain
 * POST is refused), and request bodies are bounded (413, never a reset connection).
 */
import type * as http from 'http';
import { SpError } from './errors';

/** SharePoint's own message for an oversized request. */
export const tooLarge = (limit: number): SpError =>
  new SpError(413, '-2130575339, Microsoft.SharePoint.Client.ClientRequestException', `The request message is too big. The server does not allow messages larger than ${limit} bytes.`);

export const DEFAULT_BODY_LIMIT = 50 * 1024 * 1024;

export interface HostPolicy {
  /** host:port values this server answers to, lower case */
  hosts: Set<string>;
  /** the origin used when a request names none of them (never reached for answered requests) */
  origin: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);

/** The hosts a server bound to `host:port` answers to: that name, and the loopback names when it is loopback. */
export function hostPolicy(host: string, port: number, extra: string[] = []): HostPolicy {
  const wildcard = host === '0.0.0.0' || host === '::';
  const own = wildcard ? '127.0.0.1' : host.toLowerCase();
  const names = new Set([own, ...extra.map((h) => h.toLowerCase())]);
  if (wildcard || LOOPBACK.has(own)) for (const n of LOOPBACK) names.add(n);
  const hosts = new Set<string>();
  for (const n of names) hosts.add(`${n.includes(':') && !n.startsWith('[') ? `[${n}]` : n}:${port}`);
  return { hosts, origin: `http://${own.includes(':') && !own.startsWith('[') ? `[${own}]` : own}:${port}` };
}

/** The origin a request is answered under: its Host when that is one of ours, else null (refuse it). */
export function originFor(policy: HostPolicy, hostHeader: string | undefined): string | null {
  const h = (hostHeader ?? '').trim().toLowerCase();
  return policy.hosts.has(h) ? `http://${h}` : null;
}

export const invalidHost = (): SpError => new SpError(400, '-1, System.ArgumentException', 'Bad Request - Invalid Hostname');

/**
 * A control call (/_local/*, /_workbench/reset) that changes state must be JSON from the same
 * origin, or carry the token printed at start-up. Returns the reason it is refused, or null.
 */
export function controlRefusal(req: http.IncomingMessage, policy: HostPolicy, token: string): string | null {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return null;
  const header = (name: string): string => String(req.headers[name] ?? '');
  if (token && header('x-local-token') === token) return null;
  const origin = header('origin');
  if (origin && !policy.hosts.has(origin.replace(/^https?:\/\//i, '').toLowerCase())) return `requests from ${origin} may not use the control routes`;
  const site = header('sec-fetch-site');
  if (site && site !== 'same-origin' && site !== 'none') return 'cross-site requests may not use the control routes';
  if (!/^application\/json\s*(;|$)/i.test(header('content-type'))) return 'control routes need Content-Type: application/json (or the X-Local-Token printed at start-up)';
  return null;
}

/** Reads a body up to `limit` bytes; past it, stops reading and rejects with SharePoint's 413. */
export function readBody(req: http.IncomingMessage, limit = DEFAULT_BODY_LIMIT): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      reject(tooLarge(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    req.on('data', (c: Buffer) => {
      if (over) return;
      size += c.length;
      if (size > limit) {
        over = true;
        chunks.length = 0;
        reject(tooLarge(limit));
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (!over) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}
