/**
 * Someone saved while this editor was open: each changed field with its three versions (as
 * opened, yours, theirs), and for each a choice of what to keep. Fields only one side changed
 * come preset to that side's change; fields both changed wait for a choice. Save stays disabled
 * until every field has one.
 */
import * as React from 'react';
import type { Channel } from '../../domain/neutrality/channels';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices } from '../types';
import type { DraftValue } from '../form/convert';
import type { FieldDef } from '../form/fieldDefs';
import type { ConflictField, RecordConflict, Side } from './merge';

export function displayValue(def: FieldDef | undefined, value: DraftValue | undefined, choices: EditorChoices, channel: Channel): string {
  if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return strings.empty;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  const options = def?.options?.(choices, channel);
  if (Array.isArray(value)) return value.map((v) => options?.find((o) => o.key === v)?.text ?? v).join('; ');
  if (def?.input === 'officer') return choices.officerName?.(Number(value)) ?? value;
  return options?.find((o) => o.key === value)?.text ?? value;
}

export interface IConflictViewProps {
  conflicts: RecordConflict[];
  defsOf: (key: string) => readonly FieldDef[];
  choices: EditorChoices;
  channel: Channel;
  onChoose: (key: string, field: string, side: Side) => void;
  idPrefix: string;
}

const CHANGED_BY: Record<ConflictField['changedBy'], string> = {
  you: strings.conflictOnlyYours,
  them: strings.conflictOnlyTheirs,
  both: strings.conflictBoth
};

export function ConflictView(props: IConflictViewProps): JSX.Element {
  return (
    <div>
      {props.conflicts.map((c) => {
        const defs = props.defsOf(c.key);
        const headingId = `${props.idPrefix}-conflict-${c.key}`;
        return (
          <section key={c.key} aria-labelledby={headingId}>
            <h4 id={headingId}>{c.label}</h4>
            {!c.theirs ? (
              <p>{strings.conflictDeleted}</p>
            ) : (
              <table className={styles.conflict} aria-labelledby={headingId}>
                <thead>
                  <tr>
                    <th scope="col">{strings.conflictField}</th>
                    <th scope="col">{strings.conflictOriginal}</th>
                    <th scope="col">{strings.conflictYours}</th>
                    <th scope="col">{strings.conflictTheirs}</th>
                    <th scope="col">{strings.conflictKeep}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((f) => {
                    const def = defs.find((d) => d.field === f.field);
                    const show = (v: DraftValue | undefined): string => displayValue(def, v, props.choices, props.channel);
                    const name = `${props.idPrefix}-keep-${c.key}-${f.field}`;
                    return (
                      <tr key={f.field}>
                        <th scope="row">
                          {f.label}
                          <span className={styles.changedBy}>{CHANGED_BY[f.changedBy]}</span>
                        </th>
                        <td>{show(f.original)}</td>
                        <td>{show(f.yours)}</td>
                        <td>{show(f.theirs)}</td>
                        <td>
                          <fieldset>
                            <legend>{`${f.label}: ${strings.conflictKeep}`}</legend>
                            {(['yours', 'theirs'] as const).map((side) => (
                              <label key={side} style={{ display: 'block' }}>
                                <input type="radio" name={name} value={side} checked={f.keep === side} onChange={() => props.onChoose(c.key, f.field, side)} />{' '}
                                {side === 'yours' ? strings.keepYours : strings.keepTheirs}
                              </label>
                            ))}
                          </fieldset>
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
    </div>
  );
}
