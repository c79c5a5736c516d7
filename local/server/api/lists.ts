/**
 * The web's lists: web/lists (GET, POST — which lists.add and lists.ensure use),
 * ensureSiteAssetsLibrary / ensureSitePagesLibrary, a list's metadata (GET with $expand of
 * RootFolder and ParentWeb, MERGE, DELETE, recycle) and its RootFolder.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties, valueResponse } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import { isLibrary, ListMeta } from '../store/db';
import { AppContext, checkProperties, jsonBody, render, requirePerm } from './context';
import { Perm } from './permissions';
import { webEntity } from './web';
import { hasUniqueRoleAssignments } from './security';
import { checkSecuritySettings } from './readSecurity';

/** SharePoint's limit on a list title. */
export const MAX_LIST_TITLE = 255;

/** List templates the server can make: generic list, document library, picture library, page library. */
const TEMPLATES = new Set([100, 101, 109, 119]);

/** Properties of SP.List a client may send when creating or updating a list. */
const SETTABLE = ['Title', 'Description', 'BaseTemplate', 'AllowContentTypes', 'ContentTypesEnabled', 'OnQuickLaunch', 'EnableVersioning',
  'EnableMinorVersions', 'EnableModeration', 'EnableAttachments', 'EnableFolderCreation', 'Hidden', 'NoCrawl', 'MajorVersionLimit',
  'MajorWithMinorVersionsLimit', 'DraftVersionVisibility', 'ForceCheckout', 'IrmEnabled', 'IrmExpire', 'IrmReject', 'DocumentTemplateUrl',
  'Direction', 'EnableRequestSignOff', 'ExcludeFromOfflineClient', 'ReadSecurity', 'WriteSecurity', 'ValidationFormula', 'ValidationMessage',
  'ListExperienceOptions', 'DisableGridEditing', 'TemplateFeatureId', 'ImageUrl', 'DefaultContentApprovalWorkflowId', 'CrawlNonDefaultViews',
  'EnableAssignToEmail', 'IsApplicationList', 'DisableCommenting', 'DefaultSensitivityLabelForLibrary', 'Color', 'Icon'];

/** Kept in ListMeta.props and echoed back on reads. */
const EXTRA = ['OnQuickLaunch', 'EnableMinorVersions', 'EnableAttachments', 'EnableFolderCreation', 'NoCrawl', 'MajorVersionLimit', 'ForceCheckout',
  'Direction', 'ValidationFormula', 'ValidationMessage', 'ListExperienceOptions', 'DisableGridEditing', 'ImageUrl', 'DraftVersionVisibility',
  'ReadSecurity', 'WriteSecurity', 'IrmEnabled', 'ExcludeFromOfflineClient', 'DisableCommenting', 'ContentTypesEnabled', 'AllowContentTypes'];

export function rootFolder(app: AppContext, list: ListMeta): JsonObject {
  const url = `${app.siteRelative}/${list.url}`;
  return {
    'odata.type': 'SP.Folder', Exists: true, IsWOPIEnabled: false, ItemCount: app.store.itemCount(list), Name: list.url.split('/').pop() ?? '',
    ProgID: null, ServerRelativeUrl: url, ServerRelativePath: { DecodedUrl: url }, TimeCreated: list.created, TimeLastModified: list.modified,
    UniqueId: list.id, WelcomePage: '',
  };
}

const bool = (v: unknown, fallback: boolean): boolean => (typeof v === 'boolean' ? v : fallback);

