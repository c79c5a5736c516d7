import type * as React from 'react';

export interface IInlineStatusProps {
  /** 'busy' shows a spinner; 'warning' is announced assertively; 'info' politely. */
  kind?: 'info' | 'busy' | 'warning';
  children: React.ReactNode;
  /** An optional action, e.g. "Try again". */
  actionLabel?: string;
  onAction?: () => void;
}
