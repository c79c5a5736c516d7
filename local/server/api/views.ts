/**
 * List views, as PnPjs's views module calls them: list/views (GET, POST), views('id'),
 * views/getById, views/getByTitle, list/defaultView, list/getView('id') (GET, MERGE, DELETE),
 * view/viewFields (with schemaXml, addViewField, moveViewFieldTo, removeViewField,
 * removeAllViewFields), view/renderAsHtml and view/SetViewXml.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties, valueResponse } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import { viewFromXml } from '../schema/assets';
import { encodeXmlAttr, parseXml, serializeXml } from '../schema/xml';
import { isLibrary, ListMeta } from '../store/db';
import type { ViewDef } from '../store/views';
import { AppContext, checkProperties, jsonBody, render, requirePerm } from './context';
import { findField } from './fields';
import { Perm } from './permissions';

/** The properties a client may set on SP.View (anything else is SharePoint's 400). */
const SETTABLE = ['Title', 'RowLimit', 'Paged', 'ViewQuery', 'DefaultView', 'Hidden', 'PersonalView', 'JSLink', 'Scope', 'TabularView',
  'MobileView', 'MobileDefaultView', 'IncludeRootFolder', 'Toolbar', 'ViewData', 'ViewType2', 'CustomFormatter', 'ViewFields', 'ViewTypeKind',
  'Method', 'Threaded', 'Aggregations', 'AggregationsStatus', 'ViewJoins', 'ViewProjectedFields', 'OrderedView', 'ViewXml'];

function viewUrl(app: AppContext, list: ListMeta, v: ViewDef): string {
  return `${app.siteRelative}/${list.url}/${isLibrary(list) ? 'Forms/' : ''}${v.page}`;
}

function viewFieldsXml(v: ViewDef): string {
  return `<ViewFields>${v.fields.map((f) => `<FieldRef Name="${encodeXmlAttr(f)}" />`).join('')}</ViewFields>`;
}

function listViewXml(app: AppContext, list: ListMeta, v: ViewDef): string {
  const flag = (b: boolean): string => (b ? 'TRUE' : 'FALSE');
  return `<View Name="{${v.id.toUpperCase()}}" DefaultView="${flag(v.defaultView)}" MobileView="TRUE" MobileDefaultView="${flag(v.defaultView)}" Type="${v.viewType}" `
    + `DisplayName="${encodeXmlAttr(v.title)}" Url="${encodeXmlAttr(viewUrl(app, list, v))}" Level="1" BaseViewID="1" ContentTypeID="0x">`
    + `<Query>${v.query}</Query>${viewFieldsXml(v)}<RowLimit Paged="${flag(v.paged)}">${v.rowLimit}</RowLimit></View>`;
}

export function viewEntity(app: AppContext, req: ApiRequest, list: ListMeta, v: ViewDef): JsonObject {
  const path = `Web/Lists(guid'${list.id}')/Views(guid'${v.id}')`;
  const url = viewUrl(app, list, v);
  return {
    'odata.type': 'SP.View', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    Aggregations: null, AggregationsStatus: null, BaseViewId: '1', ContentTypeId: { StringValue: '0x' }, CustomFormatter: (v.props.CustomFormatter as string) ?? null,
    DefaultView: v.defaultView, DefaultViewForContentType: false, EditorModified: false, Hidden: v.hidden, HtmlSchemaXml: listViewXml(app, list, v), Id: v.id,
    ImageUrl: '/_layouts/15/images/generic.png?rev=47', IncludeRootFolder: !!v.props.IncludeRootFolder, JSLink: (v.props.JSLink as string) ?? 'clienttemplates.js',
    ListViewXml: listViewXml(app, list, v), MobileDefaultView: v.defaultView, MobileView: true, OrderedView: false, Paged: v.paged, PersonalView: v.personalView,
    ReadOnlyView: false, RequiresClientIntegration: false, RowLimit: v.rowLimit, Scope: Number(v.props.Scope ?? 0), ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url, TabularView: v.props.TabularView !== false, Threaded: false, Title: v.title, Toolbar: '', ViewQuery: v.query, ViewType: v.viewType,
    ViewType2: (v.props.ViewType2 as string) ?? null,
  };
}

function one(app: AppContext, req: ApiRequest, list: ListMeta, v: ViewDef): ApiResponse {
  return entityResponse(render(req), projectProperties(viewEntity(app, req, list, v), parseQuery(req.query).select), 'SP.ApiData.Views/@Element');
}

export function listViews(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ViewListItems);
  app.views.defaultOf(list);
  const query = parseQuery(req.query);
  let views = app.views.all(list).map((v) => viewEntity(app, req, list, v));
  if (query.filter) views = views.filter((e) => evaluate(query.filter!, e));
  if (query.top !== null) views = views.slice(0, query.top);
  return collectionResponse(render(req), views.map((e) => projectProperties(e, query.select)), 'SP.ApiData.Views');
}

