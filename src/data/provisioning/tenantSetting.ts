/**
 * The tenant setting that tells the web parts, wherever they are placed, which site holds the
 * directory lists: a tenant property (storage entity) kept in the tenant app catalogue. The web
 * parts read it with GET web/GetStorageEntity('CouncilDirectorySiteUrl') from the site they are on
 * (tenantSettings.ts); a page editor can still choose another site in the property pane. Setting it needs a SharePoint administrator who can edit the app catalogue site.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/appcatalog';
import { DIRECTORY_SITE_KEY, KEEP_CACHE_KEY, storageEntityValue } from './tenantSettings';

export { DIRECTORY_SITE_KEY, KEEP_CACHE_KEY } from './tenantSettings';

export interface TenantSettingResult {
  key: string;
  value: string;
  /** What it held before (undefined when it was not set). */
  previous?: string;
  action: 'create' | 'update' | 'unchanged';
  /** Why it could not be set, in plain words. */
  failure?: string;
}

const reason = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0];

/** Sets one tenant property in the tenant app catalogue (idempotent); with dryRun only says what it would do. */
export async function setTenantSetting(sp: SPFI, key: string, value: string, description: string, options: { dryRun?: boolean; appCatalog?: SPFI } = {}): Promise<TenantSettingResult> {
  let previous: string | undefined;
  try {
    previous = storageEntityValue(await sp.web.getStorageEntity(key));
  } catch (e) {
    return { key, value, action: 'create', failure: `the tenant setting ${key} could not be read: ${reason(e)}` };
  }
  const action = previous === undefined ? 'create' : previous.toLowerCase() === value.toLowerCase() ? 'unchanged' : 'update';
  const result: TenantSettingResult = previous === undefined ? { key, value, action } : { key, value, previous, action };
  if (action === 'unchanged' || options.dryRun) return result;
  try {
    const catalog = options.appCatalog ? options.appCatalog.web : await sp.getTenantAppCatalogWeb();
    await catalog.setStorageEntity(key, value, description, 'Set by npm run provision');
  } catch (e) {
    const status = (e as { status?: number }).status;
    const hint = status === 403 || status === 401 ? ' It needs a SharePoint administrator who is also an owner of the app catalogue site.' : '';
    result.failure = `the tenant setting ${key} could not be written: ${reason(e)}${hint}`;
  }
  return result;
}

/** Points the web parts on every site at this directory site. */
export function setDirectorySiteSetting(sp: SPFI, siteUrl: string, options: { dryRun?: boolean; appCatalog?: SPFI } = {}): Promise<TenantSettingResult> {
  return setTenantSetting(sp, DIRECTORY_SITE_KEY, siteUrl.replace(/\/+$/, ''), 'The site that holds the Council Directory lists', options);
}

/** Whether the web parts may keep what they read in the browser after it closes (the council's choice). */
export function setKeepCacheSetting(sp: SPFI, keep: boolean, options: { dryRun?: boolean; appCatalog?: SPFI } = {}): Promise<TenantSettingResult> {
  return setTenantSetting(sp, KEEP_CACHE_KEY, keep ? 'true' : 'false', 'Whether the Council Directory web parts may keep what they read in the browser across sessions', options);
}
