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

export const OFFICER_NOTICE = 'This text is not shown on this page because it may contain party-political content.';
export const MEMBER_NOTICE = 'This text is not shown because it may contain campaigning content.';
export const UNAVAILABLE_NOTICE = 'This text is not shown at the moment because it could not be checked for party-political content.';
const UNAVAILABLE_DETAIL =
  "The council's Political Groups list could not be read, so text written by officers could not be checked against the council's own groups. It is shown again once the list can be read.";

export interface ScreenForViewOptions {
  /**
   * Whether the value is free text, withheld when the screen cannot run in full (default true).
   * Names and contact details are still screened for the national parties.
   */
  freeText?: boolean;
}

/** Screens `text` for `channel`: the text branded as screened, or withheld with the findings. */
export function screenForView(screener: Screener, text: string, channel: Channel, options: ScreenForViewOptions = {}): Presented {
  const result = screener.screen(text, channel, { failClosed: options.freeText !== false });
  if (result.allowed) return text as ScreenedText;
  if (result.unavailable && result.findings.length === 0) {
    return { withheld: true, reason: 'screening-unavailable', notice: UNAVAILABLE_NOTICE, detail: UNAVAILABLE_DETAIL };
  }
  return {
    withheld: true,
    reason: 'screening',
    notice: channel === 'officer-owned' ? OFFICER_NOTICE : MEMBER_NOTICE,
    findings: result.findings,
    detail: result.findings.map((f) => f.message).join(' ')
  };
}

/** The text, when it may be shown. */
export function shownText(value: Presented | undefined): ScreenedText | undefined {
  return value === undefined || isWithheld(value) ? undefined : value;
}

/**
 * What goes where only plain text can (an option of a list, an accessible name, a file): the
 * screened text, or the neutral notice in its place.
 */
export function plainText(value: Presented | undefined): string {
  return value === undefined ? '' : isWithheld(value) ? value.notice : value;
}
