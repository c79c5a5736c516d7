/**
 * A local SharePoint site with the local Microsoft Graph on its origin (local/graph), for the
 * officer sync's tests: the Graph's users come from the same demo council as the site, and the
 * control route (/graph/_local/*) is driven over HTTP, as a test or a demo would.
 */
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, type SPFI } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { COUNCILS } from '../../local/councils';
import type { DemoDataset } from '../../local/demo';
import { localGraph, seedDepartmentMappings, type DirectoryUser, type GraphFaults, type UserFields } from '../../local/graph';
import type { LocalGraph } from '../../local/graph';
import type { LocalServer } from '../../local/server';
import { seedCouncil } from '../../local/seed';
import { serviceAreaToItem } from '../../src/data/mappers';
import { LIST_TITLES } from '../../src/data/lists';
import { ActAs, startTestServer, type LocalUserName, type TestServer } from './localServer';

export interface GraphTestSite extends TestServer {
  server: LocalServer;
  graph: LocalGraph;
  /** http://127.0.0.1:PORT/graph/v1.0 */
  graphUrl: string;
  data: DemoDataset;
  /** A real PnPjs client for the site (acting as the owner unless told). */
  sp(user?: LocalUserName): SPFI;
  graphControl<T = unknown>(method: string, route: string, body?: unknown): Promise<T>;
  addUser(fields: Partial<UserFields> & { userPrincipalName: string; managerId?: string | null; id?: string }): Promise<DirectoryUser>;
  changeUser(id: string, change: Partial<UserFields> & { managerId?: string | null }): Promise<DirectoryUser>;
  deleteUser(id: string, permanent?: boolean): Promise<void>;
  setGraphFaults(f: Partial<GraphFaults>): Promise<void>;
  graphRequests(): Promise<{ count: number; throttled: number }>;
}

export interface GraphTestSiteOptions {
  council?: keyof typeof COUNCILS;
  /** demo: the whole demo council (officers typed in by hand, before any sync); services: only the service areas and department mappings (an empty Officers list). */
  site?: 'demo' | 'services';
  deltaPageSize?: number;
  threshold?: number;
}

export async function startGraphTestSite(options: GraphTestSiteOptions = {}): Promise<GraphTestSite> {
  const council = options.council ?? 'rugby';
  const data = COUNCILS[council]();
  let server: LocalServer | undefined;
  const graph = localGraph({ server: () => server!, deltaPageSize: options.deltaPageSize });
  const site = await startTestServer({ extraRoutes: graph.routes, threshold: options.threshold });
  server = site.server!;
  if ((options.site ?? 'demo') === 'demo') seedCouncil(server, data);
  else server.seed(LIST_TITLES.serviceAreas, data.serviceAreas.map((s) => ({ Id: s.id, ...serviceAreaToItem(s) })));
  seedDepartmentMappings(server, data);
  server.db.setMeta('council', council);
  const graphUrl = `${site.url}/graph/v1.0`;

  const sp = (user: LocalUserName = 'owner'): SPFI =>
    spfi(site.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(), ActAs(user));

  const graphControl = async <T>(method: string, route: string, body?: unknown): Promise<T> => {
    const res = await fetch(`${site.url}/graph/_local/${route}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
    const json = (await res.json()) as T & { error?: string };
    if (!res.ok) throw new Error(`/graph/_local/${route} failed (${res.status}): ${json.error ?? ''}`);
    return json;
  };
  return {
    ...site,
    server,
    graph,
    graphUrl,
    data,
    sp,
    graphControl,
    addUser: (fields) => graphControl<DirectoryUser>('POST', 'users', fields),
    changeUser: (id, change) => graphControl<DirectoryUser>('PATCH', `users/${id}`, change),
    deleteUser: async (id, permanent = false) => void (await graphControl('DELETE', `users/${id}${permanent ? '?permanent=true' : ''}`)),
    setGraphFaults: async (f) => void (await graphControl('POST', 'faults', f)),
    graphRequests: () => graphControl<{ count: number; throttled: number }>('GET', 'requests')
  };
}
