/**
 * The day after an election, as one action with a dry run: members SharePoint holds as current
 * whom the new source (a ModernGov import) no longer lists are marked Former, their term ending on
 * the date, and every membership of theirs still open is ended on that date; history is kept, never
 * deleted. The newly elected come in through the same import, which also updates the re-elected:
 * a ModernGov import, or a CSV of Members (the council after the election).
 */
import type { SPFI } from '@pnp/sp';
import { LIST_TITLES } from '../lists';
import { memberDisplayName, type StoredMember, type StoredMembership } from '../../domain/model';
import { isoDate } from '../../domain/fields';
import type { ImportProblem } from './moderngov/council';
import { ModernGovReadError } from './moderngov/xml';
import type { ImportPlan } from './plan';
import { policyFor } from './moderngovImport';
import type { SiteData, SiteRecord } from './site';
import { checkForWrite } from './validate';
import { columnsOf, writeInBatches, writePlan, type WriteOp, type WriteSummary } from './write';
import type { ChannelPolicy } from '../../domain/neutrality/channelSchemas';
import { CsvReadError } from './csv/format';
import type { CsvPlan } from './csv/plan';
import { writeCsvPlan, type CsvWriteSummary } from './csv/write';
import { entityMappers } from '../mappers';
import type { SiteTimeZone } from '../mappers/dates';

export interface ElectionPlan<P = ImportPlan> {
  date: string;
  /** How the newly elected come in, and the re-elected are updated: a ModernGov import plan, or a CSV plan of Members. */
  import: P;
  /** Current members not in the new council: to be marked Former. */
  leaving: Array<{ member: SiteRecord<StoredMember>; name: string }>;
  /** Their memberships still open on the date: to end on it. */
  ending: Array<{ membership: SiteRecord<StoredMembership>; member: string }>;
  problems: ImportProblem[];
  /** Why it cannot be applied (a CSV with rows that have problems). */
  refused?: string;
}

function checkDate(date: string): void {
  const valid = isoDate('Election date').safeParse(date);
  if (!valid.success) throw new RangeError(`The election date must be a real date, written like 2027-05-06 (got "${date}").`);
}

/** Who leaves (current members the new council does not hold), and which of their memberships end. */
function leaversOf(
  site: SiteData,
  leavingMembers: ReadonlyArray<SiteRecord<StoredMember>>,
  date: string,
  refuse: (message: string) => Error,
  source: string
): Pick<ElectionPlan<never>, 'leaving' | 'ending' | 'problems'> {
  const current = site.members.filter((m) => m.record.status !== 'Former');
  const leaving = leavingMembers.filter((m) => m.record.status !== 'Former').map((member) => ({ member, name: memberDisplayName(member.record) }));
  // Everyone leaving is never an election: it is the wrong council, or a file with no one in it.
  if (current.length > 0 && leaving.length === current.length) {
    throw refuse(`None of the current members is in ${source}, so nobody was marked as former: check that it is the right council.`);
  }
  const problems: ImportProblem[] = [];
  const leavingIds = new Map(leaving.map((l) => [l.member.id, l.name]));
  const ending: ElectionPlan['ending'] = [];
  for (const m of site.memberships) {
    const name = leavingIds.get(m.record.memberId);
    if (name === undefined || (m.record.endDate && m.record.endDate <= date)) continue;
    if (m.record.startDate && m.record.startDate > date) {
      problems.push({ entity: 'membership', id: String(m.id), field: 'endDate', message: `${name}'s membership (${m.record.role}) starts after ${date}, so it was not ended; remove it by hand if it should not start.` });
      continue;
    }
    ending.push({ membership: m, member: name });
  }
  return { leaving, ending, problems };
}

export function planElection(plan: ImportPlan, site: SiteData, date: string): ElectionPlan {
  checkDate(date);
  if (!plan.council.has.councillors) {
    throw new ModernGovReadError('GetCouncillorsByWard', 'The ModernGov data holds no councillors (GetCouncillorsByWard), so the election cannot tell who was elected; nobody was marked as former.');
  }
  return { date, import: plan, ...leaversOf(site, plan.members.missing, date, (m) => new ModernGovReadError('source', m), 'the ModernGov data') };
}

/**
 * The election from a CSV of Members: the file lists the council after the election (export
 * Members, remove the rows of those not re-elected or mark them Former, add rows for the newly
 * elected). Current members no row holds as current leave. Because leaving is read from what the
 * file does not say, every row must be correct first: a row with problems (which might be a
 * re-elected member mistyped) stops the election, and nothing is written.
 */
