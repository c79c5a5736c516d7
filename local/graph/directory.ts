/**
 * The local Microsoft Entra ID directory behind the local Graph: users kept in memory with a
 * change log, so that `/users/delta` can answer "what changed since this token" exactly as Graph
 * does — per property (a change to a property the client did not select does not bring the user
 * back), soft deletes (`@removed: changed`), permanent deletes (`@removed: deleted`), restores,
 * and manager changes. Every change bumps one sequence number; a token is a point in it.
 */
import { randomUUID } from 'node:crypto';

/** The user properties the local Graph knows, as Graph names them. */
export const USER_PROPERTIES = [
  'id', 'displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones',
  'mobilePhone', 'mail', 'userPrincipalName', 'accountEnabled', 'employeeType', 'userType'
] as const;
export type UserProperty = (typeof USER_PROPERTIES)[number];

/** Graph's default properties when a request has no $select. */
export const DEFAULT_PROPERTIES: readonly UserProperty[] = [
  'businessPhones', 'displayName', 'givenName', 'jobTitle', 'mail', 'mobilePhone', 'officeLocation', 'surname', 'userPrincipalName', 'id'
];

export interface UserFields {
  displayName: string | null;
  givenName: string | null;
  surname: string | null;
  jobTitle: string | null;
  department: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  mail: string | null;
  userPrincipalName: string;
  accountEnabled: boolean;
  employeeType: string | null;
  userType: 'Member' | 'Guest';
}

export interface DirectoryUser extends UserFields {
  id: string;
  managerId: string | null;
}

/** What the directory remembers about a user beyond its current fields. */
interface Entry {
  user: DirectoryUser;
  /** soft: in deleted items (restorable); hard: permanently deleted (kept only to report it). */
  deleted: 'soft' | 'hard' | null;
  /** The sequence number at which each property (and 'manager') last changed. */
  changed: Record<string, number>;
  /** Created, deleted or restored: the whole user is news after this point. */
  existence: number;
  /** The manager before the last manager change, to report its removal in manager@delta. */
  previousManagerId: string | null;
}

export type UserChange = Partial<UserFields> & { managerId?: string | null };

export class DirectoryError extends Error {
  public constructor(public readonly status: number, message: string) {
    super(message);
  }
}

const TRACKED: readonly string[] = [...USER_PROPERTIES.filter((p) => p !== 'id'), 'manager'];

export class Directory {
  private readonly entries = new Map<string, Entry>();
  private sortedIds: string[] | null = null;
  /** The last change's sequence number. */
  public seq = 0;
  /** Tokens from another epoch (before a reset or a restart) are answered with 410 Gone, as a sync reset. */
  public epoch: string = randomUUID();

  public constructor(users: readonly DirectoryUser[] = []) {
    this.load(users);
  }

  /** Replaces every user (a reset): old tokens stop working. */
  public load(users: readonly DirectoryUser[]): void {
    this.entries.clear();
    this.sortedIds = null;
    this.seq = 0;
    this.epoch = randomUUID();
    for (const u of users) this.insert({ ...u, businessPhones: [...u.businessPhones] });
  }

  private insert(user: DirectoryUser): Entry {
    const at = ++this.seq;
    const entry: Entry = { user, deleted: null, changed: Object.fromEntries(TRACKED.map((p) => [p, at])), existence: at, previousManagerId: null };
    this.entries.set(user.id, entry);
    this.sortedIds = null;
    return entry;
  }

  /** Users in id order (the order pages are served in), deleted ones included. */
  private ordered(): Entry[] {
    this.sortedIds ??= [...this.entries.keys()].sort();
    return this.sortedIds.map((id) => this.entries.get(id)!);
  }

  /** Current (not deleted) users in id order, after `afterId`. */
  public current(afterId = ''): DirectoryUser[] {
    return this.ordered().filter((e) => !e.deleted && e.user.id > afterId).map((e) => e.user);
  }

  public get(idOrUpn: string): DirectoryUser | undefined {
    const e = this.entries.get(idOrUpn) ?? [...this.entries.values()].find((x) => x.user.userPrincipalName.toLowerCase() === idOrUpn.toLowerCase());
    return e && !e.deleted ? e.user : undefined;
  }

  /** Every user with its state, for the control route. */
  public all(): Array<DirectoryUser & { deleted: 'soft' | 'hard' | null }> {
    return this.ordered().map((e) => ({ ...e.user, businessPhones: [...e.user.businessPhones], deleted: e.deleted }));
  }

  public count(): number {
    return this.ordered().filter((e) => !e.deleted).length;
  }

