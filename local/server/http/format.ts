/**
 * Response shapes for the three OData metadata levels SharePoint Online serves:
 * minimal (the default for application/json), verbose (d / d.results / __metadata) and
 * nometadata. Handlers build the minimal form (with "odata.*" keys); this module derives the rest.
 */
import type { MetadataMode } from './errors';
import type { ApiResponse } from './types';

export type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
export type JsonObject = { [k: string]: Json };

export function metadataMode(accept: string | undefined): MetadataMode {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'none';
  return 'minimal';
}

export function contentType(mode: MetadataMode): string {
  if (mode === 'verbose') return 'application/json;odata=verbose;charset=utf-8';
  if (mode === 'none') return 'application/json;odata=nometadata;streaming=true;charset=utf-8';
  return 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8';
}

/** Converts a minimal-metadata value to the verbose form, recursively. */
function toVerbose(value: Json, siteUrl: string): Json {
  if (Array.isArray(value)) return { results: value.map((v) => toVerbose(v, siteUrl)) };
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  const meta: JsonObject = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'odata.type') meta.type = v;
    else if (k === 'odata.id') meta.id = v;
    else if (k === 'odata.etag') meta.etag = v;
    else if (k === 'odata.editLink') meta.uri = `${siteUrl}/_api/${v as string}`;
    else if (k.startsWith('odata.') || k.includes('@odata.')) continue;
    else out[k] = toVerbose(v, siteUrl);
  }
  return Object.keys(meta).length > 0 ? { __metadata: meta, ...out } : out;
}

function stripMetadata(value: Json): Json {
  if (Array.isArray(value)) return value.map(stripMetadata);
  if (value === null || typeof value !== 'object') return value;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(value)) if (!k.startsWith('odata.')) out[k] = stripMetadata(v);
  return out;
}

function respond(status: number, mode: MetadataMode, body: Json, headers: Record<string, string> = {}): ApiResponse {
  return { status, headers: { 'Content-Type': contentType(mode), ...headers }, body: JSON.stringify(body) };
}

export interface RenderContext {
  mode: MetadataMode;
  siteUrl: string;
}

/** A single entity: minimal adds odata.metadata, verbose wraps in d. */
export function entityResponse(ctx: RenderContext, entity: JsonObject, metadataSuffix: string, status = 200, headers: Record<string, string> = {}): ApiResponse {
  if (ctx.mode === 'verbose') return respond(status, ctx.mode, { d: toVerbose(entity, ctx.siteUrl) }, headers);
  if (ctx.mode === 'none') return respond(status, ctx.mode, stripMetadata(entity), headers);
  return respond(status, ctx.mode, { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${metadataSuffix}`, ...entity }, headers);
}

export function collectionResponse(ctx: RenderContext, items: JsonObject[], metadataSuffix: string, nextLink?: string): ApiResponse {
  if (ctx.mode === 'verbose') {
    const d: JsonObject = { results: items.map((i) => toVerbose(i, ctx.siteUrl)) };
    if (nextLink) d.__next = nextLink;
    return respond(200, ctx.mode, { d });
  }
  const body: JsonObject = ctx.mode === 'none' ? { value: items.map(stripMetadata) } : { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${metadataSuffix}`, value: items };
  if (nextLink) body['odata.nextLink'] = nextLink;
  return respond(200, ctx.mode, body);
}

/** A function's primitive or complex return value: verbose wraps it under the function's name. */
export function valueResponse(ctx: RenderContext, name: string, value: Json, metadataSuffix = 'Edm.String'): ApiResponse {
  if (ctx.mode === 'verbose') return respond(200, ctx.mode, { d: { [name]: toVerbose(value, ctx.siteUrl) } });
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return entityResponse(ctx, value, metadataSuffix);
  const body: JsonObject = ctx.mode === 'none' ? { value } : { 'odata.metadata': `${ctx.siteUrl}/_api/$metadata#${metadataSuffix}`, value };
  return respond(200, ctx.mode, body);
}

export function noContent(headers: Record<string, string> = {}): ApiResponse {
  return { status: 204, headers };
}

/** Picks the requested properties from a plain metadata object ($select on lists, fields, users…). */
export function projectProperties(obj: JsonObject, select: string[] | null): JsonObject {
  if (!select || select.length === 0 || select.includes('*')) return obj;
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('odata.')) out[k] = v;
  const lower = new Map(Object.keys(obj).map((k) => [k.toLowerCase(), k]));
  for (const path of select) {
    const [head, ...rest] = path.split('/');
    const key = lower.get(head.toLowerCase());
    if (!key) continue;
    const val = obj[key];
    if (rest.length > 0 && val && typeof val === 'object' && !Array.isArray(val)) {
      const prev = (out[key] as JsonObject | undefined) ?? {};
      out[key] = { ...prev, ...projectProperties(val, [rest.join('/')]) };
    } else out[key] = val;
  }
  return out;
}
