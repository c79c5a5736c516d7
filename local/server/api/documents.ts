/**
 * Folders and files of lists and libraries, as PnPjs's files and folders modules call them:
 * list/rootFolder/files|folders, web/getFolderByServerRelativePath(…), web/getFileByServerRelativePath(…),
 * files/addUsingPath(…) (raw body), files('name'), folders/addUsingPath(…), file/$value,
 * checkout, checkin, undoCheckout, listItemAllFields, item/file, item/folder, delete and recycle.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties, valueResponse } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { isLibrary, ListMeta } from '../store/db';
import type { Row } from '../store/items';
import { AppContext, render, requirePerm } from './context';
import { contentTypeFor } from './files';
import { compileReadPlan, renderItems } from './itemRender';
import { envFor } from './items';
import { rootFolder } from './lists';
import { Perm } from './permissions';
import { byMethod, end } from './router';
import { chunkedUpload } from './documentOps';
import { evaluate } from '../odata/evaluate';
import { checkProperties, jsonBody } from './context';
import { DEFAULT_BODY_LIMIT } from '../http/guard';

const pathOf = (kind: 'File' | 'Folder', url: string): string => `Web/Get${kind}ByServerRelativePath(decodedurl='${url.replace(/'/g, "''")}')`;

function fileEntity(app: AppContext, req: ApiRequest, row: Row): JsonObject {
  const url = String(row._FileRef);
  const bytes = app.documents.content(url);
  const out = row._CheckoutUser !== null && row._CheckoutUser !== undefined;
  return {
    'odata.type': 'SP.File', 'odata.id': `${req.siteUrl}/_api/${pathOf('File', url)}`, 'odata.editLink': pathOf('File', url),
    CheckInComment: '', CheckOutType: out ? 0 : 2, ContentTag: `{${String(row.GUID).toUpperCase()}},${row._Version},${row._Version}`, CustomizedPageStatus: 0,
    ETag: `"{${String(row.GUID).toUpperCase()}},${row._Version}"`, Exists: true, IrmEnabled: false, Length: String(bytes?.byteLength ?? 0), Level: out ? 255 : 1,
    LinkingUri: null, LinkingUrl: '', MajorVersion: Number(row._Version), MinorVersion: 0, Name: url.split('/').pop() ?? '',
    ServerRelativePath: { DecodedUrl: url }, ServerRelativeUrl: url, TimeCreated: String(row.Created), TimeLastModified: String(row.Modified),
    Title: row.Title === null || row.Title === undefined ? null : String(row.Title), UIVersion: Number(row._Version) * 512, UIVersionLabel: `${row._Version}.0`, UniqueId: String(row.GUID),
  };
}

function folderEntity(app: AppContext, req: ApiRequest, list: ListMeta, row: Row | null): JsonObject {
  if (!row) return { 'odata.id': `${req.siteUrl}/_api/${pathOf('Folder', app.documents.rootUrl(list))}`, 'odata.editLink': pathOf('Folder', app.documents.rootUrl(list)), ...rootFolder(app, list) };
  const url = String(row._FileRef);
  return {
    'odata.type': 'SP.Folder', 'odata.id': `${req.siteUrl}/_api/${pathOf('Folder', url)}`, 'odata.editLink': pathOf('Folder', url),
    Exists: true, IsWOPIEnabled: false, ItemCount: app.documents.children(list, url, 0).length + app.documents.children(list, url, 1).length,
    Name: url.split('/').pop() ?? '', ProgID: null, ServerRelativePath: { DecodedUrl: url }, ServerRelativeUrl: url, TimeCreated: String(row.Created),
    TimeLastModified: String(row.Modified), UniqueId: String(row.GUID), WelcomePage: '', ContentTypeOrder: [], UniqueContentTypeOrder: null,
  };
}

/** A collection read with $filter/$select/$top, as files and folders are (Name eq '…'). */
function collection(req: ApiRequest, entities: JsonObject[], type: string): ApiResponse {
  const q = parseQuery(req.query);
  let out = entities;
  if (q.filter) out = out.filter((e) => evaluate(q.filter!, e));
  if (q.top !== null) out = out.slice(0, q.top);
  return collectionResponse(render(req), out.map((e) => projectProperties(e, q.select)), type);
}

