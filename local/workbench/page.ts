/**
 * The workbench page: looks like a modern SharePoint page (suite bar, site header, navigation,
 * a page title and a canvas of sections) and holds the web parts. Served by the local server
 * on the same origin as the site's API.
 */
import { CONTEXT_GLOBAL, type WorkbenchContext, type WorkbenchWebPart } from './context';

export interface WorkbenchPage {
  path: string;
  title: string;
  /** Shown under the title: what the page is for, and its channel. */
  summary: string;
  webParts: WorkbenchWebPart[];
}

export const PAGES: WorkbenchPage[] = [
  {
    path: '/',
    title: 'Council Directory',
    summary: 'Find a councillor, who sits on a committee, or the right officer for any topic.',
    webParts: [
      { kind: 'member-profiles', channel: 'officer-owned' },
      { kind: 'officer-directory', channel: 'officer-owned' }
    ]
  },
  {
    path: '/member-profiles',
    title: 'Member Profiles',
    summary: 'Every councillor, in their own words: ward, party, roles and how to get in touch.',
    webParts: [{ kind: 'member-profiles', channel: 'member-profile' }]
  },
  {
    path: '/officer-directory',
    title: 'Officer Directory and Councillor Liaison Officers',
    summary: 'Find the right officer, and the councillor liaison officer for every service.',
    webParts: [{ kind: 'officer-directory', channel: 'officer-owned' }]
  }
];

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** JSON that is safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function renderPage(page: WorkbenchPage, ctx: WorkbenchContext, scriptUrl: string): string {
  const nav = PAGES.map(
    (p) => `<li><a href="${escapeHtml(p.path)}"${p.path === page.path ? ' aria-current="page"' : ''}>${escapeHtml(p.title)}</a></li>`
  ).join('');
  const options = ctx.users
    .map((u) => `<option value="${escapeHtml(u.key)}"${u.key === ctx.currentUser.key ? ' selected' : ''}>${escapeHtml(u.label)}</option>`)
    .join('');
  const sections = page.webParts
    .map(
      (w) =>
        `<section class="canvas-section"><div class="webpart" data-webpart="${escapeHtml(w.kind)}" data-channel="${escapeHtml(w.channel)}"></div></section>`
    )
    .join('\n');
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)} – Council Intranet (local workbench)</title>
<style>
  :root { --theme: #0f6cbd; --theme-dark: #0c3b5e; --neutral: #f3f2f1; }
  * { box-sizing: border-box; }
  body { margin: 0; font-family: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont, Roboto, "Helvetica Neue", sans-serif; color: #323130; background: #fff; }
  .suite-bar { display: flex; align-items: center; gap: 16px; background: var(--theme-dark); color: #fff; padding: 0 16px; min-height: 48px; flex-wrap: wrap; }
  .suite-bar .brand { font-weight: 600; font-size: 16px; }
  .suite-bar .spacer { flex: 1; }
  .suite-bar label { font-size: 14px; }
  .suite-bar select { margin-left: 8px; font: inherit; padding: 4px; max-width: 100%; }
  .suite-bar .acting { display: flex; align-items: center; flex-wrap: wrap; gap: 4px; min-width: 0; max-width: 100%; }
  .site-header { background: var(--neutral); padding: 16px 32px 0; }
  .site-header .site-title { margin: 0 0 8px; font-size: 24px; font-weight: 600; }
  .site-header nav ul { list-style: none; display: flex; gap: 24px; margin: 0; padding: 0; flex-wrap: wrap; }
  .site-header nav a { display: inline-block; padding: 8px 0; color: #323130; text-decoration: none; border-bottom: 2px solid transparent; }
  .site-header nav a[aria-current="page"] { border-bottom-color: var(--theme); font-weight: 600; }
  .site-header nav a:focus-visible, .suite-bar select:focus-visible { outline: 2px solid #000; outline-offset: 2px; }
  main { max-width: 1280px; margin: 0 auto; padding: 24px 32px 48px; }
  .page-title { font-size: 32px; font-weight: 600; margin: 0 0 4px; }
  .page-summary { margin: 0 0 24px; color: #605e5c; }
  .canvas-section { margin-bottom: 32px; }
  .local-note { font-size: 12px; color: #605e5c; border-top: 1px solid #edebe9; padding-top: 12px; }
  @media (max-width: 640px) { main, .site-header { padding-left: 12px; padding-right: 12px; } .page-title { font-size: 24px; } .suite-bar .spacer { display: none; } .suite-bar select { margin-left: 0; width: 100%; } }
</style>
</head>
<body>
<header>
  <div class="suite-bar">
    <span class="brand">SharePoint</span>
    <span class="spacer"></span>
    <span class="acting"><label for="local-user">Acting as</label>
    <select id="local-user" name="local-user">${options}</select></span>
  </div>
  <div class="site-header">
    <p class="site-title">Council Intranet</p>
    <nav aria-label="Site"><ul>${nav}</ul></nav>
  </div>
</header>
<main id="main">
  <h1 class="page-title">${escapeHtml(page.title)}</h1>
  <p class="page-summary">${escapeHtml(page.summary)}</p>
  ${sections}
  <p class="local-note">Local workbench: the web parts talk to the local SharePoint server at ${escapeHtml(ctx.siteUrl)}.</p>
</main>
<script>window.FabricConfig = { fontBaseUrl: '' }; window.${CONTEXT_GLOBAL} = ${scriptJson(ctx)};</script>
<script src="${escapeHtml(scriptUrl)}"></script>
</body>
</html>`;
}
