export type StatusKind = 'info' | 'warning' | 'error';

export interface IStatusMessageProps {
  /** Short heading, e.g. "Not configured". */
  title: string;
  /** What happened and what to do next, in plain English. */
  message: string;
  /** Info is announced politely; warnings and errors assertively. */
  kind?: StatusKind;
  /** An optional action, e.g. "Try again". */
  actionLabel?: string;
  onAction?: () => void;
}
