/**
 * The rest of the documents surface PnPjs calls: SP.MoveCopyUtil (copy and move of files and
 * folders), chunked uploads (startUpload / continueUpload / finishUpload / cancelUpload),
 * getFileById / getFolderById / getFileByUrl, and the web's root folder, whose folders are the
 * libraries' root folders.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, projectProperties, valueResponse } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { isLibrary } from '../store/db';
import { AppContext, jsonBody, requirePerm, render } from './context';
import { routeFilePath, routeFolder, routeFolderPath } from './documents';
import { Perm } from './permissions';
import { byMethod, end } from './router';

/** http://host/sites/council/x or /sites/council/x → /sites/council/x */
const serverRelative = (url: string): string => url.replace(/^https?:\/\/[^/]+/i, '');

function resourcePath(body: Record<string, unknown>, key: string): string {
  const v = body[key] as { DecodedUrl?: unknown } | undefined;
  if (!v || typeof v.DecodedUrl !== 'string' || v.DecodedUrl === '') throw Errors.badRequest(`The parameter '${key}' needs a DecodedUrl.`, '-1, System.ArgumentNullException');
  return serverRelative(v.DecodedUrl);
}

/** _api/SP.MoveCopyUtil.CopyFileByPath(overwrite=@a1) | MoveFileByPath | CopyFolderByPath | MoveFolderByPath */
export function moveCopy(app: AppContext, req: ApiRequest, seg: PathSegment): ApiResponse {
  const op = seg.name.replace('sp.movecopyutil.', '');
  if (!['copyfilebypath', 'movefilebypath', 'copyfolderbypath', 'movefolderbypath'].includes(op)) throw Errors.resourceNotFound(req.url.pathname);
  return byMethod(req, { POST: () => {
    const body = jsonBody(req);
    const src = resourcePath(body, 'srcPath');
    const dest = resourcePath(body, 'destPath');
    const from = app.documents.locate(src);
    const to = app.documents.listFor(dest);
    if (!from?.row || !to) throw Errors.fileNotFound(from ? dest : src);
    const wantFolder = op.includes('folder');
    if ((Number(from.row._FSObjType) === 1) !== wantFolder) throw Errors.fileNotFound(src);
    requirePerm(req, from.list, op.startsWith('move') ? Perm.DeleteListItems : Perm.ViewListItems);
    requirePerm(req, to, Perm.AddListItems);
    const options = (body.options ?? {}) as { KeepBoth?: boolean };
    const overwrite = seg.args?.named.overwrite === true || firstArg(seg) === true;
    app.documents.copy(src, dest, { move: op.startsWith('move'), keepBoth: options.KeepBoth === true, overwrite }, req.user.id);
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
  } });
}

/** In-progress chunked uploads, by upload id: the bytes received so far. */
const uploads = new Map<string, { url: string; chunks: Buffer[]; size: number }>();

/** file/startUpload(uploadId=guid'…'), continueUpload(…,fileOffset=n), finishUpload(…), cancelUpload(…) */
export function chunkedUpload(app: AppContext, req: ApiRequest, url: string, seg: PathSegment, limit: number): ApiResponse | null {
  if (!['startupload', 'continueupload', 'finishupload', 'cancelupload'].includes(seg.name)) return null;
  return byMethod(req, { POST: () => {
    const found = app.documents.locate(url);
    if (!found?.row) throw Errors.fileNotFound(url);
    requirePerm(req, found.list, Perm.EditListItems);
    const id = String(seg.args?.named.uploadid ?? '').toLowerCase();
    if (!/^[0-9a-f-]{36}$/.test(id)) throw Errors.badRequest("The parameter 'uploadId' must be a GUID.", '-1, System.ArgumentException');
    if (seg.name === 'cancelupload') {
      uploads.delete(id);
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    }
    let session = uploads.get(id);
    if (seg.name === 'startupload') {
      session = { url: found.url, chunks: [], size: 0 };
      uploads.set(id, session);
    }
    if (!session || session.url !== found.url) throw Errors.badRequest(`There is no upload ${id} for this file.`, '-2147024809, System.ArgumentException');
    if (seg.name !== 'startupload' && Number(seg.args?.named.fileoffset) !== session.size) {
      throw Errors.badRequest(`The file offset ${String(seg.args?.named.fileoffset)} does not match the ${session.size} bytes uploaded so far.`, '-2147024809, System.ArgumentException');
    }
    session.chunks.push(req.body);
    session.size += req.body.length;
    if (session.size > limit * 10) {
      uploads.delete(id);
      throw Errors.badRequest('The file is larger than the local server keeps.', '-2147024809, System.ArgumentException');
    }
    if (seg.name !== 'finishupload') return valueResponse(render(req), seg.name === 'startupload' ? 'StartUpload' : 'ContinueUpload', session.size, 'Edm.Int64');
    uploads.delete(id);
    app.documents.setContent(found.list, found.row, new Uint8Array(Buffer.concat(session.chunks)), req.user.id);
    return routeFilePath(app, { ...req, method: 'GET', query: new URLSearchParams() }, found.url, []);
  } });
}

