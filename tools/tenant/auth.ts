/**
 * App-only sign-in to the council's Microsoft 365 tenant with @azure/msal-node (the client
 * credentials flow), for the commands that run unattended. Settings come from the environment
 * only, never from files:
 *
 *   ENTRA_TENANT_ID                 the tenant (directory) ID, or its domain (rugbygov.onmicrosoft.com)
 *   ENTRA_CLIENT_ID                 the app registration's application (client) ID
 *   and either a certificate (SharePoint accepts app-only tokens only from one; Graph takes either):
 *   ENTRA_CERTIFICATE_PRIVATE_KEY   the certificate's private key as PEM text (-----BEGIN PRIVATE KEY----- …), not a path
 *   ENTRA_CERTIFICATE_THUMBPRINT    the certificate's SHA-256 thumbprint, in hex
 *   or, for Microsoft Graph only:
 *   ENTRA_CLIENT_SECRET             a client secret
 *
 * The officer sync needs the Graph application permission User.Read.All (admin consent), and
 * Sites.Selected (or Sites.ReadWrite.All) for the directory site.
 */
import { ConfidentialClientApplication, PublicClientApplication, type AccountInfo, type Configuration } from '@azure/msal-node';

export interface TenantSettings {
  tenantId: string;
  clientId: string;
  clientSecret?: string;
  certificate?: { privateKey: string; thumbprintSha256: string };
}

/** The settings are missing or malformed; names the variables. */
export class TenantSettingsError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'TenantSettingsError';
  }
}

export const TENANT_VARIABLES = ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID', 'ENTRA_CLIENT_SECRET', 'ENTRA_CERTIFICATE_PRIVATE_KEY', 'ENTRA_CERTIFICATE_THUMBPRINT'] as const;

export function tenantSettingsFromEnv(env: Record<string, string | undefined> = process.env): TenantSettings {
  const get = (name: string): string | undefined => {
    const v = env[name]?.trim();
    return v ? v : undefined;
  };
  const missing = ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID'].filter((n) => !get(n));
  const key = get('ENTRA_CERTIFICATE_PRIVATE_KEY');
  const thumbprint = get('ENTRA_CERTIFICATE_THUMBPRINT');
  const secret = get('ENTRA_CLIENT_SECRET');
  if (!key && !secret) missing.push('ENTRA_CERTIFICATE_PRIVATE_KEY and ENTRA_CERTIFICATE_THUMBPRINT (or ENTRA_CLIENT_SECRET)');
  if (key && !thumbprint) missing.push('ENTRA_CERTIFICATE_THUMBPRINT');
  if (missing.length) throw new TenantSettingsError(`Signing in to the tenant needs these environment variables: ${missing.join(', ')}.`);
  if (key && !/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(key)) {
    throw new TenantSettingsError('ENTRA_CERTIFICATE_PRIVATE_KEY must hold the private key itself, as PEM text starting -----BEGIN PRIVATE KEY-----, not a file name.');
  }
  if (thumbprint && !/^[0-9a-f]{64}$/i.test(thumbprint.replace(/[:\s]/g, ''))) {
    throw new TenantSettingsError('ENTRA_CERTIFICATE_THUMBPRINT must be the certificate\'s SHA-256 thumbprint: 64 hexadecimal characters.');
  }
  return {
    tenantId: get('ENTRA_TENANT_ID')!,
    clientId: get('ENTRA_CLIENT_ID')!,
    ...(key ? { certificate: { privateKey: key.replace(/\\n/g, '\n'), thumbprintSha256: thumbprint!.replace(/[:\s]/g, '').toLowerCase() } } : { clientSecret: secret })
  };
}

/** A function giving an access token for a resource's `.default` scope; msal-node caches and renews tokens. */
export type TokenProvider = (scope: string) => Promise<string>;

