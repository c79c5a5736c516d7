/**
 * The tenant settings the web parts read wherever they are placed (tenant properties, kept in the
 * tenant app catalogue and set by `npm run provision -- --tenant-wide`):
 *
 * - CouncilDirectorySiteUrl: the site that holds the directory lists;
 * - CouncilDirectoryKeepCacheAcrossSessions: "true" if the council lets the web parts keep what
 *   they read in the browser after it closes (otherwise nothing personal outlives the session).
 *
 * Both are read in one batch from the page's own site, and kept for the browser tab's session
 * (they are not personal), so a repeat view asks again only after 15 minutes.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/batching';

export const DIRECTORY_SITE_KEY = 'CouncilDirectorySiteUrl';
export const KEEP_CACHE_KEY = 'CouncilDirectoryKeepCacheAcrossSessions';

export interface TenantDirectorySettings {
  /** The directory site, when the tenant sets one. */
  siteUrl?: string;
  /** The council opted in to keeping caches across browser sessions. */
  keepCacheAcrossSessions: boolean;
}

/** The storage entity's value, or undefined when it is not set (SharePoint answers {"odata.null": true}). */
export function storageEntityValue(answer: unknown): string | undefined {
  const v = (answer as { Value?: unknown } | null | undefined)?.Value;
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

const MINUTES = 15;
const storageKey = (site: string): string => `council-directory-tenant:${site.toLowerCase()}`;

function remembered(site: string, now: number): TenantDirectorySettings | undefined {
  try {
    const raw = globalThis.sessionStorage?.getItem(storageKey(site));
    const parsed = raw ? (JSON.parse(raw) as { until?: number; settings?: TenantDirectorySettings }) : undefined;
    return parsed && typeof parsed.until === 'number' && parsed.until > now && parsed.settings ? parsed.settings : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The tenant settings, read from the page's site (`sp`, at `pageSiteUrl`). Unreadable settings
 * are "not set": the web part then uses its own site, as before tenant-wide deployment.
 */
export async function readTenantDirectorySettings(sp: SPFI, pageSiteUrl: string, now: number = Date.now()): Promise<TenantDirectorySettings> {
  const cached = remembered(pageSiteUrl, now);
  if (cached) return cached;
  const [batched, execute] = sp.batched();
  const site = batched.web.getStorageEntity(DIRECTORY_SITE_KEY).catch(() => undefined);
  const keep = batched.web.getStorageEntity(KEEP_CACHE_KEY).catch(() => undefined);
  try {
    await execute();
  } catch {
    return { keepCacheAcrossSessions: false };
  }
  const siteUrl = storageEntityValue(await site);
  const settings: TenantDirectorySettings = { keepCacheAcrossSessions: storageEntityValue(await keep)?.toLowerCase() === 'true', ...(siteUrl ? { siteUrl } : {}) };
  try {
    globalThis.sessionStorage?.setItem(storageKey(pageSiteUrl), JSON.stringify({ until: now + MINUTES * 60000, settings }));
  } catch {
    // not remembered: asked again next time
  }
  return settings;
}
