/**
 * What went wrong, in the words the area shows: the import's own message (a file it cannot read,
 * an election it cannot apply), or for SharePoint, by kind, what to do about it.
 */
import type { DirectoryErrorKind } from '../../data/core/errors';
import { ImportError } from '../../data/import/service';

/** Said after the action's own words ("Nothing was written."), so they speak of trying again, not of loading. */
const SITE: Record<DirectoryErrorKind, string> = {
  throttled: 'SharePoint is busy and asked us to slow down. Wait a minute, then try again.',
  threshold: 'SharePoint refused a query that reads too many items at once. Tell the site owner; trying again will not help.',
  forbidden: 'SharePoint says you do not have permission for this. Ask the site owner for edit access to the directory lists.',
  'not-found': 'A directory list is missing from this site. Tell the site owner.',
  network: 'SharePoint could not be reached. Check your connection, then try again.',
  other: 'Something went wrong in SharePoint. Try again; if it keeps happening, tell the site owner.'
};

export function failureText(e: unknown): string {
  if (e instanceof ImportError) return e.kind === 'site' ? SITE[e.reason ?? 'other'] : e.message;
  return SITE.other;
}
