/**
 * Date-only columns, read and written in the site's time zone.
 *
 * SharePoint Online keeps a date-only value as midnight in the site's time zone (regional
 * settings) and sends it in UTC: on a UK site in British Summer Time, 7 May comes back as
 * `2026-05-06T23:00:00Z`. Slicing that string gives 6 May, so a pre-election period would end a
 * day early. Here the instant is turned back into the site's calendar date, and a date is written
 * as the site's local midnight in UTC, as SharePoint's own list form writes it.
 *
 * SharePoint names a time zone by its own number (`web/RegionalSettings/TimeZone/Id`); the ones a
 * council might use are mapped to IANA names so the browser's Intl knows their summer time. Any
 * other zone falls back to its standard offset (`Information.Bias`), and reads then take the
 * nearest local midnight, which still gives the right day for a value SharePoint wrote.
 */

export interface SiteTimeZone {
  /** SharePoint's number for the zone (2 is "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"). */
  id: number;
  description: string;
  /** The IANA name, when known: then summer time is applied exactly. */
  iana?: string;
  /** Minutes to add to local standard time to get UTC (SharePoint's `Information.Bias`). */
  bias: number;
}

/**
 * SharePoint time zone ids (as in SPRegionalSettings.TimeZones and PnP's TimeZone enumeration) →
 * IANA names with the same rules today.
 */
const IANA_BY_SHAREPOINT_ID: Readonly<Record<number, string>> = {
  2: 'Europe/London',
  3: 'Europe/Paris',
  4: 'Europe/Berlin',
  5: 'Europe/Athens',
  6: 'Europe/Budapest',
  10: 'America/New_York',
  11: 'America/Chicago',
  12: 'America/Denver',
  13: 'America/Los_Angeles',
  14: 'America/Anchorage',
  15: 'Pacific/Honolulu',
  17: 'Pacific/Auckland',
  18: 'Australia/Brisbane',
  19: 'Australia/Adelaide',
  20: 'Asia/Tokyo',
  21: 'Asia/Singapore',
  23: 'Asia/Kolkata',
  29: 'Atlantic/Azores',
  31: 'Atlantic/Reykjavik',
  57: 'Europe/Warsaw',
  59: 'Europe/Helsinki',
  76: 'Australia/Sydney',
  93: 'Etc/UTC'
};

/** SharePoint's default for a UK tenant, and the local server's. */
export const GMT_STANDARD_TIME: SiteTimeZone = Object.freeze({ id: 2, description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', iana: 'Europe/London', bias: 0 });

/** The zone for a SharePoint id, from the table above (undefined when it is not in it). */
export function timeZoneById(id: number, description = '', bias = 0): SiteTimeZone {
  const iana = IANA_BY_SHAREPOINT_ID[id];
  return iana ? { id, description, iana, bias } : { id, description, bias };
}

/** `web/RegionalSettings/TimeZone` as SharePoint sends it → the zone; anything unreadable is the UK default. */
export function timeZoneFromSp(value: unknown): SiteTimeZone {
  if (!value || typeof value !== 'object') return GMT_STANDARD_TIME;
  const v = value as { Id?: unknown; Description?: unknown; Information?: { Bias?: unknown } };
  if (typeof v.Id !== 'number' || !Number.isInteger(v.Id)) return GMT_STANDARD_TIME;
  const bias = typeof v.Information?.Bias === 'number' ? v.Information.Bias : 0;
  return timeZoneById(v.Id, typeof v.Description === 'string' ? v.Description : '', bias);
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86400000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(iana: string): Intl.DateTimeFormat {
  let f = formatters.get(iana);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: iana, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(iana, f);
  }
  return f;
}

/** The zone's wall-clock time at an instant (ms), written as if it were UTC (ms). */
export function siteWallClock(ms: number, zone: SiteTimeZone = GMT_STANDARD_TIME): number {
  if (!zone.iana) return ms - zone.bias * 60000;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone.iana).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
}

/** The instant (ms) at which the zone's clock shows a wall-clock time (written as if UTC, ms). */
export function siteLocalToUtc(wall: number, zone: SiteTimeZone = GMT_STANDARD_TIME): number {
  // Two steps settle the offset on either side of a change of clocks.
  let guess = wall;
  for (let i = 0; i < 2; i++) guess = wall - (siteWallClock(guess, zone) - guess);
  return guess;
}

const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** The site's calendar date of an instant. */
export function siteDateOf(instant: Date, zone: SiteTimeZone = GMT_STANDARD_TIME): string {
  const wall = siteWallClock(instant.getTime(), zone);
  // Without summer-time rules, a summer midnight shows as 23:00 standard time: take the nearest midnight.
  return zone.iana ? isoDay(wall) : isoDay(Math.round(wall / DAY_MS) * DAY_MS);
}

/** Midnight of a calendar date in the site's time zone, as the UTC instant SharePoint stores. */
export function siteMidnight(date: string, zone: SiteTimeZone = GMT_STANDARD_TIME): Date {
  const m = DATE_ONLY.exec(date);
  if (!m) throw new RangeError(`"${date}" is not a date in the form YYYY-MM-DD.`);
  return new Date(siteLocalToUtc(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])), zone));
}

/**
 * A date-only column as SharePoint sends it → `YYYY-MM-DD` in the site's calendar. A value that is
 * not a date is passed on unchanged, for validation to name.
 */
export function fromSpDateIn(value: unknown, zone: SiteTimeZone = GMT_STANDARD_TIME): unknown {
  if (typeof value !== 'string' || value.trim() === '') return value;
  const s = value.trim();
  if (DATE_ONLY.test(s)) return s;
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? value : siteDateOf(new Date(ms), zone);
}

/** `YYYY-MM-DD` → the value SharePoint keeps for it: the site's midnight in UTC, without milliseconds. */
export function toSpDateIn(date: string | undefined, zone: SiteTimeZone = GMT_STANDARD_TIME): string | null {
  if (!date) return null;
  return siteMidnight(date.slice(0, 10), zone).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
