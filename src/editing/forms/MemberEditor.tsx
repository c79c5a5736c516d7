/**
 * A councillor's profile with their memberships, in one form saved in one $batch: name, photo,
 * contact details and what is published, ward and term, the political group (on the members' own
 * page only), their own words and skills, their SharePoint account, and every membership.
 */
import * as React from 'react';
import { TextField } from '@fluentui/react/lib/TextField';
import { email as emailSchema } from '../../domain/fields';
import { membershipTitle } from '../../data/editing/items';
import type { IDirectoryEditor, ProfileCopy, Values } from '../../data/editing/types';
import type { Channel } from '../../domain/neutrality/channels';
import { fieldSpec, screeningChannel } from '../../domain/neutrality/registry';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices, EditorOutcome } from '../types';
import { newRecordDraft, type RecordDraft } from '../form/draft';
import { MEMBER_FIELDS, MEMBERSHIP_FIELDS, type FieldDef } from '../form/fieldDefs';
import { fieldId, SessionField, SessionButtons, SessionTop, summaryItems } from '../form/SessionParts';
import { useEditSession } from '../form/useEditSession';
import { PhotoField, type PhotoChange } from '../photo/PhotoField';
import { photoFileName } from '../photo/crop';
import { bodyProblems } from './RecordEditor';
import { groupOfKind, MembershipsSection, membershipSummary, type MembershipGroup } from './MembershipsSection';

export interface IMemberEditorProps {
  editor: IDirectoryEditor;
  memberId: number;
  /** "Cllr Jane Smith". */
  name: string;
  copy: ProfileCopy;
  choices: EditorChoices;
  prefix: string;
  onClose: (outcome: EditorOutcome) => void;
  /** Tells the panel whether closing would lose changes. */
  onDirty: (dirty: boolean) => void;
  /**
   * A councillor's own form (their change request): only these fields, in their words, and no
   * account or memberships; the editing service it is given sends a request rather than saving.
   */
  selfService?: SelfServiceForm;
}

export interface SelfServiceForm {
  fields: readonly string[];
  /** The councillor's own words for a field's label and hint ("Show my mobile number"). */
  words: Readonly<Partial<Record<string, { label: string; hint?: string }>>>;
  saveText: string;
  /** What closing after a send reports. */
  doneWhat: string;
}

const SECTIONS: ReadonlyArray<{ heading: string; fields: readonly string[]; memberPageOnly?: boolean }> = [
  { heading: strings.sectionName, fields: ['honorific', 'givenName', 'familyName', 'preferredName', 'postNominals'] },
  { heading: strings.sectionContact, fields: ['email', 'phone', 'publishPhone', 'mobile', 'publishMobile', 'postalAddress', 'publishAddress'] },
  { heading: strings.sectionWard, fields: ['wardId', 'termStart', 'termEnd', 'status'] },
  { heading: strings.sectionParty, fields: ['politicalGroupId', 'partyWebsite'], memberPageOnly: true },
  { heading: strings.sectionAbout, fields: ['biography', 'skills'] }
];

export function memberDefs(channel: Channel): FieldDef[] {
  const party = new Set(['politicalGroupId', 'partyWebsite']);
  return Object.values(MEMBER_FIELDS).filter((d) => channel === 'member-profile' || !party.has(d.field));
}

/** A member's text is screened with the rules of the channels that show it (registry.ts). */
function memberFieldChannel(field: string): Channel {
  const spec = fieldSpec('Member', field);
  return spec ? screeningChannel(spec, 'member-profile') : 'member-profile';
}

const accountField = emailSchema('SharePoint account');