export function tenantTokens(settings: TenantSettings): TokenProvider {
  const config: Configuration = {
    auth: {
      clientId: settings.clientId,
      authority: `https://login.microsoftonline.com/${encodeURIComponent(settings.tenantId)}`,
      ...(settings.certificate ? { clientCertificate: settings.certificate } : { clientSecret: settings.clientSecret })
    }
  };
  const app = new ConfidentialClientApplication(config);
  return async (scope) => {
    const result = await app.acquireTokenByClientCredential({ scopes: [scope] });
    if (!result?.accessToken) throw new TenantSettingsError(`The tenant gave no access token for ${scope}.`);
    return result.accessToken;
  };
}

/**
 * Signing in as a person, for commands an administrator runs by hand (`npm run provision`): the
 * device code flow. The command prints a code and https://microsoft.com/devicelogin; the person
 * signs in there in any browser, with their own rights on the site. Needs only ENTRA_TENANT_ID
 * and ENTRA_CLIENT_ID (an app registration with "Allow public client flows" on, and the delegated
 * SharePoint permission AllSites.FullControl). Tokens are kept in memory only, never on disk.
 */
export interface PersonSignIn {
  tenantId: string;
  clientId: string;
}

/** How a command signs in: app-only with a certificate (automation), or a person with a device code. */
export type SignIn = { kind: 'certificate'; settings: TenantSettings } | { kind: 'device-code'; settings: PersonSignIn };

/**
 * The sign-in the environment asks for: a certificate when ENTRA_CERTIFICATE_PRIVATE_KEY is set,
 * otherwise a person with a device code. A client secret alone cannot sign in to SharePoint.
 */
export function signInFromEnv(env: Record<string, string | undefined> = process.env): SignIn {
  const get = (name: string): string | undefined => env[name]?.trim() || undefined;
  if (get('ENTRA_CERTIFICATE_PRIVATE_KEY')) return { kind: 'certificate', settings: tenantSettingsFromEnv(env) };
  const missing = ['ENTRA_TENANT_ID', 'ENTRA_CLIENT_ID'].filter((n) => !get(n));
  if (missing.length) throw new TenantSettingsError(`Signing in to the tenant needs these environment variables: ${missing.join(', ')}.`);
  if (get('ENTRA_CLIENT_SECRET')) {
    throw new TenantSettingsError('SharePoint does not accept sign-in with a client secret: unset ENTRA_CLIENT_SECRET to sign in as yourself with a code, or set ENTRA_CERTIFICATE_PRIVATE_KEY and ENTRA_CERTIFICATE_THUMBPRINT.');
  }
  return { kind: 'device-code', settings: { tenantId: get('ENTRA_TENANT_ID')!, clientId: get('ENTRA_CLIENT_ID')! } };
}

/** Tokens for a person signed in with a device code; `say` shows them the code and where to enter it. */
export function deviceCodeTokens(settings: PersonSignIn, say: (message: string) => void): TokenProvider {
  const app = new PublicClientApplication({ auth: { clientId: settings.clientId, authority: `https://login.microsoftonline.com/${encodeURIComponent(settings.tenantId)}` } });
  let account: AccountInfo | undefined;
  return async (scope) => {
    if (account) {
      try {
        const silent = await app.acquireTokenSilent({ account, scopes: [scope] });
        if (silent?.accessToken) return silent.accessToken;
      } catch {
        // expired or another resource: ask again
      }
    }
    const result = await app.acquireTokenByDeviceCode({ scopes: [scope], deviceCodeCallback: (r) => say(r.message) });
    if (!result?.accessToken) throw new TenantSettingsError(`Signing in gave no access token for ${scope}.`);
    account = result.account ?? undefined;
    return result.accessToken;
  };
}

/** The token provider for a sign-in. */
export function tokensFor(signIn: SignIn, say: (message: string) => void): TokenProvider {
  return signIn.kind === 'certificate' ? tenantTokens(signIn.settings) : deviceCodeTokens(signIn.settings, say);
}
