/**
 * Dispatches one API call (already authenticated and parsed) to its handler, walking the path
 * segments: web / lists / getByTitle('X') / items(3) / versions …  Segment names are
 * case-insensitive. Unknown paths get SharePoint's 404, wrong verbs its 405.
 */
import { Errors } from '../http/errors';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import type { ListMeta } from '../store/db';
import { AppContext } from './context';
import { addField, createFieldAsXml, findField, getField, listFields, updateField } from './fields';
import { getFile, uploadImage } from './files';
import { addItem, deleteItem, getItem, itemVersions, listItems, recycleItem, updateItem, validateUpdate } from './items';
import { addList, deleteList, getList, getLists, getRootFolder, getWeb, updateList } from './lists';
import { contextInfo, currentUser, effectivePermissions, ensureUser, siteUsers, userEffectivePermissions } from './web';

type Handler = () => ApiResponse;

function byMethod(req: ApiRequest, handlers: Partial<Record<'GET' | 'POST' | 'MERGE' | 'DELETE', Handler>>): ApiResponse {
  const m = req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : (req.method as 'GET' | 'POST' | 'MERGE' | 'DELETE');
  const h = handlers[m];
  if (!h) throw Errors.methodNotAllowed(req.method, req.url.pathname);
  return h();
}

const end = (rest: PathSegment[]): boolean => rest.length === 0;

export function routeApi(app: AppContext, req: ApiRequest): ApiResponse {
  const [head, ...rest] = req.segments;
  if (!head) throw Errors.resourceNotFound(req.url.pathname);
  switch (head.name) {
    case 'contextinfo':
      return byMethod(req, { POST: () => contextInfo(app, req) });
    case 'web':
      return routeWeb(app, req, rest);
    case 'site':
      if (end(rest)) {
        return byMethod(req, { GET: () => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Id: app.siteId, ServerRelativeUrl: app.siteRelative, Url: req.siteUrl }) }) });
      }
      if (rest[0].name === 'rootweb') return routeWeb(app, req, rest.slice(1));
      break;
    case 'sp.userprofiles.peoplemanager':
      break;
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeWeb(app: AppContext, req: ApiRequest, segs: PathSegment[]): ApiResponse {
  if (end(segs)) return byMethod(req, { GET: () => getWeb(app, req) });
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'lists':
      if (seg.args) return routeList(app, req, listById(app, req, String(firstArg(seg))), rest);
      if (end(rest)) return byMethod(req, { GET: () => getLists(app, req), POST: () => addList(app, req) });
      return routeLists(app, req, rest);
    case 'getlist': {
      const url = String(firstArg(seg) ?? '').replace(app.siteRelative, '');
      const list = app.store.listByUrl(url);
      if (!list) throw Errors.listIdNotFound();
      return routeList(app, req, list, rest);
    }
    case 'currentuser':
      if (end(rest)) return byMethod(req, { GET: () => currentUser(app, req) });
      break;
    case 'siteusers':
      if (seg.args) return byMethod(req, { GET: () => siteUsers(app, req, [{ name: 'getbyid', raw: seg.raw, args: seg.args }]) });
      return byMethod(req, { GET: () => siteUsers(app, req, rest) });
    case 'getuserbyid':
      return byMethod(req, { GET: () => siteUsers(app, req, [{ name: 'getbyid', raw: seg.raw, args: seg.args }]) });
    case 'ensureuser':
      return byMethod(req, { POST: () => ensureUser(app, req) });
    case 'effectivebasepermissions':
      return byMethod(req, { GET: () => effectivePermissions(req) });
    case 'getusereffectivepermissions':
      return byMethod(req, { GET: () => userEffectivePermissions(app, req, seg) });
    case 'uploadimage':
      return byMethod(req, { POST: () => uploadImage(app, req) });
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': {
      const url = String(firstArg(seg) ?? '');
      const raw = rest.length === 1 && rest[0].name === '$value';
      if (rest.length > (raw ? 1 : 0)) break;
      return byMethod(req, { GET: () => getFile(app, req, url, raw) });
    }
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function listById(app: AppContext, req: ApiRequest, id: string): ListMeta {
  const list = app.store.listById(id);
  if (!list) throw Errors.listIdNotFound();
  return list;
}

