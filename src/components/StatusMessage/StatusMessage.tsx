import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { DefaultButton } from '@fluentui/react/lib/Button';
import type { IStatusMessageProps } from './IStatusMessageProps';

const TYPES = { info: MessageBarType.info, warning: MessageBarType.warning, error: MessageBarType.error } as const;

/** An honest empty, not-configured or error state, announced to screen readers. */
export function StatusMessage(props: IStatusMessageProps): JSX.Element {
  const kind = props.kind ?? 'info';
  return (
    <MessageBar
      messageBarType={TYPES[kind]}
      isMultiline={true}
      role={kind === 'info' ? 'status' : 'alert'}
      actions={
        props.actionLabel && props.onAction ? (
          <DefaultButton onClick={props.onAction}>{props.actionLabel}</DefaultButton>
        ) : undefined
      }
    >
      <strong>{props.title}</strong> {props.message}
    </MessageBar>
  );
}
