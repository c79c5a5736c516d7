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

export type { FaultSwitches } from './http/faults';
export { LOCAL_USERS } from './api/users';
export type { LocalUser, LocalUserKey } from './api/users';

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
  /** Stores a file at a server-relative URL (e.g. demo photos). */
  putFile(url: string, content: string | Uint8Array, contentType?: string): void;
  /** Deletes every item, version and file; lists, fields and users stay. */
  clearData(): void;
  /** A request digest, as SharePoint puts in a page's context. */
  issueDigest(): string;
  close(): Promise<void>;
}

export const DEFAULT_ASSETS_DIR = path.resolve(__dirname, '../../sharepoint/assets');

function readBody(req: http.IncomingMessage, limit = 50 * 1024 * 1024): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('Request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, r: ApiResponse): void {
  const body = r.body === undefined ? undefined : typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  const headers: Record<string, string> = { ...r.headers, SPRequestGuid: newGuid(), 'X-Content-Type-Options': 'nosniff' };
  if (r.status !== 204) headers['Content-Length'] = String(body?.length ?? 0);
  res.writeHead(r.status, headers);
  res.end(r.status === 204 ? undefined : body);
}

const delay = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function startLocalServer(options: LocalServerOptions = {}): Promise<LocalServer> {
  const store = new Store(options.dbFile ?? ':memory:');
  if (!store.meta('created')) store.setMeta('created', nowIso());
  store.provision(readAssets(options.assetsDir ?? DEFAULT_ASSETS_DIR));
  const ids = { web: store.meta('webId') ?? newGuid(), site: store.meta('siteId') ?? newGuid() };
  store.setMeta('webId', ids.web);
  store.setMeta('siteId', ids.site);
  const faults = applyFaults(defaultFaults(), (options.faults ?? {}) as Record<string, unknown>);
  const siteName = options.siteName ?? 'council';
  const app: AppContext = {
    store, items: new ItemStore(store), users: new UserDirectory(store), siteName, siteRelative: `/sites/${siteName}`,
    webId: ids.web, siteId: ids.site, threshold: options.threshold ?? 5000, maxPageSize: options.maxPageSize ?? 5000, faults, secret: store.secret(),
  };
  const requests: RequestCounter = { count: 0, since: new Date().toISOString() };

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
    const method = (req.method ?? 'GET').toUpperCase();

    if (url.pathname.toLowerCase().startsWith('/_local/')) {
      const out = handleControl(app, requests, method, url.pathname, (await readBody(req)).toString('utf8'));
      send(res, { status: out.status, headers: { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' }, body: JSON.stringify(out.body) });
      return;
    }
    if (options.extraRoutes && (await options.extraRoutes(req, res, url))) return;

    const rest = apiPath(app, url.pathname);
    const mode = metadataMode(headers.accept);
    if (rest === null) {
      // a file at its server-relative URL (uploaded images)
      const file = method === 'GET' || method === 'HEAD' ? readFile(app, decodeURIComponent(url.pathname)) : undefined;
      if (!file) send(res, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'The file or page you asked for does not exist on this local SharePoint site.' });
      else send(res, { status: 200, headers: { 'Content-Type': file.contentType, 'Cache-Control': 'private, max-age=60', 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox" }, body: Buffer.from(file.content) });
      return;
    }
    requests.count++;
    try {
      if (faults.latencyMs > 0) await delay(faults.latencyMs);
      const throttled = throttleFor(faults);
      if (throttled) throw throttled;
      const user = resolveActingUser(headers);
      const body = await readBody(req);
      const effective = (headers['x-http-method'] ?? method).toUpperCase();
      const isContextInfo = /^\/?contextinfo$/i.test(rest);
      if (method !== 'GET' && method !== 'HEAD' && !isContextInfo && !verifyDigest(app.secret, headers['x-requestdigest'])) throw Errors.digest();
      send(res, executeApi(app, { method: effective, url, headers, body, user, inBatch: false }));
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
  const base = `http://${options.host ?? '127.0.0.1'}:${port}`;
  return {
    url: base,
    siteUrl: `${base}/sites/${siteName}`,
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
    clearData: () => store.clearData(),
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
