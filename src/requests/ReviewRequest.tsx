/**
 * One change request, for Democratic Services: field by field, what the profile held when the
 * councillor asked, what it holds now, and what they ask for; then Approve or Decline.
 *
 * Approving writes only the fields asked for, with the ETag of the version the councillor changed
 * (the editing service's own guarded save): if the profile was saved since, SharePoint refuses it
 * and the editors' three-way view shows both versions field by field, for Democratic Services to
 * choose; nothing is overwritten. Once the profile holds the change, the decision is recorded.
 * Declining needs a reason, which the councillor then sees on their profile.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { format, dayOf } from '../components/common/format';
import type { IDirectoryEditor, SaveResult } from '../data/editing/types';
import { NEW_PHOTO, type ChangeRequest, type IChangeRequests } from '../data/requests/types';
import { ValidationError } from '../domain/errors';
import editorStyles from '../editing/Editor.module.scss';
import { EditorFrameContext } from '../editing/EditorFrame';
import { draftOf, newRecordDraft } from '../editing/form/draft';
import { SessionButtons, SessionTop, summaryItems } from '../editing/form/SessionParts';
import { useEditSession } from '../editing/form/useEditSession';
import { photoFileName } from '../editing/photo/crop';
import type { EditorChoices } from '../editing/types';
import { judgedOn, versionOf } from './editors';
import { photoBlob } from './photo';
import { labelOf } from './SuggestChange';
import { strings } from './strings';
import { changedDefs, shown, sidesOf } from './values';

export interface IReviewRequestProps {
  request: ChangeRequest;
  editor: Promise<IDirectoryEditor>;
  requests: Promise<IChangeRequests>;
  choices: EditorChoices;
  prefix: string;
  /** After a decision was recorded: the list reads SharePoint again. */
  onDecided: (message: string) => void;
}

