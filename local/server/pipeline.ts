/**
 * One API call from start to finish, shared by plain HTTP requests and $batch parts: parse the
 * URL, pick the metadata level, route, and turn every failure into SharePoint's error JSON.
 */
import type { AppContext } from './api/context';
import { buildBatchResponse, parseBatch } from './api/batch';
import { routeApi } from './api/router';
import type { LocalUser } from './api/users';
import { effectiveMask } from './api/permissions';
import { errorBody, Errors, MetadataMode, SpError } from './http/errors';
import { contentType, metadataMode } from './http/format';
import { parseApiPath } from './http/path';
import type { ApiRequest, ApiResponse } from './http/types';

export interface CallInit {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: Buffer;
  user: LocalUser;
  inBatch: boolean;
  /** the origin to answer under: one of the server's configured hosts, checked before the call gets here */
  origin: string;
}

export function errorResponse(err: unknown, mode: MetadataMode): ApiResponse {
  let e: SpError;
  if (err instanceof SpError) e = err;
  else {
    // a bug in the local server: say so on stderr, but answer like SharePoint would
    console.error('[local-sharepoint] unexpected error:', err);
    e = Errors.internal();
  }
  return { status: e.status, headers: { 'Content-Type': contentType(mode), ...e.headers }, body: errorBody(e, mode) };
}

/** Where the API lives for this site: /sites/council/_api/ (case-insensitive). */
export function apiPath(app: AppContext, pathname: string): string | null {
  const prefix = `${app.siteRelative}/_api`.toLowerCase();
  const lower = pathname.toLowerCase();
  if (lower === prefix) return '';
  if (!lower.startsWith(`${prefix}/`)) return null;
  return pathname.slice(prefix.length + 1);
}

export function executeApi(app: AppContext, init: CallInit): ApiResponse {
  const mode = metadataMode(init.headers.accept);
  try {
    const rest = apiPath(app, init.url.pathname);
    if (rest === null) throw Errors.resourceNotFound(init.url.pathname);
    // the site's address is a configured one, whatever host the request (or a $batch part) claimed
    const url = new URL(`${init.url.pathname}${init.url.search}`, init.origin);
    const siteUrl = `${init.origin}${app.siteRelative}`;
    const segments = parseApiPath(rest, url.searchParams);
    const req: ApiRequest = {
      method: init.method, url, siteUrl, segments, query: init.url.searchParams, headers: init.headers,
      body: init.body, user: init.user, mode, inBatch: init.inBatch,
      perms: (list, itemId) => effectiveMask(app.store, init.user, list, itemId),
    };
    if (segments.length === 1 && segments[0].name === '$batch') {
      if (init.inBatch) throw Errors.badRequest('A $batch cannot contain another $batch.');
      if (init.method !== 'POST') throw Errors.methodNotAllowed(init.method, init.url.pathname);
      return runBatch(app, req);
    }
    return routeApi(app, req);
  } catch (err) {
    return errorResponse(err, mode);
  }
}

/** SharePoint Online takes at most 100 requests in one $batch. */
export const MAX_BATCH_PARTS = 100;

function runBatch(app: AppContext, req: ApiRequest): ApiResponse {
  const parts = parseBatch(req.headers['content-type'], req.body.toString('utf8'));
  if (parts.length > MAX_BATCH_PARTS) throw Errors.badRequest(`The $batch holds ${parts.length} requests; SharePoint accepts at most ${MAX_BATCH_PARTS}.`);
  const responses = parts.map((part) => {
    let url: URL;
    try {
      url = new URL(part.url, `${req.siteUrl}/`);
    } catch {
      return errorResponse(Errors.badRequest(`The batch part URL '${part.url}' is not valid.`), metadataMode(part.headers.accept));
    }
    return executeApi(app, { method: part.method, url, headers: part.headers, body: Buffer.from(part.body, 'utf8'), user: req.user, inBatch: true, origin: req.url.origin });
  });
  return buildBatchResponse(responses);
}
