/**
 * The officer sync's plan, made with the one diff engine (../plan): Entra ID users against the
 * Officers list, matched by the Entra object id stored on each officer, then (for officers typed
 * in by hand before the first sync) by email address, which adopts them and stores their id.
 *
 * The sync owns an officer's name, job title, service area (through the department), contact
 * details, location, user principal name, department and status. Everything else (photo,
 * politically restricted post, account, liaison roles) belongs to the people who keep it in
 * SharePoint and is never written. Leavers (disabled or deleted accounts, or people no longer in
 * Entra ID at all) are marked as left with the date, never deleted, and never added.
 */
import { normaliseUkPhone } from '../../../domain/fields';
import { validate, type FieldProblem } from '../../../domain/errors';
import { planChanges, sameValue, type FieldChange, type FieldRule } from '../plan';
import { syncedOfficerSchema, syncedOfficerUpdateSchema, type OfficerStatus } from './columns';
import type { IncomingOfficer } from './users';

export interface ExistingOfficer {
  id: number;
  etag: string;
  /** The officer's fields as the list holds them (domain names, without the id), not yet validated. */
  fields: Record<string, unknown>;
  name: string;
}

export type LeaveReason = 'disabled' | 'deleted' | 'not-in-entra' | 'not-in-directory';

export interface OfficerWrite {
  kind: 'create' | 'update' | 'leave' | 'rejoin';
  existing?: ExistingOfficer;
  incoming?: IncomingOfficer;
  /** The validated record as it will be after the write. */
  record: Record<string, unknown>;
  /** The fields this write sets (every field for a create). */
  fields: string[];
  changes: FieldChange[];
  reason?: LeaveReason;
  name: string;
}

export interface SyncProblem {
  name: string;
  entraId?: string;
  officerId?: number;
  field: string;
  message: string;
}

export interface OfficerSyncPlan {
  writes: OfficerWrite[];
  unchanged: number;
  problems: SyncProblem[];
  /** Department (as Entra ID has it, "" for none) → people not placed in a service area. */
  unmapped: Map<string, number>;
  skipped: { leaversNotAdded: number };
  /** Officers in the list that a full read of Entra ID could not match (typed by hand; left as they are). */
  notInEntra: number;
}

export interface OfficerPlanInput {
  existing: readonly ExistingOfficer[];
  incoming: readonly IncomingOfficer[];
  /** Ids Graph reported removed (delta). */
  removed: readonly string[];
  /** full: the incoming users are all of Entra ID, so officers missing from it have left; delta: only changes. */
  mode: 'full' | 'delta';
  /** The date leavers are marked with, YYYY-MM-DD. */
  today: string;
}

const phoneKey = (v: unknown): unknown => (typeof v === 'string' ? normaliseUkPhone(v) ?? v.trim() : v);
const statusOf = (e: ExistingOfficer): OfficerStatus => (e.fields.status === 'Left' ? 'Left' : 'Current');
const keyOf = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() ? v.trim().toLowerCase() : undefined);

function rules(today: string): Array<FieldRule<ExistingOfficer, IncomingOfficer>> {
  // A leaver's other details are frozen as they were: HR often blanks them when an account is disabled.
  const current = (i: IncomingOfficer): boolean => i.status !== 'Left';
  const own = (field: 'givenName' | 'familyName' | 'jobTitle' | 'email' | 'location'): FieldRule<ExistingOfficer, IncomingOfficer> => ({
    field,
    existing: (e) => e.fields[field],
    incoming: (i) => i[field],
    applies: current
  });
  const phone = (field: 'phone' | 'mobile'): FieldRule<ExistingOfficer, IncomingOfficer> => ({
    field,
    existing: (e) => e.fields[field],
    incoming: (i) => i[field],
    applies: current,
    equals: (a, b) => sameValue(phoneKey(a), phoneKey(b))
  });
  return [
    own('givenName'),
    own('familyName'),
    own('jobTitle'),
    { ...own('email'), equals: (a, b) => sameValue(keyOf(a), keyOf(b)) },
    phone('phone'),
    phone('mobile'),
    own('location'),
    // An unmapped department leaves the service area as it is (and is reported).
    { field: 'serviceAreaId', existing: (e) => e.fields.serviceAreaId, incoming: (i) => (i.placement.kind === 'service' ? i.placement.serviceAreaId : undefined), applies: (i) => current(i) && i.placement.kind === 'service' },
    { field: 'userPrincipalName', existing: (e) => e.fields.userPrincipalName, incoming: (i) => i.userPrincipalName, applies: current },
    { field: 'department', existing: (e) => e.fields.department, incoming: (i) => i.department, applies: current },
    // A blank status (an officer typed in before the sync, or a column added later) is written as Current.
    { field: 'status', existing: (e) => e.fields.status ?? null, incoming: (i) => i.status },
    // Left on the day the sync first saw it; a leaver keeps that date; a returner's is cleared.
    { field: 'leftOn', existing: (e) => e.fields.leftOn, incoming: (i) => (i.status === 'Left' ? today : null), applies: (i, e) => !(i.status === 'Left' && statusOf(e) === 'Left') }
  ];
}

/** null and blank become absent, so optional fields validate as "not given". */
function present(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) if (v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')) out[k] = v;
  return out;
}

