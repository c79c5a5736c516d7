/**
 * The web parts read the council's lists from a site chosen in the property pane; blank means
 * the site the page is on. Only https addresses or paths on the same tenant are accepted.
 */
export function siteUrlProblem(value: string | undefined): string {
  const v = (value ?? '').trim();
  if (!v) return '';
  if (/^\/(?!\/)/.test(v) && !/[\s<>"'`\\]/.test(v)) return '';
  try {
    const u = new URL(v);
    if (u.protocol !== 'https:') return 'The site address must start with https://.';
    if (!/\/sites\/|\/teams\/|^\/$/.test(u.pathname) && u.pathname !== '/' && u.pathname !== '') {
      return 'The site address should be a SharePoint site, like https://council.sharepoint.com/sites/directory.';
    }
    return '';
  } catch {
    return 'Enter the address of the SharePoint site that holds the directory lists, like https://council.sharepoint.com/sites/directory.';
  }
}

/** The absolute site URL the data layer should use. */
export function resolveSiteUrl(configured: string | undefined, pageWebUrl: string): string {
  const v = (configured ?? '').trim().replace(/\/+$/, '');
  if (!v) return pageWebUrl;
  if (v.startsWith('/')) return new URL(v, pageWebUrl).toString().replace(/\/+$/, '');
  return v;
}
