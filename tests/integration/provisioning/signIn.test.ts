/**
 * Signing in to a tenant for `npm run provision`: settings from the environment only, a
 * certificate for automation or a person's device code, and a clear message naming what is
 * missing. (The sign-in itself talks to Microsoft Entra ID, which a test here cannot reach.)
 */
import { signInFromEnv, TenantSettingsError } from '../../../tools/tenant/auth';
import { provision } from './support';

const TENANT = 'https://rugbygov.sharepoint.com/sites/directory';
const KEY = '-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----';
const THUMB = 'ab'.repeat(32);

test('a certificate in the environment means app-only sign-in; without one, a person signs in with a code', () => {
  expect(signInFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: KEY, ENTRA_CERTIFICATE_THUMBPRINT: THUMB })).toMatchObject({
    kind: 'certificate', settings: { tenantId: 't', clientId: 'c', certificate: { thumbprintSha256: THUMB } }
  });
  expect(signInFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c' })).toEqual({ kind: 'device-code', settings: { tenantId: 't', clientId: 'c' } });
});

test('what is missing or cannot work is named', () => {
  expect(() => signInFromEnv({})).toThrow(new TenantSettingsError('Signing in to the tenant needs these environment variables: ENTRA_TENANT_ID, ENTRA_CLIENT_ID.'));
  expect(() => signInFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CLIENT_SECRET: 's' })).toThrow(/SharePoint does not accept sign-in with a client secret/);
  expect(() => signInFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: KEY })).toThrow(/ENTRA_CERTIFICATE_THUMBPRINT/);
  expect(() => signInFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: '/home/me/key.pem', ENTRA_CERTIFICATE_THUMBPRINT: THUMB })).toThrow(/not a file name/);
});

test('provision against a tenant site without the settings stops before any request, with exit 2', async () => {
  const run = await provision(['--site', TENANT, '--json'], {});
  expect(run.code).toBe(2);
  expect(run.stderr).toBe('provision: Signing in to the tenant needs these environment variables: ENTRA_TENANT_ID, ENTRA_CLIENT_ID.\n');
  expect(run.stdout).toBe('');
});

test('the command line is checked first: a missing --site or an unknown option is a usage error (64)', async () => {
  expect(await provision([])).toMatchObject({ code: 64, stderr: expect.stringMatching(/missing --site URL/) });
  expect(await provision(['--site', TENANT, '--everything'])).toMatchObject({ code: 64, stderr: expect.stringMatching(/unknown option "--everything"/) });
  const help = await provision(['--help']);
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^Usage: npm run provision -- --site URL/);
  expect(help.stdout).toMatch(/ENTRA_CERTIFICATE_PRIVATE_KEY/);
});

test('a site that cannot be reached is said plainly', async () => {
  const run = await provision(['--site', 'http://127.0.0.1:9/sites/council']);
  expect(run.code).toBe(2);
  expect(run.stderr).toMatch(/could not be reached: check the address/);
});
