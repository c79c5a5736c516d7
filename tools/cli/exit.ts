/** Exit codes every command shares (DESIGN.md, "Commands share one way of doing things"). */
export const EXIT = {
  /** The command ran (and, for checks, found nothing wrong). */
  ok: 0,
  /** The command ran and found violations. */
  found: 1,
  /** Its input (a file, a site, a list) could not be read. */
  unreadable: 2,
  /** The command line was wrong. */
  usage: 64,
  /** Something went wrong inside the command itself (a bug): EX_SOFTWARE. */
  internal: 70
} as const;

export class UsageError extends Error {}

/** Input that could not be read: exit 2 with this message. */
export class UnreadableError extends Error {}
