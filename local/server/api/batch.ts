/**
 * $batch in the exact multipart format PnPjs writes and parses (@pnp/sp batching.js):
 * requests are top-level GET parts and changesets of writes; the response is one flat part per
 * request, in request order (never nested changeset responses, which PnPjs cannot parse), and
 * the closing boundary is followed by a newline. Each part succeeds or fails on its own; like
 * SharePoint, a changeset is not rolled back when one of its parts fails.
 */
import { Errors } from '../http/errors';
import type { ApiResponse } from '../http/types';
import { newGuid } from '../store/db';

export interface BatchPart {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string;
}

const STATUS_TEXT: Record<number, string> = {
  200: 'OK', 201: 'Created', 202: 'Accepted', 204: 'No Content', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden',
  404: 'Not Found', 405: 'Method Not Allowed', 409: 'Conflict', 412: 'Precondition Failed', 429: 'Too Many Requests',
  500: 'Internal Server Error', 503: 'Service Unavailable',
};

export const statusText = (status: number): string => STATUS_TEXT[status] ?? 'Unknown';

function boundaryOf(contentType: string | undefined): string | null {
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType ?? '');
  return m ? m[1] ?? m[2] : null;
}

/** Splits a multipart body into its parts (text between boundary lines; preamble and epilogue dropped). */
function splitParts(text: string, boundary: string): string[] {
  const lines = text.split('\n');
  const parts: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}` || t === `--${boundary}--`) {
      if (current) parts.push(current.join('\n'));
      current = t.endsWith('--') && t !== `--${boundary}` ? null : [];
      if (t === `--${boundary}--`) break;
    } else if (current) current.push(line);
  }
  return parts;
}

function splitHead(text: string): { head: string[]; rest: string } {
  const i = text.indexOf('\n\n');
  if (i < 0) return { head: text.split('\n').filter((l) => l.trim() !== ''), rest: '' };
  return { head: text.slice(0, i).split('\n').filter((l) => l.trim() !== ''), rest: text.slice(i + 2) };
}

function headerMap(lines: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const l of lines) {
    const i = l.indexOf(':');
    if (i > 0) out[l.slice(0, i).trim().toLowerCase()] = l.slice(i + 1).trim();
  }
  return out;
}

function parseHttpPart(text: string): BatchPart {
  const { head: partHeaders, rest } = splitHead(text.replace(/^\n+/, ''));
  if (!/application\/http/i.test(headerMap(partHeaders)['content-type'] ?? 'application/http')) {
    throw Errors.badRequest('A batch part must have Content-Type: application/http.');
  }
  const { head, rest: body } = splitHead(rest.replace(/^\n+/, ''));
  const requestLine = /^([A-Z]+)\s+(\S+)(?:\s+HTTP\/\d\.\d)?$/i.exec(head[0] ?? '');
  if (!requestLine) throw Errors.badRequest(`The batch part request line '${head[0] ?? ''}' is not valid.`);
  const headers = headerMap(head.slice(1));
  const method = (headers['x-http-method'] ?? requestLine[1]).toUpperCase();
  return { method, url: requestLine[2], headers, body: body.replace(/\n+$/, '') };
}

export function parseBatch(contentType: string | undefined, raw: string): BatchPart[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw Errors.badRequest('The $batch request must be multipart/mixed with a boundary.');
  const text = raw.replace(/\r\n/g, '\n');
  const requests: BatchPart[] = [];
  for (const part of splitParts(text, boundary)) {
    const { head, rest } = splitHead(part.replace(/^\n+/, ''));
    const inner = boundaryOf(headerMap(head)['content-type']);
    if (inner && /multipart\/mixed/i.test(headerMap(head)['content-type'] ?? '')) {
      for (const sub of splitParts(rest, inner)) requests.push(parseHttpPart(sub));
    } else requests.push(parseHttpPart(part));
  }
  if (requests.length === 0) throw Errors.badRequest('The $batch request contains no requests.');
  return requests;
}

export function buildBatchResponse(responses: ApiResponse[]): ApiResponse {
  const boundary = `batchresponse_${newGuid()}`;
  const out: string[] = [];
  for (const r of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${r.status} ${statusText(r.status)}`);
    for (const [k, v] of Object.entries(r.headers)) if (k.toLowerCase() !== 'content-length') out.push(`${k === 'Content-Type' ? 'CONTENT-TYPE' : k}: ${v}`);
    out.push('');
    const body = r.body === undefined ? '' : typeof r.body === 'string' ? r.body : r.body.toString('utf8');
    out.push(r.status === 204 ? '' : body);
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\r\n') };
}
