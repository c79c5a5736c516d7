/**
 * The site's time zone (regional settings), which date-only columns depend on (dates.ts).
 * `timeZoneRead` can be put in the same $batch as a web part's first lists, so it costs no
 * extra round trip.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import { timeZoneFromSp, type SiteTimeZone } from './dates';

/**
 * GET web/RegionalSettings/TimeZone, as SharePoint sends it. The same request PnPjs's
 * regional-settings module makes, without that module (its other calls) in the read bundles.
 */
export function timeZoneRead(sp: SPFI): Promise<unknown> {
  return SPQueryable(sp.web, 'regionalsettings/timezone')();
}

/** The site's zone; GMT Standard Time when it cannot be read. */
export async function readSiteTimeZone(sp: SPFI): Promise<SiteTimeZone> {
  return timeZoneFromSp(await timeZoneRead(sp).catch(() => undefined));
}
