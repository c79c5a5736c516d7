/**
 * The rest of a list's REST surface that PnPjs exposes: CAML reads (getitems, RenderListData,
 * RenderListDataAsStream, renderlistformdata), change queries, reserveListItemId, and the
 * collections the local site keeps empty (event receivers, related fields, subscriptions, user
 * custom actions) — empty because nothing on a local site creates them, not because they are faked.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, valueResponse } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseCaml } from '../odata/caml';
import { ListSql } from '../odata/sql';
import { isLibrary, ListMeta } from '../store/db';
import { q, SqlValue } from '../store/sqlite';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { compileReadPlan, renderItems } from './itemRender';
import { envFor } from './items';
import { Perm } from './permissions';
import { readScopeSql, requireReadable } from './readSecurity';

const empty = (req: ApiRequest, type: string): ApiResponse => collectionResponse(render(req), [], type);

export function eventReceivers(req: ApiRequest): ApiResponse {
  return empty(req, 'SP.ApiData.EventReceiverDefinitions');
}

export function relatedFields(req: ApiRequest): ApiResponse {
  return empty(req, 'Collection(SP.RelatedField)');
}

export function subscriptions(req: ApiRequest): ApiResponse {
  return empty(req, 'SP.ApiData.Subscriptions');
}

export function userCustomActions(req: ApiRequest): ApiResponse {
  return empty(req, 'SP.ApiData.UserCustomActions');
}

/** The local site keeps no change log, so a change query finds no changes. */
export function getChanges(req: ApiRequest): ApiResponse {
  return empty(req, 'Collection(SP.Change)');
}

export function irmSettings(req: ApiRequest): ApiResponse {
  return entityResponse(render(req), {
    'odata.type': 'SP.InformationRightsManagementSettings', AllowPrint: false, AllowScript: false, AllowWriteCopy: false, DisableDocumentBrowserView: false,
    DocumentAccessExpireDays: 90, DocumentLibraryProtectionExpireDate: null, EnableDocumentAccessExpire: false, EnableDocumentBrowserPublishingView: false,
    EnableGroupProtection: false, EnableLicenseCacheExpire: false, GroupName: '', LicenseCacheExpireDays: 30, PolicyDescription: '', PolicyTitle: '', TemplateId: '',
  }, 'SP.InformationRightsManagementSettings');
}

export function contentTypes(req: ApiRequest, list: ListMeta): ApiResponse {
  const library = isLibrary(list);
  const id = `${library ? '0x0101' : '0x01'}00${list.id.replace(/-/g, '').toUpperCase()}`;
  return collectionResponse(render(req), [{
    'odata.type': 'SP.ContentType', 'odata.id': `${req.siteUrl}/_api/Web/Lists(guid'${list.id}')/ContentTypes('${id}')`, 'odata.editLink': `Web/Lists(guid'${list.id}')/ContentTypes('${id}')`,
    Description: library ? 'Create a new document.' : 'Create a new list item.', Group: library ? 'Document Content Types' : 'List Content Types', Hidden: false,
    Id: { StringValue: id }, Name: library ? 'Document' : 'Item', ReadOnly: false, Sealed: false, StringId: id,
  }], 'SP.ApiData.ContentTypes');
}

/** list/reservelistitemid: the ID the next item will get. */
export function reserveListItemId(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.AddListItems);
  const seq = app.store.db.prepare('SELECT seq FROM sqlite_sequence WHERE name = ?').get(list.table);
  return valueResponse(render(req), 'ReserveListItemId', Number(seq?.seq ?? 0) + 1, 'Edm.Int32');
}

/** Runs a CAML <View> against the list's table: filter, order and row limit, through the $filter SQL. */
function camlRows(app: AppContext, req: ApiRequest, list: ListMeta, xml: string, extra?: { field: string; value: string }) {
  const caml = parseCaml(xml);
  const sql = new ListSql(app.store, list);
  const params: SqlValue[] = [];
  const where: string[] = [];
  const scope = readScopeSql(req, list);
  if (scope) {
    where.push(scope.where);
    params.push(...scope.params);
  }
  if (caml.filter) where.push(sql.filter(caml.filter, params));
  if (extra) where.push(sql.filter({ type: 'cmp', op: 'eq', left: { type: 'field', path: extra.field }, right: { type: 'lit', value: extra.value, kind: 'string' } }, params));
  const order = sql.orderTargets(caml.orderby);
  const limit = caml.rowLimit ?? 30;
  sql.checkThreshold({ filter: caml.filter, orderby: caml.orderby, top: limit, threshold: app.threshold, force: app.faults.forceThreshold });
  const text = `SELECT * FROM ${q(list.table)}${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order.map((o) => `${o.expr} ${o.desc ? 'DESC' : 'ASC'}`).join(', ')} LIMIT ?`;
  return app.store.db.prepare(text).all(...params, limit);
}

function camlXml(body: Record<string, unknown>, key: string): string {
  const query = body[key] as { ViewXml?: unknown } | undefined;
  const xml = query?.ViewXml;
  if (typeof xml !== 'string') throw Errors.badRequest(`The parameter '${key}' needs a ViewXml string.`, '-1, System.ArgumentNullException');
  return xml;
}

