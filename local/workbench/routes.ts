/**
 * The workbench's own routes, served by the local SharePoint server on the same origin as the
 * site's API (so PnPjs needs no CORS and reads ETag and Retry-After as on SharePoint).
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';
import { LOCAL_USERS, type LocalServer } from '../server';
import type { WorkbenchContext } from './context';
import { PAGES, renderPage } from './page';

export interface WorkbenchRoutesOptions {
  server: () => LocalServer;
  /** The bundled workbench script. */
  script: () => Promise<string>;
  /** Reloads a demo council; answers with a summary. */
  reset: (council: string | undefined) => Promise<unknown>;
}

const SCRIPT_PATH = '/workbench/client.js';
const ICON_DIR = path.resolve(__dirname, '..', '..', 'node_modules', '@fluentui', 'font-icons-mdl2', 'fonts');

function cookie(req: http.IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === name) return decodeURIComponent(part.slice(i + 1).trim());
  }
  return undefined;
}

function userLabel(u: (typeof LOCAL_USERS)[number]): string {
  const role = { officer: 'Officer', councillor: 'Councillor', 'democratic-services': 'Democratic Services', owner: 'Site owner', 'liaison-officer': 'Liaison officer' }[u.key];
  return `${role} (${u.title})`;
}

export function workbenchRoutes(options: WorkbenchRoutesOptions) {
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    const method = req.method ?? 'GET';
    const page = PAGES.find((p) => p.path === url.pathname.replace(/\/+$/, '') || (p.path === '/' && url.pathname === '/'));
    if (page && method === 'GET') {
      const server = options.server();
      const chosen = cookie(req, 'local-user');
      const current = LOCAL_USERS.find((u) => u.key === chosen) ?? LOCAL_USERS[0];
      // one of the server's configured origins (localhost or 127.0.0.1), never a spoofed Host copied through
      const origin = server.originFor(req.headers.host) ?? server.url;
      const ctx: WorkbenchContext = {
        siteUrl: `${origin}/sites/council`,
        formDigestValue: server.issueDigest(),
        formDigestTimeoutSeconds: 1800,
        currentUser: { key: current.key, label: userLabel(current) },
        users: LOCAL_USERS.map((u) => ({ key: u.key, label: userLabel(u) }))
      };
      const html = renderPage(page, ctx, SCRIPT_PATH);
      res.writeHead(200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-store',
        'Content-Security-Policy': "default-src 'self'; img-src 'self' data:; font-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'"
      });
      res.end(html);
      return true;
    }
    if (url.pathname === SCRIPT_PATH && method === 'GET') {
      const js = await options.script();
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8', 'Cache-Control': 'no-cache' });
      res.end(js);
      return true;
    }
    if (url.pathname === '/_workbench/reset' && method === 'POST') {
      const refused = options.server().controlRefusal(req);
      if (refused) {
        req.resume();
        res.writeHead(403, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: `Refused: ${refused}.` }));
        return true;
      }
      try {
        const summary = await options.reset(url.searchParams.get('council') ?? undefined);
        res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify(summary));
      } catch (e) {
        res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8' });
        res.end(JSON.stringify({ error: (e as Error).message }));
      }
      return true;
    }
    const icon = /^\/workbench\/icons\/(fabric-icons-[\w-]+\.woff)$/.exec(url.pathname);
    if (icon && method === 'GET') {
      const file = path.join(ICON_DIR, icon[1]);
      if (!fs.existsSync(file)) return false;
      res.writeHead(200, { 'Content-Type': 'font/woff', 'Cache-Control': 'public, max-age=86400' });
      res.end(fs.readFileSync(file));
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return true;
    }
    return false;
  };
}
