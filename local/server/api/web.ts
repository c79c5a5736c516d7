/**
 * Web-level endpoints that are not lists: contextinfo, users and permissions.
 */
import { Errors } from '../http/errors';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../http/digest';
import { collectionResponse, entityResponse, JsonObject, projectProperties, valueResponse } from '../http/format';
import type { PathSegment } from '../http/path';
import { firstArg } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import type { ListMeta } from '../store/db';
import { AppContext, checkProperties, jsonBody, render, requirePerm } from './context';
import { userGroups } from './groups';
import { effectiveMask, maskJson, Perm } from './permissions';
import type { SiteUser } from './users';

export function webEntity(app: AppContext, req: ApiRequest): JsonObject {
  return {
    'odata.type': 'SP.Web', 'odata.id': `${req.siteUrl}/_api/Web`, 'odata.editLink': 'Web',
    AllowRssFeeds: false, Configuration: 0, Created: app.store.meta('created') ?? '', Description: 'Council Directory (local SharePoint)',
    Id: app.webId, IsMultilingual: false, Language: 2057, LastItemModifiedDate: new Date().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    ServerRelativeUrl: app.siteRelative, ServerRelativePath: { DecodedUrl: app.siteRelative }, SiteLogoUrl: null, Title: 'Council', Url: req.siteUrl,
    WebTemplate: 'SITEPAGEPUBLISHING',
  };
}

/** web, with $expand=ParentWeb (null: the site's root web has no parent) and the lists/fields it holds. */
export function getWeb(app: AppContext, req: ApiRequest): ApiResponse {
  const query = parseQuery(req.query);
  const e = webEntity(app, req);
  for (const x of query.expand) {
    const head = x.split('/')[0].toLowerCase();
    if (head === 'parentweb') e.ParentWeb = null;
    else if (!['lists', 'fields', 'webs', 'siteusers', 'currentuser', 'roleassignments', 'regionalsettings', 'rootfolder', 'features', 'sitegroups'].includes(head)) {
      throw Errors.propertyNotFound(x.split('/')[0], 'SP.Web');
    }
  }
  return entityResponse(render(req), projectProperties(e, query.select), 'SP.Web');
}

/** web/webs: the sub-webs. The local site has none (sub-webs are not modelled), so the collection is empty. */
export function getWebs(req: ApiRequest): ApiResponse {
  return collectionResponse(render(req), [], 'SP.ApiData.Webs');
}

/** Read raw by PnPjs (JSONParse), so it is the same whatever the Accept header says, bar verbose. */
export function contextInfo(app: AppContext, req: ApiRequest): ApiResponse {
  const info = {
    FormDigestTimeoutSeconds: DIGEST_TIMEOUT_SECONDS,
    FormDigestValue: issueDigest(app.secret),
    LibraryVersion: '16.0.0.0',
    SiteFullUrl: req.siteUrl,
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: req.siteUrl,
  };
  if (req.mode === 'verbose') {
    return { status: 200, headers: { 'Content-Type': 'application/json;odata=verbose;charset=utf-8' }, body: JSON.stringify({ d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...info, SupportedSchemaVersions: { results: info.SupportedSchemaVersions } } } }) };
  }
  return entityResponse(render(req), { 'odata.type': 'SP.ContextWebInformation', ...info }, 'SP.ContextWebInformation');
}

function userResponse(app: AppContext, req: ApiRequest, u: SiteUser | undefined): ApiResponse {
  if (!u) throw Errors.userNotFound();
  return entityResponse(render(req), projectProperties(app.users.entity(u), parseQuery(req.query).select), 'SP.ApiData.Users/@Element');
}

export function currentUser(app: AppContext, req: ApiRequest): ApiResponse {
  return userResponse(app, req, app.users.byId(req.user.id));
}

