/**
 * Fields of a list or of the web (site columns): GET (with $filter/$select), POST (verbose
 * SP.FieldText…, as PnPjs fields.add* send), AddField (lookups), createfieldasxml,
 * adddependentlookupfield, and MERGE / DELETE / setShowInDisplayForm|EditForm|NewForm of one field.
 */
import { Errors, SpError } from '../http/errors';
import { collectionResponse, entityResponse, noContent, projectProperties } from '../http/format';
import type { ApiRequest, ApiResponse } from '../http/types';
import { evaluate } from '../odata/evaluate';
import { parseQuery } from '../odata/query';
import { fieldFromXml } from '../schema/assets';
import { encodeInternalName, FieldDef, FieldKind, kindFromTypeKind } from '../schema/fields';
import { parseXml } from '../schema/xml';
import { ListMeta, newGuid, WEB_FIELDS } from '../store/db';
import { AppContext, checkProperties, jsonBody, render, requirePerm } from './context';
import { fieldEntity } from './fieldEntity';
import { Perm } from './permissions';

export { fieldEntity, fieldSchemaXml } from './fieldEntity';

/** SharePoint's limit on a column's display name. */
export const MAX_FIELD_TITLE = 255;

/** Properties of SP.Field and its subtypes that a client may send (anything else is a 400, as in SharePoint). */
const FIELD_PROPS = ['Title', 'FieldTypeKind', 'Description', 'Group', 'Required', 'Indexed', 'Hidden', 'EnforceUniqueValues', 'DefaultValue',
  'DefaultFormula', 'StaticName', 'InternalName', 'ReadOnlyField', 'ValidationFormula', 'ValidationMessage', 'JSLink', 'ClientSideComponentId',
  'ClientSideComponentProperties', 'CustomFormatter', 'Direction', 'Sortable', 'Filterable', 'MaxLength', 'Choices', 'EditFormat', 'FillInChoice',
  'Mappings', 'DisplayFormat', 'DateTimeCalendarType', 'FriendlyDisplayFormat', 'MinimumValue', 'MaximumValue', 'CurrencyLocaleId', 'ShowAsPercentage',
  'NumberOfLines', 'RichText', 'RestrictedMode', 'AppendOnly', 'AllowHyperlink', 'UnlimitedLengthInDocumentLibrary', 'SelectionMode', 'SelectionGroup',
  'AllowDisplay', 'Presence', 'Formula', 'OutputType', 'DateFormat', 'LookupListId', 'LookupList', 'LookupFieldName', 'LookupField', 'LookupWebId',
  'AllowMultipleValues', 'RelationshipDeleteBehavior', 'IsRelationship', 'ShowInFiltersPane', 'PinnedToFiltersPane', 'Scope'];

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
  if (query.top !== null) entities = entities.slice(0, query.top);
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
  const l = app.store.listById(ref) ?? app.store.listByUrl(ref.replace(app.siteRelative, '')) ?? app.store.listByTitle(ref);
  if (!l) throw Errors.badRequest(`The lookup list '${ref}' does not exist.`, '-1, System.ArgumentException');
  return l.id;
}

function checkFieldTitle(title: unknown): string {
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badRequest("The parameter 'Title' cannot be empty.", '-1, System.ArgumentException');
  if (title.length > MAX_FIELD_TITLE) {
    throw Errors.badRequest(`The column name is ${title.length} characters long; SharePoint allows at most ${MAX_FIELD_TITLE}.`, '-2130575340, Microsoft.SharePoint.SPException');
  }
  if (/[\u0000-\u001f\u007f]/.test(title)) throw Errors.badRequest('The column name contains a control character, which SharePoint does not allow.', '-2130575340, Microsoft.SharePoint.SPException');
  return title;
}

const results = (v: unknown): string[] | undefined => {
  const arr = Array.isArray(v) ? v : (v as { results?: unknown[] } | undefined)?.results;
  return arr ? arr.map(String) : undefined;
};

