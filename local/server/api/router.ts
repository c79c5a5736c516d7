/**
 * Dispatches one API call (already authenticated and parsed) to its handler, walking the path
 * segments: web / lists / getByTitle('X') / items(3) / versions …  Segment names are
 * case-insensitive. Unknown paths get SharePoint's 404, wrong verbs its 405. A list's own paths
 * are in listRoutes.ts.
 */
import { Errors } from '../http/errors';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import type { ListMeta } from '../store/db';
import { AppContext } from './context';
import { routeFieldCollection } from './listRoutes';
import { getFile, uploadImage } from './files';
import { routeFolderPath, routeFilePath } from './documents';
import { byIdOrUrl, moveCopy, webRootFolder } from './documentOps';
import { routeSiteGroups, associatedGroup } from './groups';
import { addList, ensureLibrary, getLists } from './lists';
import { routeList } from './listRoutes';
import { routeRegionalSettings } from './regional';
import { routeRoleAssignments, routeRoleDefinitions, routeStorageEntity, tenantSettings } from './security';
import { contextInfo, effectivePermissions, ensureUser, getWeb, getWebs, routeUser, siteUsers, userEffectivePermissions, userIdOf } from './web';

export type Handler = () => ApiResponse;

export function byMethod(req: ApiRequest, handlers: Partial<Record<'GET' | 'POST' | 'MERGE' | 'DELETE', Handler>>): ApiResponse {
  const m = req.method === 'PATCH' || req.method === 'PUT' ? 'MERGE' : (req.method as 'GET' | 'POST' | 'MERGE' | 'DELETE');
  const h = handlers[m];
  if (!h) throw Errors.methodNotAllowed(req.method, req.url.pathname);
  return h();
}

export const end = (rest: PathSegment[]): boolean => rest.length === 0;

export function routeApi(app: AppContext, req: ApiRequest): ApiResponse {
  const [head, ...rest] = req.segments;
  if (!head) throw Errors.resourceNotFound(req.url.pathname);
  switch (head.name) {
    case 'contextinfo':
      return byMethod(req, { POST: () => contextInfo(app, req) });
    case 'web':
      return routeWeb(app, req, rest);
    case 'sp_tenantsettings_current':
      if (end(rest)) return tenantSettings(req);
      break;
    case 'sp.movecopyutil.copyfilebypath':
    case 'sp.movecopyutil.movefilebypath':
    case 'sp.movecopyutil.copyfolderbypath':
    case 'sp.movecopyutil.movefolderbypath':
      if (end(rest)) return moveCopy(app, req, head);
      break;
    case 'site':
      if (end(rest)) {
        return byMethod(req, { GET: () => ({ status: 200, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ Id: app.siteId, ServerRelativeUrl: app.siteRelative, Url: req.siteUrl }) }) });
      }
      if (rest[0].name === 'rootweb') return routeWeb(app, req, rest.slice(1));
      break;
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function listById(app: AppContext, id: string): ListMeta {
  const list = app.store.listById(id);
  if (!list) throw Errors.listIdNotFound();
  return list;
}

