/**
 * The editing forms (src/editing) are reused as they are for change requests, given an editing
 * service that fits the job: for a councillor, one whose "save" sends a change request; for
 * approving one, one that judges only the fields the request changes (the rest of the profile
 * is not written, so it is not theirs to mend first).
 */
import type { EditCheck } from '../data/editing/specs';
import type { IDirectoryEditor, RecordCopy, SaveResult, Values } from '../data/editing/types';
import { ValidationError } from '../domain/errors';
import { MEMBER_OWN_FIELDS, NEW_PHOTO, type FieldChange, type IChangeRequests, type MemberOwnField } from '../data/requests/types';
import { format } from '../components/common/format';
import { requestValueOf as requestValue } from '../data/requests/PnPChangeRequests';
import { requestPhoto } from './photo';
import { strings } from './strings';

/** The version number an ETag names ("\"3\"", "\"<guid>,3\""). */
export function versionOf(etag: string): number {
  const m = /(\d+)"?\s*$/.exec(etag);
  return m ? Number(m[1]) : NaN;
}

export { requestValueOf as requestValue } from '../data/requests/PnPChangeRequests';

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Judges a record as a save of only `fields` would: problems elsewhere in it are not this form's. */
export function judgedOn(editor: IDirectoryEditor, fields: readonly string[], rest: Values): IDirectoryEditor {
  return {
    ...editor,
    check: (kind, values): EditCheck => {
      const result = editor.check(kind, { ...rest, ...values });
      if (result.ok) return result;
      const problems = result.problems.filter((p) => fields.includes(p.field.split('.')[0]));
      return problems.length > 0 ? { ok: false, problems } : { ok: true, value: { ...rest, ...values } };
    },
    save: editor.save.bind(editor),
    read: editor.read.bind(editor),
    readProfile: editor.readProfile.bind(editor),
    findOfficers: editor.findOfficers.bind(editor)
  };
}

/** What the words of a request say about a value. */
function words(field: MemberOwnField, value: FieldChange['new']): string {
  if (field === 'photoUrl') return value === null ? 'no photo' : value === NEW_PHOTO ? 'a new photo' : 'the current photo';
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (Array.isArray(value)) return value.length ? value.join('; ') : strings.none;
  return value ?? strings.none;
}

export interface RequestingOptions {
  requests: Promise<IChangeRequests>;
  memberId: number;
  memberName: string;
  /** The profile as the form opened it (every field, for judging and for "before"). */
  copy: RecordCopy;
  labelOf: (field: MemberOwnField) => string;
  /** Told when a request was sent (true) or there was nothing to send (false). */
  onSent: (sent: boolean) => void;
}

/** The councillor's editing service: what they change is sent to Democratic Services as a request. */
export function requestingEditor(editor: IDirectoryEditor, options: RequestingOptions): IDirectoryEditor {
  const { copy } = options;
  const base = judgedOn(editor, MEMBER_OWN_FIELDS, copy.values);
  return {
    ...base,
    save: async (changes, extras): Promise<SaveResult> => {
      const change = changes.find((c) => c.kind === 'member');
      const values = change?.values ?? copy.values;
      const asked: FieldChange[] = [];
      for (const field of MEMBER_OWN_FIELDS) {
        if (field === 'photoUrl') continue;
        const before = requestValue(field, copy.values[field]);
        const after = requestValue(field, values[field]);
        if (!same(before, after)) asked.push({ field, old: before, new: after });
      }
      let newPhoto: string | undefined;
      const oldPhoto = requestValue('photoUrl', copy.values.photoUrl);
      if (extras?.photo) {
        newPhoto = await requestPhoto(extras.photo.upload.content);
        if (!newPhoto) throw new ValidationError('Nothing', [{ field: 'photoUrl', rule: 'too-large', message: strings.photoTooLarge }]);
        asked.push({ field: 'photoUrl', old: oldPhoto, new: NEW_PHOTO });
      } else if (oldPhoto !== null && values.photoUrl === undefined) asked.push({ field: 'photoUrl', old: oldPhoto, new: null });
      const label = strings.suggestHeading;
      const done = (): SaveResult => ({ parts: [{ key: change?.key ?? 'member', label, outcome: 'saved', copy }], complete: true });
      if (asked.length === 0) {
        options.onSent(false);
        return done();
      }
      const details = asked.map((c) => `${options.labelOf(c.field)}: ${words(c.field, c.old)} → ${words(c.field, c.new)}`).join('\n');
      try {
        const requests = await options.requests;
        await requests.submit({ memberId: options.memberId, memberName: options.memberName, baseVersion: versionOf(copy.etag), changes: asked, newPhoto, details });
      } catch (e) {
        if (e instanceof ValidationError) throw e;
        const status = (e as { status?: number }).status;
        const why = status === 403 ? strings.sendForbidden : status === undefined ? strings.sendOffline : strings.sendOther;
        return { parts: [{ key: change?.key ?? 'member', label, outcome: 'failed', message: format(strings.sendFailed, { why }) }], complete: false };
      }
      options.onSent(true);
      return done();
    }
  };
}