/** Builds a FieldDef from the JSON properties of POST fields / AddField. */
function defFromProps(app: AppContext, list: ListMeta, p: Record<string, unknown>): FieldDef {
  checkProperties(p, FIELD_PROPS, String((p.__metadata as { type?: string } | undefined)?.type ?? 'SP.Field'));
  const title = checkFieldTitle(p.Title);
  const typeName = (p.__metadata as { type?: string } | undefined)?.type ?? '';
  const multi = p.AllowMultipleValues === true || /Multi(?!Line)/i.test(typeName);
  const kind = kindFromTypeKind(Number(p.FieldTypeKind), multi) ?? (typeName === 'SP.FieldMultiChoice' ? 'MultiChoice' : undefined);
  if (!kind) throw Errors.badRequest(`The field type ${String(p.FieldTypeKind)} is not one the local server models.`, '-1, System.ArgumentException');
  const internal = typeof p.StaticName === 'string' && p.StaticName ? p.StaticName : title;
  const f: FieldDef = {
    id: newGuid(), name: uniqueName(list, encodeInternalName(internal)), title, kind, required: p.Required === true, indexed: p.Indexed === true,
    hidden: p.Hidden === true, readOnly: false, builtIn: false, column: null, description: typeof p.Description === 'string' ? p.Description : undefined,
    group: typeof p.Group === 'string' ? p.Group : undefined, enforceUnique: p.EnforceUniqueValues === true,
  };
  if (f.enforceUnique && !f.indexed) throw Errors.badRequest('A column that enforces unique values must be indexed.', '-2130575340, Microsoft.SharePoint.SPException');
  if (kind === 'Text') {
    const max = p.MaxLength === undefined ? 255 : p.MaxLength;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 1 || max > 255) throw Errors.badRequest('MaxLength of a single line of text must be from 1 to 255.', '-2130575340, Microsoft.SharePoint.SPException');
    f.maxLength = max;
  }
  if (kind === 'Choice' || kind === 'MultiChoice') f.choices = results(p.Choices) ?? [];
  if (kind === 'DateTime') f.dateOnly = p.DisplayFormat === 0 || p.DisplayFormat === undefined;
  if (kind === 'Note') Object.assign(f, { numLines: p.NumberOfLines ?? 6, richText: p.RichText === true, unlimited: p.UnlimitedLengthInDocumentLibrary === true });
  if (kind === 'Number' || kind === 'Currency') Object.assign(f, { min: p.MinimumValue, max: p.MaximumValue });
  if (kind === 'Calculated') {
    if (typeof p.Formula !== 'string' || !p.Formula.startsWith('=')) throw Errors.badRequest('The formula of a calculated column must start with an equals sign (=).', '-2130575340, Microsoft.SharePoint.SPException');
    const out: FieldKind = kindFromTypeKind(Number(p.OutputType ?? 2)) ?? 'Text';
    Object.assign(f, { formula: p.Formula, outputType: out, readOnly: true, dateOnly: p.DateFormat === 0 });
  }
  if (kind === 'Lookup' || kind === 'LookupMulti') {
    f.lookupList = resolveLookupList(app, p.LookupListId ?? p.LookupList);
    if (!f.lookupList) throw Errors.badRequest("The parameter 'LookupListId' is required for a lookup field.", '-1, System.ArgumentException');
    f.lookupField = typeof p.LookupFieldName === 'string' ? p.LookupFieldName : typeof p.LookupField === 'string' ? p.LookupField : 'Title';
  }
  if (typeof p.DefaultValue === 'string') f.defaultValue = p.DefaultValue;
  return f;
}

function created(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef, status: number): ApiResponse {
  f.column = list.id === WEB_FIELDS ? null : f.name;
  app.store.addField(list, f);
  return entityResponse(render(req), fieldEntity(req, list, f), 'SP.ApiData.Fields/@Element', status);
}

const requireManage = (req: ApiRequest, list: ListMeta): void => requirePerm(req, list.id === WEB_FIELDS ? undefined : list, Perm.ManageLists);

export function addField(app: AppContext, req: ApiRequest, list: ListMeta, viaParameters: boolean): ApiResponse {
  requireManage(req, list);
  const body = jsonBody(req);
  const props = (viaParameters ? body.parameters : body) as Record<string, unknown> | undefined;
  if (!props || typeof props !== 'object') throw Errors.badRequest("The parameter 'parameters' is missing.", '-1, System.ArgumentNullException');
  return created(app, req, list, defFromProps(app, list, props), viaParameters ? 200 : 201);
}

export function createFieldAsXml(app: AppContext, req: ApiRequest, list: ListMeta): ApiResponse {
  requireManage(req, list);
  const raw = jsonBody(req).parameters as { SchemaXml?: string; Options?: number } | undefined;
  if (!raw?.SchemaXml || typeof raw.SchemaXml !== 'string') throw Errors.badRequest("The parameter 'SchemaXml' is missing.", '-1, System.ArgumentNullException');
  let f: FieldDef;
  try {
    const el = parseXml(raw.SchemaXml);
    f = fieldFromXml(el);
    // SharePoint names the field after DisplayName unless AddFieldInternalNameHint (8) is passed
    if (!((raw.Options ?? 0) & 8) && el.attrs.DisplayName) f.name = encodeInternalName(el.attrs.DisplayName);
  } catch (e) {
    throw e instanceof SpError ? e : Errors.badRequest(`The field schema is not valid: ${(e as Error).message}`, '-1, System.ArgumentException');
  }
  checkFieldTitle(f.title);
  if (list.byName.has(f.name.toLowerCase())) {
    throw Errors.badRequest(`A duplicate field name "${f.name}" was found.`, '-2130575340, Microsoft.SharePoint.SPException');
  }
  if (f.id && list.fields.some((x) => x.id === f.id)) throw Errors.badRequest(`A duplicate field ID "{${f.id}}" was found.`, '-2130575340, Microsoft.SharePoint.SPException');
  f.id = f.id || newGuid();
  if (f.lookupListUrl) {
    f.lookupList = resolveLookupList(app, f.lookupListUrl);
    delete f.lookupListUrl;
  }
  return created(app, req, list, f, 200);
}