  public add(fields: UserFields & { id?: string; managerId?: string | null }): DirectoryUser {
    const id = fields.id ?? randomUUID();
    if (this.entries.has(id)) throw new DirectoryError(400, `A user with id '${id}' already exists.`);
    this.assertUniqueUpn(fields.userPrincipalName, id);
    if (fields.managerId) this.assertManager(fields.managerId, id);
    const { id: _id, managerId, ...rest } = fields;
    return this.insert({ ...rest, businessPhones: [...rest.businessPhones], id, managerId: managerId ?? null }).user;
  }

  /** Changes some fields; only those whose value really changes are recorded as changed. */
  public update(id: string, change: UserChange): DirectoryUser {
    const entry = this.live(id);
    if (change.userPrincipalName !== undefined) this.assertUniqueUpn(change.userPrincipalName, id);
    if (change.managerId) this.assertManager(change.managerId, id);
    const at = this.seq + 1;
    let touched = false;
    for (const [key, value] of Object.entries(change) as Array<[keyof UserChange, unknown]>) {
      if (value === undefined) continue;
      const prop = key === 'managerId' ? 'manager' : key;
      const before = (entry.user as unknown as Record<string, unknown>)[key];
      if (JSON.stringify(before) === JSON.stringify(value)) continue;
      if (key === 'managerId') entry.previousManagerId = entry.user.managerId;
      (entry.user as unknown as Record<string, unknown>)[key] = Array.isArray(value) ? [...value] : value;
      entry.changed[prop] = at;
      touched = true;
    }
    if (touched) this.seq = at;
    return entry.user;
  }

  /** soft: to deleted items, restorable (delta reports `changed`); permanent: gone (`deleted`). */
  public remove(id: string, permanent = false): void {
    const entry = this.entries.get(id);
    if (!entry || entry.deleted === 'hard') throw new DirectoryError(404, `There is no user with id '${id}'.`);
    if (entry.deleted === 'soft' && !permanent) throw new DirectoryError(400, `The user '${id}' is already in deleted items.`);
    entry.deleted = permanent ? 'hard' : 'soft';
    entry.existence = ++this.seq;
    // A deleted manager no longer manages anyone.
    for (const other of this.entries.values()) {
      if (other.user.managerId === id) {
        other.previousManagerId = id;
        other.user.managerId = null;
        other.changed.manager = this.seq;
      }
    }
  }

  /** Brings a soft-deleted user back from deleted items. */
  public restore(id: string): DirectoryUser {
    const entry = this.entries.get(id);
    if (!entry || entry.deleted !== 'soft') throw new DirectoryError(404, `There is no user with id '${id}' in deleted items.`);
    entry.deleted = null;
    entry.existence = ++this.seq;
    return entry.user;
  }

  /**
   * The users a delta round reports: changed after `since` and at most `upto`, in id order after
   * `afterId`. A user counts as changed when it was created, deleted or restored, or when one of
   * the `tracked` properties changed.
   */
  public changes(since: number, upto: number, tracked: readonly string[], afterId: string): DeltaEntry[] {
    const out: DeltaEntry[] = [];
    for (const e of this.ordered()) {
      if (e.user.id <= afterId) continue;
      const inRange = (n: number): boolean => n > since && n <= upto;
      const existence = inRange(e.existence);
      const changedProps = tracked.filter((p) => inRange(e.changed[p] ?? 0));
      if (!existence && changedProps.length === 0) continue;
      out.push({ user: e.user, deleted: e.deleted, whole: existence, changedProps, previousManagerId: e.previousManagerId });
    }
    return out;
  }

  /** For an initial delta round: every user in id order after `afterId`, with deletions left out. */
  public snapshot(afterId: string): DeltaEntry[] {
    return this.current(afterId).map((user) => ({ user, deleted: null, whole: true, changedProps: [], previousManagerId: null }));
  }

  private live(id: string): Entry {
    const entry = this.entries.get(id);
    if (!entry || entry.deleted) throw new DirectoryError(404, `There is no user with id '${id}'.`);
    return entry;
  }

  private assertUniqueUpn(upn: string, id: string): void {
    for (const e of this.entries.values()) {
      if (e.user.id !== id && e.deleted !== 'hard' && e.user.userPrincipalName.toLowerCase() === upn.toLowerCase()) {
        throw new DirectoryError(400, `Another user already has the user principal name '${upn}'.`);
      }
    }
  }

  private assertManager(managerId: string, id: string): void {
    if (managerId === id) throw new DirectoryError(400, 'A user cannot be their own manager.');
    this.live(managerId);
  }
}

export interface DeltaEntry {
  user: DirectoryUser;
  deleted: 'soft' | 'hard' | null;
  /** Created, deleted or restored in the range: every selected property is news. */
  whole: boolean;
  changedProps: string[];
  previousManagerId: string | null;
}
