/**
 * One run of the officer sync: Entra ID (through Microsoft Graph) into the Officers list.
 *
 * First run (or whenever the department mappings changed, Graph asks for a resynchronisation, or
 * a full run is asked for): take a delta link that starts from now, then read every user from
 * `/users` with the manager expanded (999 a page). Later runs: follow the stored delta link, so
 * only users changed since the last run come back, and the Officers list is not even read when
 * nothing changed. The plan is written in batches; the new delta link is stored only when every
 * write went through, so a run that fails part-way is simply repeated by the next one.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { ukToday } from '../../../domain/neutrality/preElection';
import { readAll, readFirstPages, MAX_PAGE, type ListRead } from '../../core/paging';
import { LISTS, LIST_TITLES, SELECTS, wireName } from '../../lists';
import { officerFromItem } from '../../mappers';
import { etagOf } from '../../writes';
import { DEPARTMENT_MAPPING_SELECT, DEPARTMENT_MAPPINGS, SYNCED_FIELDS } from './columns';
import { departmentResolver, type DepartmentMapping, type ServiceAreaName } from './departments';
import { GraphRequestError, LATEST_DELTA_QUERY, readAllPages, USERS_QUERY, type GraphSource, type GraphUser } from './graph';
import { countWrites, planOfficerSync, type ExistingOfficer, type OfficerWrite, type SyncProblem } from './officerPlan';
import { readSyncState, writeSyncState, type SyncState } from './state';
import { toIncoming, type IncomingOfficer } from './users';
import { writeOfficers } from './write';

/** Today in the UK calendar (yyyy-mm-dd): the date a leaver is marked as having left. */
export { ukToday };

export interface OfficerSyncOptions {
  /** Plan and report, write nothing (not even the delta link). */
  dryRun?: boolean;
  /** Read every user even when a delta link is stored. */
  full?: boolean;
  /** The date leavers are marked with (YYYY-MM-DD); default today in the UK. */
  today?: string;
}

export type FullReason = 'first-run' | 'asked' | 'mappings-changed' | 'resync-required' | 'state-unreadable';

export interface OfficerSyncResult {
  mode: 'full' | 'delta';
  fullBecause?: FullReason;
  dryRun: boolean;
  /** Users Graph returned (people and not). */
  users: number;
  created: number;
  updated: number;
  left: number;
  unchanged: number;
  /** Departments whose people could not be placed in a service area ("" = no department), with how many. */
  unmappedDepartments: Array<{ department: string; people: number }>;
  /** Whether a delta link is stored for the next run. */
  deltaLink: boolean;
  problems: SyncProblem[];
  skipped: { guests: number; notPeople: number; leaversNotAdded: number; unreadable: number };
  /** Officers in the list a full read of Entra ID did not find, and that were never synced: left as they are. */
  notInEntra: number;
  /** What was (or, in a dry run, would be) written. */
  writes: OfficerWrite[];
  /** Liaison roles whose officer left or moved service in this run: Democratic Services choose someone else. */
  liaisonRoles: Array<{ officer: string; role: string; service: string; change: 'left' | 'moved'; nowIn?: string; manager?: string }>;
  failedWrites: Array<{ name: string; message: string }>;
  /** Officers someone changed while the sync ran: SharePoint refused the stale write, so they were read again and written once more. */
  conflictsRetried: number;
  graphPages: number;
  sharePointBatches: number;
}

/** The site is missing something the sync needs (a list or a column): nothing was written. */
export class SyncSetupError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'SyncSetupError';
  }
}

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
};


const OFFICER_READ: ListRead = { list: LIST_TITLES.officers, select: SELECTS.officers };

async function readPlacement(sp: SPFI): Promise<{ mappings: DepartmentMapping[]; services: ServiceAreaName[] }> {
  const reads: ListRead[] = [
    { list: LIST_TITLES.serviceAreas, select: ['Id', 'Title'] },
    { list: DEPARTMENT_MAPPINGS.title, select: DEPARTMENT_MAPPING_SELECT }
  ];
  const first = await readFirstPages(sp, reads);
  const rows = await Promise.all(
    reads.map(async (r, i) => {
      const page = first.pages[i];
      if (!page) {
        if (statusOf(first.failures[i]) === 404) throw new SyncSetupError(`The site has no ${r.list} list. Update the site's lists before syncing officers.`);
        throw first.failures[i];
      }
      return page.length >= MAX_PAGE ? readAll(sp, r) : page;
    })
  );
  const services = rows[0].map((s) => ({ id: Number(s.Id), title: String(s.Title ?? '') }));
  const mappings = rows[1]
    .filter((m) => typeof m.Title === 'string' && m.Title.trim())
    .map((m) => ({ id: Number(m.Id), department: String(m.Title), ...(typeof m.ServiceAreaId === 'number' ? { serviceAreaId: m.ServiceAreaId } : {}), notInDirectory: m.NotInDirectory === true }));
  return { mappings, services };
}

