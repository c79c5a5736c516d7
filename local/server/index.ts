/**
 * The local SharePoint server: speaks the subset of SharePoint Online's REST API that PnPjs uses,
 * backed by SQLite and provisioned from sharepoint/assets. See local/server/README.md.
 */
import * as http from 'http';
import * as path from 'path';
import type { AppContext } from './api/context';
import { ItemStore } from './store/items';
import { LOCAL_USERS, UserDirectory, resolveActingUser } from './api/users';
import type { LocalUserKey } from './api/users';
import { contentTypeFor, readFile } from './api/files';
import { SAFE_FILE_HEADERS } from './api/documents';
import { DocumentStore } from './store/documents';
import { ViewStore } from './store/views';
import { controlRefusal, DEFAULT_BODY_LIMIT, hostPolicy, HostPolicy, invalidHost, originFor, readBody } from './http/guard';
import * as crypto from 'crypto';
import { columnsFromBody } from './api/items';
import { handleControl, RequestCounter } from './control';
import { issueDigest, verifyDigest } from './http/digest';
import { Errors } from './http/errors';
import { applyFaults, defaultFaults, FaultSwitches, throttleFor } from './http/faults';
import { metadataMode } from './http/format';
import { apiPath, errorResponse, executeApi } from './pipeline';
import { readAssets } from './schema/assets';
import { newGuid, nowIso, Store } from './store/db';
import type { ApiResponse } from './http/types';
import { localTimeZone } from './api/regional';
import { bindingsFor, ensureSecurity, forgetAllItems, itemKey, loadSecurity, saveSecurity, type SecurityMode } from './api/securityState';

export type { FaultSwitches } from './http/faults';
export { LOCAL_USERS } from './api/users';
export type { LocalUser, LocalUserKey } from './api/users';
export type { SecurityMode } from './api/securityState';

