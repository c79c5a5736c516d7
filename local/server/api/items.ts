/**
 * List items: read with $select/$filter/$expand/$orderby/$top and keyset paging via
 * odata.nextLink; add, update (MERGE with IF-Match), delete, versions, validateupdatelistitem.
 */
import { Errors, SpError } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, valueResponse } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { ListSql } from '../odata/sql';
import { entityName, FieldDef } from '../schema/fields';
import type { ListMeta } from '../store/db';
import { checkEtag, itemEtag, Row } from '../store/items';
import { q, SqlValue } from '../store/sqlite';
import { fromFormValue, renderValue, toColumn, WriteContext } from '../store/values';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { compileReadPlan, RenderEnv, renderItems } from './itemRender';
import { hasPerm, Perm } from './permissions';
import { readScopeSql } from './readSecurity';
import { forgetItem, uniqueItems } from './securityState';

const READ_ONLY = new Set(['id', 'guid', 'created', 'modified', 'authorid', 'editorid', 'attachments', 'odata__uiversionstring',
  'filesystemobjecttype', 'contenttypeid', 'serverredirectedembeduri', 'serverredirectedembedurl', 'compliancestassetid', 'complianceassetid']);

export const envFor = (app: AppContext, req: ApiRequest, list: ListMeta): RenderEnv => ({
  store: app.store, users: app.users, list, siteUrl: req.siteUrl, siteRelative: app.siteRelative, webId: app.webId,
});

function writeContext(app: AppContext): WriteContext & { ensureUser(login: string): number } {
  return {
    userExists: (id) => !!app.users.byId(id),
    timeZone: app.timeZone,
    ensureUser: (login) => app.users.ensure(login).id,
    lookupExists: (field, id) => {
      const target = field.lookupList ? app.store.listById(field.lookupList) : undefined;
      return !!target && !!app.items.get(target, id);
    },
  };
}

/** Columns that enforce unique values: SharePoint refuses a second item with the same value. */
function checkUnique(app: AppContext, list: ListMeta, values: Row, exceptId: number): void {
  for (const f of list.fields) {
    if (!f.enforceUnique || !f.column || !(f.column in values) || values[f.column] === null) continue;
    const clash = app.store.stmt(`SELECT ID FROM ${q(list.table)} WHERE ${q(f.column)} = ? AND ID <> ? LIMIT 1`).get(values[f.column], exceptId);
    if (clash) {
      throw new SpError(400, '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
        'The list item could not be added or updated because duplicate values were found in one or more fields in the list.');
    }
  }
}

/** Maps a JSON body ({"Title":…, "WardId":3, "WardsId":[1,2]}) to column values. */
export function columnsFromBody(app: AppContext, list: ListMeta, body: Record<string, unknown>): Row {
  const byExposed = new Map<string, FieldDef>();
  for (const f of list.fields) {
    if (f.builtIn && f.name !== 'Title') continue;
    const base = entityName(f.name).toLowerCase();
    if (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User' || f.kind === 'UserMulti') {
      byExposed.set(`${base}id`, f);
      if (f.kind === 'User' || f.kind === 'UserMulti') byExposed.set(`${base}stringid`, f);
    } else byExposed.set(base, f);
  }
  const row: Row = {};
  const ctx = writeContext(app);
  for (const [key, value] of Object.entries(body)) {
    const k = key.toLowerCase();
    if (key === '__metadata' || key.startsWith('odata.') || READ_ONLY.has(k)) continue;
    const f = byExposed.get(k);
    if (!f || !f.column) throw Errors.propertyNotFound(key, list.entityType);
    if (f.readOnly && !f.builtIn) throw Errors.badRequest(`The field '${f.name}' is read-only.`);
    const v = k.endsWith('stringid') && typeof value === 'string' ? Number(value) : value;
    row[f.column] = toColumn(f, v, ctx);
  }
  return row;
}