export function MemberEditor(props: IMemberEditorProps): JSX.Element {
  const { editor, choices, prefix, copy, selfService } = props;
  const defs = React.useMemo(() => {
    const all = memberDefs(editor.channel);
    if (!selfService) return all;
    return all.filter((d) => selfService.fields.includes(d.field)).map((d) => ({ ...d, ...selfService.words[d.field] }));
  }, [editor.channel, selfService]);
  const showPhoto = !selfService || selfService.fields.includes('photoUrl');
  const [photo, setPhoto] = React.useState<PhotoChange>({ mode: 'keep' });
  const [account, setAccount] = React.useState(copy.accountEmail ?? '');
  const [savedAccount, setSavedAccount] = React.useState(copy.accountEmail ?? '');
  const [accountTouched, setAccountTouched] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  const groups = React.useRef(new Map<string, MembershipGroup>());
  const next = React.useRef(1);

  const first = React.useMemo(() => {
    const member = newRecordDraft('member', 'member', defs, copy.member, { photoUrl: copy.member.values.photoUrl, accountId: copy.member.values.accountId });
    const rows = copy.memberships.map((m) => newRecordDraft(`membership-${m.id}`, 'membership', MEMBERSHIP_FIELDS, m, { memberId: props.memberId }));
    for (const r of rows) groups.current.set(r.key, groupOfKind(choices.bodies?.find((b) => b.id === r.copy?.values.bodyId)?.kind));
    return [member, ...rows];
  }, []);

  const accountProblem = account.trim() && !accountField.safeParse(account).success ? 'SharePoint account must be an email address, like name@rugby.gov.uk.' : '';
  const accountChanged = account.trim().toLowerCase() !== savedAccount.trim().toLowerCase();
  const photoPending = photo.mode !== 'keep';
  const photoState = React.useRef(photo);
  photoState.current = photo;

  /** The name as the form holds it now ("Jo Castell-Reid"): the photo's file is named after it. */
  const currentName = (): string => {
    const d = session?.records.find((r) => r.key === 'member')?.draft ?? {};
    const word = (f: string): string => (typeof d[f] === 'string' ? (d[f] as string).trim() : '');
    return `${word('preferredName') || word('givenName')} ${word('familyName')}`.trim() || props.name.replace(/^Cllr /, '');
  };
  const defsOf = (r: RecordDraft): readonly FieldDef[] => (r.kind === 'member' ? defs : MEMBERSHIP_FIELDS);
  const labelOf = (r: RecordDraft): string => (r.kind === 'member' ? `${props.name}’s profile` : membershipSummary(r, choices));

  const session = useEditSession(first, {
    editor,
    defsOf,
    labelOf: (r) => labelOf(r),
    titleOf: (r, values) => {
      if (r.kind !== 'membership') return undefined;
      const body = choices.bodies?.find((b) => b.id === values.bodyId)?.title;
      const member = choices.memberName?.(props.memberId) ?? props.name.replace(/^Cllr /, '');
      return body ? membershipTitle(member, body) : undefined;
    },
    extraProblems: (r, values) => {
      if (r.kind === 'membership') return bodyProblems(values, choices);
      return accountProblem ? [{ field: 'accountId', rule: 'invalid', message: accountProblem }] : [];
    },
    forceSave: (r) => r.kind === 'member' && (photoState.current.mode !== 'keep' || accountChanged),
    transformValues: (r, values) => (r.kind === 'member' && photoState.current.mode === 'remove' ? { ...values, photoUrl: undefined } : values),
    extras: () => ({
      photo:
        photoState.current.mode === 'new' && photoState.current.content
          ? { memberId: props.memberId, upload: { content: photoState.current.content, fileName: photoFileName(currentName()) } }
          : undefined,
      accountEmail: accountChanged ? { memberId: props.memberId, email: account.trim() || undefined } : undefined
    }),
    onSaved: (result) => {
      const member = result.parts.find((p) => p.key === 'member');
      const photoFailed = result.parts.some((p) => p.key === 'photo' && p.outcome !== 'saved');
      if (member?.outcome === 'saved') {
        if (!photoFailed) setPhoto({ mode: 'keep' });
        if (!result.parts.some((p) => p.key === 'member' && p.outcome !== 'saved')) setSavedAccount(account);
      }
    }
  }, [accountProblem]);

  React.useEffect(() => {
    if (session.done) props.onClose({ saved: true, what: selfService?.doneWhat ?? `${props.name}’s profile` });
  }, [session.done]);

  React.useEffect(() => {
    document.getElementById(fieldId(prefix, 'member', selfService ? (defs.find((d) => d.input !== 'boolean') ?? defs[0]).field : 'givenName'))?.focus();
  }, []);

  const member = session.records.find((r) => r.key === 'member') as RecordDraft;
  const addMembership = (g: { key: MembershipGroup; kinds: readonly string[]; role: string }): string => {
    const key = `new-${next.current++}`;
    const candidates = (choices.bodies ?? []).filter((b) => b.kind && g.kinds.includes(b.kind));
    const initial: Values = { role: g.role, startDate: choices.today, ...(candidates.length === 1 ? { bodyId: candidates[0].id } : {}) };
    groups.current.set(key, g.key);
    session.add(newRecordDraft(key, 'membership', MEMBERSHIP_FIELDS, undefined, { memberId: props.memberId }, initial));
    return key;
  };

  const save = (): void => {
    setAttempt((a) => a + 1);
    setAccountTouched(true);
    void session.save();
  };
  const saveResolved = (): void => {
    setAttempt((a) => a + 1);
    void session.saveResolved();
  };
  const items = summaryItems(session, prefix, defsOf, labelOf).map((i) =>
    i.target === '' && i.message === accountProblem ? { target: fieldId(prefix, 'member', 'accountId'), message: i.message } : i
  );
  const field = (name: string): JSX.Element | null => {
    const def = defs.find((d) => d.field === name);
    if (!def) return null;
    return <SessionField key={name} session={session} record={member} def={def} prefix={prefix} choices={choices} channel={memberFieldChannel(name)} />;
  };
  const accountId = fieldId(prefix, 'member', 'accountId');
  const showAccountProblem = (accountTouched || session.submitted) && !!accountProblem;
  const dirty = (session.dirty || photoPending || accountChanged) && !session.done;
  React.useEffect(() => props.onDirty(dirty), [dirty]);

  return (
    <>
      <SessionTop
        session={session}
        prefix={prefix}
        items={items}
        defsOf={(key) => (key === 'member' ? defs : MEMBERSHIP_FIELDS)}
        choices={choices}
        channel={editor.channel}
        attempt={attempt}
      />
      <form
        noValidate={true}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        {SECTIONS.filter((s) => (!s.memberPageOnly || editor.channel === 'member-profile') && (s.heading === strings.sectionName || s.fields.some((f) => defs.some((d) => d.field === f)))).map((s) => (
          <React.Fragment key={s.heading}>
            {s.fields.some((f) => defs.some((d) => d.field === f)) && (
              <fieldset className={styles.section}>
                <legend>{s.heading}</legend>
                {s.fields.map(field)}
              </fieldset>
            )}
            {s.heading === strings.sectionName && showPhoto && (
              <fieldset className={styles.section}>
                <legend>{strings.sectionPhoto}</legend>
                <PhotoField id={fieldId(prefix, 'member', 'photoUrl')} name={props.name} currentUrl={member.fixed.photoUrl as string | undefined} value={photo} onChange={setPhoto} />
              </fieldset>
            )}
          </React.Fragment>
        ))}
        {!selfService && (
        <fieldset className={styles.section}>
          <legend>{strings.sectionAccount}</legend>
          <div className={styles.field}>
            <TextField
              id={accountId}
              label={strings.accountLabel}
              type="email"
              autoComplete="off"
              value={account}
              onChange={(_e, v) => setAccount(v ?? '')}
              onBlur={() => setAccountTouched(true)}
              aria-describedby={[`${accountId}-hint`, showAccountProblem ? `${accountId}-error` : ''].filter(Boolean).join(' ')}
              invalid={showAccountProblem}
            />
            <span id={`${accountId}-hint`} className={styles.hint}>
              {strings.accountHint}
            </span>
            {showAccountProblem && (
              <span id={`${accountId}-error`} className={styles.error}>
                {accountProblem}
              </span>
            )}
            {(session.serverProblems.member?.accountId ?? []).map((p) => (
              <span key={p.message} className={styles.error}>
                {p.message}
              </span>
            ))}
          </div>
        </fieldset>
        )}
      </form>
      {!selfService && (
        <MembershipsSection
          session={session}
          prefix={prefix}
          choices={choices}
          channel={editor.channel}
          memberId={props.memberId}
          groupOf={(r) => groups.current.get(r.key) ?? 'committee'}
          onAdd={addMembership}
        />
      )}
      <SessionButtons session={session} onSave={save} onSaveResolved={saveResolved} saveText={selfService?.saveText} />
    </>
  );
}
