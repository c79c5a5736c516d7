/**
 * Choose a file, or drop it: a labelled file input (keyboard and screen readers use it as it is),
 * inside a zone that also takes a file dragged onto it. The choice is said beside it.
 */
import * as React from 'react';
import { useFileDrop } from '../useFileDrop';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

export interface IFileChooserProps {
  id: string;
  label: string;
  accept: string;
  multiple?: boolean;
  files: readonly File[];
  onChange: (files: File[]) => void;
  /** The problem to show beside it (and to describe the input by). */
  error?: string;
}

export function FileChooser(props: IFileChooserProps): JSX.Element {
  const { dropping, handlers } = useFileDrop((dropped) => props.onChange(props.multiple ? dropped : dropped.slice(0, 1)));
  const errorId = `${props.id}-error`;
  const chosenId = `${props.id}-chosen`;
  const names = props.files.map((f) => f.name).join(', ');
  return (
    <div
      className={dropping ? `${styles.dropZone} ${styles.dropping}` : styles.dropZone}
      {...handlers}
      data-file-drop=""
    >
      <label className={styles.label} htmlFor={props.id}>
        {props.label}
      </label>
      <span className={styles.hint}>{props.multiple ? s.dropHintMany : s.dropHint}</span>
      <input
        id={props.id}
        className={styles.input}
        type="file"
        accept={props.accept}
        multiple={props.multiple}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={[props.error ? errorId : '', names ? chosenId : ''].filter(Boolean).join(' ') || undefined}
        onChange={(e) => props.onChange(Array.from(e.target.files ?? []))}
      />
      {names && (
        <span id={chosenId} className={styles.hint}>
          {s.chosen(names)}
        </span>
      )}
      {props.error && (
        <span id={errorId} className={styles.error}>
          {props.error}
        </span>
      )}
    </div>
  );
}
