/**
 * The site's permission levels and who holds them, kept as SharePoint's REST API shows them:
 * web/roleDefinitions (GET; POST to add a level; getByName/getByType/getById; DELETE a custom one),
 * role assignments of the web, of lists and of items (GET with $expand=Member,RoleDefinitionBindings;
 * addroleassignment, removeroleassignment; getByPrincipalId; DELETE), breakroleinheritance and
 * resetroleinheritance of a list or an item, and HasUniqueRoleAssignments. SharePoint's own levels
 * are those of src/data/permissions/roles.ts.
 *
 * What is stored here is what the server enforces (securityState.ts). Changing it needs
 * ManagePermissions on the object changed (the site owner; Democratic Services on Liaison Officers).
 */
import { Errors, SpError } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties } from '../http/format';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { parseQuery } from '../odata/query';
import type { ListMeta } from '../store/db';
import { maskHas } from '../../../src/data/permissions/roles';
import { AppContext, jsonBody, render } from './context';
import { groupEntityById } from './groups';
import { maskJson } from './permissions';
import { byMethod, end } from './router';
import { bindingsFor, itemKey, loadSecurity, nextRoleId, OWNERS, saveSecurity, type Binding, type RoleDef, type SecurityState } from './securityState';

/** A securable: the web (no list), a list, or one item of a list. */
export interface Scope {
  list?: ListMeta;
  itemId?: number;
}

const load = (app: AppContext): SecurityState => loadSecurity(app.store);
const save = (app: AppContext, s: SecurityState): void => saveSecurity(app.store, s);

/** The scope's own assignments, or undefined while it inherits. */
function own(s: SecurityState, scope: Scope): Binding[] | undefined {
  if (!scope.list) return s.web;
  if (scope.itemId !== undefined) return s.items?.[itemKey(scope.list, scope.itemId)];
  return s.lists[scope.list.id];
}

function setOwn(s: SecurityState, scope: Scope, bindings: Binding[] | undefined): void {
  if (!scope.list) {
    s.web = bindings ?? [];
    return;
  }
  if (scope.itemId !== undefined) {
    s.items ??= {};
    if (bindings) s.items[itemKey(scope.list, scope.itemId)] = bindings;
    else delete s.items[itemKey(scope.list, scope.itemId)];
    return;
  }
  if (bindings) s.lists[scope.list.id] = bindings;
  else delete s.lists[scope.list.id];
}

/** Whether a list or an item has permissions of its own (HasUniqueRoleAssignments). */
export function hasUniqueRoleAssignments(app: AppContext, scope: Scope): boolean {
  return own(load(app), scope) !== undefined;
}

const MANAGE_PERMISSIONS = (req: ApiRequest, scope: Scope = {}): void => {
  if (!maskHas(req.perms(scope.list, scope.itemId), 'ManagePermissions')) throw Errors.accessDenied();
};

function roleEntity(req: ApiRequest, r: RoleDef): JsonObject {
  return {
    'odata.type': 'SP.RoleDefinition', 'odata.id': `${req.siteUrl}/_api/Web/RoleDefinitions(${r.id})`, 'odata.editLink': `Web/RoleDefinitions(${r.id})`,
    BasePermissions: maskJson({ High: r.high, Low: r.low }), Description: r.description, Hidden: r.hidden, Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleTypeKind,
  };
}

const notFound = (): SpError => new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Permission level cannot be found.');

/** A body's BasePermissions: {High, Low} as numbers or numeric strings (PnPjs sends strings). */
function maskFrom(v: unknown): { high: number; low: number } {
  const m = v as { High?: unknown; Low?: unknown } | undefined;
  const high = Number(m?.High);
  const low = Number(m?.Low);
  if (!m || !Number.isInteger(high) || !Number.isInteger(low) || high < 0 || low < 0 || high > 0xffffffff || low > 0xffffffff) {
    throw Errors.badRequest("The property 'BasePermissions' must hold High and Low as whole numbers.", '-1, System.ArgumentException');
  }
  return { high, low };
}

