/**
 * A PnPjs client for a site on the council's Microsoft 365 tenant, signed in app-only with the
 * certificate from the environment (tools/tenant/auth.ts): SharePoint Online refuses app-only
 * tokens made with a client secret. For the local SharePoint server use tools/cli/site.ts.
 */
import type { Queryable } from '@pnp/queryable';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import { TenantSettingsError, tenantTokens, type TenantSettings, type TokenProvider } from './auth';

/** SharePoint Online's hosts (commercial, government and national clouds). */
export function isTenantSite(url: string): boolean {
  return /(?:^|\.)sharepoint(?:-df)?\.(?:com|us|de|cn)$|(?:^|\.)sharepoint\.microsoftonline\./i.test(new URL(url).hostname);
}

function Bearer(token: () => Promise<string>) {
  return (instance: Queryable) => {
    instance.on.auth(async (url, init) => {
      init.headers = { ...init.headers, Authorization: `Bearer ${await token()}` };
      return [url, init];
    });
    return instance;
  };
}

export function tenantSite(siteUrl: string, settings: TenantSettings): SPFI {
  if (!settings.certificate) {
    throw new TenantSettingsError('SharePoint Online accepts app-only sign-in only with a certificate: set ENTRA_CERTIFICATE_PRIVATE_KEY and ENTRA_CERTIFICATE_THUMBPRINT.');
  }
  return tenantSiteWithTokens(siteUrl, tenantTokens(settings));
}

/** A tenant site signed in with any token provider (a certificate, or a person's device code). */
export function tenantSiteWithTokens(siteUrl: string, tokens: TokenProvider): SPFI {
  const scope = `${new URL(siteUrl).origin}/.default`;
  // With a bearer token SharePoint needs no request digest.
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 3 }), DefaultParse(), Bearer(() => tokens(scope)));
}
