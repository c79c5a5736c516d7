/**
 * The web parts read the council's lists from a site chosen in the property pane (or the tenant
 * setting); blank means the site the page is on. Only a path, or an https address on the page's
 * own tenant (the same host), is accepted: the web parts never send a request to another host.
 *
 * `pageUrl` is the page's site address (SPFx's pageContext.web.absoluteUrl); without it only the
 * form of the address is checked.
 */
export function siteUrlProblem(value: string | undefined, pageUrl?: string): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  if (/^\/(?!\/)/.test(v) && !/[\s<>"'`\\]/.test(v)) return '';
  let u: URL;
  try {
    u = new URL(v);
  } catch {
    return 'Enter the address of the SharePoint site that holds the directory lists, like https://council.sharepoint.com/sites/directory.';
  }
  let page: URL | undefined;
  try {
    page = pageUrl ? new URL(pageUrl) : undefined;
  } catch {
    page = undefined;
  }
  // On SharePoint the page is https; a local page (the workbench) may be http on its own host.
  const scheme = page?.protocol === 'http:' && u.protocol === 'http:' ? 'http:' : 'https:';
  if (u.protocol !== scheme) return 'The site address must start with https://.';
  if (page && u.hostname.toLowerCase() !== page.hostname.toLowerCase()) {
    return `The site must be on this council's SharePoint (${page.host}): enter an address that starts with ${page.protocol}//${page.host}/, or just its path, like /sites/directory.`;
  }
  if (!/\/sites\/|\/teams\/|^\/$/.test(u.pathname) && u.pathname !== '/' && u.pathname !== '') {
    return 'The site address should be a SharePoint site, like https://council.sharepoint.com/sites/directory.';
  }
  return '';
}

/** The absolute site URL the data layer should use. */
export function resolveSiteUrl(configured: string | undefined, pageWebUrl: string): string {
  const v = (configured ?? '').trim().replace(/\/+$/, '');
  if (!v) return pageWebUrl;
  if (v.startsWith('/')) return new URL(v, pageWebUrl).toString().replace(/\/+$/, '');
  return v;
}
