/**
 * What every editor shows around its fields: the problems that stopped a save, what a partly
 * saved batch did and did not save, the three-way choice after someone else saved, and the
 * Save and Cancel buttons.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import type { EditProblem } from '../../data/editing/specs';
import type { Channel } from '../../domain/neutrality/channels';
import { ConflictView } from '../conflict/ConflictView';
import { EditorFrameContext } from '../EditorFrame';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices } from '../types';
import type { RecordDraft } from './draft';
import { ErrorSummary, type SummaryItem } from './ErrorSummary';
import { Field } from './Field';
import type { FieldDef } from './fieldDefs';
import type { Session } from './useEditSession';

/** The id of a field's control: the summary links to it. */
export const fieldId = (prefix: string, key: string, field: string): string => `${prefix}-${key}-${field}`;

/** A problem as the summary lists it: naming the field, and for the screen, the words found. */
export function summaryMessage(label: string, p: EditProblem): string {
  if (p.findings && p.findings.length > 0) return `${label}: “${p.findings[0].match}” cannot be saved here. ${strings.findingsTitle} is shown at the field.`;
  if (p.findings) return `${label}: ${strings.screeningUnavailable}`;
  return p.message;
}

export function summaryItems(session: Session, prefix: string, defsOf: (r: RecordDraft) => readonly FieldDef[], recordLabel: (r: RecordDraft) => string): SummaryItem[] {
  const items: SummaryItem[] = [];
  for (const r of session.records) {
    if (!session.pending(r)) continue;
    const ev = session.evaluated.get(r.key);
    const defs = defsOf(r);
    const all: Record<string, EditProblem[]> = { ...(ev?.problems ?? {}) };
    for (const [field, ps] of Object.entries(session.serverProblems[r.key] ?? {})) all[field] = [...(all[field] ?? []), ...ps];
    for (const [field, ps] of Object.entries(all)) {
      const def = defs.find((d) => d.field === field);
      for (const p of ps) {
        const label = def?.label ?? recordLabel(r);
        items.push({ target: def ? fieldId(prefix, r.key, field) : '', message: summaryMessage(label, p) });
      }
    }
  }
  return items;
}

/** Problems to show at a field now: the schema's (once touched, or after Save) and SharePoint's. */
export function fieldProblems(session: Session, r: RecordDraft, field: string): EditProblem[] {
  const ev = session.evaluated.get(r.key);
  const shown = (session.submitted && session.pending(r)) || r.touched.includes(field) ? (ev?.problems[field] ?? []) : [];
  return [...shown, ...(session.serverProblems[r.key]?.[field] ?? [])];
}

export interface ISessionFieldProps {
  session: Session;
  record: RecordDraft;
  def: FieldDef;
  /** The editor's id prefix (see `fieldId`). */
  prefix: string;
  choices: EditorChoices;
  channel: Channel;
  /** For the officer picker and other special controls. */
  children?: React.ReactNode;
}

/** A field bound to one record of the session: its id, value, changes, touch and problems. */
export function SessionField(props: ISessionFieldProps): JSX.Element {
  const { session, record, def } = props;
  return (
    <Field
      def={def}
      id={fieldId(props.prefix, record.key, def.field)}
      value={record.draft[def.field]}
      onChange={(v) => session.setValue(record.key, def.field, v)}
      onBlur={() => session.blur(record.key, def.field)}
      problems={fieldProblems(session, record, def.field)}
      choices={props.choices}
      channel={props.channel}
    >
      {props.children}
    </Field>
  );
}

export interface ISessionTopProps {
  session: Session;
  prefix: string;
  items: SummaryItem[];
  defsOf: (key: string) => readonly FieldDef[];
  choices: EditorChoices;
  channel: Channel;
  /** Bumped on each refused save, so the summary takes focus again. */
  attempt: number;
}

export function SessionTop(props: ISessionTopProps): JSX.Element | null {
  const { session } = props;
  const summary = React.useRef<HTMLDivElement>(null);
  const report = React.useRef<HTMLDivElement>(null);
  const showSummary = session.submitted && props.items.length > 0 && session.conflicts.length === 0;
  // After Save: focus goes to what it came to (the problems, or what was and was not saved), once.
  const focused = React.useRef(0);
  React.useEffect(() => {
    if (props.attempt === 0 || focused.current === props.attempt || session.saving) return;
    const target = showSummary ? summary.current : session.report ? report.current : null;
    if (!target) return;
    target.focus();
    focused.current = props.attempt;
  }, [props.attempt, session.saving, showSummary, session.report, session.conflicts.length]);
  return (
    <>
      {session.report && (
        <div ref={report} className={styles.report} role="alert" tabIndex={-1} aria-labelledby={`${props.prefix}-report`}>
          <h3 id={`${props.prefix}-report`}>{session.conflicts.length > 0 ? strings.conflictTitle : strings.savedPartly}</h3>
          {session.report.saved.length > 0 && (
            <>
              <h4>{strings.savedParts}</h4>
              <ul>
                {session.report.saved.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ul>
            </>
          )}
          {session.report.notSaved.length > 0 && (
            <>
              <h4>{strings.notSavedParts}</h4>
              <ul>
                {session.report.notSaved.map((s, i) => (
                  <li key={`${s.label}-${i}`}>{s.message}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
      {session.conflicts.length > 0 && (
        <section aria-labelledby={`${props.prefix}-conflicts`}>
          <p id={`${props.prefix}-conflicts`}>{strings.conflictIntro}</p>
          <ConflictView conflicts={session.conflicts} defsOf={props.defsOf} choices={props.choices} channel={props.channel} onChoose={session.choose} idPrefix={props.prefix} />
          {!session.resolved && <p>{strings.conflictChooseAll}</p>}
        </section>
      )}
      {showSummary && <ErrorSummary ref={summary} items={props.items} idPrefix={props.prefix} />}
    </>
  );
}

export function SessionButtons(props: { session: Session; onSave: () => void; onSaveResolved: () => void; saveText?: string }): JSX.Element {
  const { session } = props;
  const frame = React.useContext(EditorFrameContext);
  const conflicted = session.conflicts.length > 0;
  const retry = !conflicted && !!session.report && session.report.notSaved.length > 0 && session.report.saved.length > 0;
  return (
    <div className={`${styles.actions} ${styles.saveBar}`}>
      {conflicted ? (
        <PrimaryButton onClick={props.onSaveResolved} disabled={session.saving || !session.resolved} text={session.saving ? strings.saving : strings.saveAgain} />
      ) : (
        <PrimaryButton onClick={props.onSave} disabled={session.saving} text={session.saving ? strings.saving : retry ? strings.retryRest : (props.saveText ?? strings.save)} />
      )}
      <DefaultButton onClick={frame.requestClose} text={strings.cancel} />
    </div>
  );
}