export function listEntity(app: AppContext, req: ApiRequest, list: ListMeta, expand: string[] = []): JsonObject {
  const path = `Web/Lists(guid'${list.id}')`;
  const p = list.props;
  const library = isLibrary(list);
  const e: JsonObject = {
    'odata.type': 'SP.List', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    AllowContentTypes: bool(p.AllowContentTypes, true), AllowDeletion: true, BaseTemplate: list.template, BaseType: library ? 1 : 0,
    ContentTypesEnabled: bool(p.ContentTypesEnabled, false), CrawlNonDefaultViews: false, Created: list.created, DefaultContentApprovalWorkflowId: '00000000-0000-0000-0000-000000000000',
    Description: list.description, Direction: (p.Direction as string) ?? 'none', DisableGridEditing: bool(p.DisableGridEditing, false), DocumentTemplateUrl: library ? `${app.siteRelative}/${list.url}/Forms/template.dotx` : null,
    DraftVersionVisibility: Number(p.DraftVersionVisibility ?? 0), EnableAttachments: library ? false : bool(p.EnableAttachments, true),
    EnableFolderCreation: bool(p.EnableFolderCreation, library), EnableMinorVersions: bool(p.EnableMinorVersions, false), EnableModeration: list.enableModeration,
    EnableVersioning: list.enableVersioning, EntityTypeName: list.entityType.replace(/^SP\.Data\./, '').replace(/Item$/, '').replace(/List$/, library ? '' : 'List') || 'List',
    ExcludeFromOfflineClient: bool(p.ExcludeFromOfflineClient, false), ForceCheckout: bool(p.ForceCheckout, false), HasExternalDataSource: false,
    HasUniqueRoleAssignments: hasUniqueRoleAssignments(app, { list }), Hidden: list.hidden,
    Id: list.id, ImageUrl: (p.ImageUrl as string) ?? (library ? '/_layouts/15/images/itdl.png?rev=47' : '/_layouts/15/images/itgen.png?rev=47'), IrmEnabled: bool(p.IrmEnabled, false),
    IsApplicationList: false, IsCatalog: false, IsPrivate: false, ItemCount: app.store.itemCount(list), LastItemDeletedDate: list.modified, LastItemModifiedDate: list.modified,
    LastItemUserModifiedDate: list.modified, ListExperienceOptions: Number(p.ListExperienceOptions ?? 0), ListItemEntityTypeFullName: list.entityType,
    MajorVersionLimit: Number(p.MajorVersionLimit ?? (list.enableVersioning ? 500 : 0)), MultipleDataList: false, NoCrawl: bool(p.NoCrawl, false),
    OnQuickLaunch: bool(p.OnQuickLaunch, false), ParentWebUrl: app.siteRelative, ParentWebPath: { DecodedUrl: app.siteRelative }, ReadSecurity: Number(p.ReadSecurity ?? 1),
    ServerTemplateCanCreateFolders: true, TemplateFeatureId: library ? '00bfea71-e717-4e80-aa17-d0c71b360101' : '00bfea71-de22-43b2-a848-c05709900100', Title: list.title,
    ValidationFormula: (p.ValidationFormula as string) ?? '', ValidationMessage: (p.ValidationMessage as string) ?? '', WriteSecurity: Number(p.WriteSecurity ?? 1),
  };
  for (const x of expand) {
    const head = x.split('/')[0].toLowerCase();
    if (head === 'rootfolder') e.RootFolder = rootFolder(app, list);
    else if (head === 'parentweb') e.ParentWeb = webEntity(app, req);
    else if (head === 'defaultview') e.DefaultView = null; // filled by the caller that knows views
    else if (!['fields', 'views', 'contenttypes', 'firstuniqueancestorsecurableobject', 'roleassignments', 'forms', 'informationrightsmanagementsettings', 'usercustomactions', 'eventreceivers', 'subscriptions'].includes(head)) {
      throw Errors.propertyNotFound(x.split('/')[0], 'SP.List');
    }
  }
  return e;
}

/** $select of RootFolder/X or ParentWeb/X needs the matching $expand, as in SharePoint. */
function checkSelectExpands(select: string[] | null, expand: string[]): void {
  for (const path of select ?? []) {
    const [head, sub] = path.split('/');
    if (sub !== undefined && !expand.some((x) => x.split('/')[0].toLowerCase() === head.toLowerCase())) {
      throw Errors.badRequest(`The query to field '${path}' is not valid. The $select query string must specify the target fields and the $expand query string must contains ${head}.`,
        '-1, Microsoft.SharePoint.SPException');
    }
  }
}

export function getLists(app: AppContext, req: ApiRequest): ApiResponse {
  const query = parseQuery(req.query);
  checkSelectExpands(query.select, query.expand);
  let lists = app.store.allLists().map((l) => listEntity(app, req, l, query.expand));
  if (query.filter) lists = lists.filter((l) => evaluate(query.filter!, l));
  if (query.top !== null) lists = lists.slice(0, query.top);
  return collectionResponse(render(req), lists.map((l) => projectProperties(l, query.select)), 'SP.ApiData.Lists');
}

export function getList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  const query = parseQuery(req.query);
  checkSelectExpands(query.select, query.expand);
  return entityResponse(render(req), projectProperties(listEntity(app, req, list, query.expand), query.select), 'SP.ApiData.Lists/@Element');
}

export function getRootFolder(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  return entityResponse(render(req), projectProperties(rootFolder(app, list), parseQuery(req.query).select), 'SP.Folder');
}

