/**
 * Change requests over PnPjs (loaded on demand, with the forms that use it). A councillor adds a
 * request to Change Requests (SharePoint lets them add, never change or remove one); Democratic
 * Services record their decision in Change Request Decisions (which only they can write). Every
 * request and decision is validated as it is read: one that cannot be read is still listed, with
 * what is wrong, so it can be declined rather than silently lost.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { ValidationError, problemsFromZod } from '../../domain/errors';
import { LISTS } from '../lists';
import { readValue } from '../mappers/values';
import {
  changesSchema,
  DECISIONS,
  MAX_PHOTO_DATA_URL,
  MEMBER_OWN_FIELDS,
  NEW_PHOTO,
  PHOTO_DATA_URL,
  type ChangeRequest,
  type Decision,
  type DecisionKind,
  type FieldChange,
  type IChangeRequests,
  type MemberOwnField,
  type NewChangeRequest
} from './types';

type Row = Record<string, unknown>;

const R = LISTS.changeRequests;
const D = LISTS.changeRequestDecisions;
/** The newest requests Democratic Services are shown (a council sees a few hundred a year). */
export const QUEUE_SIZE = 500;

const REQUEST_SELECT = ['Id', 'Title', R.fields.details.name, R.fields.changes.name, R.fields.baseVersion.name, R.fields.newPhoto.name, 'Created', 'AuthorId', 'Author/Title'];
const DECISION_SELECT = ['Id', `${D.fields.requestId.name}Id`, D.fields.decision.name, D.fields.reason.name, D.fields.appliedVersion.name, 'Created', 'Author/Title'];

const text = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v : undefined);

/** Why a new request cannot be sent, naming the field; empty when it can. */
export function requestProblems(request: NewChangeRequest): Array<{ field: string; rule: string; message: string }> {
  const problems: Array<{ field: string; rule: string; message: string }> = [];
  const parsed = changesSchema.safeParse(request.changes);
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error, 'a change request'));
  if (!Number.isInteger(request.baseVersion) || request.baseVersion < 1) {
    problems.push({ field: 'baseVersion', rule: 'invalid', message: 'The version of the profile the change was made on is missing: close the form and open it again.' });
  }
  const photo = request.changes.find((c) => c.field === 'photoUrl');
  if (photo && photo.new !== null) {
    if (photo.new !== NEW_PHOTO || !request.newPhoto || !PHOTO_DATA_URL.test(request.newPhoto)) {
      problems.push({ field: 'photoUrl', rule: 'invalid', message: 'The new photo could not be read: choose it again.' });
    } else if (request.newPhoto.length > MAX_PHOTO_DATA_URL) {
      problems.push({ field: 'photoUrl', rule: 'too-large', message: 'The new photo is too large to send: choose a smaller or simpler picture.' });
    }
  } else if (request.newPhoto !== undefined) {
    problems.push({ field: 'photoUrl', rule: 'invalid', message: 'A new photo was sent without a change to the photo.' });
  }
  return problems;
}

function decisionOf(row: Row): Decision | undefined {
  const decision = DECISIONS.find((d) => d === row[D.fields.decision.name]);
  if (!decision) return undefined;
  const applied = Number(row[D.fields.appliedVersion.name]);
  return {
    id: Number(row.Id),
    decision,
    reason: text(row[D.fields.reason.name]),
    by: text((row.Author as Row | null | undefined)?.Title) ?? 'Democratic Services',
    at: String(row.Created ?? ''),
    appliedVersion: Number.isInteger(applied) && applied > 0 ? applied : undefined
  };
}

/** A request as read: its changes validated (one that fails is kept, with the reason). */
export function requestOf(row: Row, decisions: ReadonlyMap<number, Decision>): ChangeRequest {
  const id = Number(row.Id);
  const base: ChangeRequest = {
    id,
    authorId: Number(row.AuthorId),
    authorName: text((row.Author as Row | null | undefined)?.Title) ?? '',
    created: String(row.Created ?? ''),
    baseVersion: Number(row[R.fields.baseVersion.name]),
    changes: [],
    decision: decisions.get(id)
  };
  let raw: unknown;
  try {
    raw = JSON.parse(String(row[R.fields.changes.name] ?? ''));
  } catch {
    return { ...base, problem: 'The changes asked for could not be read.' };
  }
  const parsed = changesSchema.safeParse(raw);
  if (!parsed.success) return { ...base, problem: `The changes asked for could not be read: ${parsed.error.issues[0].message}` };
  const newPhoto = text(row[R.fields.newPhoto.name]);
  const out: ChangeRequest = { ...base, changes: parsed.data };
  if (!Number.isInteger(base.baseVersion) || base.baseVersion < 1) return { ...out, problem: 'The request does not say which version of the profile it was made on.' };
  if (parsed.data.some((c) => c.field === 'photoUrl' && c.new !== null)) {
    if (!newPhoto || !PHOTO_DATA_URL.test(newPhoto)) return { ...out, problem: 'The new photo in the request could not be read.' };
    out.newPhoto = newPhoto;
  }
  return out;
}

/** The columns of the fields a councillor may change, for the profile's values now. */
const OWN_COLUMNS = MEMBER_OWN_FIELDS.map((f) => [f, LISTS.members.fields[f]] as const);

/** A value as a request holds it: skills a list, flags yes or no, text or a photo's address else null. */
export function requestValueOf(field: MemberOwnField, value: unknown): FieldChange['new'] {
  if (field === 'skills') return Array.isArray(value) ? value.map(String) : [];
  if (field === 'publishPhone' || field === 'publishMobile' || field === 'publishAddress') return value === true;
  return typeof value === 'string' && value.trim() ? value : null;
}

