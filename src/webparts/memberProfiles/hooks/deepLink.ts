/**
 * The shareable link to a profile: `?member=<id>` on the page's own address. Opening or closing
 * a profile rewrites only that parameter (history.replaceState), so SharePoint's other query
 * parameters, the hash and its history state are left as they were.
 */
export const MEMBER_PARAM = 'member';

export function readMemberParam(location: Pick<Location, 'search'> = window.location): number | undefined {
  const raw = new URLSearchParams(location.search).get(MEMBER_PARAM);
  if (!raw || !/^\d{1,9}$/.test(raw.trim())) return undefined;
  return Number(raw.trim());
}

/** The page's address with the member parameter set (or removed, for undefined). */
export function urlWithMember(href: string, id: number | undefined): string {
  const url = new URL(href);
  if (id === undefined) url.searchParams.delete(MEMBER_PARAM);
  else url.searchParams.set(MEMBER_PARAM, String(id));
  return url.toString();
}

export function writeMemberParam(id: number | undefined): void {
  const next = urlWithMember(window.location.href, id);
  if (next !== window.location.href) window.history.replaceState(window.history.state, '', next);
}