export interface LocalServerOptions {
  /** 0 = any free port (default 0) */
  port?: number;
  /** default 127.0.0.1 */
  host?: string;
  /** SQLite file; ':memory:' allowed (default) */
  dbFile?: string;
  /** default <repo>/sharepoint/assets */
  assetsDir?: string;
  /** default 'council' → the site is at /sites/council */
  siteName?: string;
  /** list view threshold, default 5000 */
  threshold?: number;
  /** largest page $top returns, default 5000 */
  maxPageSize?: number;
  /** initial fault switches (also settable later through server.faults or /_local/faults) */
  faults?: Partial<FaultSwitches>;
  /** a site with no lists from sharepoint/assets (only SharePoint's own libraries), for runtime provisioning */
  bare?: boolean;
  /** further host names (besides the bind host, and localhost when loopback) the server answers to */
  allowedHosts?: string[];
  /** largest request body in bytes (default 50 MB); larger gets SharePoint's 413 */
  bodyLimit?: number;
  /** the token that lets scripts use the control routes without same-origin JSON (default: random, see controlToken) */
  controlToken?: string;
  /**
   * The site's time zone, by SharePoint's id (2, GMT Standard Time, by default; see api/regional.ts).
   * Kept with the site: a later start without it keeps the zone the site has.
   */
  timeZone?: number;
  /**
   * Who may do what on a new site (kept with the site: a later start keeps what it has).
   * 'directory' (the default, except for a bare site): as `npm run provision -- --groups` leaves
   * the directory site, with the local users in its groups. 'site': a new team site's own groups.
   */
  security?: SecurityMode;
  /** lets the workbench serve its own pages on the same origin; return true if handled */
  extraRoutes?: (req: http.IncomingMessage, res: http.ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export interface LocalServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** http://127.0.0.1:PORT/sites/council */
  siteUrl: string;
  db: Store;
  faults: FaultSwitches;
  requests: RequestCounter;
  /**
   * Bulk-inserts items (REST bodies, as PnPjs would send them) in one transaction, bypassing
   * permissions: for demo data and tests. An `Id` in a body keeps that item ID.
   */
  seed(listTitle: string, items: Array<Record<string, unknown>>, as?: LocalUserKey): { first: number; last: number };
  /** printed at start-up: send it as X-Local-Token to use the control routes from a script */
  controlToken: string;
  /**
   * The origin (http://host:port) a request is answered under, from the configured hosts only;
   * null when its Host header names none of them.
   */
  originFor(hostHeader: string | undefined): string | null;
  /** Why a control request (/_local/*, /_workbench/reset) is refused, or null when it may go ahead. */
  controlRefusal(req: http.IncomingMessage): string | null;
  /** Stores a file at a server-relative URL (e.g. demo photos). */
  putFile(url: string, content: string | Uint8Array, contentType?: string): void;
  /** Deletes every item, version and file (and the items' own permissions); lists, fields, users and groups stay. */
  clearData(): void;
  /**
   * Gives a user a permission level on one item alone (breaking its inheritance, as SharePoint's
   * breakroleinheritance(true) then addroleassignment would), bypassing permissions: for demo
   * data. False when the site has no level of that name.
   */
  grantItem(listTitle: string, itemId: number, userId: number, levelName: string): boolean;
  /** A request digest, as SharePoint puts in a page's context. */
  issueDigest(): string;
  close(): Promise<void>;
}

export const DEFAULT_ASSETS_DIR = path.resolve(__dirname, '../../sharepoint/assets');

function send(res: http.ServerResponse, r: ApiResponse): void {
  const body = r.body === undefined ? undefined : typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  const headers: Record<string, string> = { ...r.headers, SPRequestGuid: newGuid(), 'X-Content-Type-Options': 'nosniff' };
  if (r.status === 413) headers.Connection = 'close';
  if (r.status !== 204) headers['Content-Length'] = String(body?.length ?? 0);
  res.writeHead(r.status, headers);
  res.end(r.status === 204 ? undefined : body);
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** SharePoint's own libraries, which every team site has (the Documents library is at Shared Documents). */
const STANDARD_LIBRARIES = [
  { title: 'Documents', url: 'Shared Documents', template: 101 },
  { title: 'Site Assets', url: 'SiteAssets', template: 101 },
  { title: 'Site Pages', url: 'SitePages', template: 119 },
];

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const store = new Store(options.dbFile ?? ':memory:');
  if (!store.meta('created')) store.setMeta('created', nowIso());
  const views = new ViewStore(store);
  for (const lib of STANDARD_LIBRARIES) {
    if (!store.listByUrl(lib.url) && !store.listByTitle(lib.title)) views.defaultOf(store.createList({ ...lib, enableVersioning: true, props: { OnQuickLaunch: lib.template === 101 && lib.url !== 'SiteAssets' } }));
  }
  store.ensureSiteColumns();
  const defs = options.bare ? [] : readAssets(options.assetsDir ?? DEFAULT_ASSETS_DIR);
  store.provision(defs);
  ensureSecurity(store, options.security ?? (options.bare ? 'site' : 'directory'));
  for (const def of defs) {
    const list = store.listByUrl(def.url)!;
    if (views.all(list).length === 0) for (const v of def.views) views.add(list, { ...v, fields: [...v.fields] });
    views.defaultOf(list);
  }
  const ids = { web: store.meta('webId') ?? newGuid(), site: store.meta('siteId') ?? newGuid() };
  store.setMeta('webId', ids.web);
  store.setMeta('siteId', ids.site);
  if (options.timeZone !== undefined) store.setMeta('timeZone', String(localTimeZone(options.timeZone).id));
  const timeZone = localTimeZone(Number(store.meta('timeZone') ?? 2));
  const faults = applyFaults(defaultFaults(), (options.faults ?? {}) as Record<string, unknown>);
  const siteName = options.siteName ?? 'council';
  const items = new ItemStore(store);
  const siteRelative = `/sites/${siteName}`;
  let policy: HostPolicy = hostPolicy(options.host ?? '127.0.0.1', options.port ?? 0);
  const app: AppContext = {
    store, items, views, documents: new DocumentStore(store, items, siteRelative), users: new UserDirectory(store), siteName, siteRelative,
    webId: ids.web, siteId: ids.site, threshold: options.threshold ?? 5000, maxPageSize: options.maxPageSize ?? 5000, faults, secret: store.secret(), timeZone,
  };
  const token = options.controlToken ?? crypto.randomBytes(18).toString('base64url');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const requests: RequestCounter = { count: 0, since: new Date().toISOString() };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const method = (req.method ?? 'GET').toUpperCase();
    const mode = metadataMode(headers.accept);
    const origin = originFor(policy, headers.host);
    if (!origin) {
      req.resume();
      send(res, errorResponse(invalidHost(), mode));
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', origin);
    } catch {
      send(res, errorResponse(Errors.badRequest('The request URL is not valid.'), mode));
      return;
    }

    if (url.pathname.toLowerCase().startsWith('/_local/')) {
      const refused = controlRefusal(req, policy, token);
      const json = { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' };
      if (refused) {
        req.resume();
        send(res, { status: 403, headers: json, body: JSON.stringify({ error: `Refused: ${refused}.` }) });
        return;
      }
      const out = handleControl(app, requests, method, url.pathname, (await readBody(req, bodyLimit)).toString('utf8'));
      send(res, { status: out.status, headers: json, body: JSON.stringify(out.body) });
      return;
    }
    if (options.extraRoutes && (await options.extraRoutes(req, res, url))) return;

    const rest = apiPath(app, url.pathname);
    if (rest === null) {
      // a file at its server-relative URL (uploaded images, documents, attachments)
      let path: string | null = null;
      try {
        path = decodeURIComponent(url.pathname);
      } catch {
        path = null;
      }
      const file = path !== null && (method === 'GET' || method === 'HEAD') ? readFile(app, path) : undefined;
      if (!file) send(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'The file or page you asked for does not exist on this local SharePoint site.' });
      else send(res, { status: 200, headers: { 'Content-Type': file.contentType, 'Cache-Control': 'private, max-age=60', ...SAFE_FILE_HEADERS(file.name) }, body: Buffer.from(file.content) });
      return;
    }
    requests.count++;
    try {
      if (faults.latencyMs > 0) await delay(faults.latencyMs);
      const throttled = throttleFor(faults);
      if (throttled) throw throttled;
      const user = resolveActingUser(headers);
      const body = await readBody(req, bodyLimit);
      const effective = (headers['x-http-method'] ?? method).toUpperCase();
      const isContextInfo = /^\/?contextinfo$/i.test(rest);
      if (method !== 'GET' && method !== 'HEAD' && !isContextInfo && !verifyDigest(app.secret, headers['x-requestdigest'])) throw Errors.digest();
      send(res, executeApi(app, { method: effective, url, headers, body, user, inBatch: false, origin }));
    } catch (err) {
      send(res, errorResponse(err, mode));
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      if (!res.headersSent) send(res, errorResponse(err, 'minimal'));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port ?? 0;
  policy = hostPolicy(options.host ?? '127.0.0.1', port, options.allowedHosts);
  const base = policy.origin;
  return {
    url: base,
    siteUrl: `${base}/sites/${siteName}`,
    controlToken: token,
    originFor: (hostHeader) => originFor(policy, hostHeader),
    controlRefusal: (req) => controlRefusal(req, policy, token),
    db: store,
    faults,
    requests,
    seed(listTitle, items, as = 'owner') {
      const list = store.listByTitle(listTitle);
      if (!list) throw new Error(`There is no list called '${listTitle}'.`);
      const author = LOCAL_USERS.find((u) => u.key === as) ?? LOCAL_USERS[3];
      const rows = items.map((body) => {
        const { Id, ...rest } = body;
        const row = columnsFromBody(app, list, rest);
        if (typeof Id === 'number') row.ID = Id;
        return row;
      });
      return app.items.insertMany(list, rows, author.id);
    },
    putFile(url, content, contentType) {
      const name = url.split('/').pop() ?? url;
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      store
        .stmt('INSERT OR REPLACE INTO sp_files (url, unique_id, name, content_type, content, created, author, list_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(url, newGuid(), name, contentType ?? contentTypeFor(name), bytes, nowIso(), LOCAL_USERS[3].id, null, null);
    },
    clearData: () => {
      store.clearData();
      forgetAllItems(store);
    },
    grantItem(listTitle, itemId, userId, levelName) {
      const list = store.listByTitle(listTitle);
      if (!list) throw new Error(`There is no list called '${listTitle}'.`);
      app.items.require(list, itemId);
      const s = loadSecurity(store);
      const level = s.roles.find((r) => r.name === levelName);
      if (!level) return false;
      s.items ??= {};
      const own = (s.items[itemKey(list, itemId)] ??= bindingsFor(s, list).map((b) => ({ principalId: b.principalId, roleDefIds: [...b.roleDefIds] })));
      const b = own.find((x) => x.principalId === userId);
      if (b) {
        if (!b.roleDefIds.includes(level.id)) b.roleDefIds.push(level.id);
      } else own.push({ principalId: userId, roleDefIds: [level.id] });
      saveSecurity(store, s);
      return true;
    },
    issueDigest: () => issueDigest(app.secret),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          store.close();
          resolve();
        });
        // keep-alive sockets would hold close() open
        (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      }),
  };
}