function routeRole(app: AppContext, req: ApiRequest, r: RoleDef | undefined, rest: PathSegment[]): ApiResponse {
  if (!r) throw notFound();
  if (!end(rest)) throw Errors.resourceNotFound(req.url.pathname);
  return byMethod(req, {
    GET: () => entityResponse(render(req), projectProperties(roleEntity(req, r), parseQuery(req.query).select), 'SP.ApiData.RoleDefinitions/@Element'),
    MERGE: () => {
      MANAGE_PERMISSIONS(req);
      if (r.roleTypeKind !== 0) throw Errors.badRequest('You cannot change a built-in permission level.', '-2146232832, Microsoft.SharePoint.SPException');
      const body = jsonBody(req);
      const s = load(app);
      const target = s.roles.find((x) => x.id === r.id)!;
      if (body.BasePermissions !== undefined) Object.assign(target, maskFrom(body.BasePermissions));
      if (typeof body.Description === 'string') target.description = body.Description;
      if (typeof body.Name === 'string' && body.Name.trim()) target.name = body.Name.trim();
      save(app, s);
      return noContent();
    },
    DELETE: () => {
      MANAGE_PERMISSIONS(req);
      if (r.roleTypeKind !== 0) throw Errors.badRequest('You cannot delete a built-in permission level.', '-2146232832, Microsoft.SharePoint.SPException');
      const s = load(app);
      s.roles = s.roles.filter((x) => x.id !== r.id);
      const strip = (bs: Binding[]): Binding[] => bs.map((b) => ({ ...b, roleDefIds: b.roleDefIds.filter((id) => id !== r.id) })).filter((b) => b.roleDefIds.length > 0);
      s.web = strip(s.web);
      for (const k of Object.keys(s.lists)) s.lists[k] = strip(s.lists[k]);
      for (const k of Object.keys(s.items ?? {})) s.items![k] = strip(s.items![k]);
      save(app, s);
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    },
  });
}

export function routeRoleDefinitions(app: AppContext, req: ApiRequest, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  const s = load(app);
  if (seg.args) return routeRole(app, req, s.roles.find((r) => r.id === Number(firstArg(seg))), rest);
  if (end(rest)) {
    return byMethod(req, {
      GET: () => collectionResponse(render(req), s.roles.map((r) => projectProperties(roleEntity(req, r), parseQuery(req.query).select)), 'SP.ApiData.RoleDefinitions'),
      POST: () => {
        MANAGE_PERMISSIONS(req);
        const body = jsonBody(req);
        const name = typeof body.Name === 'string' ? body.Name.trim() : '';
        if (!name || name.length > 64) throw Errors.badRequest('A permission level needs a Name of 1 to 64 characters.', '-1, System.ArgumentException');
        if (s.roles.some((r) => r.name.toLowerCase() === name.toLowerCase())) throw Errors.badRequest('The permission level name is already in use.', '-2146232832, Microsoft.SharePoint.SPException');
        const mask = maskFrom(body.BasePermissions);
        const role: RoleDef = {
          id: nextRoleId(s.roles), name, description: typeof body.Description === 'string' ? body.Description : '',
          order: Number.isInteger(body.Order) ? Number(body.Order) : 1000, ...mask, roleTypeKind: 0, hidden: false,
        };
        s.roles.push(role);
        save(app, s);
        return entityResponse(render(req), roleEntity(req, role), 'SP.ApiData.RoleDefinitions/@Element', 201);
      },
    });
  }
  const [sub, ...more] = rest;
  const arg = firstArg(sub);
  if (sub.name === 'getbyid') return routeRole(app, req, s.roles.find((r) => r.id === Number(arg)), more);
  if (sub.name === 'getbyname') return routeRole(app, req, s.roles.find((r) => r.name.toLowerCase() === String(arg ?? '').toLowerCase()), more);
  if (sub.name === 'getbytype') return routeRole(app, req, s.roles.find((r) => r.roleTypeKind === Number(arg) && r.roleTypeKind !== 0), more);
  throw Errors.resourceNotFound(req.url.pathname);
}

