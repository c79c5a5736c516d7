/**
 * Writing an import plan: every record checked first (./validate: the channel write schemas and
 * the neutrality screen), then only the valid ones written, in batches, list by list in the order
 * the lookups need (Wards, Political Groups and Bodies before Members, Members before
 * Memberships). Updates send only the columns that change, with the ETag read, so a record someone
 * edited in the meantime is left alone and reported. The summary says what was and was not written.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import type { ChannelPolicy } from '../../domain/neutrality/channelSchemas';
import { LIST_TITLES, LISTS, MODERNGOV_ID_COLUMN, wireName, type ListKey } from '../lists';
import { entityMappers, type SpItem } from '../mappers';
import { ConcurrencyError, PermissionError, type RecordNoun } from '../writes';
import type { Plan } from '../sync/plan';
import type { ImportProblem, ProblemEntity } from './moderngov/council';
import type { ImportPlan, Ref } from './plan';
import type { SiteRecord } from './site';
import { checkForWrite, type ImportEntity } from './validate';

export interface ListWrites {
  created: number;
  updated: number;
  /** Changes planned but not written (invalid, refused by SharePoint, or changed meanwhile). */
  notWritten: number;
}

export interface WriteSummary {
  wards: ListWrites;
  groups: ListWrites;
  bodies: ListWrites;
  members: ListWrites;
  memberships: ListWrites;
  /** Why each record or field was not written, by record and field. */
  problems: ImportProblem[];
}

/** One write: a new item, or the changed columns of an existing one. */
export type WriteOp = { kind: 'create'; body: SpItem; ref?: string } | { kind: 'update'; id: number; etag: string; body: SpItem };

