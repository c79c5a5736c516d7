/**
 * What every API handler can reach: the store, the users, the site's address and the settings
 * that shape behaviour (threshold, page size, fault switches).
 */
import { Errors } from '../http/errors';
import type { RenderContext } from '../http/format';
import type { ApiRequest } from '../http/types';
import type { ListMeta, Store } from '../store/db';
import type { ItemStore } from '../store/items';
import type { ViewStore } from '../store/views';
import type { DocumentStore } from '../store/documents';
import type { FaultSwitches } from '../http/faults';
import { hasPerm } from './permissions';
import type { UserDirectory } from './users';
import type { SiteTimeZone } from '../../../src/data/mappers/dates';

export interface AppContext {
  store: Store;
  items: ItemStore;
  views: ViewStore;
  documents: DocumentStore;
  users: UserDirectory;
  siteName: string;
  siteRelative: string; // "/sites/council"
  webId: string;
  siteId: string;
  threshold: number;
  maxPageSize: number;
  faults: FaultSwitches;
  secret: string;
  /** the site's regional settings time zone (default GMT Standard Time, SharePoint's id 2) */
  timeZone: SiteTimeZone;
}

export const render = (req: ApiRequest): RenderContext => ({ mode: req.mode, siteUrl: req.siteUrl });

/** SharePoint's 403 unless the acting user holds the permission on the web, the list, or the item. */
export function requirePerm(req: ApiRequest, list: ListMeta | undefined, bit: number, itemId?: number): void {
  if (!hasPerm(req.perms(list, itemId), bit)) throw Errors.accessDenied();
}

/** How deeply a JSON body may nest: SharePoint's bodies are flat; anything deeper is refused with a 400, never walked. */
export const MAX_JSON_DEPTH = 32;

function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{' || c === '[') max = Math.max(max, ++depth);
    else if (c === '}' || c === ']') depth--;
  }
  return max;
}

export function jsonBody(req: ApiRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH) throw Errors.badRequest(`The request body nests more than ${MAX_JSON_DEPTH} levels deep.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text) as unknown;
  } catch {
    throw Errors.invalidJson();
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw Errors.invalidJson();
  return parsed as Record<string, unknown>;
}

/** SharePoint refuses a body property its type does not have (400), rather than ignoring it. */
export function checkProperties(body: Record<string, unknown>, known: readonly string[], typeName: string): void {
  const lower = new Set(known.map((k) => k.toLowerCase()));
  for (const key of Object.keys(body)) {
    if (key === '__metadata' || key.startsWith('odata.')) continue;
    if (!lower.has(key.toLowerCase())) throw Errors.propertyNotFound(key, typeName);
  }
}
