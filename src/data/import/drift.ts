/**
 * The drift report: where SharePoint and ModernGov disagree, read from an import plan without
 * writing anything. Per member, every field that differs (with both values); members in one and
 * not the other; memberships that differ; posts that map onto no membership. Stored as a JSON file
 * in the site's Site Assets library, so that the web part can show Democratic Services the last one.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { FIELD_REGISTRY } from '../../domain/neutrality/registry';
import { memberDisplayName } from '../../domain/model';
import { z } from 'zod';
import type { ImportProblem, ProblemEntity } from './moderngov/council';
import type { ImportPlan, Ref } from './plan';
import type { UnmappedPost } from './memberships';
import type { SiteData } from './site';

export interface FieldDrift {
  field: string;
  /** The field as Democratic Services know it ("Council email"). */
  label: string;
  sharePoint: string;
  modernGov: string;
}

export interface DriftReport {
  kind: 'moderngov-drift';
  version: 1;
  source: string;
  /** When the comparison was made (ISO date and time). */
  generated: string;
  members: {
    differ: Array<{ id: number; moderngovId: string; name: string; fields: FieldDrift[] }>;
    onlyInModernGov: Array<{ moderngovId: string; name: string; ward?: string }>;
    onlyInSharePoint: Array<{ id: number; name: string }>;
  };
  memberships: {
    differ: Array<{ id: number; member: string; body: string; role: string; fields: FieldDrift[] }>;
    onlyInModernGov: Array<{ member: string; body: string; role: string; post?: string }>;
    onlyInSharePoint: Array<{ id: number; member: string; body: string; role: string; post?: string }>;
  };
  /** Wards, bodies and groups ModernGov has that SharePoint lacks, or that differ. */
  other: Array<{ list: string; name: string; change: string }>;
  /** keyposts that are not memberships: visible here, never lost. */
  posts: UnmappedPost[];
  vacancies: number;
  problems: ImportProblem[];
}

const BLANK = '(blank)';

function labelOf(entity: 'Member' | 'Membership', field: string): string {
  const spec = (FIELD_REGISTRY[entity] as Record<string, { label: string } | undefined>)[field];
  return spec?.label ?? field;
}