/** Applies SP.View properties (validated first, so nothing partial is written). */
function applyProps(list: ListMeta, v: ViewDef, body: Record<string, unknown>): void {
  checkProperties(body, SETTABLE, 'SP.View');
  if (body.Title !== undefined) {
    if (typeof body.Title !== 'string' || body.Title.trim() === '') throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
    if (body.Title.length > 255) throw Errors.badRequest('The view name must be 255 characters or fewer.', '-2130575276, Microsoft.SharePoint.SPException');
  }
  if (body.RowLimit !== undefined && (typeof body.RowLimit !== 'number' || !Number.isInteger(body.RowLimit) || body.RowLimit < 1 || body.RowLimit > 2147483647)) {
    throw Errors.badRequest('The value of RowLimit must be a positive whole number.', '-1, System.ArgumentOutOfRangeException');
  }
  if (body.ViewQuery !== undefined && typeof body.ViewQuery !== 'string') throw Errors.badRequest("The property 'ViewQuery' must be a string.");
  // SharePoint keeps a view's query as parsed CAML, so it reads back in one form however it was written
  const query = typeof body.ViewQuery === 'string' ? canonicalViewQuery(body.ViewQuery) : undefined;
  if (typeof body.ViewXml === 'string') setFromXml(list, v, body.ViewXml);
  if (typeof body.Title === 'string') v.title = body.Title;
  if (typeof body.RowLimit === 'number') v.rowLimit = body.RowLimit;
  if (typeof body.Paged === 'boolean') v.paged = body.Paged;
  if (query !== undefined) v.query = query;
  if (typeof body.DefaultView === 'boolean') v.defaultView = body.DefaultView || v.defaultView;
  if (typeof body.Hidden === 'boolean') v.hidden = body.Hidden;
  for (const k of ['JSLink', 'Scope', 'TabularView', 'IncludeRootFolder', 'CustomFormatter', 'ViewType2']) if (body[k] !== undefined) v.props[k] = body[k];
  const fields = (body.ViewFields as { results?: unknown[] } | undefined)?.results ?? (Array.isArray(body.ViewFields) ? body.ViewFields : undefined);
  if (fields) v.fields = fields.map((f) => findViewField(list, String(f)));
}

function canonicalViewQuery(text: string): string {
  if (text.trim() === '') return '';
  try {
    return parseXml(`<Query>${text}</Query>`).children.map(serializeXml).join('');
  } catch (e) {
    throw Errors.badRequest(`The view query is not valid CAML: ${(e as Error).message}`, '-2130575276, Microsoft.SharePoint.SPException');
  }
}

function findViewField(list: ListMeta, name: string): string {
  if (['LinkTitle', 'LinkTitleNoMenu', 'LinkFilename', 'LinkFilenameNoMenu', 'DocIcon', 'Edit', 'SelectTitle'].some((n) => n.toLowerCase() === name.toLowerCase())) return name;
  return findField(list, name, 'either').name;
}

function setFromXml(list: ListMeta, v: ViewDef, xml: string): void {
  let parsed;
  try {
    parsed = viewFromXml(parseXml(xml));
  } catch (e) {
    throw Errors.badRequest(`The view XML is not valid: ${(e as Error).message}`, '-2130575276, Microsoft.SharePoint.SPException');
  }
  v.query = parsed.query;
  if (parsed.fields.length > 0) v.fields = parsed.fields.map((f) => findViewField(list, f));
  if (/<RowLimit/i.test(xml)) {
    v.rowLimit = parsed.rowLimit;
    v.paged = parsed.paged;
  }
}

export function addView(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const body = jsonBody(req);
  delete body.__metadata;
  if (typeof body.Title !== 'string' || body.Title.trim() === '') throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
  const draft = { ...app.views.defaultOf(list), id: '', defaultView: false, fields: [...app.views.defaultOf(list).fields], props: {} };
  draft.query = '';
  applyProps(list, draft, body);
  if (app.views.byTitle(list, draft.title) && body.PersonalView !== true) {
    throw Errors.badRequest(`A view named "${draft.title}" already exists in this list. Choose another name.`, '-2130575276, Microsoft.SharePoint.SPException');
  }
  const view = app.views.add(list, { ...draft, page: undefined, defaultView: body.SetAsDefaultView === true || body.DefaultView === true, personalView: body.PersonalView === true });
  return entityResponse(render(req), viewEntity(app, req, list, view), 'SP.ApiData.Views/@Element', 201);
}

/** views('id') | views/getById('id') | views/getByTitle('t') | defaultView | getView('id') */
export function resolveView(app: AppContext, req: ApiRequest, list: ListMeta, seg: PathSegment): ViewDef {
  if (seg.name === 'defaultview') return app.views.defaultOf(list);
  app.views.defaultOf(list);
  const key = String(firstArg(seg) ?? '');
  const v = seg.name === 'getbytitle' ? app.views.byTitle(list, key) : app.views.byId(list, key);
  if (!v) throw Errors.badRequest('The specified view is invalid.', '-2147024809, System.ArgumentException');
  return v;
}