function routeWeb(app: AppContext, req: ApiRequest, segs: PathSegment[]): ApiResponse {
  if (end(segs)) return byMethod(req, { GET: () => getWeb(app, req) });
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'lists':
      if (seg.args) return routeList(app, req, listById(app, String(firstArg(seg))), rest);
      if (end(rest)) return byMethod(req, { GET: () => getLists(app, req), POST: () => addList(app, req) });
      return routeLists(app, req, rest);
    case 'getlist':
    case 'getlistusingpath': {
      const url = String(firstArg(seg) ?? '').replace(/^https?:\/\/[^/]+/i, '').replace(app.siteRelative, '');
      const list = app.store.listByUrl(url);
      if (!list) throw Errors.listIdNotFound();
      return routeList(app, req, list, rest);
    }
    case 'fields':
      return routeFieldCollection(app, req, app.store.webFields, seg, rest);
    case 'defaultdocumentlibrary': {
      const docs = app.store.listByUrl('Shared Documents');
      if (!docs) throw Errors.listIdNotFound();
      return routeList(app, req, docs, rest);
    }
    case 'rootfolder':
      return webRootFolder(app, req, rest);
    case 'folders':
      return webRootFolder(app, req, [seg, ...rest]);
    case 'getfilebyid':
    case 'getfolderbyid':
    case 'getfilebyurl':
      return byIdOrUrl(app, req, seg, rest);
    case 'webs':
      if (end(rest)) return byMethod(req, { GET: () => getWebs(req) });
      break;
    case 'currentuser':
      return routeUser(app, req, req.user.id, rest);
    case 'siteusers':
      if (seg.args) return routeUser(app, req, userIdOf(app, { name: 'getbyid', raw: seg.raw, args: seg.args }), rest);
      if (rest.length >= 2 || (rest.length === 1 && rest[0].name === 'getbyid' && req.method !== 'GET')) return routeUser(app, req, userIdOf(app, rest[0]), rest.slice(1));
      return byMethod(req, { GET: () => siteUsers(app, req, rest) });
    case 'getuserbyid':
      return byMethod(req, { GET: () => siteUsers(app, req, [{ name: 'getbyid', raw: seg.raw, args: seg.args }]) });
    case 'ensureuser':
      return byMethod(req, { POST: () => ensureUser(app, req) });
    case 'sitegroups':
      return routeSiteGroups(app, req, seg, rest);
    case 'associatedvisitorgroup':
    case 'associatedmembergroup':
    case 'associatedownergroup':
      return associatedGroup(app, req, seg.name, rest);
    case 'effectivebasepermissions':
      return byMethod(req, { GET: () => effectivePermissions(req) });
    case 'getusereffectivepermissions':
      return byMethod(req, { GET: () => userEffectivePermissions(app, req, seg) });
    case 'uploadimage':
      return byMethod(req, { POST: () => uploadImage(app, req) });
    case 'regionalsettings':
      return routeRegionalSettings(app, req, rest);
    case 'roledefinitions':
      return routeRoleDefinitions(app, req, seg, rest);
    case 'roleassignments':
      return routeRoleAssignments(app, req, undefined, seg, rest);
    case 'getstorageentity':
    case 'setstorageentity':
    case 'removestorageentity':
      if (end(rest)) return routeStorageEntity(app, req, seg);
      break;
    case 'getfolderbyserverrelativepath':
    case 'getfolderbyserverrelativeurl':
      return routeFolderPath(app, req, String(firstArg(seg) ?? ''), rest);
    case 'getfilebyserverrelativepath':
    case 'getfilebyserverrelativeurl': {
      const url = String(firstArg(seg) ?? '');
      if (rest.length === 0 || (rest.length === 1 && rest[0].name === '$value')) {
        const raw = rest.length === 1;
        if (req.method === 'GET' && !app.documents.isLibraryFile(url)) return getFile(app, req, url, raw);
      }
      return routeFilePath(app, req, url, rest);
    }
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeLists(app: AppContext, req: ApiRequest, segs: PathSegment[]): ApiResponse {
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'getbytitle': {
      const title = String(firstArg(seg) ?? '');
      const list = app.store.listByTitle(title);
      if (!list) throw Errors.listNotFound(title, req.siteUrl);
      return routeList(app, req, list, rest);
    }
    case 'getbyid':
      return routeList(app, req, listById(app, String(firstArg(seg))), rest);
    case 'ensuresiteassetslibrary':
      if (end(rest)) return byMethod(req, { POST: () => ensureLibrary(app, req, 'assets') });
      break;
    case 'ensuresitepageslibrary':
      if (end(rest)) return byMethod(req, { POST: () => ensureLibrary(app, req, 'pages') });
      break;
  }
  throw Errors.resourceNotFound(req.url.pathname);
}
