/**
 * An item's other read-outs: FieldValuesAsText, FieldValuesAsHTML (escaped, so stored text stays
 * inert), FieldValuesForEdit, EffectiveBasePermissionsForUI and getWOPIFrameUrl.
 */
import { entityResponse, Json, JsonObject, valueResponse } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { encodeInternalName } from '../schema/fields';
import type { ListMeta } from '../store/db';
import { renderValue } from '../store/values';
import { AppContext, render, requirePerm } from './context';
import { Perm } from './permissions';

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function asText(v: Json): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'boolean') return v ? 'Yes' : 'No';
  if (Array.isArray(v)) return v.map(asText).join('; ');
  if (typeof v === 'object') return String((v as JsonObject).Url ?? JSON.stringify(v));
  return String(v);
}

/** FieldValuesAsText / AsHTML / ForEdit: one string per field, keyed by its internal name as SharePoint encodes it. */
export function fieldValues(app: AppContext, req: ApiRequest, list: ListMeta, id: number, kind: 'text' | 'html' | 'edit'): ApiResponse {
  const row = app.items.require(list, id);
  requirePerm(req, list, Perm.ViewListItems, id);
  const out: JsonObject = { 'odata.type': kind === 'html' ? 'SP.FieldStringValues' : kind === 'text' ? 'SP.FieldStringValues' : 'SP.FieldStringValues' };
  for (const f of list.fields) {
    if (!f.column) continue;
    let text = asText(renderValue(f, row[f.column]));
    if (f.kind === 'User' && row[f.column] !== null) text = app.users.byId(Number(row[f.column]))?.title ?? text;
    const key = kind === 'html' ? f.name : encodeInternalName(f.name).replace(/^_/, 'OData__');
    out[key] = kind === 'html' ? escapeHtml(text) : text;
  }
  return entityResponse(render(req), out, 'SP.FieldStringValues');
}

export function effectivePermissionsForUI(req: ApiRequest, maskJson: JsonObject): ApiResponse {
  return valueResponse(render(req), 'EffectiveBasePermissionsForUI', maskJson, 'SP.BasePermissions');
}

/** No Office Online (WOPI) application serves the local site, so SharePoint's answer is an empty string. */
export function wopiFrameUrl(req: ApiRequest): ApiResponse {
  return valueResponse(render(req), 'GetWOPIFrameUrl', '');
}