export function buildDriftReport(plan: ImportPlan, site: SiteData, generated: string): DriftReport {
  const wardTitle = new Map<Ref, string>(site.wards.map((w) => [w.id, w.record.title]));
  for (const w of plan.wards.create) wardTitle.set(`new:ward:${w.key}`, `${w.title} (not yet in SharePoint)`);
  const groupName = new Map<Ref, string>(site.groups.map((g) => [g.id, g.record.name]));
  for (const g of plan.groups.create) groupName.set(`new:group:${g.key}`, `${g.name} (not yet in SharePoint)`);
  const memberName = new Map<number, string>(site.members.map((m) => [m.id, memberDisplayName(m.record)]));
  const bodyTitle = new Map<number, string>(site.bodies.map((b) => [b.id, b.record.title]));
  const show = (field: string, v: unknown): string => {
    if (v === undefined || v === null || v === '') return field === 'politicalGroupId' && v === null ? 'no group' : BLANK;
    if (field === 'wardId') return wardTitle.get(v as Ref) ?? String(v);
    if (field === 'politicalGroupId') return groupName.get(v as Ref) ?? String(v);
    return Array.isArray(v) ? v.join(', ') : String(v);
  };
  const fieldsOf = (entity: 'Member' | 'Membership', changes: Array<{ field: string; from: unknown; to: unknown }>): FieldDrift[] =>
    changes.map((c) => ({ field: c.field, label: labelOf(entity, c.field), sharePoint: show(c.field, c.from), modernGov: show(c.field, c.to) }));

  const other: DriftReport['other'] = [
    ...plan.wards.create.map((w) => ({ list: 'Wards', name: w.title, change: 'in ModernGov, not in SharePoint' })),
    ...plan.wards.update.filter((u) => u.changes.length).map((u) => ({ list: 'Wards', name: u.existing.record.title, change: u.changes.map((c) => `${c.field}: ${show(c.field, c.from)} → ${show(c.field, c.to)}`).join('; ') })),
    ...plan.bodies.create.map((b) => ({ list: 'Bodies', name: b.title, change: 'in ModernGov, not in SharePoint' })),
    ...plan.bodies.update.filter((u) => u.changes.length).map((u) => ({ list: 'Bodies', name: u.existing.record.title, change: u.changes.map((c) => `${c.field}: ${show(c.field, c.from)} → ${show(c.field, c.to)}`).join('; ') })),
    ...plan.groups.create.map((g) => ({ list: 'Political Groups', name: g.name, change: 'in ModernGov, not in SharePoint' })),
    ...plan.groups.update.filter((u) => u.changes.length).map((u) => ({ list: 'Political Groups', name: u.existing.record.name, change: `other names to add: ${u.incoming.aliases.filter((a) => !(u.existing.record.aliases ?? []).includes(a)).join(', ')}` }))
  ];
  return {
    kind: 'moderngov-drift',
    version: 1,
    source: plan.source,
    generated,
    members: {
      differ: plan.members.update
        .filter((u) => u.changes.length > 0)
        .map((u) => ({ id: u.existing.id, moderngovId: u.incoming.key, name: memberDisplayName(u.existing.record), fields: fieldsOf('Member', u.changes) })),
      onlyInModernGov: plan.members.create.map((m) => ({ moderngovId: m.key, name: m.label, ward: m.values.wardId === undefined ? undefined : show('wardId', m.values.wardId) })),
      onlyInSharePoint: plan.members.missing.filter((m) => m.record.status !== 'Former').map((m) => ({ id: m.id, name: memberDisplayName(m.record) }))
    },
    memberships: {
      differ: plan.memberships.update
        .filter((u) => u.changes.length > 0)
        .map((u) => ({ id: u.existing.id, member: u.incoming.memberName, body: u.incoming.bodyTitle, role: u.incoming.role, fields: fieldsOf('Membership', u.changes) })),
      onlyInModernGov: plan.memberships.create.map((m) => ({ member: m.memberName, body: m.bodyTitle, role: m.role, post: m.postTitle ?? m.portfolio })),
      onlyInSharePoint: plan.membershipsNotInModernGov.map((m) => ({
        id: m.id,
        member: memberName.get(m.record.memberId) ?? String(m.record.memberId),
        body: bodyTitle.get(m.record.bodyId) ?? String(m.record.bodyId),
        role: m.record.role,
        post: m.record.postTitle ?? m.record.portfolio
      }))
    },
    other,
    posts: plan.unmappedPosts,
    vacancies: plan.vacancies,
    problems: plan.problems
  };
}

export function formatDriftReport(r: DriftReport): string {
  const lines: string[] = [`Differences between SharePoint and ModernGov (${r.source}), ${r.generated.slice(0, 16).replace('T', ' ')}`, ''];
  const section = (title: string, rows: string[]): void => {
    if (rows.length === 0) return;
    lines.push(`${title} (${rows.length})`, ...rows.map((x) => `  ${x}`), '');
  };
  section(
    'Members whose details differ',
    r.members.differ.flatMap((m) => [`${m.name} (ModernGov ${m.moderngovId}):`, ...m.fields.map((f) => `  ${f.label}: SharePoint "${f.sharePoint}", ModernGov "${f.modernGov}"`)])
  );
  section('Members in ModernGov, not in SharePoint', r.members.onlyInModernGov.map((m) => `${m.name}${m.ward ? `, ${m.ward}` : ''} (ModernGov ${m.moderngovId})`));
  section('Current members in SharePoint, not in ModernGov', r.members.onlyInSharePoint.map((m) => `${m.name} (item ${m.id})`));
  section(
    'Memberships that differ',
    r.memberships.differ.map((m) => `${m.member}, ${m.role}, ${m.body}: ${m.fields.map((f) => `${f.label} SharePoint "${f.sharePoint}", ModernGov "${f.modernGov}"`).join('; ')}`)
  );
  section('Memberships in ModernGov, not in SharePoint', r.memberships.onlyInModernGov.map((m) => `${m.member}, ${m.role}, ${m.body}${m.post ? ` (${m.post})` : ''}`));
  section('Memberships in SharePoint, not in ModernGov', r.memberships.onlyInSharePoint.map((m) => `${m.member}, ${m.role}, ${m.body}${m.post ? ` (${m.post})` : ''} (item ${m.id})`));
  section('Wards, bodies and groups', r.other.map((o) => `${o.list}: ${o.name}: ${o.change}`));
  section('Posts in ModernGov that are not memberships', r.posts.map((p) => `${p.member}: "${p.post}" (${p.reason})`));
  section('Problems in the ModernGov data', r.problems.map((p) => `${p.entity} ${p.id}${p.field ? `, ${p.field}` : ''}: ${p.message}`));
  const none = r.members.differ.length + r.members.onlyInModernGov.length + r.members.onlyInSharePoint.length + r.memberships.differ.length + r.memberships.onlyInModernGov.length + r.memberships.onlyInSharePoint.length + r.other.length === 0;
  lines.push(none ? 'SharePoint and ModernGov agree.' : 'Run the import without --report to bring SharePoint in step (try --dry-run first).');
  return lines.join('\n') + '\n';
}