export function planOfficerSync(input: OfficerPlanInput): OfficerSyncPlan {
  const out: OfficerSyncPlan = { writes: [], unchanged: 0, problems: [], unmapped: new Map(), skipped: { leaversNotAdded: 0 }, notInEntra: 0 };
  const unmapped = (i: IncomingOfficer): void => {
    if (i.status === 'Left' || i.placement.kind !== 'unmapped') return;
    const d = i.department ?? '';
    out.unmapped.set(d, (out.unmapped.get(d) ?? 0) + 1);
  };
  const problem = (name: string, who: { entraId?: string; officerId?: number }, problems: FieldProblem[]): void => {
    for (const p of problems) out.problems.push({ name, ...who, field: p.field, message: p.message });
  };

  const plan = planChanges<ExistingOfficer, IncomingOfficer>({
    existing: input.existing,
    incoming: input.incoming,
    keyOfExisting: (e) => keyOf(e.fields.entraId),
    keyOfIncoming: (i) => i.entraId,
    fallbackOfExisting: (e) => keyOf(e.fields.email),
    fallbackOfIncoming: (i) => keyOf(i.email),
    fields: rules(input.today)
  });

  for (const i of plan.create) {
    if (i.status === 'Left') {
      out.skipped.leaversNotAdded++;
      continue;
    }
    unmapped(i);
    if (i.placement.kind !== 'service') continue;
    const record = present({
      givenName: i.givenName, familyName: i.familyName, jobTitle: i.jobTitle, serviceAreaId: i.placement.serviceAreaId, email: i.email,
      phone: i.phone, mobile: i.mobile, location: i.location, politicallyRestricted: false,
      entraId: i.entraId, userPrincipalName: i.userPrincipalName, status: 'Current', department: i.department
    });
    const v = validate(syncedOfficerSchema, record, `the officer ${i.displayName}`);
    if (!v.ok) problem(i.displayName, { entraId: i.entraId }, v.problems);
    else out.writes.push({ kind: 'create', incoming: i, record: v.value, fields: Object.keys(v.value), changes: [], name: i.displayName });
  }

  for (const u of plan.update) {
    unmapped(u.incoming);
    const changes = [...u.changes];
    // Adopted by email: store the Entra object id from now on.
    if (u.matchedBy === 'fallback') changes.push({ field: 'entraId', from: u.existing.fields.entraId ?? null, to: u.incoming.entraId });
    const status = changes.find((c) => c.field === 'status');
    const kind: OfficerWrite['kind'] = status?.to === 'Left' ? 'leave' : status?.from === 'Left' ? 'rejoin' : 'update';
    const merged: Record<string, unknown> = { ...u.existing.fields, status: statusOf(u.existing) };
    for (const c of changes) merged[c.field] = c.to;
    if (kind === 'leave') {
      // A leaver's status and date are always written, whatever else the record holds.
      out.writes.push({ kind, existing: u.existing, incoming: u.incoming, record: merged, fields: changes.map((c) => c.field), changes, name: u.existing.name, reason: u.incoming.leaving ?? 'disabled' });
      continue;
    }
    const v = validate(syncedOfficerUpdateSchema, present(merged), `the officer ${u.existing.name}`);
    if (!v.ok) {
      // Only problems with what the sync writes or relies on stop it; the rest belongs to the list's editors.
      problem(u.existing.name, { entraId: u.incoming.entraId, officerId: u.existing.id }, v.problems);
      continue;
    }
    out.writes.push({ kind, existing: u.existing, incoming: u.incoming, record: v.value, fields: changes.map((c) => c.field), changes, name: u.existing.name });
  }
  for (const m of plan.unchanged) {
    unmapped(m.incoming);
    out.unchanged++;
  }
  for (const a of plan.ambiguous) {
    const names = a.incoming.map((i) => i.displayName).join(', ');
    out.problems.push({
      name: names, field: 'email',
      message: `${a.existing.length} officers in the list have the email address ${a.key}, so the sync cannot tell which of them is ${names}: remove the duplicate or correct its email address.`
    });
  }

  // Deleted accounts, and (on a full read) officers Entra ID no longer has: they have left.
  const byKey = new Map(input.existing.filter((e) => keyOf(e.fields.entraId)).map((e) => [keyOf(e.fields.entraId)!, e]));
  const gone: Array<[ExistingOfficer, LeaveReason]> = input.removed.map((id) => byKey.get(id.toLowerCase())).filter((e): e is ExistingOfficer => !!e).map((e) => [e, 'deleted']);
  if (input.mode === 'full') {
    for (const e of plan.missing) {
      if (keyOf(e.fields.entraId)) gone.push([e, 'not-in-entra']);
      else out.notInEntra++;
    }
  }
  for (const [e, reason] of gone) {
    if (statusOf(e) === 'Left') {
      out.unchanged++;
      continue;
    }
    const changes: FieldChange[] = [
      { field: 'status', from: statusOf(e), to: 'Left' },
      { field: 'leftOn', from: e.fields.leftOn ?? null, to: input.today }
    ];
    out.writes.push({ kind: 'leave', existing: e, record: { ...e.fields, status: 'Left', leftOn: input.today }, fields: ['status', 'leftOn'], changes, reason, name: e.name });
  }
  return out;
}

/** The counts `--json` prints. */
export function countWrites(plan: OfficerSyncPlan): { created: number; updated: number; left: number; unchanged: number } {
  const n = (k: OfficerWrite['kind']): number => plan.writes.filter((w) => w.kind === k).length;
  return { created: n('create'), updated: n('update') + n('rejoin'), left: n('leave'), unchanged: plan.unchanged };
}