/** The comparison of what was, is and is asked for. */
export function RequestDiff(props: { request: ChangeRequest; prefix: string }): JSX.Element {
  const { request } = props;
  const member = request.memberName ?? request.authorName;
  return (
    <table className={editorStyles.conflict} aria-label={format(strings.requestFrom, { member, author: request.authorName, date: dayOf(request.created) })}>
      <thead>
        <tr>
          <th scope="col">{strings.field}</th>
          <th scope="col">{strings.before}</th>
          <th scope="col">{strings.now}</th>
          <th scope="col">{strings.asked}</th>
        </tr>
      </thead>
      <tbody>
        {request.changes.map((c) => (
          <tr key={c.field}>
            <th scope="row">{labelOf(c.field)}</th>
            <td>{shown(c.field, c.old)}</td>
            <td>{request.current ? shown(c.field, request.current[c.field]) : ''}</td>
            <td>
              {c.field === 'photoUrl' && c.new === NEW_PHOTO && request.newPhoto ? (
                <img src={request.newPhoto} alt={format(strings.newPhoto, { member })} width={96} height={96} />
              ) : (
                shown(c.field, c.new)
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Approve(props: Omit<IReviewRequestProps, 'editor'> & { editor: IDirectoryEditor; onCancel: () => void }): JSX.Element {
  const { request } = props;
  const memberId = request.memberId as number;
  const defs = React.useMemo(() => changedDefs(request), [request]);
  const photo = request.changes.find((c) => c.field === 'photoUrl');
  const fields = [...defs.map((d) => d.field), ...(photo ? ['photoUrl'] : [])];
  const { before, after } = sidesOf(request);
  const first = React.useMemo(() => {
    // What the councillor changed, as the editors' form would hold it: opened on their version.
    const opened = newRecordDraft('member', 'member', defs, { id: memberId, etag: `"${request.baseVersion}"`, values: before });
    return [{ ...opened, draft: draftOf(defs, after) }];
  }, []);
  const [attempt, setAttempt] = React.useState(0);
  const [saved, setSaved] = React.useState<SaveResult | undefined>();
  const [decision, setDecision] = React.useState<{ state: 'idle' | 'saving' | 'failed'; why?: string }>({ state: 'idle' });
  const member = request.memberName ?? request.authorName;

  const session = useEditSession(first, {
    editor: props.editor,
    defsOf: () => defs,
    labelOf: () => `${member}’s profile`,
    fieldsOf: () => fields,
    forceSave: () => !!photo,
    transformValues: (_r, values) => (photo && photo.new === null ? { ...values, photoUrl: undefined } : values),
    extras: () =>
      photo?.new === NEW_PHOTO && request.newPhoto ? { photo: { memberId, upload: { content: photoBlob(request.newPhoto), fileName: photoFileName(member.replace(/^Cllr /, '')) } } } : undefined,
    onSaved: (result) => setSaved(result)
  });

  const record = async (): Promise<void> => {
    setDecision({ state: 'saving' });
    const part = saved?.parts.find((p) => p.key === 'member');
    const applied = part?.outcome === 'saved' ? versionOf(part.copy.etag) : undefined;
    try {
      await (await props.requests).decide(request.id, 'Approved', undefined, Number.isInteger(applied) ? applied : undefined);
      props.onDecided(format(strings.approved, { member }));
    } catch (e) {
      setDecision({ state: 'failed', why: (e as Error).message });
    }
  };
  React.useEffect(() => {
    if (session.done) void record();
  }, [session.done]);
  // Pressing Approve saves at once; the form's buttons are for what follows (their choices, a retry).
  React.useEffect(() => {
    setAttempt(1);
    void session.save();
  }, []);

  const items = summaryItems(session, props.prefix, () => defs, () => `${member}’s profile`);
  return (
    <EditorFrameContext.Provider value={{ requestClose: props.onCancel }}>
      <div className={editorStyles.editor}>
        <SessionTop session={session} prefix={props.prefix} items={items} defsOf={() => defs} choices={props.choices} channel={props.editor.channel} attempt={attempt} />
        {decision.state === 'failed' ? (
          <div role="alert" className={editorStyles.report}>
            <p>{format(strings.decisionFailed, { why: decision.why ?? '' })}</p>
            <PrimaryButton onClick={() => void record()} text={strings.recordAgain} />
          </div>
        ) : (
          !session.done &&
          !session.saving &&
          (session.conflicts.length > 0 || !!session.report || (session.submitted && items.length > 0)) && (
            <SessionButtons
              session={session}
              saveText={strings.approve}
              onSave={() => {
                setAttempt((a) => a + 1);
                void session.save();
              }}
              onSaveResolved={() => {
                setAttempt((a) => a + 1);
                void session.saveResolved();
              }}
            />
          )
        )}
        {(decision.state === 'saving' || session.saving) && <p role="status">{strings.approving}</p>}
      </div>
    </EditorFrameContext.Provider>
  );
}

function Decline(props: IReviewRequestProps & { onCancel: () => void }): JSX.Element {
  const [reason, setReason] = React.useState('');
  const [problem, setProblem] = React.useState('');
  const [saving, setSaving] = React.useState(false);
  const id = `${props.prefix}-reason`;
  const member = props.request.memberName ?? props.request.authorName;
  const decline = async (): Promise<void> => {
    setSaving(true);
    try {
      await (await props.requests).decide(props.request.id, 'Declined', reason);
      props.onDecided(format(strings.declined, { member }));
    } catch (e) {
      setSaving(false);
      setProblem(e instanceof ValidationError ? e.problems.map((p) => p.message).join(' ') : (e as Error).message);
    }
  };
  return (
    <div className={editorStyles.field}>
      <TextField
        id={id}
        label={strings.declineReason}
        multiline={true}
        rows={3}
        value={reason}
        onChange={(_e, v) => setReason(v ?? '')}
        invalid={!!problem}
        aria-describedby={problem ? `${id}-error` : undefined}
        autoFocus={true}
      />
      {problem && (
        <span id={`${id}-error`} className={editorStyles.error} role="alert">
          {problem}
        </span>
      )}
      <div className={editorStyles.actions}>
        <PrimaryButton onClick={() => void decline()} disabled={saving} text={saving ? strings.declining : strings.declineConfirm} />
        <DefaultButton onClick={props.onCancel} text={strings.cancel} />
      </div>
    </div>
  );
}

export function ReviewRequest(props: IReviewRequestProps): JSX.Element {
  const { request } = props;
  const [mode, setMode] = React.useState<'idle' | 'approve' | 'decline'>('idle');
  const [editor, setEditor] = React.useState<IDirectoryEditor | undefined>();
  const [failure, setFailure] = React.useState('');
  const member = request.memberName ?? request.authorName;
  const changedSince = request.currentVersion !== undefined && request.currentVersion !== request.baseVersion;

  const approve = async (): Promise<void> => {
    setFailure('');
    try {
      const ed = await props.editor;
      // The profile as it is now: the fields not asked for are not written, so not judged.
      const now = await ed.read('member', request.memberId as number);
      const fields = request.changes.map((c) => c.field);
      setEditor(judgedOn(ed, fields, now.values));
      setMode('approve');
    } catch (e) {
      setFailure((e as Error).message);
    }
  };

  return (
    <>
      <p>{format(strings.basedOn, { version: request.baseVersion })}</p>
      {changedSince && <p>{format(strings.changedSince, { version: request.currentVersion ?? '' })}</p>}
      <RequestDiff request={request} prefix={props.prefix} />
      {request.problem ? <p role="note">{format(strings.cannotApply, { why: request.problem })}</p> : null}
      {failure && <p role="alert">{failure}</p>}
      {mode === 'idle' && (
        <div className={editorStyles.actions}>
          {!request.problem && request.memberId !== undefined && (
            <PrimaryButton onClick={() => void approve()} text={strings.approve} ariaLabel={format(strings.approveLabel, { member })} />
          )}
          <DefaultButton onClick={() => setMode('decline')} text={strings.decline} ariaLabel={format(strings.declineLabel, { member })} />
        </div>
      )}
      {mode === 'approve' && editor && <Approve {...props} editor={editor} onCancel={() => setMode('idle')} />}
      {mode === 'decline' && <Decline {...props} onCancel={() => setMode('idle')} />}
    </>
  );
}
