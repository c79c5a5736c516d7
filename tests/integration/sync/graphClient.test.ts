/**
 * The commands' Graph client (tools/tenant/graph.ts) against the local Graph: throttling is
 * honoured (the Retry-After seconds Graph sends, counted), given up on with a clear message,
 * Graph's errors become GraphRequestError with Graph's code, and a link to another host is never
 * sent the token. And the tenant settings come from the environment, named when missing.
 */
import { GraphRequestError, readAllPages } from '../../../src/data/sync/officers';
import { tenantSettingsFromEnv } from '../../../tools/tenant/auth';
import { GraphClient, graphToken, isLocalGraph } from '../../../tools/tenant/graph';
import { isTenantSite } from '../../../tools/tenant/site';
import { startGraphTestSite, type GraphTestSite } from '../../support/localGraph';

let site: GraphTestSite;
beforeAll(async () => {
  site = await startGraphTestSite();
});
afterAll(() => site.stop());
beforeEach(() => site.graphControl('DELETE', 'faults'));

function client(waits: number[], maxAttempts?: number): GraphClient {
  return new GraphClient({ base: site.graphUrl, token: async () => 'test', maxAttempts, sleep: async (ms) => void waits.push(ms) });
}

it('waits the Retry-After Graph sends, retries, and counts each throttled answer', async () => {
  await site.setGraphFaults({ throttleNext: 2, retryAfter: 7 });
  const waits: number[] = [];
  const c = client(waits);
  const json = (await c.get('/users?$select=id&$top=3')) as { value: unknown[] };
  expect(json.value).toHaveLength(3);
  expect(waits).toEqual([7000, 7000]);
  expect(c.stats).toEqual({ requests: 3, throttled: 2, waitedMs: 14000 });
});

it('a throttled page in the middle of paging is retried and the pages still join up', async () => {
  const c = client([]);
  const first = (await c.get('/users?$select=id&$top=100')) as { '@odata.nextLink': string };
  await site.setGraphFaults({ throttleNext: 1, retryAfter: 1, status: 503 });
  const rest = await readAllPages(c, first['@odata.nextLink']);
  expect(rest.users.length).toBe(site.data.officers.length + 3 - 100);
  expect(c.stats.throttled).toBe(1);
});

it('gives up after its attempts with a message saying to run again later', async () => {
  await site.setGraphFaults({ throttleNext: 10, retryAfter: 0 });
  const err = await client([], 3).get('/users').catch((e: unknown) => e);
  expect(err).toBeInstanceOf(GraphRequestError);
  expect((err as GraphRequestError).message).toBe('Microsoft Graph is still busy after 3 attempts (HTTP 429); run the sync again later.');
});

it("turns Graph's error JSON into GraphRequestError with Graph's code and status", async () => {
  const err = (await client([]).get('/users?$select=nope').catch((e: unknown) => e)) as GraphRequestError;
  expect([err.status, err.code]).toEqual([400, 'Request_BadRequest']);
  expect(err.message).toMatch(/Could not find a property named 'nope'/);
});

it('never sends its token to another host', async () => {
  const err = (await client([]).get('https://graph.evil.example/v1.0/users').catch((e: unknown) => e)) as GraphRequestError;
  expect(err.code).toBe('linkElsewhere');
  expect((await site.graphRequests()).count).toBeGreaterThan(0);
});

describe('signing in', () => {
  it('the local Graph needs no tenant; graph.microsoft.com does', async () => {
    expect(isLocalGraph(site.graphUrl)).toBe(true);
    expect(isLocalGraph('https://graph.microsoft.com/v1.0')).toBe(false);
    expect(await graphToken(site.graphUrl, undefined)()).toBe('local-graph');
    expect(() => graphToken('https://graph.microsoft.com/v1.0', undefined)).toThrow(/tenant settings/);
    expect(isTenantSite('https://rugbygov.sharepoint.com/sites/directory')).toBe(true);
    expect(isTenantSite('http://localhost:4321/sites/council')).toBe(false);
  });

  it('reads the tenant settings from the environment and names what is missing or wrong', () => {
    expect(() => tenantSettingsFromEnv({})).toThrow('Signing in to the tenant needs these environment variables: ENTRA_TENANT_ID, ENTRA_CLIENT_ID, ENTRA_CERTIFICATE_PRIVATE_KEY and ENTRA_CERTIFICATE_THUMBPRINT (or ENTRA_CLIENT_SECRET).');
    expect(tenantSettingsFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CLIENT_SECRET: 's' })).toEqual({ tenantId: 't', clientId: 'c', clientSecret: 's' });
    expect(() => tenantSettingsFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: '/home/me/key.pem', ENTRA_CERTIFICATE_THUMBPRINT: 'a'.repeat(64) })).toThrow(/not a file name/);
    expect(() => tenantSettingsFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----' })).toThrow(/ENTRA_CERTIFICATE_THUMBPRINT/);
    const cert = tenantSettingsFromEnv({ ENTRA_TENANT_ID: 't', ENTRA_CLIENT_ID: 'c', ENTRA_CERTIFICATE_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\\nabc\\n-----END PRIVATE KEY-----', ENTRA_CERTIFICATE_THUMBPRINT: 'AB:'.repeat(31) + 'CD' });
    expect(cert.certificate).toEqual({ privateKey: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----', thumbprintSha256: 'ab'.repeat(31) + 'cd' });
  });
});
