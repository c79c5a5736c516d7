/**
 * List item attachments: item/AttachmentFiles (GET), AttachmentFiles/add(FileName='…') (raw body),
 * AttachmentFiles('name') and getByFileName('name') (GET, DELETE), ('name')/$value (GET, PUT) and
 * recycleObject. Files live at <list>/Attachments/<item id>/<name>, as in SharePoint, and are served
 * sandboxed like every other file.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { isLibrary, ListMeta, newGuid, nowIso } from '../store/db';
import { q } from '../store/sqlite';
import { AppContext, render, requirePerm } from './context';
import { SAFE_FILE_HEADERS } from './documents';
import { contentTypeFor } from './files';
import { Perm } from './permissions';
import { byMethod, end } from './router';
import { checkLeafName } from '../store/documents';

const folderOf = (app: AppContext, list: ListMeta, id: number): string => `${app.siteRelative}/${list.url}/Attachments/${id}`;

function entity(req: ApiRequest, list: ListMeta, id: number, url: string): JsonObject {
  const name = url.split('/').pop() ?? '';
  const path = `Web/Lists(guid'${list.id}')/Items(${id})/AttachmentFiles('${name.replace(/'/g, "''")}')`;
  return {
    'odata.type': 'SP.Attachment', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    FileName: name, FileNameAsPath: { DecodedUrl: name }, ServerRelativePath: { DecodedUrl: url }, ServerRelativeUrl: url,
  };
}

function names(app: AppContext, list: ListMeta, id: number): string[] {
  return app.store.stmt('SELECT url FROM sp_files WHERE list_id = ? AND item_id = ? AND url LIKE ? ORDER BY created, url')
    .all(list.id, id, `${folderOf(app, list, id)}/%`).map((r) => String(r.url));
}

function recount(app: AppContext, list: ListMeta, id: number): void {
  app.store.stmt(`UPDATE ${q(list.table)} SET _Attachments = ? WHERE ID = ?`).run(names(app, list, id).length, id);
}

export function routeAttachments(app: AppContext, req: ApiRequest, list: ListMeta, id: number, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  if (isLibrary(list)) throw Errors.badRequest('Attachments are not supported in a document library.', '-2147024809, System.ArgumentException');
  if (seg.args) return routeOne(app, req, list, id, String(firstArg(seg) ?? ''), rest);
  if (end(rest)) {
    return byMethod(req, { GET: () => {
      requirePerm(req, list, Perm.ViewListItems, id);
      const sel = parseQuery(req.query).select;
      return collectionResponse(render(req), names(app, list, id).map((u) => projectProperties(entity(req, list, id, u), sel)), 'SP.ApiData.Attachments');
    } });
  }
  const [sub, ...more] = rest;
  if (sub.name === 'getbyfilename' || sub.name === 'getbyfilenameaspath') return routeOne(app, req, list, id, String(firstArg(sub) ?? ''), more);
  if (sub.name === 'add' && end(more)) {
    return byMethod(req, { POST: () => {
      if (req.inBatch) throw Errors.badRequest('Attachments cannot be added inside a $batch.', '-1, Microsoft.SharePoint.Client.ClientServiceException');
      requirePerm(req, list, Perm.EditListItems, id);
      const name = String(sub.args?.named.filename ?? firstArg(sub) ?? '');
      checkLeafName(name);
      const url = `${folderOf(app, list, id)}/${name}`;
      if (app.store.stmt('SELECT 1 FROM sp_files WHERE url = ?').get(url)) {
        throw Errors.badRequest(`The specified name is already in use. The document or folder name was not changed.`, '-2130575257, Microsoft.SharePoint.SPException');
      }
      app.store.stmt('INSERT INTO sp_files (url, unique_id, name, content_type, content, created, author, list_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(url, newGuid(), name, contentTypeFor(name), new Uint8Array(req.body), nowIso(), req.user.id, list.id, id);
      recount(app, list, id);
      return entityResponse(render(req), entity(req, list, id, url), 'SP.Attachment');
    } });
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeOne(app: AppContext, req: ApiRequest, list: ListMeta, id: number, name: string, rest: PathSegment[]): ApiResponse {
  const url = `${folderOf(app, list, id)}/${name}`;
  const row = app.store.stmt('SELECT content FROM sp_files WHERE url = ? AND list_id = ? AND item_id = ?').get(url, list.id, id);
  if (!row) throw Errors.fileNotFound(url);
  const remove = (): ApiResponse => {
    requirePerm(req, list, Perm.EditListItems, id);
    app.store.stmt('DELETE FROM sp_files WHERE url = ?').run(url);
    recount(app, list, id);
    return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
  };
  if (end(rest)) return byMethod(req, { GET: () => entityResponse(render(req), projectProperties(entity(req, list, id, url), parseQuery(req.query).select), 'SP.Attachment'), DELETE: remove });
  const [seg, ...more] = rest;
  if (!end(more)) throw Errors.resourceNotFound(req.url.pathname);
  if (seg.name === '$value') {
    if (req.method === 'GET') {
      requirePerm(req, list, Perm.ViewListItems, id);
      return { status: 200, headers: { 'Content-Type': contentTypeFor(name), ...SAFE_FILE_HEADERS(name) }, body: Buffer.from(row.content as Uint8Array) };
    }
    if (req.method === 'PUT' || req.method === 'POST') {
      requirePerm(req, list, Perm.EditListItems, id);
      app.store.stmt('UPDATE sp_files SET content = ? WHERE url = ?').run(new Uint8Array(req.body), url);
      return noContent();
    }
  }
  if (seg.name === 'recycleobject' && req.method !== 'GET') return remove();
  throw Errors.methodNotAllowed(req.method, req.url.pathname);
}
