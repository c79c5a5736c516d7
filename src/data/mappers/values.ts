/**
 * Converting SharePoint's wire values to the domain's, and back. SharePoint sends nulls for
 * empty columns, dates as UTC date-times, hyperlinks as {Description, Url} and image columns
 * as a JSON string.
 *
 * Reading keeps what it cannot convert (a number in a text column, a link that is not a link)
 * so that validation sees it and withholds that one field with a reason, rather than the value
 * silently disappearing.
 */

export type SpItem = Record<string, unknown>;

/** null, undefined and blank text: an empty column. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** null/'' → undefined, so optional domain fields stay absent. */
export function opt<T>(value: T | null | undefined | ''): T | undefined {
  return isBlank(value) ? undefined : (value as T);
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

function split(value: unknown, separator: RegExp): unknown {
  if (typeof value !== 'string') return isBlank(value) ? [] : value;
  return value
    .split(separator)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Multi-line text holding one entry per line. */
export function fromSpLines(value: unknown): string[] {
  const v = split(value, /\r?\n/);
  return Array.isArray(v) ? (v as string[]) : [];
}

export function fromSpCommaList(value: unknown): string[] {
  const v = split(value, /[,;\r\n]+/);
  return Array.isArray(v) ? (v as string[]) : [];
}

/** Multi-lookup ids: minimal metadata sends an array, verbose `{results: []}`. */
export function fromSpIds(value: unknown): number[] {
  if (Array.isArray(value)) return value.filter((v): v is number => typeof v === 'number');
  if (value && typeof value === 'object' && Array.isArray((value as { results?: unknown }).results)) {
    return ((value as { results: unknown[] }).results).filter((v): v is number => typeof v === 'number');
  }
  return [];
}

/** Reads one column as the domain expects it; what does not fit is passed on for validation to name. */
export function readValue(kind: string, value: unknown): unknown {
  if (isBlank(value)) return kind === 'lines' || kind === 'commaList' || kind === 'lookupMulti' ? [] : undefined;
  switch (kind) {
    case 'lines':
      return split(value, /\r?\n/);
    case 'commaList':
      return split(value, /[,;\r\n]+/);
    case 'date':
      return typeof value === 'string' ? value.slice(0, 10) : value;
    case 'url':
      return value && typeof value === 'object' && 'Url' in value ? opt((value as { Url: unknown }).Url) : value;
    case 'image':
      return fromSpImage(value) ?? value;
    case 'lookupMulti':
      return Array.isArray(value) ? value : value && typeof value === 'object' && 'results' in value ? (value as { results: unknown }).results : value;
    default:
      return value;
  }
}

/** Writes one domain value in the form SharePoint takes for the column. */
export function writeValue(kind: string, value: unknown): unknown {
  switch (kind) {
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'commaList':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'lookupMulti':
      return Array.isArray(value) ? value : [];
    case 'date':
      return toSpDate(value as string | undefined);
    case 'url':
      return toSpUrl(value as string | undefined);
    case 'image':
      return toSpImage(value as string | undefined);
    default:
      return value === undefined ? null : value;
  }
}