function bindingEntity(app: AppContext, req: ApiRequest, scope: Scope, b: Binding, s: SecurityState, expand: string[]): JsonObject {
  const list = scope.list ? `Web/Lists(guid'${scope.list.id}')` : 'Web';
  const base = scope.itemId !== undefined ? `${list}/Items(${scope.itemId})/RoleAssignments` : `${list}/RoleAssignments`;
  const e: JsonObject = { 'odata.type': 'SP.RoleAssignment', 'odata.id': `${req.siteUrl}/_api/${base}/GetByPrincipalId(${b.principalId})`, 'odata.editLink': `${base}/GetByPrincipalId(${b.principalId})`, PrincipalId: b.principalId };
  const heads = expand.map((x) => x.split('/')[0].toLowerCase());
  for (const h of heads) {
    if (h === 'member') e.Member = principalEntity(app, req, b.principalId);
    else if (h === 'roledefinitionbindings') e.RoleDefinitionBindings = b.roleDefIds.map((id) => s.roles.find((r) => r.id === id)).filter((r): r is RoleDef => !!r).map((r) => roleEntity(req, r));
    else throw Errors.propertyNotFound(h, 'SP.RoleAssignment');
  }
  return e;
}

function principalEntity(app: AppContext, req: ApiRequest, id: number): JsonObject {
  const group = groupEntityById(app, req, id);
  if (group) return group;
  const user = app.users.byId(id);
  return user ? app.users.entity(user) : { 'odata.type': 'SP.Principal', Id: id, PrincipalType: 0, Title: '', LoginName: '' };
}

/** The principal (a site group or user) must exist, as SharePoint checks. */
function checkPrincipal(app: AppContext, req: ApiRequest, id: number): void {
  if (!groupEntityById(app, req, id) && !app.users.byId(id)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'Cannot find the user or group.');
}

const INHERITS = (): SpError => new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'This operation is not allowed on an object that inherits permissions.');
const OK = (): ApiResponse => ({ status: 200, headers: { 'Content-Length': '0' }, body: '' });

