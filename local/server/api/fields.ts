/**
 * List fields: GET (with $filter/$select), POST (verbose SP.FieldText…, as PnPjs fields.add* send),
 * AddField (lookups), createfieldasxml, and MERGE/DELETE of a single field.
 */
import { Errors, SpError } from '../http/errors';
import { collectionResponse, entityResponse, JsonObject, noContent, projectProperties } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import { fieldFromXml } from '../schema/assets';
import { encodeInternalName, entityName, FIELD_TYPE_KIND, FieldDef, kindFromTypeKind, ODATA_FIELD_TYPE } from '../schema/fields';
import { encodeXmlAttr, parseXml } from '../schema/xml';
import { ListMeta, newGuid } from '../store/db';
import { AppContext, jsonBody, render, requirePerm } from './context';
import { Perm } from './permissions';

export function fieldSchemaXml(f: FieldDef): string {
  const attrs: Record<string, string> = {
    Type: f.kind, DisplayName: f.title, Required: f.required ? 'TRUE' : 'FALSE', ID: `{${f.id}}`, Name: f.name, StaticName: f.name,
  };
  if (f.indexed) attrs.Indexed = 'TRUE';
  if (f.maxLength !== undefined) attrs.MaxLength = String(f.maxLength);
  if (f.lookupList) Object.assign(attrs, { List: `{${f.lookupList}}`, ShowField: f.lookupField ?? 'Title' });
  if (f.kind === 'LookupMulti' || f.kind === 'UserMulti') attrs.Mult = 'TRUE';
  if (f.dateOnly) attrs.Format = 'DateOnly';
  const head = Object.entries(attrs).map(([k, v]) => `${k}="${encodeXmlAttr(v)}"`).join(' ');
  const choices = f.choices ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${encodeXmlAttr(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  const dflt = f.defaultValue ? `<Default>${encodeXmlAttr(f.defaultValue)}</Default>` : '';
  return choices || dflt ? `<Field ${head}>${dflt}${choices}</Field>` : `<Field ${head} />`;
}

export function fieldEntity(req: ApiRequest, list: ListMeta, f: FieldDef): JsonObject {
  const path = `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
  const e: JsonObject = {
    'odata.type': ODATA_FIELD_TYPE[f.kind] ?? 'SP.Field', 'odata.id': `${req.siteUrl}/_api/${path}`, 'odata.editLink': path,
    CanBeDeleted: !f.builtIn, DefaultValue: f.defaultValue ?? null, Description: f.description ?? '', EnforceUniqueValues: false,
    EntityPropertyName: entityName(f.name), FieldTypeKind: FIELD_TYPE_KIND[f.kind], Filterable: !['Note', 'URL', 'Thumbnail', 'Computed'].includes(f.kind),
    FromBaseType: f.builtIn, Group: f.group ?? (f.builtIn ? '_Hidden' : 'Custom Columns'), Hidden: f.hidden, Id: f.id, Indexed: f.indexed || f.name === 'ID',
    InternalName: f.name, ReadOnlyField: f.readOnly, Required: f.required, SchemaXml: fieldSchemaXml(f), Sortable: f.kind !== 'Note',
    StaticName: f.name, Title: f.title, TypeAsString: f.kind, TypeDisplayName: f.kind,
  };
  if (f.maxLength !== undefined) e.MaxLength = f.maxLength;
  if (f.choices) e.Choices = f.choices;
  if (f.kind === 'Lookup' || f.kind === 'LookupMulti' || f.kind === 'User' || f.kind === 'UserMulti') {
    Object.assign(e, { AllowMultipleValues: f.kind.endsWith('Multi'), LookupList: f.lookupList ? `{${f.lookupList}}` : '', LookupField: f.lookupField ?? 'Title' });
  }
  if (f.kind === 'DateTime') e.DisplayFormat = f.dateOnly ? 0 : 1;
  if (f.kind === 'Note') Object.assign(e, { NumberOfLines: f.numLines ?? 6, RichText: !!f.richText });
  if (f.kind === 'Number' || f.kind === 'Currency') Object.assign(e, { MinimumValue: f.min ?? -1.7976931348623157e308, MaximumValue: f.max ?? 1.7976931348623157e308 });
  return e;
}

export function findField(list: ListMeta, key: string, by: 'title' | 'name' | 'either' | 'id'): FieldDef {
  const k = key.replace(/[{}]/g, '').toLowerCase();
  const f = list.fields.find((x) =>
    (by === 'id' && x.id === k) || ((by === 'name' || by === 'either') && x.name.toLowerCase() === k) || ((by === 'title' || by === 'either') && x.title.toLowerCase() === k));
  if (!f) throw Errors.badRequest(`Column '${key}' does not exist. It may have been deleted by another user.`, '-2147024809, System.ArgumentException');
  return f;
}

export function listFields(req: ApiRequest, list: ListMeta): ApiResponse {
  const query = parseQuery(req.query);
  let entities = list.fields.map((f) => fieldEntity(req, list, f));
  if (query.filter) entities = entities.filter((e) => evaluate(query.filter!, e));
  return collectionResponse(render(req), entities.map((e) => projectProperties(e, query.select)), 'SP.ApiData.Fields');
}

export function getField(req: ApiRequest, list: ListMeta, f: FieldDef): ApiResponse {
  return entityResponse(render(req), projectProperties(fieldEntity(req, list, f), parseQuery(req.query).select), 'SP.ApiData.Fields/@Element');
}

function uniqueName(list: ListMeta, base: string): string {
  let name = base;
  for (let i = 0; list.byName.has(name.toLowerCase()); i++) name = `${base}${i}`;
  return name;
}

function resolveLookupList(app: AppContext, ref: unknown): string | undefined {
  if (typeof ref !== 'string' || ref === '') return undefined;
  const l = app.store.listById(ref) ?? app.store.listByUrl(ref) ?? app.store.listByTitle(ref);
  if (!l) throw Errors.badRequest(`The lookup list '${ref}' does not exist.`, '-1, System.ArgumentException');
  return l.id;
}

/** Builds a FieldDef from the JSON properties of POST fields / AddField. */
function defFromProps(app: AppContext, list: ListMeta, p: Record<string, unknown>): FieldDef {
  const title = typeof p.Title === 'string' ? p.Title : '';
  if (!title) throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
  const typeName = (p.__metadata as { type?: string } | undefined)?.type ?? '';
  const multi = p.AllowMultipleValues === true || /Multi/i.test(typeName);
  const kind = kindFromTypeKind(Number(p.FieldTypeKind), multi) ?? (typeName === 'SP.FieldMultiChoice' ? 'MultiChoice' : undefined);
  if (!kind) throw Errors.badRequest(`The field type ${String(p.FieldTypeKind)} is not supported by the local server.`, '-1, System.ArgumentException');
  const choices = p.Choices as { results?: string[] } | string[] | undefined;
  const f: FieldDef = {
    id: newGuid(), name: uniqueName(list, encodeInternalName(title)), title, kind, required: p.Required === true, indexed: p.Indexed === true,
    hidden: p.Hidden === true, readOnly: false, builtIn: false, column: null, description: typeof p.Description === 'string' ? p.Description : undefined,
  };
  if (kind === 'Text') f.maxLength = typeof p.MaxLength === 'number' ? p.MaxLength : 255;
  if (kind === 'Choice' || kind === 'MultiChoice') f.choices = Array.isArray(choices) ? choices : choices?.results ?? [];
  if (kind === 'DateTime') f.dateOnly = p.DisplayFormat === 0 || p.DisplayFormat === undefined;
  if (kind === 'Note') Object.assign(f, { numLines: p.NumberOfLines ?? 6, richText: p.RichText === true });
  if (kind === 'Number' || kind === 'Currency') Object.assign(f, { min: p.MinimumValue, max: p.MaximumValue });
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    f.lookupList = resolveLookupList(app, p.LookupListId ?? p.LookupList);
    if (!f.lookupList) throw Errors.badRequest("The parameter 'LookupListId' is required for a lookup field.", '-1, System.ArgumentException');
    f.lookupField = typeof p.LookupFieldName === 'string' ? p.LookupFieldName : typeof p.LookupField === 'string' ? p.LookupField : 'Title';
  }
  if (typeof p.DefaultValue === 'string') f.defaultValue = p.DefaultValue;
  return f;
}

function created(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef, status: number): ApiResponse {
  f.column = f.name;
  app.store.addField(list, f);
  return entityResponse(render(req), fieldEntity(req, list, f), 'SP.ApiData.Fields/@Element', status);
}

export function addField(app: AppContext, req: ApiRequest, list: ListMeta, viaParameters: boolean): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const body = jsonBody(req);
  const props = (viaParameters ? body.parameters : body) as Record<string, unknown> | undefined;
  if (!props || typeof props !== 'object') throw Errors.badRequest("The parameter 'parameters' is missing.", '-1, System.ArgumentNullException');
  return created(app, req, list, defFromProps(app, list, props), viaParameters ? 200 : 201);
}

export function createFieldAsXml(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const params = jsonBody(req).parameters as { SchemaXml?: string; Options?: number } | undefined;
  if (!params?.SchemaXml) throw Errors.badRequest("The parameter 'SchemaXml' is missing.", '-1, System.ArgumentNullException');
  let f: FieldDef;
  try {
    const el = parseXml(params.SchemaXml);
    f = fieldFromXml(el);
    // SharePoint names the field after DisplayName unless AddFieldInternalNameHint (8) is passed
    if (!((params.Options ?? 0) & 8) && el.attrs.DisplayName) f.name = encodeInternalName(el.attrs.DisplayName);
  } catch (e) {
    throw e instanceof SpError ? e : Errors.badRequest(`The field schema is not valid: ${(e as Error).message}`, '-1, System.ArgumentException');
  }
  if (list.byName.has(f.name.toLowerCase())) {
    throw Errors.badRequest(`A duplicate field name "${f.name}" was found.`, '-2130575340, Microsoft.SharePoint.SPException');
  }
  f.id = f.id || newGuid();
  if (f.lookupListUrl) {
    f.lookupList = resolveLookupList(app, f.lookupListUrl);
    delete f.lookupListUrl;
  }
  return created(app, req, list, f, 200);
}

export function updateField(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef): ApiResponse {
  requirePerm(req, list, Perm.ManageLists);
  const p = jsonBody(req);
  if (typeof p.Title === 'string') f.title = p.Title;
  if (typeof p.Description === 'string') f.description = p.Description;
  if (typeof p.Required === 'boolean') f.required = p.Required;
  if (typeof p.Indexed === 'boolean') f.indexed = p.Indexed;
  if (typeof p.Hidden === 'boolean') f.hidden = p.Hidden;
  if (typeof p.DefaultValue === 'string') f.defaultValue = p.DefaultValue;
  const choices = p.Choices as { results?: string[] } | string[] | undefined;
  if (choices) f.choices = Array.isArray(choices) ? choices : choices.results ?? f.choices;
  app.store.updateField(list, f);
  return noContent();
}
