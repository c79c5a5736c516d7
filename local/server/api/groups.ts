/**
 * The site's SharePoint groups and their users: the three standard ones (Owners, Members,
 * Visitors) and any a site owner adds (POST web/siteGroups {Title, Description}, as PnPjs's
 * siteGroups.add sends; a name already in use is refused): web/siteGroups, siteGroups(n) /
 * getById(n) / getByName('…'), group/users (GET, POST {LoginName}), web/associatedOwnerGroup|
 * MemberGroup|VisitorGroup. Membership is kept and enforced: a user holds what their groups are
 * given (securityState.ts), and what the groups hold is in security.ts.
 */
import { Errors } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, projectProperties } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { Perm } from './permissions';
import { byMethod, end } from './router';
import { loadGroups, MEMBERS, OWNERS, saveGroups, VISITORS, type SiteGroup } from './securityState';

type Group = SiteGroup;

/** The site's associated groups, by the path segment that names them. */
const ASSOCIATED: Record<string, number> = { associatedownergroup: OWNERS, associatedmembergroup: MEMBERS, associatedvisitorgroup: VISITORS };

const load = (app: AppContext): Group[] => loadGroups(app.store);
const save = (app: AppContext, groups: Group[]): void => saveGroups(app.store, groups);

function entity(req: ApiRequest, g: Group): JsonObject {
  return {
    'odata.type': 'SP.Group', 'odata.id': `${req.siteUrl}/_api/Web/SiteGroups/GetById(${g.id})`, 'odata.editLink': `Web/SiteGroups/GetById(${g.id})`,
    Id: g.id, IsHiddenInUI: false, LoginName: g.title, Title: g.title, PrincipalType: 8, AllowMembersEditMembership: false, AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false, Description: g.description, OnlyAllowMembersViewMembership: false, OwnerTitle: 'Council Owners', RequestToJoinLeaveEmailSetting: null,
  };
}

function routeGroup(app: AppContext, req: ApiRequest, g: Group | undefined, rest: PathSegment[]): ApiResponse {
  if (!g) throw Errors.badRequest('Group cannot be found.', '-2146232832, Microsoft.SharePoint.SPException');
  if (end(rest)) return byMethod(req, { GET: () => entityResponse(render(req), projectProperties(entity(req, g), parseQuery(req.query).select), 'SP.ApiData.Groups/@Element') });
  if (rest[0].name !== 'users' || rest.length > 1) throw Errors.resourceNotFound(req.url.pathname);
  return byMethod(req, {
    GET: () => collectionResponse(render(req), g.members.map((id) => app.users.byId(id)).filter((u) => !!u).map((u) => app.users.entity(u!)), 'SP.ApiData.Users'),
    POST: () => {
      requirePerm(req, undefined, Perm.ManageWeb);
      const login = jsonBody(req).LoginName;
      if (typeof login !== 'string') throw Errors.badRequest("The parameter 'LoginName' is missing.", '-1, System.ArgumentNullException');
      const user = app.users.ensure(login);
      const groups = load(app);
      const target = groups.find((x) => x.id === g.id)!;
      if (!target.members.includes(user.id)) target.members.push(user.id);
      save(app, groups);
      return entityResponse(render(req), app.users.entity(user), 'SP.ApiData.Users/@Element');
    },
  });
}

/** A group's SP.Group entity by id, or undefined (role assignments name their principals with it). */
export function groupEntityById(app: AppContext, req: ApiRequest, id: number): ReturnType<typeof entity> | undefined {
  const g = load(app).find((x) => x.id === id);
  return g ? entity(req, g) : undefined;
}

function addGroup(app: AppContext, req: ApiRequest, groups: Group[]): ApiResponse {
  requirePerm(req, undefined, Perm.ManageWeb);
  const body = jsonBody(req);
  const title = typeof body.Title === 'string' ? body.Title.trim() : '';
  if (!title || title.length > 255) throw Errors.badRequest('A group needs a Title of 1 to 255 characters.', '-1, System.ArgumentException');
  if (groups.some((g) => g.title.toLowerCase() === title.toLowerCase())) {
    throw Errors.badRequest(`The specified name is already in use.`, '-2130575293, Microsoft.SharePoint.SPException');
  }
  const g: Group = { id: Math.max(5, ...groups.map((x) => x.id)) + 1, title, description: typeof body.Description === 'string' ? body.Description : '', members: [] };
  groups.push(g);
  save(app, groups);
  return entityResponse(render(req), entity(req, g), 'SP.ApiData.Groups/@Element', 201);
}

export function routeSiteGroups(app: AppContext, req: ApiRequest, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  const groups = load(app);
  if (seg.args) return routeGroup(app, req, groups.find((g) => g.id === Number(firstArg(seg))), rest);
  if (end(rest)) {
    return byMethod(req, {
      GET: () => collectionResponse(render(req), groups.map((g) => projectProperties(entity(req, g), parseQuery(req.query).select)), 'SP.ApiData.Groups'),
      POST: () => addGroup(app, req, groups),
    });
  }
  const [sub, ...more] = rest;
  if (sub.name === 'getbyid') return routeGroup(app, req, groups.find((g) => g.id === Number(firstArg(sub))), more);
  if (sub.name === 'getbyname') return routeGroup(app, req, groups.find((g) => g.title.toLowerCase() === String(firstArg(sub)).toLowerCase()), more);
  throw Errors.resourceNotFound(req.url.pathname);
}

export function associatedGroup(app: AppContext, req: ApiRequest, role: string, rest: PathSegment[]): ApiResponse {
  return routeGroup(app, req, load(app).find((g) => g.id === ASSOCIATED[role]), rest);
}

/** siteUsers(n)/groups and currentUser/groups: the standard groups this user is in. */
export function userGroups(app: AppContext, req: ApiRequest, userId: number): ApiResponse {
  return collectionResponse(render(req), load(app).filter((g) => g.members.includes(userId)).map((g) => projectProperties(entity(req, g), parseQuery(req.query).select)), 'SP.ApiData.Groups');
}
