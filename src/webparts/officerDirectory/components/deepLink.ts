/**
 * `?officer=<id>` opens that officer's card. The parameter is read once on load and kept in step
 * with the open card by history.replaceState, leaving every other part of the address alone (a
 * SharePoint page carries its own parameters).
 */
export const OFFICER_PARAM = 'officer';

function currentUrl(): URL | undefined {
  try {
    return new URL(window.location.href);
  } catch {
    return undefined;
  }
}

/** The officer id in the address, if it is a whole number. */
export function officerIdFromUrl(): number | undefined {
  const raw = currentUrl()?.searchParams.get(OFFICER_PARAM);
  if (!raw || !/^\d{1,9}$/.test(raw)) return undefined;
  const id = Number(raw);
  return id > 0 ? id : undefined;
}

/** The raw value, for the "not found" message. */
export function rawOfficerParam(): string | undefined {
  return currentUrl()?.searchParams.get(OFFICER_PARAM) ?? undefined;
}

/** This page's address with `?officer=<id>`, or without it. */
export function urlWithOfficer(id: number | undefined): string {
  const url = currentUrl();
  if (!url) return '';
  if (id === undefined) url.searchParams.delete(OFFICER_PARAM);
  else url.searchParams.set(OFFICER_PARAM, String(id));
  return url.toString();
}

export function setOfficerInUrl(id: number | undefined): void {
  try {
    const next = urlWithOfficer(id);
    if (next && next !== window.location.href) window.history.replaceState(window.history.state, '', next);
  } catch {
    // Some hosts (a sandboxed Teams tab) refuse history changes; the card still opens.
  }
}
