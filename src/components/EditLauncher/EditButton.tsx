import * as React from 'react';
import styles from './EditLauncher.module.scss';

export interface IEditButtonProps {
  /** What is edited, for the accessible name: "Edit Cllr Jane Smith's profile". */
  label: string;
  onClick: (e: React.MouseEvent<HTMLButtonElement>) => void;
  /** The visible text (default "Edit"). */
  text?: string;
}

/** "Edit": shown only to people SharePoint lets edit the record's list. */
export function EditButton(props: IEditButtonProps): JSX.Element {
  return (
    <button type="button" className={styles.edit} aria-label={props.label} aria-haspopup="dialog" onClick={props.onClick} data-edit-button="">
      <span aria-hidden="true" className={styles.icon}>
        ✎
      </span>{' '}
      {props.text ?? 'Edit'}
    </button>
  );
}
