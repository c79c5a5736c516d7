/**
 * Shareable links: `?member=7`, `?officer=42`, `?committee=3` on the page's own address. Reading
 * accepts only whole numbers; writing changes only that parameter (history.replaceState), so
 * SharePoint's other parameters, the hash and its history state are left as they were.
 */

function currentUrl(): URL | undefined {
  try {
    return new URL(window.location.href);
  } catch {
    return undefined;
  }
}

/** The raw value of a parameter, for a "not found" message. */
export function readParam(name: string): string | undefined {
  return currentUrl()?.searchParams.get(name) ?? undefined;
}

/** The id in a parameter, if it is a whole number of 1 or more. */
export function readIdParam(name: string): number | undefined {
  const raw = readParam(name)?.trim();
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

/** `href` with the parameter set to `value`, or removed for undefined. */
export function urlWithParam(href: string, name: string, value: number | string | undefined): string {
  const url = new URL(href);
  if (value === undefined) url.searchParams.delete(name);
  else url.searchParams.set(name, String(value));
  return url.toString();
}

/** This page's address with the parameter set (or removed). */
export function pageUrlWith(name: string, value: number | string | undefined): string {
  const url = currentUrl();
  return url ? urlWithParam(url.toString(), name, value) : '';
}

export function writeParam(name: string, value: number | string | undefined): void {
  try {
    const next = pageUrlWith(name, value);
    if (next && next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  } catch {
    // Some hosts (a sandboxed Teams tab) refuse history changes; the view still changes.
  }
}