export function routeView(app: AppContext, req: ApiRequest, list: ListMeta, v: ViewDef, rest: PathSegment[], methodNotAllowed: () => never): ApiResponse {
  const m = req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : req.method;
  if (rest.length === 0) {
    if (m === 'GET') {
      requirePerm(req, list, Perm.ViewListItems);
      return one(app, req, list, v);
    }
    requirePerm(req, list, Perm.ManageLists);
    if (m === 'MERGE') {
      applyProps(list, v, jsonBody(req));
      app.views.save(list, v);
      return noContent();
    }
    if (m === 'DELETE') {
      app.views.delete(list, v);
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    }
    return methodNotAllowed();
  }
  const [seg, ...more] = rest;
  if (seg.name === 'renderashtml' && m === 'GET' && more.length === 0) return valueResponse(render(req), 'RenderAsHtml', renderAsHtml(app, list, v));
  if (seg.name === 'setviewxml' && m === 'POST' && more.length === 0) {
    requirePerm(req, list, Perm.ManageLists);
    const xml = jsonBody(req).viewXml;
    if (typeof xml !== 'string') throw Errors.badRequest("The parameter 'viewXml' is missing.", '-1, System.ArgumentNullException');
    setFromXml(list, v, xml);
    app.views.save(list, v);
    return noContent();
  }
  if (seg.name === 'viewfields') return routeViewFields(app, req, list, v, more, methodNotAllowed);
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeViewFields(app: AppContext, req: ApiRequest, list: ListMeta, v: ViewDef, rest: PathSegment[], methodNotAllowed: () => never): ApiResponse {
  const m = req.method;
  if (rest.length === 0) {
    if (m !== 'GET') return methodNotAllowed();
    return entityResponse(render(req), { 'odata.type': 'SP.ViewFieldCollection', SchemaXml: viewFieldsXml(v), Items: v.fields }, 'SP.ApiData.ViewFieldCollections/@Element');
  }
  const [seg, ...more] = rest;
  if (more.length > 0) throw Errors.resourceNotFound(req.url.pathname);
  if (seg.name === 'schemaxml') {
    if (m !== 'GET') return methodNotAllowed();
    return valueResponse(render(req), 'SchemaXml', viewFieldsXml(v));
  }
  if (m !== 'POST') return methodNotAllowed();
  requirePerm(req, list, Perm.ManageLists);
  switch (seg.name) {
    case 'addviewfield': {
      const name = findViewField(list, String(firstArg(seg) ?? ''));
      if (!v.fields.some((f) => f.toLowerCase() === name.toLowerCase())) v.fields.push(name);
      break;
    }
    case 'removeviewfield': {
      const name = String(firstArg(seg) ?? '').toLowerCase();
      v.fields = v.fields.filter((f) => f.toLowerCase() !== name);
      break;
    }
    case 'removeallviewfields':
      v.fields = [];
      break;
    case 'moveviewfieldto': {
      const body = jsonBody(req);
      const name = String(body.field ?? '').toLowerCase();
      const at = v.fields.findIndex((f) => f.toLowerCase() === name);
      if (at < 0) throw Errors.badRequest(`The field '${String(body.field ?? '')}' is not in this view.`, '-2147024809, System.ArgumentException');
      const index = Number(body.index);
      if (!Number.isInteger(index) || index < 0) throw Errors.badRequest("The parameter 'index' must be a whole number of 0 or more.", '-1, System.ArgumentOutOfRangeException');
      const [f] = v.fields.splice(at, 1);
      v.fields.splice(Math.min(index, v.fields.length), 0, f);
      break;
    }
    default:
      throw Errors.resourceNotFound(req.url.pathname);
  }
  app.views.save(list, v);
  return noContent();
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A plain HTML table of the view's first page: every value is escaped, so stored text stays inert. */
function renderAsHtml(app: AppContext, list: ListMeta, v: ViewDef): string {
  const cols = v.fields.map((f) => (/^link(title|filename)/i.test(f) ? (isLibrary(list) ? 'FileLeafRef' : 'Title') : f)).filter((f) => f === 'FileLeafRef' || list.byName.has(f.toLowerCase()));
  const rows = app.store.stmt(`SELECT * FROM "${list.table}" ORDER BY ID LIMIT ?`).all(v.rowLimit);
  const cell = (r: Record<string, unknown>, c: string): string => {
    if (c === 'FileLeafRef') return escapeHtml(String(r._FileRef ?? '').split('/').pop() ?? '');
    const f = list.byName.get(c.toLowerCase())!;
    return f.column && r[f.column] !== null && r[f.column] !== undefined ? escapeHtml(String(r[f.column])) : '';
  };
  const head = cols.map((c) => `<th>${escapeHtml(list.byName.get(c.toLowerCase())?.title ?? 'Name')}</th>`).join('');
  const body = rows.map((r) => `<tr>${cols.map((c) => `<td>${cell(r, c)}</td>`).join('')}</tr>`).join('');
  return `<table summary="${escapeHtml(list.title)}" class="ms-listviewtable"><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}
