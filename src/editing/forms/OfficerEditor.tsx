/**
 * An officer's card: only what people keep in SharePoint — the photo and the politically
 * restricted post flag. Everything else comes from Entra ID through the officer sync, which puts
 * Entra ID's values back on any other field, so it is shown as it is, not offered for change.
 */
import * as React from 'react';
import type { IDirectoryEditor, RecordCopy } from '../../data/editing/types';
import { OFFICER_KEPT_FIELDS } from '../../data/editing/specs';
import { fieldSpec } from '../../domain/neutrality/registry';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices, EditorOutcome } from '../types';
import { newRecordDraft } from '../form/draft';
import { RECORD_FIELDS } from '../form/fieldDefs';
import { fieldId, SessionField, SessionButtons, SessionTop, summaryItems } from '../form/SessionParts';
import { useEditSession } from '../form/useEditSession';
import { PhotoField, type PhotoChange } from '../photo/PhotoField';
import { photoFileName } from '../photo/crop';

export interface IOfficerEditorProps {
  editor: IDirectoryEditor;
  /** "Priya Shah". */
  name: string;
  copy: RecordCopy;
  choices: EditorChoices;
  prefix: string;
  onClose: (outcome: EditorOutcome) => void;
  onDirty: (dirty: boolean) => void;
}

/** What Entra ID gives, in the order the card shows it. */
const FROM_ENTRA: readonly string[] = ['givenName', 'familyName', 'jobTitle', 'serviceAreaId', 'department', 'email', 'phone', 'mobile', 'location', 'userPrincipalName', 'status', 'leftOn'];

const defs = RECORD_FIELDS.officer;

export function OfficerEditor(props: IOfficerEditorProps): JSX.Element {
  const { editor, copy, choices, prefix } = props;
  const [photo, setPhoto] = React.useState<PhotoChange>({ mode: 'keep' });
  const [attempt, setAttempt] = React.useState(0);
  const photoState = React.useRef(photo);
  photoState.current = photo;
  // Entra ID's details ride along unchanged, so the record is judged whole, as the sync wrote it.
  const first = React.useMemo(() => {
    const fixed: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(copy.values)) if (!defs.some((d) => d.field === k)) fixed[k] = v;
    return [newRecordDraft('record', 'officer', defs, copy, fixed)];
  }, []);

  const session = useEditSession(first, {
    editor,
    defsOf: () => defs,
    labelOf: () => props.name,
    fieldsOf: () => OFFICER_KEPT_FIELDS,
    forceSave: () => photoState.current.mode !== 'keep',
    transformValues: (_r, values) => (photoState.current.mode === 'remove' ? { ...values, photoUrl: undefined } : values),
    extras: () => ({
      photo:
        photoState.current.mode === 'new' && photoState.current.content
          ? { officerId: copy.id, upload: { content: photoState.current.content, fileName: photoFileName(props.name) } }
          : undefined
    }),
    onSaved: (result) => {
      if (!result.parts.some((p) => p.outcome !== 'saved')) setPhoto({ mode: 'keep' });
    }
  });

  React.useEffect(() => {
    if (session.done) props.onClose({ saved: true, what: props.name });
  }, [session.done]);

  React.useEffect(() => {
    document.getElementById(fieldId(prefix, 'record', 'photoUrl'))?.focus();
  }, []);

  const record = session.records[0];
  const save = (): void => {
    setAttempt((a) => a + 1);
    void session.save();
  };
  const saveResolved = (): void => {
    setAttempt((a) => a + 1);
    void session.saveResolved();
  };
  const dirty = (session.dirty || photo.mode !== 'keep') && !session.done;
  React.useEffect(() => props.onDirty(dirty), [dirty]);
  const items = summaryItems(session, prefix, () => defs, () => props.name);
  const shown = (field: string): string => {
    const v = copy.values[field];
    if (v === undefined || v === '') return strings.officerNotGiven;
    if (field === 'serviceAreaId') return choices.serviceAreas?.find((s) => s.id === v)?.title ?? String(v);
    return String(v);
  };

  return (
    <>
      <SessionTop session={session} prefix={prefix} items={items} defsOf={() => defs} choices={choices} channel={editor.channel} attempt={attempt} />
      {record && (
        <form
          noValidate={true}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <fieldset className={styles.section}>
            <legend>{strings.sectionPhoto}</legend>
            <PhotoField id={fieldId(prefix, 'record', 'photoUrl')} name={props.name} currentUrl={record.fixed.photoUrl as string | undefined} value={photo} onChange={setPhoto} />
          </fieldset>
          <div className={styles.section}>
            {defs.map((def) => (
              <React.Fragment key={def.field}>
                <SessionField session={session} record={record} def={def} prefix={prefix} choices={choices} channel={editor.channel} />
                {def.hint && <p className={styles.hint}>{def.hint}</p>}
              </React.Fragment>
            ))}
          </div>
        </form>
      )}
      <section className={styles.section} aria-labelledby={`${prefix}-entra`}>
        <h3 id={`${prefix}-entra`}>{strings.officerFromEntraTitle}</h3>
        <p className={styles.hint}>{strings.officerFromEntra}</p>
        <dl>
          {FROM_ENTRA.map((f) => (
            <React.Fragment key={f}>
              <dt>{fieldSpec('Officer', f)?.label ?? f}</dt>
              <dd>{shown(f)}</dd>
            </React.Fragment>
          ))}
        </dl>
      </section>
      <SessionButtons session={session} onSave={save} onSaveResolved={saveResolved} />
    </>
  );
}
