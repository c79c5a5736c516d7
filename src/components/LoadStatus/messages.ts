/**
 * The one set of words both web parts use for loading, throttling, failure and refreshing, in
 * plain British English. `what` is what the web part shows ("the councillors", "the officer
 * directory").
 */
import type { DirectoryErrorKind } from '../../data/core/errors';

export const loadMessages = {
  loading: (what: string): string => `Loading ${what}…`,
  busy: 'SharePoint is busy; retrying…',
  refreshing: 'Refreshing…',
  fromCache: (when: string): string => `Saved in this browser at ${when}.`,
  fromSharePoint: (when: string): string => `Up to date as of ${when}.`,
  refresh: 'Refresh',
  refreshLabel: 'Refresh the directory from SharePoint',
  tryAgain: 'Try again',
  failedTitle: (what: string): string => `${what.charAt(0).toUpperCase()}${what.slice(1)} could not be loaded.`,
  refreshFailedTitle: 'The directory could not be refreshed, so it shows what was loaded before.',
  errors: {
    throttled: 'SharePoint is busy and asked us to slow down. Wait a minute, then try again.',
    threshold: 'SharePoint refused a query that reads too many items at once. Tell the site owner; trying again will not help.',
    forbidden: 'You do not have permission to read the directory lists on this site. Ask the site owner for access.',
    'not-found': 'The directory lists are not on this site. Check the site address in the web part settings.',
    network: 'SharePoint could not be reached. Check your connection, then try again.',
    other: 'Something went wrong while reading SharePoint. Try again; if it keeps happening, tell the site owner.'
  } satisfies Record<DirectoryErrorKind, string>,
  notConfiguredTitle: 'Not configured.'
};
