import type { Presented, Withheld } from '../../domain/neutrality/screened';

export interface IWithheldNoticeProps {
  /** Why the value is not shown: the notice is for everyone, the detail for editors. */
  withheld: Withheld;
  /** Editors also see why, so they can put it right. */
  canEdit: boolean;
  /** Inline (in a line of facts) or a block (in place of a paragraph). */
  inline?: boolean;
  className?: string;
}

export interface IPresentedTextProps {
  /** Screened text, or the notice that stands in its place; nothing when absent. */
  value: Presented | undefined;
  canEdit: boolean;
  /** In a line of text (a span), rather than a paragraph. */
  inline?: boolean;
  className?: string;
}
