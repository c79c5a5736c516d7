/**
 * The editor for one record: a body, a ward, a political group, a service area, a liaison officer
 * or a single membership. Every field of the record, validated as it is typed, saved against the
 * ETag it was read with.
 */
import * as React from 'react';
import type { RecordCopy, OfficerOption } from '../../data/editing/types';
import { liaisonOfficerTitle, membershipTitle } from '../../data/editing/items';
import { membershipBodyProblems, type MembershipRole } from '../../domain/model/membership';
import type { EditProblem } from '../../data/editing/specs';
import { Field } from '../form/Field';
import { MEMBERSHIP_FIELDS, RECORD_FIELDS, type FieldDef } from '../form/fieldDefs';
import { newRecordDraft, type RecordDraft } from '../form/draft';
import { fieldId, fieldProblems, SessionButtons, SessionTop, summaryItems } from '../form/SessionParts';
import { useEditSession } from '../form/useEditSession';
import { OfficerPicker } from '../picker/OfficerPicker';
import type { EditorChoices, EditorOutcome, EditTarget } from '../types';
import type { IDirectoryEditor, Values } from '../../data/editing/types';
import styles from '../Editor.module.scss';
import { strings } from '../strings';

export interface IRecordEditorProps {
  editor: IDirectoryEditor;
  target: Exclude<EditTarget, { kind: 'member' | 'officer' | 'preElectionPeriod' }>;
  heading: string;
  /** The fresh copy; undefined for a new record. */
  copy: RecordCopy | undefined;
  choices: EditorChoices;
  prefix: string;
  onClose: (outcome: EditorOutcome) => void;
  /** Tells the panel whether closing would lose changes. */
  onDirty: (dirty: boolean) => void;
}

export function defsFor(kind: IRecordEditorProps['target']['kind']): FieldDef[] {
  return kind === 'membership' ? MEMBERSHIP_FIELDS : RECORD_FIELDS[kind];
}

/** What a liaison officer changes on their own entry: the rest is Democratic Services'. */
export const OWN_LIAISON_FIELDS: readonly string[] = ['profile', 'wardIds'];

function ownLiaisonDefs(): FieldDef[] {
  return RECORD_FIELDS.liaisonOfficer
    .filter((d) => OWN_LIAISON_FIELDS.includes(d.field))
    .map((d) => (d.field === 'profile' ? { ...d, label: strings.ownProfileLabel, hint: strings.ownProfileHint } : { ...d, hint: strings.ownWardsHint }));
}

/** A role that does not fit its body ("a Portfolio Holder on a committee"), at the role. */
export function bodyProblems(values: Values, choices: EditorChoices): EditProblem[] {
  const body = choices.bodies?.find((b) => b.id === values.bodyId);
  if (!body || typeof values.role !== 'string') return [];
  return membershipBodyProblems({ role: values.role as MembershipRole }, { kind: body.kind as never, title: body.title }).map((message) => ({
    field: 'role',
    rule: 'invalid',
    message
  }));
}

export function RecordEditor(props: IRecordEditorProps): JSX.Element {
  const { editor, target, choices, prefix } = props;
  const own = target.kind === 'liaisonOfficer' && target.own === true;
  const defs = React.useMemo(() => (own ? ownLiaisonDefs() : defsFor(target.kind)), [own, target.kind]);
  const [officerNames, setOfficerNames] = React.useState<Record<string, string>>({});
  const officerName = (id: unknown): string | undefined => (id === undefined ? undefined : officerNames[String(id)] ?? choices.officerName?.(Number(id)));
  const fixed: Values =
    target.kind === 'membership' && props.copy
      ? { memberId: props.copy.values.memberId }
      : own && props.copy
        ? // Judged whole, as a save is; only the liaison officer's own fields are written.
          { officerId: props.copy.values.officerId, serviceAreaId: props.copy.values.serviceAreaId, role: props.copy.values.role }
        : {};
  const initial = target.kind === 'liaisonOfficer' && !props.copy && target.serviceAreaId ? { serviceAreaId: target.serviceAreaId, role: 'Liaison Officer' } : {};
  const first = React.useMemo(() => [newRecordDraft('record', target.kind, defs, props.copy, fixed, initial)], []);
  const [attempt, setAttempt] = React.useState(0);

  const session = useEditSession(first, {
    editor,
    defsOf: () => defs,
    labelOf: () => target.name,
    fieldsOf: own ? () => OWN_LIAISON_FIELDS : undefined,
    titleOf: (_r, values) => {
      if (own) return undefined;
      if (target.kind === 'membership') {
        const body = choices.bodies?.find((b) => b.id === values.bodyId)?.title;
        const member = choices.memberName?.(Number(values.memberId));
        return member && body ? membershipTitle(member, body) : undefined;
      }
      if (target.kind === 'liaisonOfficer') {
        const service = choices.serviceAreas?.find((s) => s.id === values.serviceAreaId)?.title;
        const officer = officerName(values.officerId);
        return officer && service ? liaisonOfficerTitle(officer, service) : undefined;
      }
      return undefined;
    },
    extraProblems: target.kind === 'membership' ? (_r, values) => bodyProblems(values, choices) : undefined
  });

  React.useEffect(() => {
    if (session.done) props.onClose({ saved: true, what: target.name });
  }, [session.done]);

  // Focus starts in the form, on its first field.
  React.useEffect(() => {
    const firstField = document.getElementById(fieldId(prefix, 'record', defs[0].field));
    firstField?.focus();
  }, []);

  const record = session.records[0] as RecordDraft | undefined;
  const save = (): void => {
    setAttempt((a) => a + 1);
    void session.save();
  };
  const saveResolved = (): void => {
    setAttempt((a) => a + 1);
    void session.saveResolved();
  };
  const items = summaryItems(session, prefix, () => defs, () => target.name);
  const dirty = session.dirty && !session.done;
  React.useEffect(() => props.onDirty(dirty), [dirty]);

  return (
    <>
      <SessionTop session={session} prefix={prefix} items={items} defsOf={() => defs} choices={choices} channel={editor.channel} attempt={attempt} />
      {record && (
        <form
          className={styles.section}
          noValidate={true}
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          {defs.map((def) => {
            const id = fieldId(prefix, record.key, def.field);
            const problems = fieldProblems(session, record, def.field);
            const value = record.draft[def.field];
            return (
              <Field
                key={def.field}
                def={def}
                id={id}
                value={value}
                onChange={(v) => session.setValue(record.key, def.field, v)}
                onBlur={() => session.blur(record.key, def.field)}
                problems={problems}
                choices={choices}
                channel={editor.channel}
              >
                {def.input === 'officer' && (
                  <OfficerPicker
                    id={id}
                    label={def.label}
                    hint={def.hint}
                    value={typeof value === 'string' ? value : ''}
                    currentName={officerName(typeof value === 'string' && value ? value : undefined)}
                    onChange={(officerId, option?: OfficerOption) => {
                      if (option) setOfficerNames((n) => ({ ...n, [officerId]: option.name }));
                      session.setValue(record.key, def.field, officerId);
                    }}
                    onBlur={() => session.blur(record.key, def.field)}
                    searchLocal={choices.searchOfficers}
                    searchSharePoint={(q) => editor.findOfficers(q)}
                    describedBy={problems.length ? `${id}-error` : undefined}
                    invalid={problems.length > 0}
                  />
                )}
              </Field>
            );
          })}
        </form>
      )}
      <SessionButtons session={session} onSave={save} onSaveResolved={saveResolved} />
    </>
  );
}
