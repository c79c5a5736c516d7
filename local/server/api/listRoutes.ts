/**
 * The paths under one list: its items (and each item's versions, attachments, file and form
 * read-outs), fields, views, root folder, CAML reads and the empty collections a local site has.
 */
import { Errors } from '../http/errors';
import { firstArg, PathSegment } from '../http/path';
import type { ApiRequest, ApiResponse } from '../http/types';
import { isLibrary, ListMeta } from '../store/db';
import { routeAttachments } from './attachments';
import { AppContext, render } from './context';
import { valueResponse } from '../http/format';
import { routeFolder, routeItemFile } from './documents';
import { addDependentLookup, addField, createFieldAsXml, deleteField, findField, getField, listFields, setShowIn, updateField } from './fields';
import { effectivePermissionsForUI, fieldValues, wopiFrameUrl } from './itemExtras';
import { addItem, deleteItem, getItem, itemVersions, listItems, recycleItem, updateItem, validateUpdate } from './items';
import * as extras from './listExtras';
import { deleteList, getList, getRootFolder, recycleList, updateList } from './lists';
import { hasPerm, maskJson, Perm } from './permissions';
import { requireReadable } from './readSecurity';
import { byMethod, end } from './router';
import { addView, listViews, resolveView, routeView } from './views';
import { effectivePermissions, userEffectivePermissions } from './web';
import { hasUniqueRoleAssignments, routeInheritance, routeRoleAssignments } from './security';

export function routeList(app: AppContext, req: ApiRequest, list: ListMeta, segs: PathSegment[]): ApiResponse {
  if (end(segs)) {
    return byMethod(req, { GET: () => getList(app, req, list), MERGE: () => updateList(app, req, list), DELETE: () => deleteList(app, req, list) });
  }
  const [seg, ...rest] = segs;
  const only = (handlers: Parameters<typeof byMethod>[1]): ApiResponse => {
    if (!end(rest)) throw Errors.resourceNotFound(req.url.pathname);
    return byMethod(req, handlers);
  };
  const named = (seg.args?.named ?? {}) as Record<string, unknown>;
  switch (seg.name) {
    case 'items':
      if (seg.args) return routeItem(app, req, list, Number(firstArg(seg)), rest);
      return only({ GET: () => listItems(app, req, list), POST: () => addItem(app, req, list) });
    case 'getitembyid':
      return routeItem(app, req, list, Number(firstArg(seg)), rest);
    case 'fields':
      return routeFieldCollection(app, req, list, seg, rest);
    case 'views':
      if (seg.args) return routeView(app, req, list, resolveView(app, req, list, { ...seg, name: 'getbyid' }), rest, () => notAllowed(req));
      if (end(rest)) return byMethod(req, { GET: () => listViews(app, req, list), POST: () => addView(app, req, list) });
      if (['getbyid', 'getbytitle'].includes(rest[0].name)) return routeView(app, req, list, resolveView(app, req, list, rest[0]), rest.slice(1), () => notAllowed(req));
      break;
    case 'defaultview':
    case 'getview':
      return routeView(app, req, list, resolveView(app, req, list, seg), rest, () => notAllowed(req));
    case 'effectivebasepermissions':
      return only({ GET: () => effectivePermissions(req, list) });
    case 'effectivebasepermissionsforui':
      return only({ GET: () => effectivePermissionsForUI(req, maskJson(req.perms(list))) });
    case 'getusereffectivepermissions':
      return only({ GET: () => userEffectivePermissions(app, req, seg, list) });
    case 'rootfolder':
      if (end(rest)) return byMethod(req, { GET: () => getRootFolder(app, req, list) });
      return routeFolder(app, req, list, null, rest);
    case 'recycle': return only({ POST: () => recycleList(app, req, list) });
    case 'eventreceivers': return only({ GET: () => extras.eventReceivers(req) });
    case 'getrelatedfields': return only({ GET: () => extras.relatedFields(req), POST: () => extras.relatedFields(req) });
    case 'informationrightsmanagementsettings': return only({ GET: () => extras.irmSettings(req) });
    case 'getchanges': return only({ POST: () => extras.getChanges(req) });
    case 'getitems': return only({ POST: () => extras.getItemsByCaml(app, req, list) });
    case 'getlistitemchangessincetoken': return only({ POST: () => extras.changesSinceToken(app, req, list) });
    case 'renderlistdata': return only({ POST: () => extras.renderListData(app, req, list, firstArg(seg)) });
    case 'renderlistdataasstream': return only({ POST: () => extras.renderListDataAsStream(app, req, list) });
    case 'renderlistformdata': return only({ POST: () => extras.renderListFormData(app, req, list, named) });
    case 'reservelistitemid': return only({ POST: () => extras.reserveListItemId(app, req, list) });
    case 'contenttypes': return only({ GET: () => extras.contentTypes(req, list) });
    case 'subscriptions': return only({ GET: () => extras.subscriptions(req) });
    case 'usercustomactions': return only({ GET: () => extras.userCustomActions(req) });
    case 'parentweb':
      if (end(rest)) return byMethod(req, { GET: () => getList(app, { ...req, query: new URLSearchParams('$select=ParentWeb&$expand=ParentWeb') }, list) });
      break;
    case 'roleassignments':
      return routeRoleAssignments(app, req, { list }, seg, rest);
    case 'breakroleinheritance':
    case 'resetroleinheritance':
      return only({ POST: () => routeInheritance(app, req, { list }, seg) });
    case 'hasuniqueroleassignments':
      return only({ GET: () => valueResponse(render(req), 'HasUniqueRoleAssignments', hasUniqueRoleAssignments(app, { list }), 'Edm.Boolean') });
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

const notAllowed = (req: ApiRequest): never => {
  throw Errors.methodNotAllowed(req.method, req.url.pathname);
};

/** list/fields or web/fields, and one field under it. */
export function routeFieldCollection(app: AppContext, req: ApiRequest, list: ListMeta, seg: PathSegment, rest: PathSegment[]): ApiResponse {
  if (seg.args) return routeField(app, req, list, findField(list, String(firstArg(seg)), 'id'), rest);
  if (end(rest)) return byMethod(req, { GET: () => listFields(req, list), POST: () => addField(app, req, list, false) });
  const [sub, ...more] = rest;
  switch (sub.name) {
    case 'addfield': return byMethod(req, { POST: () => addField(app, req, list, true) });
    case 'createfieldasxml': return byMethod(req, { POST: () => createFieldAsXml(app, req, list) });
    case 'adddependentlookupfield': return byMethod(req, { POST: () => addDependentLookup(app, req, list, (sub.args?.named ?? {}) as Record<string, unknown>) });
    case 'getbyid': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'id'), more);
    case 'getbytitle': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'title'), more);
    case 'getbyinternalnameortitle': return routeField(app, req, list, findField(list, String(firstArg(sub)), 'either'), more);
  }
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeField(app: AppContext, req: ApiRequest, list: ListMeta, field: ReturnType<typeof findField>, rest: PathSegment[]): ApiResponse {
  if (end(rest)) {
    return byMethod(req, { GET: () => getField(req, list, field), MERGE: () => updateField(app, req, list, field), DELETE: () => deleteField(app, req, list, field) });
  }
  const [seg, ...more] = rest;
  const form = ({ setshowindisplayform: 'display', setshowineditform: 'edit', setshowinnewform: 'new' } as const)[seg.name as 'setshowindisplayform'];
  if (form && end(more)) return byMethod(req, { POST: () => setShowIn(app, req, list, field, form, firstArg(seg)) });
  throw Errors.resourceNotFound(req.url.pathname);
}