function storageMetrics(app: AppContext, list: ListMeta, url: string): JsonObject {
  const r = app.store.stmt("SELECT COUNT(*) AS n, COALESCE(SUM(length(content)), 0) AS size FROM sp_files WHERE list_id = ? AND url LIKE ? ESCAPE '\\'")
    .get(list.id, `${url.replace(/[\\%_]/g, (c) => `\\${c}`)}/%`);
  return { 'odata.type': 'SP.StorageMetrics', LastModified: list.modified, TotalFileCount: Number(r?.n ?? 0), TotalFileStreamSize: Number(r?.size ?? 0), TotalSize: Number(r?.size ?? 0) };
}

const one = (req: ApiRequest, e: JsonObject, type: string): ApiResponse => entityResponse(render(req), projectProperties(e, parseQuery(req.query).select), type);

function itemAllFields(app: AppContext, req: ApiRequest, list: ListMeta, row: Row): ApiResponse {
  const q = parseQuery(req.query);
  const [e] = renderItems(envFor(app, req, list), [row], compileReadPlan(app.store, list, q.select, q.expand));
  return entityResponse(render(req), e, `${list.entityType.replace(/Item$/, 'Items')}/@Element`);
}

/** folders/addUsingPath(DecodedUrl='…'): a name inside this folder, or a server-relative path under it. */
function resolveChild(base: string, given: string): { parent: string; name: string } {
  const full = given.startsWith('/') ? given.replace(/\/+$/, '') : `${base}/${given.replace(/^\/+|\/+$/g, '')}`;
  const i = full.lastIndexOf('/');
  return { parent: full.slice(0, i), name: full.slice(i + 1) };
}

