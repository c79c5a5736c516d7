/**
 * What every API handler can reach: the store, the users, the site's address and the settings
 * that shape behaviour (threshold, page size, fault switches).
 */
import { Errors } from '../http/errors';
import type { RenderContext } from '../http/format';
import type { ApiRequest } from '../http/types';
import type { ListMeta, Store } from '../store/db';
import type { ItemStore } from '../store/items';
import type { FaultSwitches } from '../http/faults';
import { effectiveMask, hasPerm } from './permissions';
import type { UserDirectory } from './users';

export interface AppContext {
  store: Store;
  items: ItemStore;
  users: UserDirectory;
  siteName: string;
  siteRelative: string; // "/sites/council"
  webId: string;
  siteId: string;
  threshold: number;
  maxPageSize: number;
  faults: FaultSwitches;
  secret: string;
}

export const render = (req: ApiRequest): RenderContext => ({ mode: req.mode, siteUrl: req.siteUrl });

export function requirePerm(req: ApiRequest, list: ListMeta | undefined, bit: number): void {
  if (!hasPerm(effectiveMask(req.user, list), bit)) throw Errors.accessDenied();
}

export function jsonBody(req: ApiRequest): Record<string, unknown> {
  const text = req.body.toString('utf8').trim();
  if (text === '') return {};
  try {
    const parsed = JSON.parse(text) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw Errors.invalidJson();
    return parsed as Record<string, unknown>;
  } catch {
    throw Errors.invalidJson();
  }
}
