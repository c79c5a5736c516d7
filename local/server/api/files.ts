/**
 * Files: image-column uploads (web/UploadImage, used by PnPjs item.setImageField), reading them
 * back through web/getFileByServerRelativePath(decodedurl='…') (and /$value), and serving them
 * at their server-relative URL like SharePoint does (/sites/council/SiteAssets/Lists/<id>/x.jpg).
 */
import { Errors } from '../http/errors';
import { entityResponse, JsonObject, projectProperties } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { newGuid, nowIso } from '../store/db';
import { AppContext, render, requirePerm } from './context';
import { Perm } from './permissions';

const CONTENT_TYPES: Record<string, string> = {
  jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', svg: 'image/svg+xml',
};

export const contentTypeFor = (name: string): string => CONTENT_TYPES[(name.split('.').pop() ?? '').toLowerCase()] ?? 'application/octet-stream';

interface StoredFile {
  url: string;
  uniqueId: string;
  name: string;
  contentType: string;
  content: Uint8Array;
  created: string;
}

export function readFile(app: AppContext, url: string): StoredFile | undefined {
  const r = app.store.stmt('SELECT * FROM sp_files WHERE url = ?').get(url);
  if (!r) return undefined;
  return { url: String(r.url), uniqueId: String(r.unique_id), name: String(r.name), contentType: String(r.content_type), content: r.content as Uint8Array, created: String(r.created) };
}

function fileEntity(req: ApiRequest, f: StoredFile): JsonObject {
  const path = `Web/GetFileByServerRelativePath(decodedurl='${f.url.replace(/'/g, "''")}')`;
  return {
    'odata.type': 'SP.File', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    Exists: true, Length: String(f.content.byteLength), Name: f.name, ServerRelativeUrl: f.url, TimeCreated: f.created, TimeLastModified: f.created,
    Title: null, UniqueId: f.uniqueId, UIVersionLabel: '1.0',
  };
}

export function uploadImage(app: AppContext, req: ApiRequest): ApiResponse {
  const seg = req.segments[req.segments.length - 1];
  const named = seg.args?.named ?? {};
  const list = (typeof named.listid === 'string' && app.store.listById(named.listid)) || (typeof named.listtitle === 'string' && app.store.listByTitle(named.listtitle)) || undefined;
  if (!list) throw Errors.listNotFound(String(named.listtitle ?? named.listid ?? ''), req.siteUrl);
  const itemId = Number(named.itemid);
  requirePerm(req, list, Perm.EditListItems, Number.isInteger(itemId) && app.items.get(list, itemId) ? itemId : undefined);
  const imageName = String(named.imagename ?? '').trim();
  if (!imageName || /[\\/:*?"<>|#%]/.test(imageName)) throw Errors.badRequest(`The image name '${imageName}' is not valid.`, '-1, System.ArgumentException');
  if (!CONTENT_TYPES[(imageName.split('.').pop() ?? '').toLowerCase()]) {
    throw Errors.badRequest(`The file type of '${imageName}' is not supported for an image column.`, '-1, System.ArgumentException');
  }
  if (req.body.length === 0) throw Errors.badRequest('The image is empty.', '-1, System.ArgumentException');
  const folder = `${app.siteRelative}/SiteAssets/Lists/${list.id}`;
  const dot = imageName.lastIndexOf('.');
  let name = imageName;
  for (let i = 1; readFile(app, `${folder}/${name}`); i++) name = `${imageName.slice(0, dot)}_${i}${imageName.slice(dot)}`;
  const file: StoredFile = { url: `${folder}/${name}`, uniqueId: newGuid(), name, contentType: contentTypeFor(name), content: new Uint8Array(req.body), created: nowIso() };
  app.store.stmt('INSERT INTO sp_files (url, unique_id, name, content_type, content, created, author, list_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
    .run(file.url, file.uniqueId, file.name, file.contentType, file.content, file.created, req.user.id, list.id, typeof named.itemid === 'number' ? named.itemid : null);
  return entityResponse(render(req), fileEntity(req, file), 'SP.File');
}

/** web/getFileByServerRelativePath(decodedurl='…')[/$value] and getFileByServerRelativeUrl('…'). */
export function getFile(app: AppContext, req: ApiRequest, url: string, raw: boolean): ApiResponse {
  requirePerm(req, undefined, Perm.ViewListItems);
  const f = readFile(app, url);
  if (!f) throw Errors.fileNotFound(url);
  if (raw) return { status: 200, headers: { 'Content-Type': f.contentType }, body: Buffer.from(f.content) };
  return entityResponse(render(req), projectProperties(fileEntity(req, f), parseQuery(req.query).select), 'SP.File');
}
