/**
 * The editing service over PnPjs, loaded on demand (its own chunk) when someone presses Edit.
 *
 * - Reads are fresh copies from SharePoint (never the directory's cache), with their ETags.
 * - Saves validate every part with the channel's write schema first: if any part is invalid,
 *   nothing is written. Then one $batch: each update carries the ETag it was read with, so a
 *   record someone saved meanwhile is refused (412) and never overwritten; their version comes
 *   back for the editor to choose from field by field. SharePoint does not roll a batch back, so
 *   every part reports what became of it.
 * - A photo goes the way SharePoint Online stores image columns: UploadImage into Site Assets,
 *   then validateupdatelistitem (PnPjs item.setImageField), after the guarded update succeeded.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import { ValidationError, type FieldProblem } from '../../domain/errors';
import { GROUP_ROLES, type MembershipRole } from '../../domain/model/membership';
import type { Channel } from '../../domain/neutrality/channels';
import type { ChannelPolicy } from '../../domain/neutrality/channelSchemas';
import { createScreener } from '../../domain/neutrality/screening/screener';
import type { PoliticalGroupTerms } from '../../domain/neutrality/screening/types';
import { GMT_STANDARD_TIME, type SiteTimeZone } from '../mappers/dates';
import { MAX_PAGE } from '../core/paging';
import { LISTS, selectOf } from '../lists';
import { etagOf } from '../writes/recordWriter';
import { grantOwnEntry } from '../permissions/ownEntry';
import { describeFailure, itemBody, sharePointMessage, valuesOf } from './items';
import { KIND_LISTS, type EditableKind } from './kinds';
import { checkRecord, EDIT_SPECS, type EditCheck } from './specs';
import type { IDirectoryEditor, OfficerOption, PartOutcome, PhotoSave, ProfileCopy, RecordChange, RecordCopy, SaveResult, Values } from './types';

type Row = Record<string, unknown>;

export interface PnPDirectoryEditorOptions {
  channel: Channel;
  /** The council's political groups as screening terms, as the directory read them. */
  groupTerms: PoliticalGroupTerms[];
  /** The Political Groups could not be read: officer-owned free text fails closed. */
  groupsUnavailable?: boolean;
  /** The site's time zone, as the directory read it: date-only columns are site-local midnight. */
  timeZone?: SiteTimeZone;
}

