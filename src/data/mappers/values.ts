/**
 * Converting SharePoint's wire values to the domain's, and back. SharePoint sends nulls for
 * empty columns, date-only values as the site's midnight in UTC (dates.ts), hyperlinks as
 * {Description, Url} and image columns as a JSON string.
 *
 * Reading keeps what it cannot convert (a number in a text column, a link that is not a link)
 * so that validation sees it and withholds that one field with a reason, rather than the value
 * silently disappearing.
 */

import { fromSpDateIn, GMT_STANDARD_TIME, toSpDateIn, type SiteTimeZone } from './dates';

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

/**
 * A SharePoint date-only column → "YYYY-MM-DD" in the site's calendar: on a UK site in summer,
 * "2026-05-06T23:00:00Z" is 7 May. Never slice the UTC string.
 */
export function fromSpDate(value: unknown, zone: SiteTimeZone = GMT_STANDARD_TIME): string | undefined {
  const v = fromSpDateIn(value, zone);
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
}

/** "YYYY-MM-DD" → the site's midnight in UTC, as SharePoint's list form writes it. */
export function toSpDate(value: string | undefined, zone: SiteTimeZone = GMT_STANDARD_TIME): string | null {
  return toSpDateIn(value, zone);
}

export function fromSpUrl(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'Url' in value) return optString((value as { Url: unknown }).Url);
  return optString(value);
}

export function toSpUrl(url: string | undefined, description?: string): { Description: string; Url: string } | null {
  return url ? { Description: description ?? url, Url: url } : null;
}

/**
 * Image columns hold JSON in one of two shapes. Set through PnPjs `setImageField` (or an upload
 * to Site Assets) it carries `serverRelativeUrl` (and `serverUrl` on other hosts). Uploaded in the
 * modern list form it is an attachment of the item and the value holds only `fileName`: the file
 * is then at `<list folder>/Attachments/<item id>/<fileName>`, so the item (its `Id` and
 * `FileDirRef`) is needed to find it. Anything else is undefined.
 */
export function fromSpImage(value: unknown, item?: SpItem): string | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  let parsed: { serverRelativeUrl?: unknown; serverUrl?: unknown; fileName?: unknown };
  try {
    parsed = JSON.parse(value) as typeof parsed;
  } catch {
    return undefined;
  }
  if (!parsed || typeof parsed !== 'object') return undefined;
  if (typeof parsed.serverRelativeUrl === 'string' && parsed.serverRelativeUrl.startsWith('/')) {
    const server = typeof parsed.serverUrl === 'string' && parsed.serverUrl.startsWith('https://') ? parsed.serverUrl.replace(/\/+$/, '') : '';
    return server + parsed.serverRelativeUrl;
  }
  const name = typeof parsed.fileName === 'string' ? parsed.fileName : '';
  const folder = typeof item?.FileDirRef === 'string' ? item.FileDirRef.replace(/\/+$/, '') : '';
  const id = item?.Id ?? item?.ID;
  // A file name is one path segment; anything that could climb out of the attachment folder is refused.
  if (!name || /[/\\]|^\.\.?$/.test(name) || !folder.startsWith('/') || typeof id !== 'number') return undefined;
  return `${folder}/Attachments/${id}/${encodeURIComponent(name).replace(/'/g, '%27')}`;
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
export function readValue(kind: string, value: unknown, zone: SiteTimeZone = GMT_STANDARD_TIME): unknown {
  if (isBlank(value)) return kind === 'lines' || kind === 'commaList' || kind === 'lookupMulti' ? [] : undefined;
  switch (kind) {
    case 'lines':
      return split(value, /\r?\n/);
    case 'commaList':
      return split(value, /[,;\r\n]+/);
    case 'date':
      return fromSpDateIn(value, zone);
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
export function writeValue(kind: string, value: unknown, zone: SiteTimeZone = GMT_STANDARD_TIME): unknown {
  switch (kind) {
    case 'lines':
      return Array.isArray(value) ? value.join('\n') : '';
    case 'commaList':
      return Array.isArray(value) ? value.join(', ') : '';
    case 'lookupMulti':
      return Array.isArray(value) ? value : [];
    case 'date':
      return toSpDate(value as string | undefined, zone);
    case 'url':
      return toSpUrl(value as string | undefined);
    case 'image':
      return toSpImage(value as string | undefined);
    default:
      return value === undefined ? null : value;
  }
}