export function planCsvElection(plan: CsvPlan, site: SiteData, date: string): ElectionPlan<CsvPlan> {
  checkDate(date);
  if (plan.list !== 'members') throw new RangeError(`The newly elected come from a CSV of Members, not of ${plan.listTitle}.`);
  const staying = new Set(plan.matched.filter((m) => m.id !== undefined && m.status !== 'Former').map((m) => m.id as number));
  const out = leaversOf(site, site.members.filter((m) => !staying.has(m.id)), date, (m) => new CsvReadError(m), plan.source);
  const bad = plan.counts.invalid;
  const refused = bad > 0 ? `${bad} ${bad === 1 ? 'row has' : 'rows have'} problems (listed by row). The election marks as former every current member the file does not list, so correct every row first; nothing is written until then.` : undefined;
  // A row marking someone former is not imported: the election marks the leavers former and ends
  // their term on the date, and those who left before keep the end their term already has.
  const leavingIds = new Set(out.leaving.map((l) => l.member.id));
  const formerRows = new Set(plan.matched.filter((m) => m.status === 'Former').map((m) => m.row));
  const rows = plan.rows.map((r) => {
    if (r.outcome !== 'update' || !formerRows.has(r.row)) return r;
    const now = r.id !== undefined && leavingIds.has(r.id);
    const others = r.changes.some((c) => c.field !== 'status') ? "; the row's other changes were not imported" : '';
    const message = now ? `${r.label} is marked as former by the election, their term ending on ${date}${others}.` : `${r.label} is a former member, so the election leaves their record as it is${others}.`;
    return { ...r, outcome: 'unchanged' as const, changes: [], notes: [...r.notes, { row: r.row, message }] };
  });
  const count = (o: string): number => rows.filter((r) => r.outcome === o).length;
  const rest: CsvPlan = {
    ...plan,
    rows,
    counts: { rows: rows.length, create: count('create'), update: count('update'), unchanged: count('unchanged'), invalid: count('invalid') },
    writes: plan.writes.filter((w) => !formerRows.has(w.row))
  };
  return { date, import: rest, ...out, ...(refused ? { refused } : {}) };
}

export interface ElectionResult<S = WriteSummary> {
  imported: S;
  markedFormer: number;
  membershipsEnded: number;
  problems: ImportProblem[];
}

/** Marks the leavers Former (their term ending on the date, or before) and ends their open memberships. */
async function retire(sp: SPFI, election: ElectionPlan<unknown>, policy: ChannelPolicy, problems: ImportProblem[], zone: SiteTimeZone): Promise<{ markedFormer: number; membershipsEnded: number }> {
  // The term's end and the memberships' end are date-only values: the site's midnight, by its own zone.
  const { memberToItem, membershipToItem } = entityMappers(zone);
  const memberOps: WriteOp[] = [];
  for (const { member, name } of election.leaving) {
    const record: Record<string, unknown> = { ...member.record };
    delete record.id;
    const termEnd = member.record.termEnd && member.record.termEnd < election.date ? member.record.termEnd : election.date;
    const checked = checkForWrite('Member', { ...record, status: 'Former', termEnd }, policy);
    if (!checked.ok) {
      problems.push({ entity: 'member', id: String(member.id), field: 'status', message: `${name} was not marked as former: ${checked.problems.map((p) => p.message).join(' ')}` });
      continue;
    }
    const item = memberToItem(checked.value as never);
    memberOps.push({ kind: 'update', id: member.id, etag: member.etag, body: Object.fromEntries(columnsOf('members', ['status', 'termEnd']).map((c) => [c, item[c]])) });
  }
  const membershipOps: WriteOp[] = election.ending.map(({ membership }) => {
    const item = membershipToItem({ ...membership.record, endDate: election.date } as never, '');
    return { kind: 'update', id: membership.id, etag: membership.etag, body: Object.fromEntries(columnsOf('memberships', ['endDate']).map((c) => [c, item[c]])) };
  });
  const memberResults = await writeInBatches(sp, LIST_TITLES.members, { one: 'member', many: 'members' }, memberOps);
  const membershipResults = await writeInBatches(sp, LIST_TITLES.memberships, { one: 'membership', many: 'memberships' }, membershipOps);
  memberResults.forEach((r, i) => !r.ok && problems.push({ entity: 'member', id: String((memberOps[i] as { id: number }).id), field: 'status', message: r.error ?? 'not written' }));
  membershipResults.forEach((r, i) => !r.ok && problems.push({ entity: 'membership', id: String((membershipOps[i] as { id: number }).id), field: 'endDate', message: r.error ?? 'not written' }));
  return { markedFormer: memberResults.filter((r) => r.ok).length, membershipsEnded: membershipResults.filter((r) => r.ok).length };
}

export async function applyElection(sp: SPFI, election: ElectionPlan, site: SiteData): Promise<ElectionResult> {
  const policy = policyFor(site, election.import);
  const imported = await writePlan(sp, election.import, policy);
  const problems = [...election.problems];
  const retired = await retire(sp, election, policy, problems, site.zone);
  return { imported, ...retired, problems: [...problems, ...imported.problems] };
}

/** Thrown when a CSV election is applied while rows of the file have problems. */
export class ElectionRefused extends Error {}

export async function applyCsvElection(sp: SPFI, election: ElectionPlan<CsvPlan>, site: SiteData): Promise<ElectionResult<CsvWriteSummary>> {
  if (election.refused) throw new ElectionRefused(election.refused);
  const policy = policyFor(site);
  const imported = await writeCsvPlan(sp, election.import);
  const problems = [...election.problems];
  const retired = await retire(sp, election, policy, problems, site.zone);
  return { imported, ...retired, problems };
}