export function listItems(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const query = parseQuery(req.query);
  const plan = compileReadPlan(app.store, list, query.select, query.expand);
  const sql = new ListSql(app.store, list);
  const params: SqlValue[] = [];
  const where: string[] = [];
  // On a list where people read only their own items (ReadSecurity 2), the others are never fetched.
  const scope = readScopeSql(req, list);
  if (scope) {
    where.push(scope.where);
    params.push(...scope.params);
  }
  if (query.filter) where.push(sql.filter(query.filter, params));
  const order = sql.orderTargets(query.orderby);
  const requestedTop = query.top ?? 100;
  // the $top rule concerns an explicit $top; the default page (100) never trips it
  sql.checkThreshold({ filter: query.filter, orderby: query.orderby, top: query.top ?? 0, threshold: app.threshold, force: app.faults.forceThreshold });
  const top = Math.min(requestedTop, app.maxPageSize);
  const prev = !!query.skiptoken?.pagedPrev;
  if (query.skiptoken) {
    const ks = sql.keyset(order, query.skiptoken, params);
    if (ks) where.push(ks);
  }
  const orderSql = order.map((o) => `${o.expr} ${o.desc !== prev ? 'DESC' : 'ASC'}`).join(', ');
  const text = `SELECT * FROM ${q(list.table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${orderSql} LIMIT ?`;
  let rows = app.store.db.prepare(text).all(...params, top + 1);
  const more = rows.length > top;
  rows = rows.slice(0, top);
  // Items with permissions of their own that the user may not view are left out, as SharePoint trims them.
  const own = new Set(uniqueItems(app.store, list));
  if (own.size > 0) rows = rows.filter((r) => !own.has(Number(r.ID)) || hasPerm(req.perms(list, Number(r.ID)), Perm.ViewListItems));
  if (prev) rows.reverse();
  let nextLink: string | undefined;
  if (more && !prev && rows.length > 0) {
    const last = rows[rows.length - 1];
    const token = new URLSearchParams({ Paged: 'TRUE' });
    for (const o of order) if (o.name !== 'ID') token.set(`p_${o.name}`, last[o.target.field.column!] === null ? '' : String(last[o.target.field.column!]));
    token.set('p_ID', String(last.ID));
    const kept = query.params.filter(([k]) => k.toLowerCase() !== '$skiptoken');
    const qs = [['$skiptoken', token.toString()], ...kept].map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
    nextLink = `${req.url.origin}${req.url.pathname}?${qs}`;
  }
  const items = renderItems(envFor(app, req, list), rows, plan);
  return collectionResponse(render(req), items, `${list.entityType.replace(/ListItem$/, 'ListItems')}`, nextLink);
}

export function getItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const query = parseQuery(req.query);
  const plan = compileReadPlan(app.store, list, query.select, query.expand);
  const row = app.items.require(list, id);
  requirePerm(req, list, Perm.ViewListItems, id);
  const [entity] = renderItems(envFor(app, req, list), [row], plan);
  return entityResponse(render(req), entity, `${list.entityType.replace(/ListItem$/, 'ListItems')}/@Element`);
}

export function addItem(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.AddListItems);
  const values = columnsFromBody(app, list, jsonBody(req));
  checkUnique(app, list, values, 0);
  const row = app.items.insert(list, values, req.user.id);
  const [entity] = renderItems(envFor(app, req, list), [row], compileReadPlan(app.store, list, null, []));
  return entityResponse(render(req), entity, `${list.entityType.replace(/ListItem$/, 'ListItems')}/@Element`, 201, { ETag: itemEtag(row) });
}

export function updateItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number): ApiResponse {
  const current = app.items.require(list, id);
  // The item's own permissions, where it has them (a liaison officer's own entry), else the list's.
  requirePerm(req, list, Perm.EditListItems, id);
  checkEtag(req.headers['if-match'], current);
  const values = columnsFromBody(app, list, jsonBody(req));
  checkUnique(app, list, values, id);
  const row = app.items.update(list, id, values, req.user.id);
  return noContent({ ETag: itemEtag(row) });
}

export function deleteItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number): ApiResponse {
  const current = app.items.require(list, id);
  requirePerm(req, list, Perm.DeleteListItems, id);
  checkEtag(req.headers['if-match'], current);
  app.items.delete(list, id);
  forgetItem(app.store, list, id);
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}

export function recycleItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number): ApiResponse {
  const row = app.items.require(list, id);
  requirePerm(req, list, Perm.DeleteListItems, id);
  app.items.delete(list, id);
  forgetItem(app.store, list, id);
  return valueResponse(render(req), 'Recycle', String(row.GUID), 'Edm.Guid');
}

/** A lookup or person value as a version holds it: {LookupId, LookupValue} (and Email for a person). */
function versionLookup(app: AppContext, f: FieldDef, id: number): JsonObject {
  if (f.kind === 'User' || f.kind === 'UserMulti') {
    const u = app.users.byId(id);
    return { LookupId: id, LookupValue: u?.title ?? '', Email: u?.email ?? '' };
  }
  const target = f.lookupList ? app.store.listById(f.lookupList) : undefined;
  const row = target ? app.items.get(target, id) : undefined;
  const show = target?.byName.get((f.lookupField ?? 'Title').toLowerCase());
  return { LookupId: id, LookupValue: row && show?.column ? String(row[show.column] ?? '') : '' };
}

