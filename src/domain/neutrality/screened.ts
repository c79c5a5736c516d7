/**
 * Screened text: the only strings an officer-owned view may render when it did not write them
 * itself. The brand can be made only here (by screening), so handing a view an unscreened
 * string is a compile error, not a review comment.
 *
 * A value that cannot be shown is `Withheld`: in place of the text, a neutral notice for everyone
 * and the reason (and findings) for editors. Invalid stored values are withheld the same way, so
 * one bad field never hides the rest of a record.
 */
import type { Channel } from './channels';
import type { Screener, ScreeningFinding } from './screening/types';

declare const screenedBrand: unique symbol;

/** Text that has passed the screen for the channel it is shown in. */
export type ScreenedText = string & { readonly [screenedBrand]: true };

export type WithheldReason =
  /** The stored value failed validation (too long, not a valid phone number, an unsafe link…). */
  | 'invalid'
  /** The text contains party-political content (officer channel) or campaigning (member channel). */
  | 'screening'
  /** A member-authored statement during a pre-election period. */
  | 'pre-election'
  /** The screen could not run (the council's political groups could not be read): fails closed. */
  | 'screening-unavailable';

export interface Withheld {
  readonly withheld: true;
  readonly reason: WithheldReason;
  /** Plain English for everyone, shown where the value would have been. */
  readonly notice: string;
  /** For editors: what is wrong, naming the field and the reason. */
  readonly detail?: string;
  /** Screening findings, for editors. */
  readonly findings?: readonly ScreeningFinding[];
}

/** What a view gets for a free-text field: screened text, or a notice in its place. */
export type Presented = ScreenedText | Withheld;

export function isWithheld(value: Presented | undefined): value is Withheld {
  return typeof value === 'object' && value !== null && (value as Withheld).withheld === true;
}

const OFFICER_NOTICE = 'This text is not shown on this page because it may contain party-political content.';
const MEMBER_NOTICE = 'This text is not shown because it may contain campaigning content.';

/** Screens `text` for `channel`: the text branded as screened, or withheld with the findings. */
export function screenForView(screener: Screener, text: string, channel: Channel): Presented {
  const result = screener.screen(text, channel);
  if (result.allowed) return text as ScreenedText;
  return {
    withheld: true,
    reason: 'screening',
    notice: channel === 'officer-owned' ? OFFICER_NOTICE : MEMBER_NOTICE,
    findings: result.findings,
    detail: result.findings.map((f) => f.message).join(' ')
  };
}
