/**
 * The bench's ship-bundle page, served by the workbench's own server (one origin, as on
 * SharePoint, so the site's API and its next links need no CORS): the real `gulp bundle --ship`
 * output from release/assets, loaded by ./host.js the way SharePoint's loader loads a web part
 * from its manifest, with React and the SPFx framework coming from the page as SharePoint
 * provides them. What the browser fetches under /_ship/assets/ is what the web parts cost a page.
 *
 *   /_ship/page?parts=member-profiles,officer-directory&channel=officer-owned
 */
import * as fs from 'node:fs';
import type * as http from 'node:http';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
export const SHIP_ASSETS = '/_ship/assets/';

const KINDS = {
  'member-profiles': 'MemberProfilesWebPart',
  'officer-directory': 'OfficerDirectoryWebPart'
} as const;
type Kind = keyof typeof KINDS;

interface Manifest {
  id: string;
  alias: string;
  version: string;
}

function manifests(dir: string): Map<string, Manifest> {
  const out = new Map<string, Manifest>();
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.manifest.json'))) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as Manifest;
    out.set(m.alias, m);
  }
  return out;
}

function send(res: http.ServerResponse, type: string, body: string | Buffer): void {
  res.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  res.end(body);
}

export interface ShipRoutesOptions {
  /** The site's absolute URL on this origin, e.g. http://localhost:1234/sites/council. */
  siteUrl: () => string;
  /** A request digest for the page context, as SharePoint writes one into the page. */
  digest: () => Promise<string>;
  /** The signed-in user for the page context, from the page request (its local-user cookie). */
  currentUser?: (req: http.IncomingMessage) => Promise<{ loginName: string; displayName: string; email: string }>;
  releaseDir?: string;
}

export function shipRoutes(options: ShipRoutesOptions) {
  const release = options.releaseDir ?? path.join(REPO, 'release');
  const vendor: Record<string, string> = {
    '/_ship/vendor/react.js': path.join(REPO, 'node_modules/react/umd/react.production.min.js'),
    '/_ship/vendor/react-dom.js': path.join(REPO, 'node_modules/react-dom/umd/react-dom.production.min.js'),
    '/_ship/host.js': path.join(__dirname, 'host.js')
  };
  return async (req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<boolean> => {
    if (!url.pathname.startsWith('/_ship/') || req.method !== 'GET') return false;
    if (vendor[url.pathname]) {
      send(res, 'text/javascript; charset=utf-8', fs.readFileSync(vendor[url.pathname]));
      return true;
    }
    if (url.pathname.startsWith(SHIP_ASSETS)) {
      const name = path.basename(url.pathname);
      const file = path.join(release, 'assets', name);
      if (!/^[\w.-]+\.js$/.test(name) || !fs.existsSync(file)) {
        res.writeHead(404).end();
        return true;
      }
      send(res, 'text/javascript; charset=utf-8', fs.readFileSync(file));
      return true;
    }
    if (url.pathname === '/_ship/page') {
      const all = manifests(path.join(release, 'manifests'));
      const parts = (url.searchParams.get('parts') ?? 'member-profiles,officer-directory').split(',') as Kind[];
      const channel = url.searchParams.get('channel') ?? 'officer-owned';
      const siteUrl = options.siteUrl();
      const serverRelativeUrl = new URL(siteUrl).pathname;
      // The page's own address (Member Channels decide the channel by it): ?path=, else a site page.
      const serverRequestPath = url.searchParams.get('path') ?? `${serverRelativeUrl}/SitePages/Home.aspx`;
      const user = options.currentUser ? await options.currentUser(req) : { loginName: '', displayName: '', email: '' };
      const pageContext = {
        web: { absoluteUrl: siteUrl, serverRelativeUrl, title: 'Council' },
        site: { absoluteUrl: siteUrl, serverRelativeUrl, serverRequestPath },
        user: { loginName: user.loginName, displayName: user.displayName, email: user.email },
        legacyPageContext: { formDigestValue: await options.digest(), formDigestTimeoutSeconds: 1800, serverRequestPath, userLoginName: user.loginName },
        cultureInfo: { currentUICultureName: 'en-GB', currentCultureName: 'en-GB' }
      };
      const specs = parts.map((kind) => {
        const manifest = all.get(KINDS[kind]);
        if (!manifest) throw new Error(`No ship manifest for ${kind}: run gulp bundle --ship first.`);
        return { kind, manifest, properties: { siteUrl: '', channel } };
      });
      const html = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Council Directory (ship bundles)</title>
<script src="/_ship/vendor/react.js"></script><script src="/_ship/vendor/react-dom.js"></script><script src="/_ship/host.js"></script>
</head><body><main>
${specs.map((s) => `<section><div id="wp-${s.kind}" data-webpart="${s.kind}"></div></section>`).join('\n')}
</main>
<script>
(function () {
  var pageContext = ${JSON.stringify(pageContext)};
  var specs = ${JSON.stringify(specs)};
  window.__shipParts = {};
  Promise.all(specs.map(function (s) {
    return window.__shipMount({ manifest: s.manifest, assetsBase: '${SHIP_ASSETS}', element: document.getElementById('wp-' + s.kind), properties: s.properties, pageContext: pageContext })
      .then(function (wp) { window.__shipParts[s.kind] = wp; });
  })).then(function () { window.__shipMounted = true; }, function (e) { window.__shipError = String(e && e.stack || e); });
})();
</script></body></html>`;
      send(res, 'text/html; charset=utf-8', html);
      return true;
    }
    return false;
  };
}

/** Ship routes for a test workbench: digest and current user read from its own API. */
export function shipRoutesFor(siteUrl: () => string) {
  return shipRoutes({
    siteUrl,
    digest: async () => {
      const r = await fetch(`${siteUrl()}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
      return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
    },
    currentUser: async (req) => {
      const r = await fetch(`${siteUrl()}/_api/web/currentUser`, { headers: { Accept: 'application/json', Cookie: req.headers.cookie ?? '' } });
      const me = (await r.json()) as { LoginName: string; Title: string; Email: string };
      return { loginName: me.LoginName, displayName: me.Title, email: me.Email };
    }
  });
}
