import type * as React from 'react';
import type { ReadStamp } from '../../data/core/cache';
import type { DirectoryError } from '../../data/core/errors';

export interface ILoadingStatusProps {
  /** What is loading, as the messages say it: "the councillors", "the officer directory". */
  what: string;
  /** SharePoint is throttling and the read is waiting to retry. */
  throttled: boolean;
  /** Placeholders in the shape of what is coming (hidden from assistive technology). */
  children?: React.ReactNode;
}

export interface ILoadFailedProps {
  what: string;
  error: DirectoryError;
  onRetry: () => void;
}

export interface IRefreshBarProps {
  /** Where the data shown came from, and when it was read. */
  stamp: ReadStamp;
  refreshing: boolean;
  throttled: boolean;
  /** The last refresh failed: what was loaded before is still shown. */
  refreshError?: DirectoryError;
  onRefresh: () => void;
  /** More status (e.g. officers still loading), shown between the time and the button. */
  children?: React.ReactNode;
}
