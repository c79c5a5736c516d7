/**
 * Converting SharePoint's wire values to the domain's, and back. SharePoint sends nulls for
 * empty columns, dates as UTC date-times, hyperlinks as {Description, Url} and image columns
 * as a JSON string.
 */

export type SpItem = Record<string, unknown>;

/** null/'' → undefined, so optional domain fields stay absent. */
export function opt<T>(value: T | null | undefined | ''): T | undefined {
  return value === null || value === undefined || value === '' ? undefined : value;
}

export function optString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** A SharePoint date-only column: "2024-05-02T00:00:00Z" → "2024-05-02". */
export function fromSpDate(value: unknown): string | undefined {
  return typeof value === 'string' && value ? value.slice(0, 10) : undefined;
}

export function toSpDate(value: string | undefined): string | null {
  return value ? `${value}T00:00:00Z` : null;
}

export function fromSpUrl(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'Url' in value) return optString((value as { Url: unknown }).Url);
  return optString(value);
}

export function toSpUrl(url: string | undefined, description?: string): { Description: string; Url: string } | null {
  return url ? { Description: description ?? url, Url: url } : null;
}

/** Image columns hold JSON with `serverRelativeUrl` (and `serverUrl` on other hosts). */
export function fromSpImage(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const parsed = JSON.parse(value) as { serverRelativeUrl?: string; serverUrl?: string };
    if (!parsed.serverRelativeUrl) return undefined;
    return parsed.serverUrl && parsed.serverUrl.startsWith('https://') ? parsed.serverUrl + parsed.serverRelativeUrl : parsed.serverRelativeUrl;
  } catch {
    return undefined;
  }
}

export function toSpImage(url: string | undefined, fileName?: string): string | null {
  if (!url) return null;
  return JSON.stringify({ type: 'thumbnail', fileName: fileName ?? url.split('/').pop(), serverRelativeUrl: url });
}

/** Multi-line text holding one entry per line. */
export function fromSpLines(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(/\r?\n/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

export function fromSpCommaList(value: unknown): string[] {
  return typeof value === 'string'
    ? value
        .split(/[,;\r\n]+/)
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
}

/** Multi-lookup ids: minimal metadata sends an array, verbose `{results: []}`. */
export function fromSpIds(value: unknown): number[] {
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return ((value as { results: unknown[] }).results).filter((v): v is number => typeof v === 'number');
  }
  return [];
}