/** web/siteUsers[/getById(n)|/getByEmail('…')|/getByLoginName('…')|(n)] and web/getUserById(n). */
export function siteUsers(app: AppContext, req: ApiRequest, rest: PathSegment[]): ApiResponse {
  const seg = rest[0];
  if (!seg) {
    const query = parseQuery(req.query);
    let users = app.users.all().map((u) => app.users.entity(u));
    if (query.filter) users = users.filter((u) => evaluate(query.filter!, u));
    return collectionResponse(render(req), users.map((u) => projectProperties(u, query.select)), 'SP.ApiData.Users');
  }
  const arg = firstArg(seg);
  switch (seg.name) {
    case 'getbyid':
      // siteUsers(@v)?@v='i:0#.f|membership|…' is PnPjs's getByLoginName; a number is an id
      if (typeof arg === 'string' && !/^\d+$/.test(arg)) return userResponse(app, req, app.users.byLogin(arg));
      return userResponse(app, req, app.users.byId(Number(arg)));
    case 'getbyemail': return userResponse(app, req, app.users.byEmail(String(arg)));
    case 'getbyloginname': return userResponse(app, req, app.users.byLogin(String(arg)));
    default: throw Errors.resourceNotFound(seg.raw);
  }
}

/** The id a siteUsers segment names (getById(n), getByEmail('…'), getByLoginName('…'), (@v)); 404 when nobody. */
export function userIdOf(app: AppContext, seg: PathSegment): number {
  const arg = firstArg(seg);
  const u = seg.name === 'getbyemail' ? app.users.byEmail(String(arg))
    : seg.name === 'getbyloginname' || (typeof arg === 'string' && !/^\d+$/.test(arg)) ? app.users.byLogin(String(arg))
      : app.users.byId(Number(arg));
  if (!u) throw Errors.userNotFound();
  return u.id;
}

const USER_SETTABLE = ['Id', 'IsHiddenInUI', 'LoginName', 'Title', 'PrincipalType', 'Email', 'Expiration', 'IsEmailAuthenticationGuestUser',
  'IsShareByEmailGuestUser', 'IsSiteAdmin', 'UserId', 'UserPrincipalName'];

/** One site user (currentUser, siteUsers/getById(n)…): GET, MERGE (Title, Email), and its groups. */
export function routeUser(app: AppContext, req: ApiRequest, id: number, rest: PathSegment[]): ApiResponse {
  const u = app.users.byId(id);
  if (!u) throw Errors.userNotFound();
  if (rest.length === 0) {
    if (req.method === 'GET') return userResponse(app, req, u);
    if (req.method === 'MERGE' || req.method === 'PATCH') {
      requirePerm(req, undefined, Perm.ManageWeb);
      const body = jsonBody(req);
      checkProperties(body, USER_SETTABLE, 'SP.User');
      if (body.Title !== undefined && (typeof body.Title !== 'string' || body.Title.trim() === '' || body.Title.length > 255)) {
        throw Errors.badRequest("The property 'Title' must be a name of 1 to 255 characters.", '-1, System.ArgumentException');
      }
      app.users.update(id, { title: typeof body.Title === 'string' ? body.Title.trim() : undefined, email: typeof body.Email === 'string' ? body.Email : undefined });
      return { status: 204, headers: {} };
    }
    throw Errors.methodNotAllowed(req.method, req.url.pathname);
  }
  if (rest[0].name === 'groups' && rest.length === 1 && req.method === 'GET') return userGroups(app, req, id);
  throw Errors.resourceNotFound(req.url.pathname);
}

export function ensureUser(app: AppContext, req: ApiRequest): ApiResponse {
  requirePerm(req, undefined, Perm.EditListItems);
  const body = jsonBody(req);
  const logonName = typeof body.logonName === 'string' ? body.logonName : '';
  return entityResponse(render(req), app.users.entity(app.users.ensure(logonName)), 'SP.ApiData.Users/@Element');
}

/** The acting user's EffectiveBasePermissions on the web, a list or an item. */
export function effectivePermissions(req: ApiRequest, list?: ListMeta, itemId?: number): ApiResponse {
  return valueResponse(render(req), 'EffectiveBasePermissions', maskJson(req.perms(list, itemId)), 'SP.BasePermissions');
}

/** getUserEffectivePermissions(@u)?@u='i:0#.f|membership|…': what the site gives that user (nothing for someone it does not know). */
export function userEffectivePermissions(app: AppContext, req: ApiRequest, seg: PathSegment, list?: ListMeta, itemId?: number): ApiResponse {
  const login = String(firstArg(seg) ?? '');
  const email = login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login;
  const known = app.users.byLogin(login) ?? app.users.byEmail(email);
  const mask = effectiveMask(app.store, known ? { id: known.id, isSiteAdmin: known.isSiteAdmin } : undefined, list, itemId);
  return valueResponse(render(req), 'GetUserEffectivePermissions', maskJson(mask), 'SP.BasePermissions');
}