const escapeOData = (s: string): string => s.replace(/'/g, "''");

export class PnPDirectoryEditor implements IDirectoryEditor {
  public readonly channel: Channel;
  public readonly policy: ChannelPolicy;
  private readonly sp: SPFI;
  private readonly zone: SiteTimeZone;

  public constructor(sp: SPFI, options: PnPDirectoryEditorOptions) {
    this.sp = sp;
    this.zone = options.timeZone ?? GMT_STANDARD_TIME;
    this.channel = options.channel;
    this.policy = { screener: createScreener({ groups: options.groupTerms, groupsUnavailable: options.groupsUnavailable }) };
  }

  public check(kind: EditableKind, values: Values): EditCheck {
    return checkRecord(kind, values, this.policy, this.channel);
  }

  private fields(kind: EditableKind): string[] {
    return EDIT_SPECS[kind].fields(this.channel);
  }

  private select(kind: EditableKind): string[] {
    const key = KIND_LISTS[kind];
    const all = Object.keys(LISTS[key].fields);
    const omit = all.filter((f) => !this.fields(kind).includes(f) && f !== 'id');
    return selectOf(key, omit as never[]);
  }

  private items(kind: EditableKind, sp: SPFI = this.sp) {
    return sp.web.lists.getByTitle(LISTS[KIND_LISTS[kind]].title).items;
  }

  private copyOf(kind: EditableKind, row: Row): RecordCopy {
    return { id: Number(row.Id), etag: etagOf(row), values: valuesOf(kind, row, this.fields(kind), this.zone) };
  }

  public async read(kind: EditableKind, id: number): Promise<RecordCopy> {
    return this.copyOf(kind, await this.items(kind).getById(id).select(...this.select(kind))<Row>());
  }

  public async readAll(kind: EditableKind): Promise<RecordCopy[]> {
    // A short list (a few periods a year): one page holds it.
    const rows = await this.items(kind).select(...this.select(kind)).top(MAX_PAGE)<Row[]>();
    return rows.map((r) => this.copyOf(kind, r));
  }

  public async readProfile(memberId: number): Promise<ProfileCopy> {
    const [batched, execute] = this.sp.batched();
    const member = this.items('member', batched)
      .getById(memberId)
      .select(...this.select('member'), 'Account/EMail')
      .expand('Account')<Row>();
    // Member is an indexed lookup; a member holds a few dozen memberships at most.
    const memberships = this.items('membership', batched)
      .filter(`MemberId eq ${memberId}`)
      .select(...this.select('membership'))
      .top(MAX_PAGE)<Row[]>();
    const settled = Promise.all([member, memberships]);
    await execute();
    const [m, rows] = await settled;
    const officerPage = this.channel === 'officer-owned';
    const account = (m.Account as { EMail?: unknown } | null | undefined)?.EMail;
    return {
      member: this.copyOf('member', m),
      memberships: rows
        // On an officer page a party group role is neither read into the form nor written.
        .filter((r) => !(officerPage && GROUP_ROLES.includes(r.Role as MembershipRole)))
        .map((r) => this.copyOf('membership', r)),
      accountEmail: typeof account === 'string' && account ? account : undefined
    };
  }

  public async save(
    changes: RecordChange[],
    extras: { photo?: PhotoSave; accountEmail?: { memberId: number; email: string | undefined } } = {}
  ): Promise<SaveResult> {
    // Every part is judged first: if any is invalid, nothing at all is written.
    const problems: FieldProblem[] = [];
    const valid = new Map<string, Values>();
    for (const change of changes) {
      // A record being removed is not judged: nothing of it is written.
      if (change.remove) continue;
      const result = this.check(change.kind, change.values);
      // A change to some fields is judged on those fields: the others are not written.
      const own = result.ok ? [] : change.fields ? result.problems.filter((p) => change.fields?.includes(p.field.split('.')[0])) : result.problems;
      if (own.length === 0) valid.set(change.key, result.ok ? result.value : change.values);
      else problems.push(...own.map((p) => ({ ...p, field: `${change.key}.${p.field}`, message: `${change.label}: ${p.message}` })));
    }
    if (problems.length > 0) throw new ValidationError('Nothing', problems);

    const parts: PartOutcome[] = [];
    let pending = changes;
    if (extras.accountEmail) {
      const { memberId, email } = extras.accountEmail;
      const target = changes.find((c) => c.kind === 'member' && c.id === memberId);
      if (target) {
        try {
          const accountId = email ? Number((await this.sp.web.ensureUser(email)).Id) : undefined;
          valid.set(target.key, { ...valid.get(target.key), accountId });
        } catch {
          parts.push({ key: target.key, label: target.label, outcome: 'failed', field: 'accountId', message: `${target.label} was not saved: no SharePoint account was found for ${email}. Check the address and try again.` });
          pending = changes.filter((c) => c !== target);
        }
      }
    }

    const [batched, execute] = this.sp.batched();
    const writes = pending.map((change) => {
      const items = this.items(change.kind, batched);
      if (change.remove && change.id !== undefined) return items.getById(change.id).delete(change.etag ?? '*');
      const values = valid.get(change.key) as Values;
      // Never more than the kind allows (an officer's synced fields are Entra ID's).
      const only = change.fields ?? EDIT_SPECS[change.kind].writes;
      const body = only ? itemBody(change.kind, only, values, undefined, this.zone) : itemBody(change.kind, this.fields(change.kind), values, change.title, this.zone);
      return change.id === undefined ? items.add(body) : items.getById(change.id).update(body, change.etag ?? '*');
    });
    const settled = Promise.allSettled(writes);
    await execute();
    const results = await settled;

    const conflicts: Array<{ change: RecordChange; index: number }> = [];
    results.forEach((r, i) => {
      const change = pending[i];
      const values = valid.get(change.key) as Values;
      if (change.remove) {
        if (r.status === 'fulfilled') parts.push({ key: change.key, label: change.label, outcome: 'saved', copy: { id: change.id as number, etag: '', values: change.values } });
        else {
          const status = (r.reason as { status?: number }).status;
          const message = status === 412 ? `${change.label} was not removed, because someone else changed it after you opened it. Close this and open it again to see their change.` : describeFailure(change.kind, change.label, r.reason).message;
          parts.push({ key: change.key, label: change.label, outcome: 'failed', message });
        }
        return;
      }
      if (r.status === 'fulfilled') {
        const value = r.value as Row & { etag?: string };
        const id = change.id ?? Number(value.Id ?? value.ID);
        const etag = change.id === undefined ? etagOf(value) : String(value.etag);
        parts.push({ key: change.key, label: change.label, outcome: 'saved', copy: { id, etag, values } });
      } else if ((r.reason as { status?: number }).status === 412) {
        conflicts.push({ change, index: parts.length });
        parts.push({ key: change.key, label: change.label, outcome: 'conflict', theirs: undefined, message: conflictMessage(change.label) });
      } else {
        const failure = describeFailure(change.kind, change.label, r.reason);
        parts.push({ key: change.key, label: change.label, outcome: 'failed', message: failure.message, field: failure.field });
      }
    });

    if (conflicts.length > 0) await this.readTheirs(conflicts, parts);
    if (extras.photo) await this.savePhoto(extras.photo, changes, parts);
    await this.grantOwnEntries(pending, parts);
    return { parts, complete: parts.every((p) => p.outcome === 'saved') };
  }

  /**
   * A liaison officer named (or named again) by Democratic Services may then edit their own
   * entry, and only theirs: a permission on that item alone (ownEntry.ts). Not for a liaison
   * officer's own save, which changes only their text and wards.
   */
  private async grantOwnEntries(pending: RecordChange[], parts: PartOutcome[]): Promise<void> {
    for (const change of pending) {
      if (change.kind !== 'liaisonOfficer' || change.remove || (change.fields && !change.fields.includes('officerId'))) continue;
      const part = parts.find((p) => p.key === change.key);
      const officerId = Number(change.values.officerId);
      if (part?.outcome !== 'saved' || !Number.isInteger(officerId)) continue;
      try {
        await grantOwnEntry(this.sp, part.copy.id, officerId);
      } catch (e) {
        parts.push({
          key: `${change.key}-own`,
          label: change.label,
          outcome: 'failed',
          message: `${change.label} was saved, but the officer could not be given the right to edit their own entry (${sharePointMessage(e).split('\n')[0]}). Save it again to try once more.`
        });
      }
    }
  }

  /** The versions someone else saved, for the editor to choose from (one more $batch). */
  private async readTheirs(conflicts: Array<{ change: RecordChange; index: number }>, parts: PartOutcome[]): Promise<void> {
    const [batched, execute] = this.sp.batched();
    const reads = conflicts.map(({ change }) => this.items(change.kind, batched).getById(change.id as number).select(...this.select(change.kind))<Row>());
    const settled = Promise.allSettled(reads);
    await execute();
    (await settled).forEach((r, i) => {
      const { change, index } = conflicts[i];
      if (r.status === 'fulfilled') {
        parts[index] = { key: change.key, label: change.label, outcome: 'conflict', theirs: this.copyOf(change.kind, r.value), message: conflictMessage(change.label) };
      } else {
        parts[index] = { key: change.key, label: change.label, outcome: 'failed', message: describeFailure(change.kind, change.label, r.reason).message };
      }
    });
  }

  /** After the record's guarded update: the photo into Site Assets and the image column, then the record's new ETag. */
  private async savePhoto(photo: PhotoSave, changes: RecordChange[], parts: PartOutcome[]): Promise<void> {
    const [kind, id]: [EditableKind, number] = 'officerId' in photo ? ['officer', photo.officerId] : ['member', photo.memberId];
    const change = changes.find((c) => c.kind === kind && c.id === id);
    const part = parts.find((p) => p.key === change?.key);
    const label = 'The photo';
    if (!change || !part || part.outcome !== 'saved') {
      const whose = kind === 'member' ? "the profile's" : "the officer's";
      parts.push({ key: 'photo', label, outcome: 'failed', message: `${label} was not saved, because ${whose} other changes were not.` });
      return;
    }
    try {
      const item = this.items(kind).getById(id);
      await item.setImageField(LISTS[KIND_LISTS[kind] as 'members' | 'officers'].fields.photoUrl.name, photo.upload.fileName, await photo.upload.content.arrayBuffer());
      const fresh = await item.select(...this.select(kind))<Row>();
      part.copy = this.copyOf(kind, fresh);
    } catch (e) {
      parts.push({ key: 'photo', label, outcome: 'failed', message: describeFailure(kind, label, e).message });
    }
  }

  public async findOfficers(text: string): Promise<OfficerOption[]> {
    const words = text.trim().split(/\s+/).filter(Boolean);
    const last = words[words.length - 1] ?? '';
    // One letter could match thousands: SharePoint's list view threshold would refuse it.
    if (last.length < 2) return [];
    const fields = ['Id', 'GivenName', 'FamilyName', 'Title', 'JobTitle', 'Status', 'LeftOn', 'Email', 'ServiceArea/Title'];
    const [batched, execute] = this.sp.batched();
    const q = escapeOData(last);
    // Both are indexed columns: by surname, and by email (given.family@…), which starts with the first name.
    const search = (filter: string) => batched.web.lists.getByTitle(LISTS.officers.title).items.filter(filter).select(...fields).expand('ServiceArea').top(25)<Row[]>();
    const settled = Promise.allSettled([search(`startswith(FamilyName,'${q}')`), search(`startswith(Email,'${q.toLowerCase()}')`)]);
    await execute();
    const rows = (await settled).flatMap((r) => (r.status === 'fulfilled' ? r.value : []));
    const first = words.length > 1 ? words[0].toLowerCase() : undefined;
    const seen = new Set<number>();
    const out: OfficerOption[] = [];
    for (const r of rows) {
      const id = Number(r.Id);
      if (seen.has(id) || r.Status === 'Left' || r.LeftOn) continue;
      const given = String(r.GivenName ?? '');
      if (first && !given.toLowerCase().startsWith(first)) continue;
      seen.add(id);
      const name = given && r.FamilyName ? `${given} ${String(r.FamilyName)}` : String(r.Title ?? '');
      out.push({ id, name, jobTitle: optional(r.JobTitle), serviceTitle: optional((r.ServiceArea as Row | null)?.Title) });
    }
    return out.sort((a, b) => a.name.localeCompare(b.name, 'en-GB')).slice(0, 25);
  }
}

function optional(v: unknown): string | undefined {
  return typeof v === 'string' && v ? v : undefined;
}

function conflictMessage(label: string): string {
  return `${label} was not saved, because someone else saved it after you opened it. Their changes are kept: choose, field by field, what to keep, then save again.`;
}