export function routeFolder(app: AppContext, req: ApiRequest, list: ListMeta, row: Row | null, segs: PathSegment[]): ApiResponse {
  const url = row ? String(row._FileRef) : app.documents.rootUrl(list);
  if (end(segs)) {
    return byMethod(req, {
      GET: () => {
        requirePerm(req, list, Perm.ViewListItems);
        return one(req, folderEntity(app, req, list, row), 'SP.Folder');
      },
      DELETE: () => {
        requirePerm(req, list, Perm.DeleteListItems);
        if (!row) throw Errors.badRequest("A list's root folder cannot be deleted.", '-2147024809, System.ArgumentException');
        app.documents.delete(list, row);
        return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
      },
      MERGE: () => {
        requirePerm(req, list, Perm.EditListItems);
        const body = jsonBody(req);
        checkProperties(body, ['Name', 'WelcomePage', 'UniqueContentTypeOrder'], 'SP.Folder');
        // renaming is not modelled: the folder keeps its name, and a different one is refused rather than ignored
        if (body.Name !== undefined && body.Name !== (url.split('/').pop() ?? '')) {
          throw Errors.badRequest('Renaming a folder is not supported by the local server; move it with moveByPath instead.', '-2147024809, System.ArgumentException');
        }
        return noContent();
      },
    });
  }
  const [seg, ...rest] = segs;
  switch (seg.name) {
    case 'files':
      if (seg.args) return routeFileRow(app, req, list, childFile(app, list, url, String(firstArg(seg))), rest);
      if (end(rest)) {
        return byMethod(req, { GET: () => {
          requirePerm(req, list, Perm.ViewListItems);
          return collection(req, app.documents.children(list, url, 0).map((r) => fileEntity(app, req, r)), 'SP.ApiData.Files12');
        } });
      }
      if (rest[0].name === 'getbyurl') return routeFileRow(app, req, list, childFile(app, list, url, String(firstArg(rest[0]))), rest.slice(1));
      if (rest[0].name === 'addtemplatefile' && rest.length === 1) {
        // a page made from a template: the page file itself, empty, where it was asked for (any library)
        return byMethod(req, { POST: () => {
          const target = String(rest[0].args?.named.urloffile ?? '');
          const lib = app.documents.listFor(target);
          if (!lib || !isLibrary(lib)) throw Errors.fileNotFound(target);
          requirePerm(req, lib, Perm.AddListItems);
          const { parent, name } = resolveChild(app.documents.rootUrl(lib), target);
          const saved = app.documents.addFile(lib, parent.toLowerCase() === app.documents.rootUrl(lib).toLowerCase() ? app.documents.rootUrl(lib) : requireFolder(app, lib, parent), name, new Uint8Array(), false, req.user.id, 'text/html');
          return entityResponse(render(req), fileEntity(app, req, saved), 'SP.File');
        } });
      }
      if ((rest[0].name === 'add' || rest[0].name === 'addusingpath') && rest.length === 1) {
        return byMethod(req, { POST: () => {
          requirePerm(req, list, Perm.AddListItems);
          if (!isLibrary(list)) throw Errors.badRequest('Files can only be added to a document library.', '-2147024809, System.ArgumentException');
          const named = rest[0].args?.named ?? {};
          const given = String(named.decodedurl ?? named.url ?? firstArg(rest[0]) ?? '');
          const { parent, name } = resolveChild(url, given);
          const target = parent.toLowerCase() === url.toLowerCase() ? url : requireFolder(app, list, parent);
          const saved = app.documents.addFile(list, target, name, new Uint8Array(req.body), named.overwrite === true, req.user.id, contentTypeFor(name));
          return entityResponse(render(req), fileEntity(app, req, saved), 'SP.File');
        } });
      }
      break;
    case 'folders':
      if (seg.args) return routeFolder(app, req, list, childFolder(app, list, url, String(firstArg(seg))), rest);
      if (end(rest)) {
        return byMethod(req, {
          GET: () => {
            requirePerm(req, list, Perm.ViewListItems);
            return collection(req, app.documents.children(list, url, 1).map((r) => folderEntity(app, req, list, r)), 'SP.ApiData.Folders');
          },
        });
      }
      if (rest[0].name === 'getbyurl') return routeFolder(app, req, list, childFolder(app, list, url, String(firstArg(rest[0]))), rest.slice(1));
      if ((rest[0].name === 'add' || rest[0].name === 'addusingpath') && rest.length === 1) {
        return byMethod(req, { POST: () => {
          requirePerm(req, list, Perm.AddListItems);
          const named = rest[0].args?.named ?? {};
          const { parent, name } = resolveChild(url, String(named.decodedurl ?? firstArg(rest[0]) ?? ''));
          const target = parent.toLowerCase() === url.toLowerCase() ? url : requireFolder(app, list, parent);
          return entityResponse(render(req), folderEntity(app, req, list, app.documents.addFolder(list, target, name, req.user.id)), 'SP.Folder');
        } });
      }
      break;
    case 'listitemallfields':
      if (!end(rest)) break;
      // a list's root folder has no item: SharePoint answers odata.null
      if (!row) return byMethod(req, { GET: () => ({ status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) }) });
      return byMethod(req, { GET: () => itemAllFields(app, req, list, row) });
    case 'storagemetrics':
      if (!end(rest)) break;
      return byMethod(req, { GET: () => entityResponse(render(req), storageMetrics(app, list, url), 'SP.StorageMetrics') });
    case 'properties':
      if (!end(rest)) break;
      return byMethod(req, { GET: () => entityResponse(render(req), { 'odata.type': 'SP.PropertyValues', vti_x005f_listname: `{${list.id.toUpperCase()}}` }, 'SP.PropertyValues') });
    case 'addsubfolderusingpath':
      if (!end(rest)) break;
      return byMethod(req, { POST: () => {
        requirePerm(req, list, Perm.AddListItems);
        const leaf = (jsonBody(req).leafPath as { DecodedUrl?: unknown } | undefined)?.DecodedUrl;
        if (typeof leaf !== 'string') throw Errors.badRequest("The parameter 'leafPath' needs a DecodedUrl.", '-1, System.ArgumentNullException');
        app.documents.addFolder(list, url, leaf, req.user.id);
        return noContent();
      } });
    case 'deletewithparameters':
      if (!row || !end(rest)) break;
      return byMethod(req, { POST: () => {
        requirePerm(req, list, Perm.DeleteListItems);
        app.documents.delete(list, row);
        return noContent();
      } });
    case 'parentfolder': {
      if (!end(rest)) break;
      if (!row) return byMethod(req, { GET: () => entityResponse(render(req), { 'odata.type': 'SP.Folder', Name: '', ServerRelativeUrl: app.siteRelative, Exists: true }, 'SP.Folder') });
      const parent = url.slice(0, url.lastIndexOf('/'));
      return byMethod(req, { GET: () => one(req, folderEntity(app, req, list, parent.toLowerCase() === app.documents.rootUrl(list).toLowerCase() ? null : app.documents.locate(parent)!.row), 'SP.Folder') });
    }
    case 'recycle':
      if (!row || !end(rest)) break;
      return byMethod(req, { POST: () => {
        requirePerm(req, list, Perm.DeleteListItems);
        app.documents.delete(list, row);
        return valueResponse(render(req), 'Recycle', String(row.GUID), 'Edm.Guid');
      } });
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function requireFolder(app: AppContext, list: ListMeta, url: string): string {
  const f = app.documents.locate(url);
  if (!f || (f.row && Number(f.row._FSObjType) !== 1) || f.list.id !== list.id) throw Errors.fileNotFound(url);
  return f.url;
}

function childFile(app: AppContext, list: ListMeta, folder: string, name: string): Row {
  const f = app.documents.locate(name.startsWith('/') ? name : `${folder}/${name}`);
  if (!f?.row || Number(f.row._FSObjType) !== 0) throw Errors.fileNotFound(`${folder}/${name}`);
  return f.row;
}

function childFolder(app: AppContext, list: ListMeta, folder: string, name: string): Row {
  const f = app.documents.locate(name.startsWith('/') ? name : `${folder}/${name}`);
  if (!f?.row || Number(f.row._FSObjType) !== 1) throw Errors.fileNotFound(`${folder}/${name}`);
  return f.row;
}

function routeFileRow(app: AppContext, req: ApiRequest, list: ListMeta, row: Row, segs: PathSegment[]): ApiResponse {
  const reread = (): Row => app.items.require(list, Number(row.ID));
  if (end(segs)) {
    return byMethod(req, {
      GET: () => {
        requirePerm(req, list, Perm.ViewListItems);
        return one(req, fileEntity(app, req, row), 'SP.File');
      },
      DELETE: () => {
        requirePerm(req, list, Perm.DeleteListItems);
        app.documents.requireNotLockedByOther(row, req.user.id);
        app.documents.delete(list, row);
        return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
      },
    });
  }
  const [seg, ...rest] = segs;
  if (!end(rest)) throw Errors.resourceNotFound(req.url.pathname);
  const chunked = chunkedUpload(app, req, String(row._FileRef), seg, DEFAULT_BODY_LIMIT);
  if (chunked) return chunked;
  const edit = (fn: () => void): ApiResponse => byMethod(req, { POST: () => {
    requirePerm(req, list, Perm.EditListItems);
    fn();
    return noContent();
  } });
  switch (seg.name) {
    case '$value':
      if (req.method === 'GET') {
        requirePerm(req, list, Perm.ViewListItems);
        const name = String(row._FileRef);
        return { status: 200, headers: { 'Content-Type': contentTypeFor(name), ...SAFE_FILE_HEADERS(name) }, body: Buffer.from(app.documents.content(name) ?? new Uint8Array()) };
      }
      if (req.method !== 'PUT' && req.method !== 'POST') throw Errors.methodNotAllowed(req.method, req.url.pathname);
      requirePerm(req, list, Perm.EditListItems);
      app.documents.setContent(list, row, new Uint8Array(req.body), req.user.id);
      return noContent();
    case 'copyto':
    case 'moveto': {
      const named = seg.args?.named ?? {};
      const dest = String(named.strnewurl ?? named.newurl ?? firstArg(seg) ?? '');
      return byMethod(req, { POST: () => {
        requirePerm(req, list, seg.name === 'moveto' ? Perm.DeleteListItems : Perm.ViewListItems);
        const target = app.documents.listFor(dest);
        if (!target) throw Errors.fileNotFound(dest);
        requirePerm(req, target, Perm.AddListItems);
        const overwrite = named.boverwrite === true || (typeof named.flags === 'number' && (named.flags & 1) === 1);
        app.documents.copy(String(row._FileRef), dest, { move: seg.name === 'moveto', keepBoth: false, overwrite }, req.user.id);
        return noContent();
      } });
    }
    case 'checkout': return edit(() => app.documents.checkout(list, row, req.user.id));
    case 'checkin': return edit(() => app.documents.checkin(list, reread(), req.user.id));
    case 'undocheckout': return edit(() => app.documents.undoCheckout(list, row, req.user.id));
    case 'listitemallfields': return byMethod(req, { GET: () => itemAllFields(app, req, list, reread()) });
    case 'deletewithparameters': return byMethod(req, { POST: () => {
      requirePerm(req, list, Perm.DeleteListItems);
      app.documents.requireNotLockedByOther(row, req.user.id);
      app.documents.delete(list, row);
      return noContent();
    } });
    case 'versions': return byMethod(req, { GET: () => {
      requirePerm(req, list, Perm.ViewListItems);
      // a document's earlier versions (the current one is the file itself)
      const past = app.items.versions(list, Number(row.ID)).slice(1);
      return collection(req, past.map((v) => ({
        'odata.type': 'SP.FileVersion', CheckInComment: '', Created: v.created, ID: v.version * 512, IsCurrentVersion: false,
        Length: String(app.documents.content(String(row._FileRef))?.byteLength ?? 0), Url: `_vti_history/${v.version * 512}/${String(row._FileRef).slice(app.documents.rootUrl(list).length + 1)}`, VersionLabel: `${v.version}.0`,
      })), 'SP.ApiData.FileVersions');
    } });
    case 'recycle':
      return byMethod(req, { POST: () => {
        requirePerm(req, list, Perm.DeleteListItems);
        app.documents.delete(list, row);
        return valueResponse(render(req), 'Recycle', String(row.GUID), 'Edm.Guid');
      } });
    case 'checkedoutbyuser':
    case 'lockedbyuser': {
      const holder = row._CheckoutUser === null || row._CheckoutUser === undefined ? undefined : app.users.byId(Number(row._CheckoutUser));
      const none: ApiResponse = { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
      return byMethod(req, { GET: () => (holder ? entityResponse(render(req), app.users.entity(holder), 'SP.ApiData.Users/@Element') : none) });
    }
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

/** Files are served so that they cannot run as a page of the site: sandboxed, never sniffed, SVG as a download. */
export function SAFE_FILE_HEADERS(name: string): Record<string, string> {
  const headers: Record<string, string> = { 'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox", 'X-Content-Type-Options': 'nosniff' };
  if (/\.svgz?$/i.test(name)) headers['Content-Disposition'] = `attachment; filename="${(name.split('/').pop() ?? 'file').replace(/["\\\r\n]/g, '_')}"`;
  return headers;
}

export function routeFolderPath(app: AppContext, req: ApiRequest, url: string, rest: PathSegment[]): ApiResponse {
  const found = app.documents.locate(url);
  if (!found || (found.row && Number(found.row._FSObjType) !== 1)) throw Errors.fileNotFound(url);
  return routeFolder(app, req, found.list, found.row, rest);
}

export function routeFilePath(app: AppContext, req: ApiRequest, url: string, rest: PathSegment[]): ApiResponse {
  const found = app.documents.locate(url);
  if (!found?.row || Number(found.row._FSObjType) !== 0) throw Errors.fileNotFound(url);
  return routeFileRow(app, req, found.list, found.row, rest);
}

/** item/file and item/folder */
export function routeItemFile(app: AppContext, req: ApiRequest, list: ListMeta, id: number, kind: 'file' | 'folder', rest: PathSegment[]): ApiResponse {
  const row = app.items.require(list, id);
  const type = Number(row._FSObjType);
  if ((kind === 'file' && type !== 0) || (kind === 'folder' && type !== 1) || !row._FileRef) throw Errors.fileNotFound(`${list.url}/${id}`);
  return kind === 'file' ? routeFileRow(app, req, list, row, rest) : routeFolder(app, req, list, row, rest);
}