/** The file in Site Assets that holds the last drift report. */
export const DRIFT_REPORT_FILE = 'moderngov-drift-report.json';

export async function saveDriftReport(sp: SPFI, report: DriftReport): Promise<string> {
  const library = await sp.web.lists.ensureSiteAssetsLibrary();
  const added = await library.rootFolder.files.addUsingPath(DRIFT_REPORT_FILE, JSON.stringify(report, null, 2), { Overwrite: true });
  return (added as { ServerRelativeUrl?: string }).ServerRelativeUrl ?? DRIFT_REPORT_FILE;
}

const text = z.string();
const fieldDrift = z.object({ field: text, label: text, sharePoint: text, modernGov: text });
const PROBLEM_ENTITIES = ['source', 'ward', 'group', 'member', 'body', 'membership'] as const satisfies readonly ProblemEntity[];

/** The saved report, checked as it is read back: the file is the boundary between the command and the web part. */
export const driftReportSchema: z.ZodType<DriftReport> = z.object({
  kind: z.literal('moderngov-drift'),
  version: z.literal(1),
  source: text,
  generated: text,
  members: z.object({
    differ: z.array(z.object({ id: z.number(), moderngovId: text, name: text, fields: z.array(fieldDrift) })),
    onlyInModernGov: z.array(z.object({ moderngovId: text, name: text, ward: text.optional() })),
    onlyInSharePoint: z.array(z.object({ id: z.number(), name: text }))
  }),
  memberships: z.object({
    differ: z.array(z.object({ id: z.number(), member: text, body: text, role: text, fields: z.array(fieldDrift) })),
    onlyInModernGov: z.array(z.object({ member: text, body: text, role: text, post: text.optional() })),
    onlyInSharePoint: z.array(z.object({ id: z.number(), member: text, body: text, role: text, post: text.optional() }))
  }),
  other: z.array(z.object({ list: text, name: text, change: text })),
  posts: z.array(z.object({ memberKey: text, member: text, post: text, reason: text })),
  vacancies: z.number(),
  problems: z.array(z.object({ entity: z.enum(PROBLEM_ENTITIES), id: text, field: text, message: text }))
});

/** The file in Site Assets is there but is not a drift report this version can read. */
export class DriftReadError extends Error {
  public constructor() {
    super(`The last drift report (${DRIFT_REPORT_FILE} in Site Assets) could not be read: it is damaged, or from another version. Run the ModernGov report again (npm run import -- moderngov --report) to replace it.`);
    this.name = 'DriftReadError';
  }
}

/** The last report saved, or undefined if there is none yet. */
export async function readLastDriftReport(sp: SPFI): Promise<DriftReport | undefined> {
  const library = await sp.web.lists.ensureSiteAssetsLibrary();
  const folder = await library.rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  let body: string;
  try {
    body = await sp.web.getFileByServerRelativePath(`${folder.ServerRelativeUrl}/${DRIFT_REPORT_FILE}`).getText();
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new DriftReadError();
  }
  const parsed = driftReportSchema.safeParse(json);
  if (!parsed.success) throw new DriftReadError();
  return parsed.data;
}