function existingFrom(row: Record<string, unknown>): ExistingOfficer {
  const fields = officerFromItem(row);
  // The item's number travels beside the record, not in it (the write schemas have no id).
  delete fields.id;
  const title = typeof row.Title === 'string' && row.Title.trim() ? row.Title.trim() : `${String(fields.givenName ?? '')} ${String(fields.familyName ?? '')}`.trim();
  return { id: Number(row.Id ?? row.ID), etag: etagOf(row), fields, name: title || `Officer ${String(row.Id)}` };
}

async function readOfficers(sp: SPFI): Promise<ExistingOfficer[]> {
  try {
    return (await readAll(sp, OFFICER_READ)).map(existingFrom);
  } catch (e) {
    const message = String((e as Error).message ?? '');
    const missing = SYNCED_FIELDS.map((f) => LISTS.officers.fields[f]).find((c) => message.includes(`'${c.name}'`));
    if (statusOf(e) === 400 && missing) {
      throw new SyncSetupError(`The Officers list has no ${missing.name} column yet, which the sync needs. Update the site's lists before syncing officers.`);
    }
    throw e;
  }
}

interface GraphRound {
  users: GraphUser[];
  removed: string[];
  unreadable: number;
  deltaLink?: string;
  pages: number;
  mode: 'full' | 'delta';
  fullBecause?: FullReason;
}

async function readGraph(graph: GraphSource, state: SyncState | undefined, fullBecause: FullReason | undefined): Promise<GraphRound> {
  if (!fullBecause && state?.deltaLink) {
    try {
      return { ...(await readAllPages(graph, state.deltaLink)), mode: 'delta' };
    } catch (e) {
      // 410 Gone: Graph needs a full resynchronisation (its tokens expire after 7 days, or the tenant moved).
      if (!(e instanceof GraphRequestError && e.status === 410)) throw e;
      fullBecause = 'resync-required';
    }
  }
  // The link is taken first, so a change made while every user is read comes back next time rather than being missed.
  const latest = await readAllPages(graph, LATEST_DELTA_QUERY);
  const all = await readAllPages(graph, USERS_QUERY);
  return { users: all.users, removed: [], unreadable: all.unreadable, deltaLink: latest.deltaLink, pages: latest.pages + all.pages, mode: 'full', fullBecause: fullBecause ?? 'first-run' };
}

export async function syncOfficers(sp: SPFI, graph: GraphSource, options: OfficerSyncOptions = {}): Promise<OfficerSyncResult> {
  const today = options.today ?? ukToday();
  const dryRun = options.dryRun === true;
  const [{ state, unreadable }, placement] = await Promise.all([readSyncState(sp), readPlacement(sp)]);
  const departments = departmentResolver(placement.mappings, placement.services);
  let fullBecause: FullReason | undefined;
  if (options.full) fullBecause = 'asked';
  else if (unreadable) fullBecause = 'state-unreadable';
  else if (!state?.deltaLink) fullBecause = 'first-run';
  else if (state.mappingsFingerprint !== departments.fingerprint) fullBecause = 'mappings-changed';

  const round = await readGraph(graph, state, fullBecause);
  const result: OfficerSyncResult = {
    mode: round.mode, ...(round.fullBecause ? { fullBecause: round.fullBecause } : {}), dryRun,
    users: round.users.length + round.removed.length, created: 0, updated: 0, left: 0, unchanged: 0, unmappedDepartments: [], deltaLink: false,
    problems: [], skipped: { guests: 0, notPeople: 0, leaversNotAdded: 0, unreadable: round.unreadable }, notInEntra: 0, writes: [], liaisonRoles: [], failedWrites: [], conflictsRetried: 0,
    graphPages: round.pages, sharePointBatches: 0
  };

  const incoming: IncomingOfficer[] = [];
  for (const u of round.users) {
    const i = toIncoming(u, departments);
    if (i === 'guest') result.skipped.guests++;
    else if (i === 'not-a-person') result.skipped.notPeople++;
    else incoming.push(i);
  }

  let written = true;
  if (incoming.length > 0 || round.removed.length > 0 || round.mode === 'full') {
    const existing = await readOfficers(sp);
    const plan = planOfficerSync({ existing, incoming, removed: round.removed, mode: round.mode, today });
    Object.assign(result, countWrites(plan));
    result.problems = plan.problems;
    result.skipped.leaversNotAdded = plan.skipped.leaversNotAdded;
    result.notInEntra = plan.notInEntra;
    result.unmappedDepartments = [...plan.unmapped.entries()].map(([department, people]) => ({ department, people })).sort((a, b) => a.department.localeCompare(b.department));
    result.writes = plan.writes;
    result.liaisonRoles = await liaisonRolesFor(sp, plan.writes, placement.services, existing);
    if (!dryRun && plan.writes.length > 0) {
      const outcome = await writeOfficers(sp, plan.writes);
      result.sharePointBatches += outcome.batches;
      let failed = outcome.failed;
      if (outcome.conflicts.length > 0) {
        // Someone edited these officers since they were read: read them again and redo only what still differs.
        result.conflictsRetried = outcome.conflicts.length;
        const retry = await retryConflicts(sp, outcome.conflicts, incoming, round, today);
        result.sharePointBatches += retry.batches;
        failed = [...failed, ...retry.failed];
        result.problems.push(...retry.problems);
      }
      result.failedWrites = failed.map((f) => ({ name: f.write.name, message: f.error.message }));
      written = failed.length === 0;
    }
  }

  if (!dryRun) {
    const summary = {
      finished: new Date().toISOString(), mode: result.mode, users: result.users, created: result.created, updated: result.updated, left: result.left,
      unchanged: result.unchanged, unmappedDepartments: result.unmappedDepartments.map((u) => u.department), problems: result.problems.length
    };
    // A link is moved on only past changes that are all in the list; otherwise the next run sees them again.
    const next: SyncState = written && round.deltaLink
      ? { version: 1, deltaLink: round.deltaLink, mappingsFingerprint: departments.fingerprint, lastRun: summary }
      : { version: 1, ...(state?.deltaLink && round.mode === 'delta' ? { deltaLink: state.deltaLink, mappingsFingerprint: state.mappingsFingerprint } : {}), lastRun: summary };
    await writeSyncState(sp, next);
    result.deltaLink = written && !!round.deltaLink;
  }
  return result;
}

