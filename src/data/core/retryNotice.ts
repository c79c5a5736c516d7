import type { Queryable } from '@pnp/queryable';

/**
 * Tells the caller when PnPjs's BrowserFetchWithRetry is waiting to retry a throttled request
 * (it logs "Attempt #n to retry…"), so the page can say "SharePoint is busy" while it waits.
 */
export function RetryNotice(onRetry: () => void) {
  return (instance: Queryable): Queryable => {
    instance.on.log(function (message: string) {
      if (/^Attempt #\d+ to retry/.test(message)) onRetry();
    });
    return instance;
  };
}