/** web/, list/ or item/roleAssignments. */
export function routeRoleAssignments(app: AppContext, req: ApiRequest, scope: Scope | undefined, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  const at: Scope = scope ?? {};
  const s = load(app);
  const bindings = (): Binding[] => bindingsFor(s, at.list, at.itemId);
  const expand = parseQuery(req.query).expand;
  const one = (principalId: number, more: PathSegment[]): ApiResponse => {
    const b = bindings().find((x) => x.principalId === principalId);
    if (!b) throw new SpError(404, '-2146232832, Microsoft.SharePoint.SPException', 'Can not find the principal with id: ' + principalId + '.');
    if (more.length === 1 && more[0].name === 'roledefinitionbindings' && req.method === 'GET') {
      return collectionResponse(render(req), b.roleDefIds.map((id) => s.roles.find((r) => r.id === id)).filter((r): r is RoleDef => !!r).map((r) => roleEntity(req, r)), 'SP.ApiData.RoleDefinitions');
    }
    if (!end(more)) throw Errors.resourceNotFound(req.url.pathname);
    return byMethod(req, {
      GET: () => entityResponse(render(req), bindingEntity(app, req, at, b, s, expand), 'SP.ApiData.RoleAssignments/@Element'),
      DELETE: () => {
        MANAGE_PERMISSIONS(req, at);
        const mine = own(s, at);
        if (!mine) throw INHERITS();
        setOwn(s, at, mine.filter((x) => x.principalId !== principalId));
        save(app, s);
        return OK();
      },
    });
  };
  if (seg.args) return one(Number(firstArg(seg)), rest);
  if (end(rest)) return byMethod(req, { GET: () => collectionResponse(render(req), bindings().map((b) => bindingEntity(app, req, at, b, s, expand)), 'SP.ApiData.RoleAssignments') });
  const [sub, ...more] = rest;
  if (sub.name === 'getbyprincipalid') return one(Number(firstArg(sub)), more);
  if ((sub.name === 'addroleassignment' || sub.name === 'removeroleassignment') && end(more)) {
    return byMethod(req, {
      POST: () => {
        MANAGE_PERMISSIONS(req, at);
        const named = sub.args?.named ?? {};
        const principalId = Number(named.principalid);
        const roleDefId = Number(named.roledefid);
        if (!Number.isInteger(principalId) || !Number.isInteger(roleDefId)) throw Errors.badRequest('principalid and roledefid must be whole numbers.', '-1, System.ArgumentException');
        const mine = own(s, at);
        if (!mine) throw INHERITS();
        if (!s.roles.some((r) => r.id === roleDefId)) throw notFound();
        checkPrincipal(app, req, principalId);
        const b = mine.find((x) => x.principalId === principalId);
        if (sub.name === 'addroleassignment') {
          if (b) {
            if (!b.roleDefIds.includes(roleDefId)) b.roleDefIds.push(roleDefId);
          } else mine.push({ principalId, roleDefIds: [roleDefId] });
        } else if (b) {
          b.roleDefIds = b.roleDefIds.filter((id) => id !== roleDefId);
          if (b.roleDefIds.length === 0) mine.splice(mine.indexOf(b), 1);
        }
        save(app, s);
        return OK();
      },
    });
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

/** breakroleinheritance(copyroleassignments=…, clearsubscopes=…) and resetroleinheritance, of a list or an item. */
export function routeInheritance(app: AppContext, req: ApiRequest, scope: Scope, seg: PathSegment): ApiResponse {
  return byMethod(req, {
    POST: () => {
      MANAGE_PERMISSIONS(req, scope);
      const s = load(app);
      if (seg.name === 'resetroleinheritance') setOwn(s, scope, undefined);
      else {
        if (!own(s, scope)) {
          const copy = String(seg.args?.named?.copyroleassignments ?? 'false').toLowerCase() === 'true';
          // what it inherited until now: the list's for an item, the site's for a list
          const parent = scope.itemId !== undefined ? bindingsFor(s, scope.list) : s.web;
          // SharePoint keeps the one who breaks inheritance able to manage it: without a copy, the owners group stays
          setOwn(s, scope, copy ? parent.map((b) => ({ principalId: b.principalId, roleDefIds: [...b.roleDefIds] })) : [{ principalId: OWNERS, roleDefIds: [1073741829] }]);
        }
        // clearsubscopes on a list: its items inherit from it again
        const clear = String(seg.args?.named?.clearsubscopes ?? 'false').toLowerCase() === 'true';
        if (clear && scope.list && scope.itemId === undefined) {
          for (const k of Object.keys(s.items ?? {})) if (k.startsWith(`${scope.list.id}:`)) delete s.items![k];
        }
      }
      save(app, s);
      return OK();
    },
  });
}

/** Tenant properties (storage entities): one store for the whole local tenant, read from any site. */
interface StorageEntity { value: string; description: string; comment: string }

function entities(app: AppContext): Record<string, StorageEntity> {
  const saved = app.store.meta('storageEntities');
  return saved ? (JSON.parse(saved) as Record<string, StorageEntity>) : {};
}

/**
 * web/getStorageEntity('key') (GET; a key not set answers {"odata.null": true}, as SharePoint does),
 * web/setStorageEntity (POST {key, value, description, comments}) and web/removeStorageEntity('key').
 * Setting needs ManageWeb on the app catalogue (this site serves as the local tenant's app catalogue).
 */
export function routeStorageEntity(app: AppContext, req: ApiRequest, seg: PathSegment): ApiResponse {
  const all = entities(app);
  if (seg.name === 'getstorageentity') {
    return byMethod(req, {
      GET: () => {
        const e = all[String(firstArg(seg) ?? '')];
        if (!e) return { status: 200, headers: { 'Content-Type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify({ 'odata.null': true }) };
        return entityResponse(render(req), { 'odata.type': 'SP.StorageEntity', Comment: e.comment, Description: e.description, Value: e.value }, 'SP.StorageEntity');
      },
    });
  }
  return byMethod(req, {
    POST: () => {
      MANAGE_PERMISSIONS(req);
      if (seg.name === 'removestorageentity') delete all[String(firstArg(seg) ?? '')];
      else {
        const body = jsonBody(req);
        const key = typeof body.key === 'string' ? body.key.trim() : '';
        if (!key || key.length > 255) throw Errors.badRequest("The parameter 'key' must be 1 to 255 characters.", '-1, System.ArgumentException');
        if (typeof body.value !== 'string') throw Errors.badRequest("The parameter 'value' is missing.", '-1, System.ArgumentNullException');
        all[key] = { value: body.value, description: typeof body.description === 'string' ? body.description : '', comment: typeof body.comments === 'string' ? body.comments : '' };
      }
      app.store.setMeta('storageEntities', JSON.stringify(all));
      return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
    },
  });
}

/** _api/SP_TenantSettings_Current: the local tenant's app catalogue is the site itself. */
export function tenantSettings(req: ApiRequest): ApiResponse {
  return byMethod(req, { GET: () => entityResponse(render(req), { 'odata.type': 'SP.TenantSettings', CorporateCatalogUrl: req.siteUrl }, 'SP.TenantSettings') });
}