/** The liaison roles held by officers who leave or change service in these writes (one read of the Liaison Officers list, only then). */
async function liaisonRolesFor(sp: SPFI, writes: readonly OfficerWrite[], services: readonly ServiceAreaName[], existing: readonly ExistingOfficer[]): Promise<OfficerSyncResult['liaisonRoles']> {
  const moving = new Map(writes.filter((w) => w.existing && (w.kind === 'leave' || w.fields.includes('serviceAreaId'))).map((w) => [w.existing!.id, w]));
  if (moving.size === 0) return [];
  const f = LISTS.liaisonOfficers.fields;
  const rows = await readAll(sp, { list: LIST_TITLES.liaisonOfficers, select: [wireName(f.id), wireName(f.officerId), wireName(f.serviceAreaId), wireName(f.role)] });
  const title = (id: unknown): string => services.find((s) => s.id === id)?.title ?? '';
  const out: OfficerSyncResult['liaisonRoles'] = [];
  for (const row of rows) {
    const w = moving.get(Number(row[wireName(f.officerId)]));
    if (!w) continue;
    const role = typeof row[wireName(f.role)] === 'string' ? String(row[wireName(f.role)]) : 'Liaison Officer';
    const service = title(row[wireName(f.serviceAreaId)]);
    // Their manager in Entra ID is the person to ask who takes the role on.
    const m = w.incoming?.manager;
    const manager = m ? m.displayName ?? existing.find((e) => String(e.fields.entraId ?? '').toLowerCase() === m.id.toLowerCase())?.name : undefined;
    const who = manager ? { manager } : {};
    if (w.kind === 'leave') out.push({ officer: w.name, role, service, change: 'left', ...who });
    else if (w.record.serviceAreaId !== row[wireName(f.serviceAreaId)]) out.push({ officer: w.name, role, service, change: 'moved', nowIn: title(w.record.serviceAreaId), ...who });
  }
  return out;
}

async function retryConflicts(sp: SPFI, conflicts: OfficerWrite[], incoming: IncomingOfficer[], round: GraphRound, today: string) {
  const ids = conflicts.map((w) => w.existing!.id);
  const [batched, execute] = sp.batched({ maxRequests: 100 });
  const items = batched.web.lists.getByTitle(OFFICER_READ.list).items;
  const reads = ids.map((id) => items.getById(id).select(...OFFICER_READ.select)<Record<string, unknown>>());
  await execute();
  const fresh = (await Promise.allSettled(reads)).flatMap((r) => (r.status === 'fulfilled' ? [existingFrom(r.value)] : []));
  const keys = new Set(conflicts.map((w) => w.incoming?.entraId).filter(Boolean));
  const removed = new Set(conflicts.filter((w) => !w.incoming).map((w) => String(w.existing!.fields.entraId ?? '').toLowerCase()));
  const plan = planOfficerSync({
    existing: fresh,
    incoming: incoming.filter((i) => keys.has(i.entraId)),
    removed: round.removed.filter((id) => removed.has(id.toLowerCase())),
    mode: 'delta',
    today
  });
  // A leaver found by a full read is one the delta plan cannot see: carry those writes over as they were.
  const carried = conflicts.filter((w) => !w.incoming && !removed.has(String(w.existing!.fields.entraId ?? '').toLowerCase())).flatMap((w) => {
    const now = fresh.find((f) => f.id === w.existing!.id);
    return now && now.fields.status !== 'Left' ? [{ ...w, existing: now }] : [];
  });
  const outcome = await writeOfficers(sp, [...plan.writes, ...carried]);
  const failed = [...outcome.failed, ...outcome.conflicts.map((write) => ({ write, error: new Error(`${write.name} was changed by someone else twice while the sync ran; it will be tried again next time.`) }))];
  return { batches: 1 + outcome.batches, failed, problems: plan.problems };
}
