/**
 * A PnPjs client for the site a command is given with `--site`. For the local SharePoint server
 * (`npm start`) requests carry `X-Local-User` (the environment's LOCAL_USER, default "owner"), as
 * the local server expects from scripts. A Microsoft 365 tenant site is signed in to with the
 * settings in the environment (tools/tenant/): app-only with a certificate for automation, else
 * a person with a device code (the code is shown on standard error); without them it is refused
 * with a message that names the variables.
 */
import type { Queryable } from '@pnp/queryable';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import { signInFromEnv, TenantSettingsError, tokensFor } from '../tenant/auth';
import { isTenantSite, tenantSiteWithTokens } from '../tenant/site';
import { UnreadableError, UsageError } from './exit';

export interface SiteClient {
  sp: SPFI;
  /** The site's address, without a trailing slash. */
  siteUrl: string;
  /** Who the local server acts as. */
  user?: string;
}

/** Adds a header to every request. */
function WithHeader(name: string, value: string) {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, [name]: value };
      return [url, init, result];
    });
    return instance;
  };
}

export function siteClient(site: string, env: NodeJS.ProcessEnv = process.env): SiteClient {
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    throw new UsageError(`--site must be a web address, like http://localhost:4321/sites/council (got "${site}").`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--site must be an http or https address (got "${site}").`);
  const siteUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  if (isTenantSite(siteUrl)) {
    try {
      const say = (message: string): void => void process.stderr.write(`${message}\n`);
      return { sp: tenantSiteWithTokens(siteUrl, tokensFor(signInFromEnv(env), say)), siteUrl };
    } catch (e) {
      if (!(e instanceof TenantSettingsError)) throw e;
      throw new UnreadableError(
        `${siteUrl} is a Microsoft 365 tenant site, and signing in to it from the command line needs the tenant's settings: ${e.message} ` +
          'Or give the local SharePoint server, for example --site http://localhost:4321/sites/council (start it with npm start).'
      );
    }
  }
  const user = env.LOCAL_USER?.trim() || 'owner';
  const sp = spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 3 }), DefaultParse(), RequestDigest(), WithHeader('X-Local-User', user));
  return { sp, siteUrl, user };
}