function routeItem(app: AppContext, req: ApiRequest, list: ListMeta, id: number, segs: PathSegment[]): ApiResponse {
  if (!Number.isInteger(id) || id < 0) throw Errors.badRequest('The item id in the request URL is not a valid integer.');
  // Someone else's item on a list where people read only their own does not exist for them, whatever is asked of it.
  // (someone who may not view items at all is refused as before, by the handler)
  const row = app.items.get(list, id);
  if (row && hasPerm(req.perms(list, id), Perm.ViewListItems)) requireReadable(req, list, row);
  if (end(segs)) {
    return byMethod(req, { GET: () => getItem(app, req, list, id), MERGE: () => updateItem(app, req, list, id), DELETE: () => deleteItem(app, req, list, id) });
  }
  const [seg, ...rest] = segs;
  const only = (handlers: Parameters<typeof byMethod>[1]): ApiResponse => {
    if (!end(rest)) throw Errors.resourceNotFound(req.url.pathname);
    app.items.require(list, id);
    return byMethod(req, handlers);
  };
  switch (seg.name) {
    case 'versions':
      if (!end(rest)) break;
      return byMethod(req, { GET: () => itemVersions(app, req, list, id, seg.args ? Number(firstArg(seg)) : undefined) });
    case 'validateupdatelistitem': return only({ POST: () => validateUpdate(app, req, list, id) });
    case 'recycle': return only({ POST: () => recycleItem(app, req, list, id) });
    // An item's own permissions (breakroleinheritance on the item) are in force on it.
    case 'effectivebasepermissions': return only({ GET: () => effectivePermissions(req, list, id) });
    case 'effectivebasepermissionsforui': return only({ GET: () => effectivePermissionsForUI(req, maskJson(req.perms(list, id))) });
    case 'getusereffectivepermissions': return only({ GET: () => userEffectivePermissions(app, req, seg, list, id) });
    case 'roleassignments':
      app.items.require(list, id);
      return routeRoleAssignments(app, req, { list, itemId: id }, seg, rest);
    case 'breakroleinheritance':
    case 'resetroleinheritance':
      return only({ POST: () => routeInheritance(app, req, { list, itemId: id }, seg) });
    case 'hasuniqueroleassignments':
      return only({ GET: () => valueResponse(render(req), 'HasUniqueRoleAssignments', hasUniqueRoleAssignments(app, { list, itemId: id }), 'Edm.Boolean') });
    case 'fieldvaluesashtml': return only({ GET: () => fieldValues(app, req, list, id, 'html') });
    case 'fieldvaluesastext': return only({ GET: () => fieldValues(app, req, list, id, 'text') });
    case 'fieldvaluesforedit': return only({ GET: () => fieldValues(app, req, list, id, 'edit') });
    case 'getwopiframeurl': return only({ POST: () => wopiFrameUrl(req) });
    case 'attachmentfiles':
      app.items.require(list, id);
      return routeAttachments(app, req, list, id, seg, rest);
    case 'file':
    case 'folder':
      if (!isLibrary(list) && seg.name === 'file') throw Errors.resourceNotFound(req.url.pathname);
      return routeItemFile(app, req, list, id, seg.name, rest);
    case 'parentlist':
      return routeList(app, req, list, rest);
  }
  throw Errors.resourceNotFound(req.url.pathname);
}