export interface OpResult {
  ok: boolean;
  id?: number;
  error?: string;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

/** Runs writes to one list in $batch requests; a failing write fails only itself. */
export async function writeInBatches(sp: SPFI, listTitle: string, noun: RecordNoun, ops: readonly WriteOp[], batchSize = 100): Promise<OpResult[]> {
  const results: OpResult[] = [];
  for (let i = 0; i < ops.length; i += batchSize) {
    const chunk = ops.slice(i, i + batchSize);
    const [batched, execute] = sp.batched();
    // A fresh chain per request: PnPjs's batching waits forever on two requests made from one object.
    const items = () => batched.web.lists.getByTitle(listTitle).items;
    const pending = chunk.map((op) =>
      op.kind === 'create' ? items().add(op.body).then((added: Record<string, unknown>) => Number(added.Id ?? added.ID)) : items().getById(op.id).update(op.body, op.etag).then(() => op.id)
    );
    const settled = Promise.allSettled(pending);
    await execute();
    for (const r of await settled) {
      if (r.status === 'fulfilled') results.push({ ok: true, id: r.value });
      else {
        const s = statusOf(r.reason);
        const error = s === 412 ? new ConcurrencyError(noun.one).message : s === 403 ? new PermissionError(noun, listTitle).message : (r.reason as Error).message;
        results.push({ ok: false, error });
      }
    }
  }
  return results;
}

/** The columns that carry the given domain fields (lookups as <Name>Id). */
export function columnsOf(key: ListKey, fields: readonly string[]): string[] {
  const defs = LISTS[key].fields as Record<string, { name: string; kind: string }>;
  return fields.filter((f) => defs[f]).map((f) => wireName(defs[f] as never));
}

/** The named columns of an item body (an update sends only the columns that change). */
export function pick(body: SpItem, columns: readonly string[]): SpItem {
  return Object.fromEntries(columns.filter((c) => c in body).map((c) => [c, body[c]]));
}

interface ListSpec<I> {
  key: ListKey;
  entity: ImportEntity;
  problemEntity: ProblemEntity;
  noun: RecordNoun;
  plan: Plan<SiteRecord<object>, I>;
  keyOf(i: I): string;
  labelOf(i: I): string;
  /** The record to create; undefined leaves it out (reported by the caller). */
  createValue(i: I): Record<string, unknown> | undefined;
  toItem(value: Record<string, unknown>, i: I): SpItem;
  /** Columns an update always sends alongside the changed ones (e.g. the Title label of a renamed member). */
  alsoUpdate?(changed: readonly string[]): string[];
  externalId?(i: I): string;
  resolve(value: unknown): unknown;
}

async function writeList<I>(sp: SPFI, spec: ListSpec<I>, policy: ChannelPolicy, problems: ImportProblem[], created: Map<string, number>): Promise<ListWrites> {
  const out: ListWrites = { created: 0, updated: 0, notWritten: 0 };
  const ops: WriteOp[] = [];
  const meta: Array<{ key: string; label: string; ref?: string }> = [];
  const report = (key: string, fieldName: string, message: string): void => void problems.push({ entity: spec.problemEntity, id: key, field: fieldName, message });
  for (const i of spec.plan.create) {
    const raw = spec.createValue(i);
    if (!raw) {
      out.notWritten++;
      continue;
    }
    const checked = checkForWrite(spec.entity, raw, policy);
    for (const p of checked.problems) report(spec.keyOf(i), p.field, `${spec.labelOf(i)}: ${p.message}${checked.ok ? ' That field was left blank.' : ''}`);
    if (!checked.ok) {
      report(spec.keyOf(i), '', `${spec.labelOf(i)} was not created.`);
      out.notWritten++;
      continue;
    }
    const body = spec.toItem(checked.value, i);
    if (spec.externalId) body[MODERNGOV_ID_COLUMN] = spec.externalId(i);
    ops.push({ kind: 'create', body });
    meta.push({ key: spec.keyOf(i), label: spec.labelOf(i), ref: spec.externalId ? `${spec.key}:${spec.keyOf(i)}` : undefined });
  }
  for (const u of spec.plan.update) {
    const changes: Record<string, unknown> = {};
    for (const c of u.changes) {
      const to = spec.resolve(c.to);
      // A lookup to a record that could not be created is left as it is.
      if (to === undefined && c.to !== undefined) report(spec.keyOf(u.incoming), c.field, `${spec.labelOf(u.incoming)}: ${c.field} was not changed, because what it points to was not created.`);
      else changes[c.field] = to;
    }
    const merged = { ...strip(u.existing.record as Record<string, unknown>), ...changes };
    const checked = checkForWrite(spec.entity, merged, policy);
    const refused = new Set(checked.problems.map((p) => p.field));
    for (const p of checked.problems.filter((x) => x.field in changes || !checked.ok)) report(spec.keyOf(u.incoming), p.field, `${spec.labelOf(u.incoming)}: ${p.message}`);
    if (!checked.ok) {
      out.notWritten++;
      continue;
    }
    const fields = Object.keys(changes).filter((f) => !refused.has(f));
    const full = spec.toItem(checked.value, u.incoming);
    const body = pick(full, [...columnsOf(spec.key, fields), ...(spec.alsoUpdate?.(fields) ?? [])]);
    if (spec.externalId && u.matchedBy === 'fallback') body[MODERNGOV_ID_COLUMN] = spec.externalId(u.incoming);
    if (Object.keys(body).length === 0) continue;
    ops.push({ kind: 'update', id: u.existing.id, etag: u.existing.etag, body });
    meta.push({ key: spec.keyOf(u.incoming), label: spec.labelOf(u.incoming) });
  }
  const results = await writeInBatches(sp, LIST_TITLES[spec.key], spec.noun, ops);
  results.forEach((r, n) => {
    const op = ops[n];
    if (!r.ok) {
      out.notWritten++;
      report(meta[n].key, '', `${meta[n].label} was not ${op.kind === 'create' ? 'created' : 'updated'}: ${r.error}`);
      return;
    }
    if (op.kind === 'create') {
      out.created++;
      if (meta[n].ref && r.id) created.set(meta[n].ref as string, r.id);
    } else out.updated++;
  });
  return out;
}

/**
 * A photo on another site is held as SharePoint's image columns hold one: the server and the path
 * apart (`serverUrl` + `serverRelativeUrl`), which is how the mappers read it back.
 */
export function withPhoto(item: SpItem, url: unknown): SpItem {
  if (typeof url !== 'string' || url.startsWith('/')) return item;
  const u = new URL(url);
  const path = `${u.pathname}${u.search}`;
  return { ...item, Photo: JSON.stringify({ type: 'thumbnail', fileName: decodeURIComponent(u.pathname.split('/').pop() ?? ''), serverUrl: u.origin, serverRelativeUrl: path }) };
}

const strip = (record: Record<string, unknown>): Record<string, unknown> => {
  const rest = { ...record };
  delete rest.id;
  return rest;
};

export async function writePlan(sp: SPFI, plan: ImportPlan, policy: ChannelPolicy): Promise<WriteSummary> {
  // Date-only values are written as the site's midnight, by the site's own time zone.
  const { wardToItem, politicalGroupToItem, bodyToItem, memberToItem, membershipToItem } = entityMappers(plan.zone);
  const problems: ImportProblem[] = [];
  const created = new Map<string, number>();
  /** `new:ward:X` → the id of the ward just created (undefined if it was not). */
  const resolve = (value: unknown): unknown => {
    if (typeof value !== 'string' || !value.startsWith('new:')) return value;
    const [, list, ...rest] = value.split(':');
    const listKey = list === 'ward' ? 'wards' : list === 'group' ? 'politicalGroups' : list === 'member' ? 'members' : 'bodies';
    return created.get(`${listKey}:${rest.join(':')}`);
  };
  const common = { resolve };

  const wards = await writeList(sp, { ...common, key: 'wards', entity: 'Ward', problemEntity: 'ward', noun: { one: 'ward', many: 'wards' }, plan: plan.wards, keyOf: (i) => i.key, labelOf: (i) => i.title, createValue: (i) => ({ title: i.title, seats: i.seats }), toItem: (v) => wardToItem(v as never), externalId: (i) => i.key }, policy, problems, created);
  const groups = await writeList(sp, { ...common, key: 'politicalGroups', entity: 'PoliticalGroup', problemEntity: 'group', noun: { one: 'political group', many: 'political groups' }, plan: plan.groups, keyOf: (i) => i.key, labelOf: (i) => i.name, createValue: (i) => ({ name: i.name, aliases: i.aliases }), toItem: (v) => politicalGroupToItem(v as never), externalId: (i) => i.key }, policy, problems, created);
  const bodies = await writeList(sp, { ...common, key: 'bodies', entity: 'Body', problemEntity: 'body', noun: { one: 'body', many: 'bodies' }, plan: plan.bodies, keyOf: (i) => i.key, labelOf: (i) => i.title, createValue: (i) => ({ title: i.title, kind: i.kind }), toItem: (v) => bodyToItem(v as never), externalId: (i) => i.key }, policy, problems, created);

  const memberValue = (values: Record<string, unknown>, key: string, label: string): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      const r = resolve(v);
      if (r === undefined && v !== undefined) problems.push({ entity: 'member', id: key, field: k, message: `${label}: the ${k === 'wardId' ? 'ward' : 'political group'} was not created, so it was not set.` });
      if (r !== undefined) out[k] = r;
    }
    return out;
  };
  const members = await writeList(sp, {
    ...common,
    key: 'members',
    entity: 'Member',
    problemEntity: 'member',
    noun: { one: 'member', many: 'members' },
    plan: plan.members,
    keyOf: (i) => i.key,
    labelOf: (i) => i.label,
    // A new member's home address is never written: publishing it is their choice.
    createValue: (i) => ({ ...memberValue({ ...i.values, postalAddress: undefined }, i.key, i.label), publishPhone: true, publishMobile: false, publishAddress: false, status: 'Current' }),
    toItem: (v) => withPhoto(memberToItem(v as never), v.photoUrl),
    alsoUpdate: (changed) => (changed.some((f) => ['givenName', 'familyName', 'preferredName'].includes(f)) ? ['Title'] : []),
    externalId: (i) => i.key
  }, policy, problems, created);

  const memberships = await writeList(sp, {
    ...common,
    key: 'memberships',
    entity: 'Membership',
    problemEntity: 'membership',
    noun: { one: 'membership', many: 'memberships' },
    plan: plan.memberships,
    keyOf: (i) => i.key,
    labelOf: (i) => `${i.memberName} – ${i.role}, ${i.bodyTitle}`,
    createValue: (i) => {
      const memberId = resolve(i.memberId);
      const bodyId = resolve(i.bodyId);
      if (memberId === undefined || bodyId === undefined) {
        problems.push({ entity: 'membership', id: i.key, field: memberId === undefined ? 'memberId' : 'bodyId', message: `${i.memberName} – ${i.role}, ${i.bodyTitle}: the ${memberId === undefined ? 'member' : 'body'} was not created, so the membership was not.` });
        return undefined;
      }
      return { memberId, bodyId, role: i.role, postTitle: i.postTitle, portfolio: i.portfolio };
    },
    toItem: (v, i) => membershipToItem(v as never, `${i.memberName} – ${i.bodyTitle}`)
  }, policy, problems, created);

  return { wards, groups, bodies, members, memberships, problems };
}

/** Which refs a plan would create, for callers that need ids written (tests, the election action). */
export function isNewRef(ref: Ref): ref is string {
  return typeof ref === 'string' && ref.startsWith('new:');
}
