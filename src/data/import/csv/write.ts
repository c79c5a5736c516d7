/**
 * Writing a confirmed CSV plan: only its valid rows, in $batch requests, through the import's
 * write path (../write: a failing write fails only itself; an update sends only the columns that
 * change, with the ETag read for the dry run, so a record someone edited since is left alone and
 * reported). The summary says what was and was not written, by row.
 */
import type { SPFI } from '@pnp/sp';
import { LIST_TITLES } from '../../lists';
import { entityMappers, type EntityMappers, type SpItem } from '../../mappers';
import { columnsOf, pick, withPhoto, writeInBatches, type WriteOp } from '../write';
import { NOUNS, type CsvListKey } from './columns';
import type { CsvPlan, PendingWrite } from './plan';
import type { CsvProblem } from './rows';

export interface CsvWriteSummary {
  created: number;
  updated: number;
  unchanged: number;
  /** Rows not written: invalid, refused by SharePoint, or changed in SharePoint since the dry run. */
  notWritten: number;
  /** Why each row was not written, by row (and column, where one cell is the reason). */
  problems: CsvProblem[];
}

type Value = Record<string, unknown>;

/** The item body for a record, with the list's Title label where the list has one; dates by the site's zone. */
function itemOf(list: CsvListKey, v: Value, plan: CsvPlan, mappers: EntityMappers): SpItem {
  const { bodyToItem, liaisonOfficerToItem, memberToItem, membershipToItem, officerToItem } = mappers;
  switch (list) {
    case 'members':
      return withPhoto(memberToItem(v as never), v.photoUrl);
    case 'officers':
      return withPhoto(officerToItem(v as never), v.photoUrl);
    case 'bodies':
      return bodyToItem(v as never);
    case 'memberships':
      return membershipToItem(v as never, `${plan.titleOf('members', v.memberId)} – ${plan.titleOf('bodies', v.bodyId)}`);
    case 'liaisonOfficers':
      return liaisonOfficerToItem(v as never, `${plan.titleOf('officers', v.officerId)} – ${plan.titleOf('serviceAreas', v.serviceAreaId)}`);
  }
}

/** The fields whose change changes the list's Title label. */
const LABEL_FIELDS: Record<CsvListKey, readonly string[]> = {
  members: ['givenName', 'familyName', 'preferredName'],
  officers: ['givenName', 'familyName'],
  bodies: [],
  memberships: ['memberId', 'bodyId'],
  liaisonOfficers: ['officerId', 'serviceAreaId']
};

function opOf(plan: CsvPlan, w: PendingWrite, mappers: EntityMappers): WriteOp {
  const item = itemOf(plan.list, w.value, plan, mappers);
  if (w.kind === 'create') return { kind: 'create', body: item };
  const title = w.fields.some((f) => LABEL_FIELDS[plan.list].includes(f)) ? ['Title'] : [];
  return { kind: 'update', id: w.id as number, etag: w.etag as string, body: pick(item, [...columnsOf(plan.list, w.fields), ...title]) };
}

export async function writeCsvPlan(sp: SPFI, plan: CsvPlan, batchSize = 100): Promise<CsvWriteSummary> {
  const mappers = entityMappers(plan.zone);
  const ops = plan.writes.map((w) => opOf(plan, w, mappers));
  const results = await writeInBatches(sp, LIST_TITLES[plan.list], NOUNS[plan.list], ops, batchSize);
  const summary: CsvWriteSummary = { created: 0, updated: 0, unchanged: plan.counts.unchanged, notWritten: plan.counts.invalid, problems: [] };
  for (const r of plan.rows) if (r.outcome === 'invalid') summary.problems.push(...r.errors);
  results.forEach((r, i) => {
    const w = plan.writes[i];
    if (r.ok) {
      if (w.kind === 'create') summary.created++;
      else summary.updated++;
      return;
    }
    summary.notWritten++;
    summary.problems.push({ row: w.row, message: `${w.label} was not ${w.kind === 'create' ? 'added' : 'updated'}: ${r.error ?? 'SharePoint refused it.'}` });
  });
  summary.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return summary;
}