function routeLists(app: AppContext, req: ApiRequest, segs: PathSegment[]): ApiResponse {
  const [seg, ...rest] = segs;
  if (seg.name === 'getbytitle') {
    const title = String(firstArg(seg) ?? '');
    const list = app.store.listByTitle(title);
    if (!list) throw Errors.listNotFound(title, req.siteUrl);
    return routeList(app, req, list, rest);
  }
  if (seg.name === 'getbyid') return routeList(app, req, listById(app, req, String(firstArg(seg))), rest);
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeList(app: AppContext, req: ApiRequest, list: ListMeta, segs: PathSegment[]): ApiResponse {
  if (end(segs)) {
    return byMethod(req, { GET: () => getList(app, req, list), MERGE: () => updateList(app, req, list), DELETE: () => deleteList(app, req, list) });
  }
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'items':
      if (seg.args) return routeItem(app, req, list, Number(firstArg(seg)), rest);
      if (end(rest)) return byMethod(req, { GET: () => listItems(app, req, list), POST: () => addItem(app, req, list) });
      break;
    case 'getitembyid':
      return routeItem(app, req, list, Number(firstArg(seg)), rest);
    case 'fields':
      return routeFields(app, req, list, seg, rest);
    case 'effectivebasepermissions':
      return byMethod(req, { GET: () => effectivePermissions(req, list) });
    case 'getusereffectivepermissions':
      return byMethod(req, { GET: () => userEffectivePermissions(app, req, seg, list) });
    case 'rootfolder':
      if (end(rest)) return byMethod(req, { GET: () => getRootFolder(app, req, list) });
      break;
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeFields(app: AppContext, req: ApiRequest, list: ListMeta, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  if (seg.args) return routeField(app, req, list, findField(list, String(firstArg(seg)), 'id'), rest);
  if (end(rest)) return byMethod(req, { GET: () => listFields(req, list), POST: () => addField(app, req, list, false) });
  const [sub, ...more] = rest;
  switch (sub.name) {
    case 'addfield': return byMethod(req, { POST: () => addField(app, req, list, true) });
    case 'createfieldasxml': return byMethod(req, { POST: () => createFieldAsXml(app, req, list) });
    case 'getbyid': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'id'), more);
    case 'getbytitle': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'title'), more);
    case 'getbyinternalnameortitle': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'either'), more);
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeField(app: AppContext, req: ApiRequest, list: ListMeta, field: ReturnType<typeof findField>, rest: PathSegment[]): ApiResponse {
  if (!end(rest)) throw Errors.resourceNotFound(req.url.pathname);
  return byMethod(req, { GET: () => getField(req, list, field), MERGE: () => updateField(app, req, list, field) });
}

function routeItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number, segs: PathSegment[]): ApiResponse {
  if (!Number.isInteger(id) || id < 0) throw Errors.badRequest('The item id in the request URL is not a valid integer.');
  if (end(segs)) {
    return byMethod(req, { GET: () => getItem(app, req, list, id), MERGE: () => updateItem(app, req, list, id), DELETE: () => deleteItem(app, req, list, id) });
  }
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'versions':
      if (!end(rest)) break;
      return byMethod(req, { GET: () => itemVersions(app, req, list, id, seg.args ? Number(firstArg(seg)) : undefined) });
    case 'validateupdatelistitem':
      return byMethod(req, { POST: () => validateUpdate(app, req, list, id) });
    case 'recycle':
      return byMethod(req, { POST: () => recycleItem(app, req, list, id) });
    case 'effectivebasepermissions':
      app.items.require(list, id);
      return byMethod(req, { GET: () => effectivePermissions(req, list) });
    case 'attachmentfiles':
      app.items.require(list, id);
      return byMethod(req, { GET: () => ({ status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ value: [] }) }) });
  }
  throw Errors.resourceNotFound(req.url.pathname);
}