function checkTitle(title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
  if (title.length > MAX_LIST_TITLE) {
    throw Errors.badRequest(`The list title is ${title.length} characters long; SharePoint allows at most ${MAX_LIST_TITLE}.`, '-2130575342, Microsoft.SharePoint.SPException');
  }
  if (/[\u0000-\u001f\u007f]/.test(title)) throw Errors.badRequest('The list title contains a control character, which SharePoint does not allow.', '-2130575342, Microsoft.SharePoint.SPException');
  return title.trim();
}

const titleTaken = (): never => {
  throw Errors.badRequest('A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.',
    '-2130575342, Microsoft.SharePoint.SPException');
};

function extraProps(body: Record<string, unknown>, into: Record<string, unknown> = {}): Record<string, unknown> {
  const out = { ...into };
  for (const k of EXTRA) if (body[k] !== undefined) out[k] = body[k];
  return out;
}

/** Creates a list through the same path as POST web/lists (ensureSiteAssetsLibrary uses it too). */
export function createListFrom(app: AppContext, body: Record<string, unknown>, url?: string): ListMeta {
  checkProperties(body, SETTABLE, 'SP.List');
  checkSecuritySettings(body);
  const title = checkTitle(body.Title);
  if (app.store.listByTitle(title)) titleTaken();
  const template = body.BaseTemplate === undefined ? 100 : body.BaseTemplate;
  if (typeof template !== 'number' || !TEMPLATES.has(template)) {
    throw Errors.badRequest(`The list template ${String(template)} is not one the local server can create (100, 101, 109, 119).`, '-2147024809, System.ArgumentException');
  }
  if (body.Description !== undefined && typeof body.Description !== 'string') throw Errors.badRequest("The property 'Description' must be a string.");
  const list = app.store.createList({
    title, url, description: typeof body.Description === 'string' ? body.Description : '', template,
    enableModeration: body.EnableModeration === true, enableVersioning: body.EnableVersioning !== false, hidden: body.Hidden === true, props: extraProps(body),
  });
  app.views.defaultOf(list);
  return list;
}

export function addList(app: AppContext, req: ApiRequest): ApiResponse {
  requirePerm(req, undefined, Perm.ManageLists);
  const list = createListFrom(app, jsonBody(req));
  return entityResponse(render(req), listEntity(app, req, list), 'SP.ApiData.Lists/@Element', 201);
}

/** lists/ensureSiteAssetsLibrary and lists/ensureSitePagesLibrary: find the library, or make it. */
export function ensureLibrary(app: AppContext, req: ApiRequest, kind: 'assets' | 'pages'): ApiResponse {
  const [title, url, template] = kind === 'assets' ? ['Site Assets', 'SiteAssets', 101] : ['Site Pages', 'SitePages', 119];
  let list = app.store.listByUrl(url);
  if (!list) {
    requirePerm(req, undefined, Perm.ManageLists);
    list = createListFrom(app, { Title: app.store.listByTitle(title) ? `${title} ${url}` : title, BaseTemplate: template, OnQuickLaunch: kind === 'pages' }, url);
  }
  return entityResponse(render(req), listEntity(app, req, list), 'SP.ApiData.Lists/@Element');
}

export function updateList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const body = jsonBody(req);
  checkProperties(body, SETTABLE, 'SP.List');
  checkSecuritySettings(body);
  if (body.BaseTemplate !== undefined && body.BaseTemplate !== list.template) {
    throw Errors.badRequest("The property 'BaseTemplate' cannot be changed after a list is created.", '-2147024809, System.ArgumentException');
  }
  const title = body.Title === undefined ? list.title : checkTitle(body.Title);
  const clash = app.store.listByTitle(title);
  if (clash && clash.id !== list.id) titleTaken();
  app.store.updateList(list, {
    title,
    description: typeof body.Description === 'string' ? body.Description : list.description,
    enableModeration: typeof body.EnableModeration === 'boolean' ? body.EnableModeration : list.enableModeration,
    enableVersioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : list.enableVersioning,
    hidden: typeof body.Hidden === 'boolean' ? body.Hidden : list.hidden,
    props: extraProps(body, list.props),
  });
  return noContent();
}

export function deleteList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  app.store.deleteList(list);
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}

/** list/recycle: the list goes (the local server has no recycle bin to restore from) and its id comes back. */
export function recycleList(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  app.store.deleteList(list);
  return valueResponse(render(req), 'Recycle', list.id, 'Edm.Guid');
}
