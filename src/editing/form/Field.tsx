/**
 * One labelled form field: its hint, its problems (tied to the control with aria-describedby and
 * aria-invalid) and, for text the neutrality screen refused, what was found and why.
 */
import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import type { Channel } from '../../domain/neutrality/channels';
import type { EditProblem } from '../../data/editing/specs';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices } from '../types';
import type { DraftValue } from './convert';
import type { FieldDef } from './fieldDefs';
import { Findings } from './Findings';

export interface IFieldProps {
  def: FieldDef;
  /** The control's id; hint and error ids derive from it. */
  id: string;
  value: DraftValue | undefined;
  onChange: (value: DraftValue) => void;
  onBlur?: () => void;
  /** Problems to show now (after the field was touched, or on save). */
  problems: readonly EditProblem[];
  choices: EditorChoices;
  channel: Channel;
  /** For the officer picker and other special controls. */
  children?: React.ReactNode;
}

/** What the field's error line says: a screening refusal is explained below it instead. */
export function errorText(problems: readonly EditProblem[]): string {
  return problems.map((p) => (p.findings ? strings.findingsTitle + ':' : p.message)).filter((m, i, all) => all.indexOf(m) === i).join(' ');
}

function screened(problems: readonly EditProblem[]): EditProblem | undefined {
  return problems.find((p) => p.rule === 'screened-text');
}

export function Field(props: IFieldProps): JSX.Element {
  const { def, id, value, problems, channel } = props;
  const error = problems.length > 0 ? errorText(problems).replace(/:$/, '') : '';
  const screen = screened(problems);
  const label = def.label;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const findingsId = `${id}-findings`;

  if (def.input === 'boolean') {
    return (
      <div className={styles.field}>
        <Checkbox id={id} label={label} checked={value === true} onChange={(_e, checked) => props.onChange(!!checked)} />
      </div>
    );
  }

  const described = [def.hint ? hintId : '', screen ? findingsId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  const hint = def.hint ? (
    <span id={hintId} className={styles.hint}>
      {def.hint}
    </span>
  ) : null;
  const errorLine = error ? (
    <span id={errorId} className={styles.error}>
      {error}
    </span>
  ) : null;
  const findings = screen ? <Findings id={findingsId} problem={screen} channel={channel} /> : null;
  const requiredMark = def.required ? <span className={styles.hint} style={{ display: 'inline' }}> {strings.required}</span> : null;

  if (def.input === 'choice' || def.input === 'lookup') {
    const options = def.options?.(props.choices, channel) ?? [];
    const current = typeof value === 'string' ? value : '';
    // A stored value the choices do not hold (a withheld or unknown one) is still shown, so it is not lost silently.
    const known = !current || options.some((o) => o.key === current);
    return (
      <div className={styles.field}>
        <label htmlFor={id} className={styles.label}>
          {label}
          {requiredMark}
        </label>
        {hint}
        <select
          id={id}
          className={styles.select}
          value={current}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          aria-required={def.required || undefined}
          onChange={(e) => props.onChange(e.target.value)}
          onBlur={props.onBlur}
        >
          <option value="">{def.required ? strings.choose : strings.none}</option>
          {!known && <option value={current}>{current}</option>}
          {options.map((o) => (
            <option key={o.key} value={o.key}>
              {o.text}
            </option>
          ))}
        </select>
        {errorLine}
      </div>
    );
  }

  if (def.input === 'lookupMulti') {
    const options = def.options?.(props.choices, channel) ?? [];
    const chosen = new Set(Array.isArray(value) ? value : []);
    const toggle = (key: string, on: boolean): void => {
      const next = new Set(chosen);
      if (on) next.add(key);
      else next.delete(key);
      props.onChange(options.map((o) => o.key).filter((k) => next.has(k)));
    };
    return (
      <fieldset className={`${styles.section} ${styles.field}`} aria-describedby={described} aria-invalid={error ? true : undefined}>
        <legend className={styles.label}>{label}</legend>
        {hint}
        <div className={styles.checks}>
          {options.map((o) => (
            <Checkbox key={o.key} id={`${id}-${o.key}`} label={o.text} checked={chosen.has(o.key)} onChange={(_e, on) => toggle(o.key, !!on)} />
          ))}
        </div>
        {errorLine}
      </fieldset>
    );
  }

  if (def.input === 'officer') {
    return (
      <div className={styles.field}>
        {props.children}
        {errorLine}
      </div>
    );
  }

  const multiline = def.input === 'longText' || def.input === 'lines' || def.input === 'commas';
  const type = def.input === 'email' ? 'email' : def.input === 'phone' ? 'tel' : def.input === 'url' ? 'url' : 'text';
  return (
    <div className={styles.field}>
      <TextField
        id={id}
        label={label}
        required={def.required}
        multiline={multiline}
        rows={multiline ? (def.rows ?? 3) : undefined}
        resizable={multiline ? true : undefined}
        type={multiline ? undefined : type}
        inputMode={def.input === 'number' ? 'numeric' : undefined}
        autoComplete="off"
        value={typeof value === 'string' ? value : ''}
        onChange={(_e, v) => props.onChange(v ?? '')}
        onBlur={props.onBlur}
        aria-describedby={described}
        invalid={!!error}
      />
      {hint}
      {findings}
      {errorLine}
    </div>
  );
}
