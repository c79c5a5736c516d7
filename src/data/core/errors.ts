/**
 * Why a directory could not be read, in terms a person can act on: one error model for both web
 * parts. The kind says which message the page shows (src/components/LoadStatus/messages.ts) and
 * whether trying again can help.
 */
export type DirectoryErrorKind =
  /** SharePoint asked us to slow down (429/503) and the retries ran out. */
  | 'throttled'
  /** The list view threshold (should never happen: every read is an unfiltered ID-ordered page). */
  | 'threshold'
  /** The user may not read one of the lists. */
  | 'forbidden'
  /** A list (or the site) is missing. */
  | 'not-found'
  /** No answer: offline, or the site is unreachable. */
  | 'network'
  | 'other';

export class DirectoryError extends Error {
  public readonly kind: DirectoryErrorKind;
  /** The list that failed, when known. */
  public readonly list: string | undefined;
  public constructor(kind: DirectoryErrorKind, message: string, list?: string) {
    super(message);
    this.name = 'DirectoryError';
    this.kind = kind;
    this.list = list;
  }
}

function statusOf(e: unknown): number | undefined {
  const err = e as { status?: unknown; response?: { status?: unknown } } | undefined;
  const s = err?.status ?? err?.response?.status;
  return typeof s === 'number' ? s : undefined;
}

/** Classifies whatever PnPjs or fetch threw. */
export function toDirectoryError(e: unknown, list?: string): DirectoryError {
  if (e instanceof DirectoryError) return e;
  const err = e as { message?: string; name?: string } | undefined;
  const status = statusOf(e);
  const message = String(err?.message ?? e ?? 'Unknown error');
  const busy = /\b(429|503)\b|Too Many Requests|Server Too Busy|throttl/i.test(message) && !/SPQueryThrottledException/.test(message);
  if (status === 429 || status === 503 || busy) return new DirectoryError('throttled', message, list);
  if (/SPQueryThrottledException|list view threshold/i.test(message)) return new DirectoryError('threshold', message, list);
  if (status === 401 || status === 403) return new DirectoryError('forbidden', message, list);
  if (status === 404) return new DirectoryError('not-found', message, list);
  if (err?.name === 'TypeError' || /Failed to fetch|NetworkError|ECONNREFUSED|fetch failed/i.test(message)) return new DirectoryError('network', message, list);
  return new DirectoryError('other', message, list);
}

export function isQuotaError(e: unknown): boolean {
  const err = e as { name?: string; code?: number; message?: string } | undefined;
  return err?.name === 'QuotaExceededError' || err?.code === 22 || /quota/i.test(String(err?.message ?? ''));
}