/** The field values of one version, keyed by internal name as SharePoint sends them (`_X` as `OData__x005f_X`). */
function versionFields(app: AppContext, list: ListMeta, data: Row): JsonObject {
  const out: JsonObject = {};
  for (const f of list.fields) {
    if (!f.column || (f.builtIn && f.name !== 'Title')) continue;
    const raw = data[f.column];
    const key = f.name.startsWith('_') ? `OData__x005f_${f.name.slice(1)}` : f.name;
    if (f.kind === 'Lookup' || f.kind === 'User') out[key] = raw === null || raw === undefined ? null : versionLookup(app, f, Number(raw));
    else if (f.kind === 'LookupMulti' || f.kind === 'UserMulti') out[key] = (raw === null || raw === undefined ? [] : (JSON.parse(String(raw)) as number[])).map((i) => versionLookup(app, f, i));
    else out[key] = renderValue(f, raw);
  }
  return out;
}

/**
 * items(n)/versions, newest first, as SharePoint Online answers: VersionId (512 × the major
 * version), VersionLabel ("3.0"), IsCurrentVersion, Created (when the version was made, sent
 * without a time-zone designator), the standard columns (Author and Editor as {LookupId,
 * LookupValue, Email}, owshiddenversion, OData__x005f_UIVersionString) and every field's value
 * then, by internal name, lookups and people as {LookupId, LookupValue}.
 */
export function itemVersions(app: AppContext, req: ApiRequest, list: ListMeta, id: number, versionId?: number): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems, id);
  const versions = app.items.versions(list, id);
  const person = (userId: unknown): JsonObject | null => {
    const n = Number(userId);
    if (!Number.isInteger(n)) return null;
    const u = app.users.byId(n);
    return { LookupId: n, LookupValue: u?.title ?? '', Email: u?.email ?? '' };
  };
  const entities = versions.map((v, i) => {
    const path = `Web/Lists(guid'${list.id}')/Items(${id})/versions(${v.version * 512})`;
    const out: JsonObject = {
      'odata.type': 'SP.ListItemVersion',
      'odata.id': `${req.siteUrl}/_api/${path}`,
      'odata.editLink': path,
      Created: v.created.replace(/Z$/, ''),
      IsCurrentVersion: i === 0,
      VersionId: v.version * 512,
      VersionLabel: `${v.version}.0`,
      ID: id,
      ...versionFields(app, list, v.data),
      Modified: String(v.data.Modified ?? v.created),
      Author: person(v.data.Author),
      Editor: person(v.editor),
      OData__x005f_UIVersionString: `${v.version}.0`,
      Attachments: Number(v.data._Attachments ?? 0) > 0,
      GUID: String(v.data.GUID ?? ''),
      owshiddenversion: v.version,
    };
    return out;
  });
  if (versionId !== undefined) {
    const one = entities.find((e) => e.VersionId === versionId);
    if (!one) throw Errors.resourceNotFound(`versions(${versionId})`);
    return entityResponse(render(req), one, 'SP.ListItemVersion');
  }
  return collectionResponse(render(req), entities, 'SP.ListItemVersion');
}

/** validateupdatelistitem: form strings per field; reports per-field errors and writes nothing if any fail. */
export function validateUpdate(app: AppContext, req: ApiRequest, list: ListMeta, id: number): ApiResponse {
  app.items.require(list, id);
  requirePerm(req, list, Perm.EditListItems, id);
  const body = jsonBody(req) as { formValues?: { FieldName: string; FieldValue: string }[] };
  if (!Array.isArray(body.formValues)) throw Errors.badRequest("The parameter 'formValues' is missing.", '-1, System.ArgumentNullException');
  const values: Row = {};
  let failed = false;
  const results = body.formValues.map((fv) => {
    const f = list.byName.get(String(fv.FieldName).toLowerCase());
    const result: JsonObject = { ErrorCode: 0, ErrorMessage: null, FieldName: fv.FieldName, FieldValue: fv.FieldValue, HasException: false, ItemId: id };
    try {
      if (!f || !f.column || (f.builtIn && f.name !== 'Title')) throw Errors.columnNotFound(fv.FieldName);
      values[f.column] = fromFormValue(f, fv.FieldValue, writeContext(app));
    } catch (e) {
      failed = true;
      Object.assign(result, { ErrorCode: -2146232832, ErrorMessage: (e as Error).message, HasException: true });
    }
    return result;
  });
  if (!failed) app.items.update(list, id, values, req.user.id);
  return collectionResponse(render(req), results, 'Collection(SP.ListItemFormUpdateValue)');
}
