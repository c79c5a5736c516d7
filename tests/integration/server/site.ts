/**
 * A local SharePoint site for the server's conformance tests: in-process, in memory, closed after
 * the file. `bare` starts it with no lists from sharepoint/assets (as issue 16's provisioning needs);
 * its permissions are a new team site's (`security: 'directory'` for the directory site's).
 */
import type { SPFI } from '@pnp/sp';
import type { LocalServer, LocalServerOptions } from '../../../local/server';
import { track } from '../../support/cleanup';
import { api, digest, LocalUserName, spFor } from '../../support/localServer';

export interface Site {
  server: LocalServer;
  siteUrl: string;
  sp(user?: LocalUserName): SPFI;
  /** a raw POST with a fresh digest, for the status codes and headers PnPjs hides */
  write(path: string, init?: RequestInit & { user?: LocalUserName }): ReturnType<typeof api>;
  stop(): Promise<void>;
}

export async function startSite(options: Partial<LocalServerOptions> = {}): Promise<Site> {
  // required lazily, as tests/support/localServer.ts does, so node:sqlite loads only when used
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const { startLocalServer } = require('../../../local/server') as typeof import('../../../local/server');
  let stopped: Promise<void> | undefined;
  const stop = (srv: LocalServer): Promise<void> => (stopped ??= srv.close());
  // A new team site (its own Owners, Members and Visitors groups), as provisioning finds it.
  const server = await track(startLocalServer({ port: 0, dbFile: ':memory:', security: 'site', ...options }), stop);
  return {
    server,
    siteUrl: server.siteUrl,
    sp: (user = 'owner') => spFor(server.siteUrl, user),
    write: async (path, init = {}) => {
      const headers = { 'Content-Type': 'application/json;charset=utf-8', 'X-RequestDigest': await digest(server.siteUrl), ...(init.headers as Record<string, string>) };
      return api(server.siteUrl, path, { method: 'POST', user: 'owner', ...init, headers });
    },
    stop: () => stop(server),
  };
}
