/**
 * The web and its lists: web, web/lists (GET, POST — which lists.ensure uses), a list's
 * metadata (GET, MERGE, DELETE) and its RootFolder.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import type { ListMeta } from '../store/db';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { Perm } from './permissions';

export function webEntity(app: AppContext, req: ApiRequest): JsonObject {
  return {
    'odata.type': 'SP.Web', 'odata.id': `${req.siteUrl}/_api/Web`, 'odata.editLink': 'Web',
    AllowRssFeeds: false, Configuration: 0, Created: app.store.meta('created') ?? '', Description: 'Council Directory (local SharePoint)',
    Id: app.webId, IsMultilingual: false, Language: 2057, LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ServerRelativeUrl: app.siteRelative, SiteLogoUrl: null, Title: 'Council', Url: req.siteUrl, WebTemplate: 'SITEPAGEPUBLISHING',
  };
}

export function getWeb(app: AppContext, req: ApiRequest): ApiResponse {
  return entityResponse(render(req), projectProperties(webEntity(app, req), parseQuery(req.query).select), 'SP.Web');
}

function rootFolder(app: AppContext, list: ListMeta): JsonObject {
  const url = `${app.siteRelative}/${list.url}`;
  return { 'odata.type': 'SP.Folder', Exists: true, ItemCount: app.store.itemCount(list), Name: list.url.split('/').pop() ?? '', ServerRelativeUrl: url, ServerRelativePath: { DecodedUrl: url }, UniqueId: list.id };
}

export function listEntity(app: AppContext, req: ApiRequest, list: ListMeta, expand: string[] = []): JsonObject {
  const path = `Web/Lists(guid'${list.id}')`;
  const e: JsonObject = {
    'odata.type': 'SP.List', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    AllowContentTypes: true, BaseTemplate: list.template, BaseType: 0, ContentTypesEnabled: false, Created: list.created,
    Description: list.description, Direction: 'none', EnableAttachments: true, EnableFolderCreation: false, EnableMinorVersions: false,
    EnableModeration: list.enableModeration, EnableVersioning: list.enableVersioning, EntityTypeName: `${list.entityType.slice(8, -8)}List`,
    Hidden: list.hidden, Id: list.id, ItemCount: app.store.itemCount(list), LastItemModifiedDate: list.modified,
    ListItemEntityTypeFullName: list.entityType, NoCrawl: false, ParentWebUrl: app.siteRelative, Title: list.title,
  };
  if (expand.some((x) => x.toLowerCase() === 'rootfolder')) e.RootFolder = rootFolder(app, list);
  return e;
}

export function getLists(app: AppContext, req: ApiRequest): ApiResponse {
  const query = parseQuery(req.query);
  let lists = app.store.allLists().map((l) => listEntity(app, req, l, query.expand));
  if (query.filter) lists = lists.filter((l) => evaluate(query.filter!, l));
  if (query.top !== null) lists = lists.slice(0, query.top);
  return collectionResponse(render(req), lists.map((l) => projectProperties(l, query.select)), 'SP.ApiData.Lists');
}

export function getList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  const query = parseQuery(req.query);
  return entityResponse(render(req), projectProperties(listEntity(app, req, list, query.expand), query.select), 'SP.ApiData.Lists/@Element');
}

export function getRootFolder(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  return entityResponse(render(req), projectProperties(rootFolder(app, list), parseQuery(req.query).select), 'SP.Folder');
}

export function addList(app: AppContext, req: ApiRequest): ApiResponse {
  requirePerm(req, undefined, Perm.ManageLists);
  const body = jsonBody(req);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (!title) throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
  if (app.store.listByTitle(title)) {
    throw Errors.badRequest('A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
      '-2130575342, Microsoft.SharePoint.SPException');
  }
  const template = typeof body.BaseTemplate === 'number' ? body.BaseTemplate : 100;
  if (template !== 100) throw Errors.badRequest(`The local server only creates generic lists (BaseTemplate 100), not ${template}.`, '-1, System.ArgumentException');
  const list = app.store.createList({
    title, description: typeof body.Description === 'string' ? body.Description : '', template,
    enableModeration: body.EnableModeration === true, enableVersioning: body.EnableVersioning !== false, hidden: body.Hidden === true,
  });
  return entityResponse(render(req), listEntity(app, req, list), 'SP.ApiData.Lists/@Element', 201);
}

export function updateList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const body = jsonBody(req);
  const title = typeof body.Title === 'string' && body.Title.trim() ? body.Title.trim() : list.title;
  const clash = app.store.listByTitle(title);
  if (clash && clash.id !== list.id) throw Errors.badRequest('A list with the specified title already exists in this Web site.', '-2130575342, Microsoft.SharePoint.SPException');
  app.store.updateList(list, {
    title,
    description: typeof body.Description === 'string' ? body.Description : list.description,
    enableModeration: typeof body.EnableModeration === 'boolean' ? body.EnableModeration : list.enableModeration,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : list.enableVersioning,
    hidden: typeof body.Hidden === 'boolean' ? body.Hidden : list.hidden,
  });
  return noContent();
}

export function deleteList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  app.store.deleteList(list);
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}
