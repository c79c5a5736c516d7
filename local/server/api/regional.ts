/**
 * The site's regional settings: web/RegionalSettings (GET), web/RegionalSettings/TimeZone (GET),
 * and TimeZone/utcToLocalTime('…') and localTimeToUTC('…') (POST, as PnPjs sends them). The time
 * zone is the site's (startLocalServer's `timeZone`, `--time-zone`), GMT Standard Time by default;
 * date-only columns are stored as its midnight (store/values.ts).
 */
import { Errors } from '../http/errors';
import { entityResponse, JsonObject, projectProperties, valueResponse } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { siteLocalToUtc, siteWallClock, timeZoneById, type SiteTimeZone } from '../../../src/data/mappers/dates';
import { AppContext, render } from './context';
import { byMethod, end } from './router';

/** The zones the local site can be set to: SharePoint's id, description, Bias and DaylightBias (minutes). */
export const LOCAL_TIME_ZONES: ReadonlyArray<{ id: number; description: string; bias: number; daylightBias: number }> = [
  { id: 2, description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', bias: 0, daylightBias: -60 },
  { id: 3, description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', bias: -60, daylightBias: -60 },
  { id: 4, description: '(UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna', bias: -60, daylightBias: -60 },
  { id: 10, description: '(UTC-05:00) Eastern Time (US and Canada)', bias: 300, daylightBias: -60 },
  { id: 13, description: '(UTC-08:00) Pacific Time (US and Canada)', bias: 480, daylightBias: -60 },
  { id: 20, description: '(UTC+09:00) Osaka, Sapporo, Tokyo', bias: -540, daylightBias: 0 },
  { id: 93, description: '(UTC) Coordinated Universal Time', bias: 0, daylightBias: 0 },
];

/** The zone for a SharePoint id the local server knows; a clear error otherwise. */
export function localTimeZone(id: number): SiteTimeZone {
  const z = LOCAL_TIME_ZONES.find((t) => t.id === id);
  if (!z) throw new Error(`The local server does not know SharePoint time zone ${id}: use one of ${LOCAL_TIME_ZONES.map((t) => `${t.id} ${t.description}`).join('; ')}.`);
  return timeZoneById(z.id, z.description, z.bias);
}

function timeZoneEntity(req: ApiRequest, zone: SiteTimeZone): JsonObject {
  const known = LOCAL_TIME_ZONES.find((t) => t.id === zone.id);
  return {
    'odata.type': 'SP.TimeZone', 'odata.id': `${req.siteUrl}/_api/Web/RegionalSettings/TimeZone`, 'odata.editLink': 'Web/RegionalSettings/TimeZone',
    Description: zone.description, Id: zone.id,
    Information: { 'odata.type': 'SP.TimeZoneInformation', Bias: zone.bias, DaylightBias: known?.daylightBias ?? 0, StandardBias: 0 },
  };
}

function settingsEntity(req: ApiRequest): JsonObject {
  return {
    'odata.type': 'SP.RegionalSettings', 'odata.id': `${req.siteUrl}/_api/Web/RegionalSettings`, 'odata.editLink': 'Web/RegionalSettings',
    AdjustHijriDays: 0, AlternateCalendarType: 0, AM: 'AM', CalendarType: 1, Collation: 25, CollationLCID: 2070, DateFormat: 1, DateSeparator: '/',
    DecimalSeparator: '.', DigitGrouping: '3;0', FirstDayOfWeek: 1, FirstWeekOfYear: 0, IsEastAsia: false, IsRightToLeft: false, IsUIRightToLeft: false,
    ListSeparator: ',', LocaleId: 2057, NegativeSign: '-', NegNumberMode: 1, PM: 'PM', PositiveSign: '', ShowWeeks: false, ThousandSeparator: ',',
    Time24: true, TimeMarkerPosition: 0, TimeSeparator: ':',
  };
}

const isoLocal = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '');

/** Converts one instant: utcToLocalTime gives the site's wall clock, localTimeToUTC the reverse. */
function convert(req: ApiRequest, zone: SiteTimeZone, seg: PathSegment): ApiResponse {
  const text = String(firstArg(seg) ?? '').trim();
  // PnPjs sends ISO text; one without an offset is read as UTC (utcToLocalTime) or as the site's clock (localTimeToUTC)
  const ms = Date.parse(/[zZ]|[+-]\d{2}:\d{2}$/.test(text) ? text : `${text}Z`);
  if (!text || Number.isNaN(ms)) throw Errors.badRequest(`'${text}' is not a valid date.`, '-1, System.ArgumentException');
  if (seg.name === 'utctolocaltime') return valueResponse(render(req), 'UTCToLocalTime', isoLocal(siteWallClock(ms, zone)), 'Edm.DateTime');
  return valueResponse(render(req), 'LocalTimeToUTC', `${isoLocal(siteLocalToUtc(ms, zone))}Z`, 'Edm.DateTime');
}

export function routeRegionalSettings(app: AppContext, req: ApiRequest, rest: PathSegment[]): ApiResponse {
  if (end(rest)) return byMethod(req, { GET: () => entityResponse(render(req), projectProperties(settingsEntity(req), parseQuery(req.query).select), 'SP.RegionalSettings') });
  const [seg, ...more] = rest;
  if (seg.name !== 'timezone') throw Errors.resourceNotFound(req.url.pathname);
  if (end(more)) return byMethod(req, { GET: () => entityResponse(render(req), projectProperties(timeZoneEntity(req, app.timeZone), parseQuery(req.query).select), 'SP.TimeZone') });
  const [fn, ...after] = more;
  if ((fn.name === 'utctolocaltime' || fn.name === 'localtimetoutc') && end(after)) return byMethod(req, { POST: () => convert(req, app.timeZone, fn) });
  throw Errors.resourceNotFound(req.url.pathname);
}
