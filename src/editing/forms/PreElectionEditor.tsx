/**
 * The pre-election periods, in one form: each period's election, start and end (typed the British
 * way), periods added, changed or removed, all saved together in one $batch, each against the
 * ETag it was read with. Nothing is written while any period is not right.
 */
import * as React from 'react';
import { format } from '../../components/common/format';
import type { IDirectoryEditor, RecordCopy } from '../../data/editing/types';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices, EditorOutcome } from '../types';
import { newRecordDraft, type RecordDraft } from '../form/draft';
import { RECORD_FIELDS } from '../form/fieldDefs';
import { fieldId, SessionField, SessionButtons, SessionTop, summaryItems } from '../form/SessionParts';
import { useEditSession } from '../form/useEditSession';

export interface IPreElectionEditorProps {
  editor: IDirectoryEditor;
  copies: RecordCopy[];
  choices: EditorChoices;
  prefix: string;
  onClose: (outcome: EditorOutcome) => void;
  onDirty: (dirty: boolean) => void;
}

const defs = RECORD_FIELDS.preElectionPeriod;

/** The most recent first, as the list's own view has them. */
const byStart = (a: RecordCopy, b: RecordCopy): number => String(b.values.start ?? '').localeCompare(String(a.values.start ?? ''));

export function PreElectionEditor(props: IPreElectionEditorProps): JSX.Element {
  const { editor, choices, prefix } = props;
  const [removing, setRemoving] = React.useState<ReadonlySet<string>>(new Set());
  const removingNow = React.useRef(removing);
  removingNow.current = removing;
  const [attempt, setAttempt] = React.useState(0);
  const [focusTarget, setFocusTarget] = React.useState<string | undefined>();
  const next = React.useRef(1);
  const first = React.useMemo(() => [...props.copies].sort(byStart).map((c) => newRecordDraft(`period-${c.id}`, 'preElectionPeriod', defs, c)), []);

  const labelOf = (r: RecordDraft): string => {
    const title = typeof r.draft.election === 'string' ? r.draft.election.trim() : '';
    return title || (r.copy ? String(r.copy.values.election ?? strings.periodNew) : strings.periodNew);
  };
  const session = useEditSession(first, {
    editor,
    defsOf: () => defs,
    labelOf: (r) => labelOf(r),
    removing: (r) => removingNow.current.has(r.key)
  });

  React.useEffect(() => {
    if (session.done) props.onClose({ saved: true, what: strings.headingPreElection.toLowerCase() });
  }, [session.done]);

  React.useEffect(() => {
    const target = focusTarget ?? (session.records[0] ? fieldId(prefix, session.records[0].key, 'election') : `${prefix}-period-add`);
    document.getElementById(target)?.focus();
  }, [focusTarget]);

  const add = (): void => {
    const key = `new-${next.current++}`;
    session.add(newRecordDraft(key, 'preElectionPeriod', defs, undefined));
    setFocusTarget(fieldId(prefix, key, 'election'));
  };
  const toggleRemove = (key: string): void =>
    setRemoving((s) => {
      const out = new Set(s);
      if (out.has(key)) out.delete(key);
      else out.add(key);
      return out;
    });
  const save = (): void => {
    setAttempt((a) => a + 1);
    void session.save();
  };
  const saveResolved = (): void => {
    setAttempt((a) => a + 1);
    void session.saveResolved();
  };
  // A period being removed is not judged, nor listed as a problem.
  const items = summaryItems(session, prefix, () => defs, labelOf).filter((i) => ![...removing].some((key) => i.target.startsWith(`${prefix}-${key}-`)));
  const dirty = session.dirty && !session.done;
  React.useEffect(() => props.onDirty(dirty), [dirty]);

  return (
    <>
      <p className={styles.hint}>{strings.periodsIntro}</p>
      <SessionTop session={session} prefix={prefix} items={items} defsOf={() => defs} choices={choices} channel={editor.channel} attempt={attempt} />
      <form
        noValidate={true}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {session.records.length === 0 && <p>{strings.periodsNone}</p>}
        {session.records.map((r) => {
          const name = labelOf(r);
          const gone = removing.has(r.key);
          return (
            <fieldset key={r.key} className={styles.section}>
              <legend>{r.copy ? format(strings.periodHeading, { name }) : strings.periodNew}</legend>
              {gone ? (
                <p role="status">{strings.periodWillRemove}</p>
              ) : (
                defs.map((def) => (
                  <SessionField key={def.field} session={session} record={r} def={def} prefix={prefix} choices={choices} channel={editor.channel} />
                ))
              )}
              <p className={styles.actions}>
                {r.copy ? (
                  <button type="button" className={styles.linkButton} aria-label={format(gone ? strings.periodUndoRemoveLabel : strings.periodRemoveLabel, { name })} onClick={() => toggleRemove(r.key)}>
                    {gone ? strings.periodUndoRemove : strings.periodRemove}
                  </button>
                ) : (
                  <button
                    type="button"
                    className={styles.linkButton}
                    onClick={() => {
                      session.remove(r.key);
                      setFocusTarget(`${prefix}-period-add`);
                    }}
                  >
                    {strings.periodRemoveNew}
                  </button>
                )}
              </p>
            </fieldset>
          );
        })}
        <p>
          <button type="button" id={`${prefix}-period-add`} className={styles.button} onClick={add}>
            {strings.periodAdd}
          </button>
        </p>
      </form>
      <SessionButtons session={session} onSave={save} onSaveResolved={saveResolved} />
    </>
  );
}
