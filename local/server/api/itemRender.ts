/**
 * Turns item rows into SharePoint's JSON: $select/$expand planning (lookups, people, ParentList)
 * and rendering in the minimal-metadata shape (format.ts derives verbose and nometadata).
 */
import { Errors } from '../http/errors';
import type { Json, JsonObject } from '../http/format';
import { entityName, exposedNames, FieldDef, isUserKind } from '../schema/fields';
import type { ListMeta, Store } from '../store/db';
import type { Row } from '../store/items';
import { q } from '../store/sqlite';
import { renderValue } from '../store/values';
import type { UserDirectory } from './users';
import { uniqueItems } from './securityState';

interface ExpandPlan {
  field: FieldDef;
  subs: Set<string>; // projected property names as requested
}

export interface ReadPlan {
  all: boolean;
  props: Set<string>; // exposed property names (canonical)
  expands: Map<string, ExpandPlan>;
  parentList: string[] | null; // sub-paths of ParentList, when expanded
}

const FIXED_PROPS = ['FileSystemObjectType', 'Id', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ContentTypeId', 'ComplianceAssetId', 'OData__UIVersionString'];
/** Properties every item has but SharePoint sends only when $select names them. */
const SELECT_ONLY = ['FileRef', 'FileLeafRef', 'FileDirRef', 'FSObjType', 'EncodedAbsUrl', 'CheckoutUserId', 'HasUniqueRoleAssignments'];
const USER_PROJECTIONS = ['Id', 'ID', 'Title', 'EMail', 'Name', 'UserName', 'FirstName', 'LastName', 'JobTitle', 'Department', 'Office', 'WorkPhone', 'MobilePhone', 'SipAddress', 'Picture'];

const selectError = (path: string, head: string) =>
  Errors.badRequest(`The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
    '-1, Microsoft.SharePoint.SPException');

export function compileReadPlan(store: Store, list: ListMeta, select: string[] | null, expand: string[]): ReadPlan {
  const plan: ReadPlan = { all: !select || select.length === 0 || select.includes('*'), props: new Set(), expands: new Map(), parentList: null };
  const lookupField = (name: string): FieldDef | undefined => {
    const f = list.byName.get(name.toLowerCase());
    return f && (f.kind === 'Lookup' || f.kind === 'LookupMulti' || isUserKind(f.kind)) ? f : undefined;
  };
  for (const e of expand) {
    const [head] = e.split('/');
    if (head.toLowerCase() === 'parentlist') {
      plan.parentList = plan.parentList ?? [];
      continue;
    }
    const f = lookupField(head);
    if (!f) throw Errors.fieldNotFound(head);
    if (!plan.expands.has(f.name)) plan.expands.set(f.name, { field: f, subs: new Set() });
  }
  const exposed = new Map<string, string>();
  for (const f of list.fields) for (const n of exposedNames(f)) exposed.set(n.toLowerCase(), n);
  for (const p of [...FIXED_PROPS, ...SELECT_ONLY]) exposed.set(p.toLowerCase(), p);
  for (const path of select ?? []) {
    if (path === '*') continue;
    const [head, ...rest] = path.split('/');
    if (rest.length > 0) {
      if (head.toLowerCase() === 'parentlist') {
        if (!plan.parentList) throw selectError(path, head);
        plan.parentList.push(rest.join('/'));
        continue;
      }
      const f = lookupField(head);
      if (!f) throw Errors.fieldNotFound(head);
      const ex = plan.expands.get(f.name);
      if (!ex) throw selectError(path, head);
      const sub = rest.join('/');
      if (isUserKind(f.kind)) {
        if (!USER_PROJECTIONS.some((u) => u.toLowerCase() === sub.toLowerCase())) throw Errors.fieldNotFound(sub);
      } else {
        const target = f.lookupList ? store.listById(f.lookupList) : undefined;
        const tf = target?.byName.get(sub.toLowerCase());
        if (!sub.match(/^id$/i) && (!tf || tf.kind === 'Note' || tf.kind === 'LookupMulti' || tf.kind === 'MultiChoice')) throw Errors.fieldNotFound(sub);
      }
      ex.subs.add(sub);
      continue;
    }
    const canonical = exposed.get(head.toLowerCase());
    if (canonical) {
      plan.props.add(canonical);
      continue;
    }
    const f = lookupField(head);
    if (f) {
      if (!plan.expands.has(f.name)) throw selectError(path, head);
      continue;
    }
    if (head.toLowerCase() === 'parentlist' && plan.parentList) continue;
    throw Errors.fieldNotFound(head);
  }
  return plan;
}

export interface RenderEnv {
  store: Store;
  users: UserDirectory;
  list: ListMeta;
  siteUrl: string;
  siteRelative: string;
  webId: string;
}

/** Loads the rows an expanded lookup points at, in chunks, keyed by ID. */
function loadTargets(env: RenderEnv, rows: Row[], ex: ExpandPlan): Map<number, Row> {
  const ids = new Set<number>();
  const col = ex.field.column!;
  for (const r of rows) {
    const v = r[col];
    if (v === null || v === undefined) continue;
    if (ex.field.kind === 'LookupMulti' || ex.field.kind === 'UserMulti') for (const id of JSON.parse(String(v)) as number[]) ids.add(id);
    else ids.add(Number(v));
  }
  const out = new Map<number, Row>();
  if (isUserKind(ex.field.kind)) {
    for (const id of ids) {
      const u = env.users.byId(id);
      if (u) out.set(id, env.users.projection(u) as Row);
    }
    return out;
  }
  const target = ex.field.lookupList ? env.store.listById(ex.field.lookupList) : undefined;
  if (!target) return out;
  const all = [...ids];
  for (let i = 0; i < all.length; i += 500) {
    const chunk = all.slice(i, i + 500);
    const found = env.store.db.prepare(`SELECT * FROM ${q(target.table)} WHERE ID IN (${chunk.map(() => '?').join(',')})`).all(...chunk);
    for (const r of found) out.set(Number(r.ID), r);
  }
  return out;
}

function projectTarget(env: RenderEnv, ex: ExpandPlan, id: number, row: Row | undefined): JsonObject | null {
  if (!row) return null;
  const user = isUserKind(ex.field.kind);
  const target = user ? undefined : env.store.listById(ex.field.lookupList!);
  const obj: JsonObject = { 'odata.type': user ? 'SP.Data.UserInfoItem' : target!.entityType, 'odata.id': `${ex.field.name}/${id}` };
  const subs = ex.subs.size > 0 ? [...ex.subs] : user ? ['Id', 'Title', 'EMail', 'Name'] : ['Id', 'Title'];
  for (const s of subs) {
    if (/^id$/i.test(s)) obj[s === 'ID' ? 'ID' : 'Id'] = id;
    else if (user) {
      const key = USER_PROJECTIONS.find((u) => u.toLowerCase() === s.toLowerCase())!;
      obj[key] = row[key] as Json;
    } else {
      const tf = target!.byName.get(s.toLowerCase())!;
      for (const n of exposedNames(tf)) obj[n] = tf.column ? renderValue(tf, tf.kind === 'Lookup' ? row[tf.column] : row[tf.column]) : null;
    }
  }
  return obj;
}

/** FileRef and friends: a document's or folder's own URL, else SharePoint's path for a list item (<list>/<id>_.000). */
function fileProps(env: RenderEnv, row: Row): Array<[string, Json]> {
  const root = `${env.siteRelative}/${env.list.url}`;
  const ref = row._FileRef ? String(row._FileRef) : `${root}/${row.ID}_.000`;
  const dir = ref.slice(0, ref.lastIndexOf('/'));
  return [['FileRef', ref], ['FileLeafRef', ref.slice(dir.length + 1)], ['FileDirRef', dir], ['FSObjType', Number(row._FSObjType ?? 0)],
    ['EncodedAbsUrl', `${new URL(env.siteUrl).origin}${encodeURI(ref)}`], ['CheckoutUserId', row._CheckoutUser === null || row._CheckoutUser === undefined ? null : Number(row._CheckoutUser)]];
}

function itemProps(env: RenderEnv, row: Row): Array<[string, Json]> {
  const { list } = env;
  const out: Array<[string, Json]> = [
    ['FileSystemObjectType', Number(row._FSObjType ?? 0)], ['Id', Number(row.ID)], ['ServerRedirectedEmbedUri', null], ['ServerRedirectedEmbedUrl', ''],
    ['ContentTypeId', `0x0100${list.id.replace(/-/g, '').toUpperCase()}`],
  ];
  const custom: Array<[string, Json]> = [];
  for (const f of list.fields) {
    if (f.builtIn && f.name !== 'Title') continue;
    const v = renderValue(f, row[f.column!]);
    if (f.kind === 'User' || f.kind === 'UserMulti') {
      custom.push([`${entityName(f.name)}Id`, v], [`${entityName(f.name)}StringId`, Array.isArray(v) ? v.map(String) : v === null ? null : String(v)]);
    } else if (f.kind === 'Lookup' || f.kind === 'LookupMulti') custom.push([`${entityName(f.name)}Id`, v]);
    else custom.push([entityName(f.name), v]);
  }
  out.push(custom[0], ['ComplianceAssetId', null], ...custom.slice(1));
  out.push(['ID', Number(row.ID)], ['Modified', String(row.Modified)], ['Created', String(row.Created)],
    ['AuthorId', Number(row.Author)], ['EditorId', Number(row.Editor)], ['OData__UIVersionString', `${row._Version}.0`],
    ['Attachments', Number(row._Attachments) > 0], ['GUID', String(row.GUID)]);
  return out;
}

function parentListObject(env: RenderEnv): JsonObject {
  const { list, siteUrl, siteRelative } = env;
  return {
    Id: list.id, Title: list.title,
    RootFolder: { ServerRelativeUrl: `${siteRelative}/${list.url}`, ServerRelativePath: { DecodedUrl: `${siteRelative}/${list.url}` }, UniqueId: list.id },
    ParentWeb: { Id: env.webId, Url: siteUrl, ServerRelativeUrl: siteRelative, ServerRelativePath: { DecodedUrl: siteRelative } },
  };
}

function pickPath(obj: JsonObject, path: string, into: JsonObject): void {
  const [head, ...rest] = path.split('/');
  const key = Object.keys(obj).find((k) => k.toLowerCase() === head.toLowerCase());
  if (!key) return;
  if (rest.length === 0) into[key] = obj[key];
  else if (obj[key] && typeof obj[key] === 'object') {
    into[key] = (into[key] as JsonObject) ?? {};
    pickPath(obj[key] as JsonObject, rest.join('/'), into[key] as JsonObject);
  }
}

export function renderItems(env: RenderEnv, rows: Row[], plan: ReadPlan): JsonObject[] {
  const targets = new Map([...plan.expands.values()].map((ex) => [ex.field.name, loadTargets(env, rows, ex)]));
  const unique = plan.props.has('HasUniqueRoleAssignments') ? new Set(uniqueItems(env.store, env.list)) : undefined;
  return rows.map((row) => {
    const id = Number(row.ID);
    const entity: JsonObject = {
      'odata.type': env.list.entityType,
      'odata.id': `${row.GUID}`,
      'odata.etag': `"${row._Version}"`,
      'odata.editLink': `Web/Lists(guid'${env.list.id}')/Items(${id})`,
    };
    for (const [k, v] of itemProps(env, row)) if (plan.all || plan.props.has(k)) entity[k] = v;
    for (const [k, v] of fileProps(env, row)) if (plan.props.has(k)) entity[k] = v;
    if (unique) entity.HasUniqueRoleAssignments = unique.has(id);
    for (const ex of plan.expands.values()) {
      const found = targets.get(ex.field.name)!;
      const raw = row[ex.field.column!];
      if (ex.field.kind === 'LookupMulti' || ex.field.kind === 'UserMulti') {
        const ids = raw === null || raw === undefined ? [] : (JSON.parse(String(raw)) as number[]);
        entity[ex.field.name] = ids.map((i) => projectTarget(env, ex, i, found.get(i))).filter((x): x is JsonObject => x !== null);
      } else entity[ex.field.name] = raw === null || raw === undefined ? null : projectTarget(env, ex, Number(raw), found.get(Number(raw)));
    }
    if (plan.parentList) {
      const full = parentListObject(env);
      if (plan.parentList.length === 0) entity.ParentList = { Id: full.Id, Title: full.Title };
      else {
        const picked: JsonObject = {};
        for (const p of plan.parentList) pickPath(full, p, picked);
        entity.ParentList = picked;
      }
    }
    return entity;
  });
}
