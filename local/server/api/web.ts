/**
 * Web-level endpoints that are not lists: contextinfo, users and permissions.
 */
import { Errors } from '../http/errors';
import { DIGEST_TIMEOUT_SECONDS, issueDigest } from '../http/digest';
import { collectionResponse, entityResponse, projectProperties, valueResponse } from '../http/format';
import type { PathSegment } from '../http/path';
import { firstArg } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import type { ListMeta } from '../store/db';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { effectiveMask, maskJson, Perm } from './permissions';
import { LOCAL_USERS, SiteUser } from './users';

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
    case 'getbyid': return userResponse(app, req, app.users.byId(Number(arg)));
    case 'getbyemail': return userResponse(app, req, app.users.byEmail(String(arg)));
    case 'getbyloginname': return userResponse(app, req, app.users.byLogin(String(arg)));
    default: throw Errors.resourceNotFound(seg.raw);
  }
}

export function ensureUser(app: AppContext, req: ApiRequest): ApiResponse {
  requirePerm(req, undefined, Perm.EditListItems);
  const body = jsonBody(req);
  const logonName = typeof body.logonName === 'string' ? body.logonName : '';
  return entityResponse(render(req), app.users.entity(app.users.ensure(logonName)), 'SP.ApiData.Users/@Element');
}

export function effectivePermissions(req: ApiRequest, list?: ListMeta): ApiResponse {
  return valueResponse(render(req), 'EffectiveBasePermissions', maskJson(effectiveMask(req.user, list)), 'SP.BasePermissions');
}

/** getUserEffectivePermissions(@u)?@u='i:0#.f|membership|…' — for the four local users, and Read for anyone else known. */
export function userEffectivePermissions(app: AppContext, req: ApiRequest, seg: PathSegment, list?: ListMeta): ApiResponse {
  const login = String(firstArg(seg) ?? '');
  const email = login.includes('|') ? login.slice(login.lastIndexOf('|') + 1) : login;
  const local = LOCAL_USERS.find((u) => u.login.toLowerCase() === login.toLowerCase() || u.email === email.toLowerCase());
  const known = local ?? app.users.byLogin(login) ?? app.users.byEmail(email);
  const mask = known ? effectiveMask(local, list) : { High: 0, Low: 0 };
  return valueResponse(render(req), 'GetUserEffectivePermissions', maskJson(mask), 'SP.BasePermissions');
}