/** web/getFileById('…'), web/getFolderById('…'), web/getFileByUrl(@p1) */
export function byIdOrUrl(app: AppContext, req: ApiRequest, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  const arg = String(firstArg(seg) ?? '');
  if (seg.name === 'getfilebyurl') {
    // an absolute, URL-encoded address (EncodedAbsUrl); a malformed escape simply finds no file
    let path = serverRelative(arg);
    try {
      path = decodeURI(path);
    } catch {
      throw Errors.fileNotFound(arg);
    }
    return routeFilePath(app, req, path, rest);
  }
  if (seg.name === 'getfolderbyid' && arg.replace(/[{}]/g, '').toLowerCase() === app.webId) return webRootFolder(app, req, rest);
  const found = app.documents.byUniqueId(arg);
  if (seg.name === 'getfilebyid') {
    if (!found?.row || Number(found.row._FSObjType) !== 0) throw Errors.fileNotFound(arg);
    return routeFilePath(app, req, found.url, rest);
  }
  if (!found || (found.row && Number(found.row._FSObjType) !== 1)) throw Errors.fileNotFound(arg);
  return routeFolder(app, req, found.list, found.row, rest);
}

/** web/rootFolder: the site's own folder; its folders are the libraries' root folders. */
export function webRootFolder(app: AppContext, req: ApiRequest, rest: PathSegment[]): ApiResponse {
  const libraries = app.store.allLists().filter((l) => isLibrary(l) && !l.url.includes('/'));
  const entity = (): JsonObject => ({
    'odata.type': 'SP.Folder', 'odata.id': `${req.siteUrl}/_api/Web/RootFolder`, 'odata.editLink': 'Web/RootFolder', Exists: true, IsWOPIEnabled: false,
    ItemCount: 0, Name: '', ProgID: null, ServerRelativePath: { DecodedUrl: app.siteRelative }, ServerRelativeUrl: app.siteRelative,
    TimeCreated: app.store.meta('created') ?? '', TimeLastModified: app.store.meta('created') ?? '', UniqueId: app.webId, WelcomePage: 'SitePages/Home.aspx',
  });
  if (end(rest)) return byMethod(req, { GET: () => entityResponse(render(req), projectProperties(entity(), parseQuery(req.query).select), 'SP.Folder') });
  const [seg, ...more] = rest;
  if (seg.name === 'folders') {
    const named = seg.args ? String(firstArg(seg)) : more[0]?.name === 'getbyurl' ? String(firstArg(more[0])) : null;
    if (named !== null) return routeFolderPath(app, req, `${app.siteRelative}/${named}`, seg.args ? more : more.slice(1));
    if (end(more)) {
      return byMethod(req, { GET: () => collectionResponse(render(req), libraries.map((l) => ({ ...projectProperties({ 'odata.type': 'SP.Folder', Name: l.url, ServerRelativeUrl: app.documents.rootUrl(l), UniqueId: l.id }, parseQuery(req.query).select) })), 'SP.ApiData.Folders') });
    }
  }
  if (seg.name === 'files' && end(more)) return byMethod(req, { GET: () => collectionResponse(render(req), [], 'SP.ApiData.Files12') });
  throw Errors.resourceNotFound(req.url.pathname);
}