/** list/getitems {query:{ViewXml}}: list items as from /items, chosen by CAML. */
export function getItemsByCaml(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const rows = camlRows(app, req, list, camlXml(jsonBody(req), 'query'));
  const expands = (req.query.get('$expand') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const entities = renderItems(envFor(app, req, list), rows, compileReadPlan(app.store, list, null, expands.filter((e) => e.toLowerCase() !== 'roleassignments')));
  // RoleAssignments: the local site has no item-level permissions, so every item inherits and holds none of its own
  if (expands.some((e) => e.toLowerCase() === 'roleassignments')) for (const e of entities) e.RoleAssignments = [];
  return collectionResponse(render(req), entities, list.entityType.replace(/Item$/, 'Items'));
}

/** RenderListData rows: every value as the display text SharePoint sends. */
function rowObjects(app: AppContext, req: ApiRequest, list: ListMeta, rows: Record<string, SqlValue>[]): JsonObject[] {
  return renderItems(envFor(app, req, list), rows, compileReadPlan(app.store, list, null, [])).map((e) => {
    const out: JsonObject = { ID: String(e.Id), PermMask: '0x7fffffffffffffff', FSObjType: '0', ContentTypeId: String(e.ContentTypeId) };
    for (const [k, v] of Object.entries(e)) if (!k.startsWith('odata.') && !(k in out)) out[k] = v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    return out;
  });
}

function listData(rows: JsonObject[], limit: number): JsonObject {
  return { Row: rows, FirstRow: rows.length ? 1 : 0, LastRow: rows.length, RowLimit: limit, FolderPermissions: '0x7fffffffffffffff', ForceNoHierarchy: '1', HierarchyHasIndention: '', CurrentFolderSpItemUrl: '' };
}

/** list/renderlistdata(@viewXml): the same data, as a JSON string (PnPjs parses it again). */
export function renderListData(app: AppContext, req: ApiRequest, list: ListMeta, viewXml: unknown): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  if (typeof viewXml !== 'string') throw Errors.badRequest("The parameter 'viewXml' is missing.", '-1, System.ArgumentNullException');
  const rows = camlRows(app, req, list, viewXml);
  return valueResponse(render(req), 'RenderListData', JSON.stringify(listData(rowObjects(app, req, list, rows), rows.length)));
}

/** list/RenderListDataAsStream {parameters:{ViewXml,…}}, honouring FilterField1/FilterValue1 in the query string. */
export function renderListDataAsStream(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const body = jsonBody(req);
  const params = (body.parameters ?? {}) as { ViewXml?: unknown };
  const xml = typeof params.ViewXml === 'string' && params.ViewXml ? params.ViewXml : `<View><RowLimit>${30}</RowLimit></View>`;
  const field = req.query.get('FilterField1');
  const value = req.query.get('FilterValue1');
  const rows = camlRows(app, req, list, xml, field && value !== null ? { field, value } : undefined);
  const data = listData(rowObjects(app, req, list, rows), rows.length);
  return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' }, body: JSON.stringify(data) };
}

/** list/renderlistformdata(itemid=…, formid='…', mode=…): the item's values and the form's fields, as a JSON string. */
export function renderListFormData(app: AppContext, req: ApiRequest, list: ListMeta, named: Record<string, unknown>): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const id = Number(named.itemid);
  const row = app.items.require(list, id);
  requireReadable(req, list, row);
  const [item] = renderItems(envFor(app, req, list), [row], compileReadPlan(app.store, list, null, []));
  const fields = list.fields.filter((f) => !f.hidden && (!f.builtIn || f.name === 'Title')).map((f) => ({ InternalName: f.name, Title: f.title, Type: f.kind, Required: f.required }));
  const data = { ItemId: id, ListData: item, ListSchema: { Id: list.id, Title: list.title }, ClientForms: { [String(named.formid ?? 'editform')]: { Fields: fields } }, Mode: Number(named.mode ?? 2) };
  return valueResponse(render(req), 'RenderListFormData', JSON.stringify(data));
}

/** list/getlistitemchangessincetoken: a listitems XML document (rs:data) with the current items. */
export function changesSinceToken(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  const scope = readScopeSql(req, list);
  const rows = app.store.stmt(`SELECT ID, Title, Modified FROM ${q(list.table)}${scope ? ` WHERE ${scope.where}` : ''} ORDER BY ID LIMIT 100`).all(...(scope?.params ?? []));
  const esc = (s: unknown): string => String(s ?? '').replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const xml = `<listitems xmlns:s="uuid:BDC6E3F0-6DA3-11d1-A2A3-00AA00C14882" xmlns:dt="uuid:C2F41010-65B3-11d1-A29F-00AA00C14882" xmlns:rs="urn:schemas-microsoft-com:rowset" xmlns:z="#RowsetSchema">`
    + `<rs:data ItemCount="${rows.length}">${rows.map((r) => `<z:row ows_ID="${esc(r.ID)}" ows_Title="${esc(r.Title)}" ows_Modified="${esc(r.Modified)}" />`).join('')}</rs:data></listitems>`;
  return { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: xml };
}