const versionOfEtag = (etag: unknown): number | undefined => {
  const m = /(\d+)"?\s*$/.exec(String(etag ?? ''));
  return m ? Number(m[1]) : undefined;
};

/** "Cllr Jo Castell-Reid", as the directory names members. */
function memberName(row: Row): string {
  const given = text(row[LISTS.members.fields.preferredName.name]) ?? text(row[LISTS.members.fields.givenName.name]);
  const family = text(row[LISTS.members.fields.familyName.name]);
  return given && family ? `Cllr ${given} ${family}` : text(row.Title) ?? '';
}

export class PnPChangeRequests implements IChangeRequests {
  public constructor(private readonly sp: SPFI) {}

  private requests(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(R.title).items;
  }

  private decisions(sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(D.title).items;
  }

  public async submit(request: NewChangeRequest): Promise<number> {
    const problems = requestProblems(request);
    if (problems.length > 0) throw new ValidationError('Nothing', problems);
    const added = await this.requests().add({
      Title: `Changes to the profile of ${request.memberName}`.slice(0, 255),
      [R.fields.details.name]: request.details,
      [R.fields.changes.name]: JSON.stringify(request.changes),
      [R.fields.baseVersion.name]: request.baseVersion,
      [R.fields.newPhoto.name]: request.newPhoto ?? null
    });
    return Number((added as Row).Id ?? (added as Row).ID);
  }

  public async mine(): Promise<ChangeRequest[]> {
    const me = Number((await this.sp.web.currentUser.select('Id')<Row>()).Id);
    const rows = await this.requests().filter(`AuthorId eq ${me}`).select(...REQUEST_SELECT).expand('Author').orderBy('Id', false).top(100)<Row[]>();
    if (rows.length === 0) return [];
    const ids = rows.map((r) => Number(r.Id));
    const decided = await this.decisions().filter(ids.map((id) => `${D.fields.requestId.name}Id eq ${id}`).join(' or ')).select(...DECISION_SELECT).expand('Author').top(100)<Row[]>();
    return rows.map((r) => requestOf(r, byRequest(decided)));
  }

  public async waitingCount(): Promise<number> {
    const [batched, execute] = this.sp.batched();
    const requestId = `${D.fields.requestId.name}Id`;
    const reads = Promise.all([
      this.requests(batched).select('Id').orderBy('Id', false).top(QUEUE_SIZE)<Row[]>(),
      this.decisions(batched).select(requestId).top(5000)<Row[]>()
    ]);
    await execute();
    const [rows, decided] = await reads;
    const decidedIds = new Set(decided.map((d) => Number(d[requestId])));
    return rows.filter((r) => !decidedIds.has(Number(r.Id))).length;
  }

  public async all(): Promise<ChangeRequest[]> {
    const [batched, execute] = this.sp.batched();
    const M = LISTS.members.fields;
    const reads = Promise.all([
      this.requests(batched).select(...REQUEST_SELECT).expand('Author').orderBy('Id', false).top(QUEUE_SIZE)<Row[]>(),
      this.decisions(batched).select(...DECISION_SELECT).expand('Author').orderBy('Id', false).top(5000)<Row[]>(),
      batched.web.lists
        .getByTitle(LISTS.members.title)
        .items.select('Id', 'Title', M.givenName.name, M.familyName.name, M.preferredName.name, `${M.accountId.name}Id`, ...OWN_COLUMNS.map(([, c]) => c.name))
        .top(5000)<Row[]>()
    ]);
    await execute();
    const [rows, decided, members] = await reads;
    const decisions = byRequest(decided);
    return rows.map((r) => {
      const request = requestOf(r, decisions);
      // The profile whose account made the request; two profiles with one account cannot be told apart.
      const theirs = members.filter((m) => Number(m[`${M.accountId.name}Id`]) === request.authorId);
      if (theirs.length === 1) {
        const m = theirs[0];
        const current = Object.fromEntries(OWN_COLUMNS.map(([field, c]) => [field, requestValueOf(field, readValue(c.kind, m[c.name]))]));
        return { ...request, memberId: Number(m.Id), memberName: memberName(m), currentVersion: versionOfEtag(m['odata.etag']), current };
      }
      const problem = theirs.length === 0 ? `No councillor's profile has ${request.authorName || 'this person'}'s account, so there is no profile to change.` : `${theirs.length} profiles have ${request.authorName}'s account, so it is not clear which to change.`;
      return { ...request, problem: request.problem ?? problem };
    });
  }

  public async decide(requestId: number, decision: DecisionKind, reason: string | undefined, appliedVersion?: number): Promise<void> {
    const why = reason?.trim();
    if (decision === 'Declined' && !why) throw new ValidationError('Nothing', [{ field: 'reason', rule: 'required', message: 'Say why the request is declined: the councillor will see it.' }]);
    if (why && why.length > 2000) throw new ValidationError('Nothing', [{ field: 'reason', rule: 'too-long', message: 'The reason must be 2000 characters or fewer.' }]);
    await this.decisions().add({
      Title: `${decision}: change request ${requestId}`,
      [`${D.fields.requestId.name}Id`]: requestId,
      [D.fields.decision.name]: decision,
      [D.fields.reason.name]: why || null,
      [D.fields.appliedVersion.name]: appliedVersion ?? null
    });
  }
}

function byRequest(rows: Row[]): Map<number, Decision> {
  const out = new Map<number, Decision>();
  for (const r of rows) {
    const d = decisionOf(r);
    const request = Number(r[`${D.fields.requestId.name}Id`]);
    if (d && Number.isInteger(request) && !out.has(request)) out.set(request, d);
  }
  return out;
}