/** fields/adddependentlookupfield(displayName='…', primarylookupfieldid='…', showfield='…') */
export function addDependentLookup(app: AppContext, req: ApiRequest, list: ListMeta, named: Record<string, unknown>): ApiResponse {
  requireManage(req, list);
  const title = checkFieldTitle(named.displayname);
  const primary = findField(list, String(named.primarylookupfieldid ?? ''), 'id');
  if (primary.kind !== 'Lookup' && primary.kind !== 'LookupMulti') throw Errors.badRequest(`The column '${primary.title}' is not a lookup column.`, '-2147024809, System.ArgumentException');
  const showField = String(named.showfield ?? '');
  if (!showField) throw Errors.badRequest("The parameter 'showfield' cannot be empty.", '-1, System.ArgumentException');
  const f: FieldDef = {
    id: newGuid(), name: uniqueName(list, encodeInternalName(`${primary.name}_x003a_${title}`.slice(0, 32))), title, kind: primary.kind, required: false, indexed: false,
    hidden: false, readOnly: true, builtIn: false, column: null, lookupList: primary.lookupList, lookupField: showField, primaryFieldId: primary.id,
  };
  app.store.addField(list, f);
  return entityResponse(render(req), fieldEntity(req, list, f), 'SP.ApiData.Fields/@Element');
}

export function updateField(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef): ApiResponse {
  requireManage(req, list);
  const p = jsonBody(req);
  checkProperties(p, FIELD_PROPS, String((p.__metadata as { type?: string } | undefined)?.type ?? 'SP.Field'));
  if (p.Title !== undefined) checkFieldTitle(p.Title);
  if (p.FieldTypeKind !== undefined && Number(p.FieldTypeKind) !== fieldEntity(req, list, f).FieldTypeKind) {
    throw Errors.badRequest('The type of an existing column cannot be changed through this call.', '-2147024809, System.ArgumentException');
  }
  if (typeof p.MaxLength === 'number' && f.kind === 'Text' && (p.MaxLength < 1 || p.MaxLength > 255)) throw Errors.badRequest('MaxLength of a single line of text must be from 1 to 255.', '-2130575340, Microsoft.SharePoint.SPException');
  const indexed = typeof p.Indexed === 'boolean' ? p.Indexed : f.indexed;
  const unique = typeof p.EnforceUniqueValues === 'boolean' ? p.EnforceUniqueValues : !!f.enforceUnique;
  if (unique && !indexed) throw Errors.badRequest('A column that enforces unique values must be indexed.', '-2130575340, Microsoft.SharePoint.SPException');
  if (typeof p.Title === 'string') f.title = p.Title;
  if (typeof p.Description === 'string') f.description = p.Description;
  if (typeof p.Group === 'string') f.group = p.Group;
  if (typeof p.Required === 'boolean') f.required = p.Required;
  f.indexed = indexed;
  f.enforceUnique = unique;
  if (typeof p.Hidden === 'boolean') f.hidden = p.Hidden;
  if (typeof p.DefaultValue === 'string') f.defaultValue = p.DefaultValue;
  if (typeof p.MaxLength === 'number' && f.kind === 'Text') f.maxLength = p.MaxLength;
  if (typeof p.Formula === 'string' && f.kind === 'Calculated') f.formula = p.Formula;
  if (typeof p.ValidationFormula === 'string') f.validationFormula = p.ValidationFormula;
  if (typeof p.ValidationMessage === 'string') f.validationMessage = p.ValidationMessage;
  const choices = results(p.Choices);
  if (choices) f.choices = choices;
  app.store.updateField(list, f);
  return noContent();
}

export function deleteField(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef): ApiResponse {
  requireManage(req, list);
  if (f.builtIn) throw Errors.badRequest(`The column '${f.title}' is part of every list and cannot be deleted.`, '-2146232832, Microsoft.SharePoint.SPFieldValidationException');
  const dependants = list.fields.filter((x) => x.primaryFieldId === f.id);
  for (const d of dependants) app.store.deleteField(list, d);
  app.store.deleteField(list, f);
  return { status: 200, headers: { 'Content-Length': '0' }, body: '' };
}

/** setshowindisplayform(true|false), setshowineditform(…), setshowinnewform(…) */
export function setShowIn(app: AppContext, req: ApiRequest, list: ListMeta, f: FieldDef, form: 'display' | 'edit' | 'new', show: unknown): ApiResponse {
  requireManage(req, list);
  if (typeof show !== 'boolean') throw Errors.badRequest('The value must be true or false.', '-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
  f.showIn = { ...f.showIn, [form]: show };
  app.store.updateField(list, f);
  return noContent();
}
