/**
 * Converting field values between the REST wire format and SQLite columns:
 * writes from JSON bodies (items.add/update) and from validateupdatelistitem form strings,
 * reads back to JSON in SharePoint's shapes (lookups as XId, URLs as {Description, Url}…).
 */
import { Errors, SpError } from '../http/errors';
import type { Json, JsonObject } from '../http/format';
import type { FieldDef } from '../schema/fields';
import type { SqlValue } from './sqlite';
import { GMT_STANDARD_TIME, siteDateOf, siteMidnight, type SiteTimeZone } from '../../../src/data/mappers/dates';

export const isoSeconds = (d: Date): string => d.toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * Dates as SharePoint keeps them: UTC, no milliseconds. A calendar date on its own (ISO, or the
 * en-GB dd/mm/yyyy of validateupdatelistitem form values, which SharePoint reads in the site's
 * regional settings) is midnight in the site's time zone. A date-only column keeps only the day:
 * whatever time is sent, SharePoint Online stores the site's midnight of the site's date, so in
 * British Summer Time 7 May reads back as 2026-05-06T23:00:00Z (*guess* for REST writes with a
 * time; seen for values entered in the list form).
 */
export function normaliseDate(v: string, dateOnly = false, zone: SiteTimeZone = GMT_STANDARD_TIME): string | null {
  const s = v.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const day = uk ? `${uk[3]}-${uk[2].padStart(2, '0')}-${uk[1].padStart(2, '0')}` : /^\d{4}-\d{2}-\d{2}$/.test(s) ? s : undefined;
  let d: Date;
  if (day !== undefined) {
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return null;
    d = siteMidnight(day, zone);
  } else {
    d = new Date(s);
    if (Number.isNaN(d.getTime())) return null;
    if (dateOnly) d = siteMidnight(siteDateOf(d, zone), zone);
  }
  return isoSeconds(d);
}

const convertError = (field: FieldDef, edmType: string): SpError =>
  Errors.badRequest(`Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details. (field '${field.name}')`);

function results(v: unknown): unknown[] | null {
  if (Array.isArray(v)) return v;
  if (v && typeof v === 'object' && Array.isArray((v as { results?: unknown[] }).results)) return (v as { results: unknown[] }).results;
  return null;
}

export interface WriteContext {
  userExists(id: number): boolean;
  /** the site's time zone (regional settings), for date-only columns and form dates */
  timeZone?: SiteTimeZone;
  /** whether the lookup's target list holds this item (lookup integrity) */
  lookupExists?(field: FieldDef, id: number): boolean;
}

/** SharePoint's limit for multiple lines of text, unless the column allows unlimited length. */
export const MAX_NOTE_LENGTH = 63999;

const validation = (message: string): SpError => new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException', message);

/**
 * Characters SharePoint cannot keep in list data (it is XML inside): C0 controls other than tab,
 * line feed and carriage return, and U+FFFE/U+FFFF. Refused rather than silently cut short.
 */
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

function checkCharacters(field: FieldDef, s: string): void {
  const m = XML_INVALID.exec(s);
  if (m) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw validation(`The value of the field '${field.title}' contains the control character U+${code} at position ${m.index + 1}, which SharePoint cannot store.`);
  }
}

function checkNumberRange(field: FieldDef, n: number): void {
  if ((field.min !== undefined && n < field.min) || (field.max !== undefined && n > field.max)) {
    throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
      `The value of the field '${field.title}' must be between ${field.min ?? '-∞'} and ${field.max ?? '∞'}.`);
  }
}

function checkText(field: FieldDef, s: string): string | null {
  checkCharacters(field, s);
  if (field.kind === 'Note' && !field.unlimited && s.length > MAX_NOTE_LENGTH) {
    throw validation(`The value of the field '${field.title}' is ${s.length} characters long; multiple lines of text hold at most ${MAX_NOTE_LENGTH}.`);
  }
  if (field.maxLength !== undefined && s.length > field.maxLength) {
    throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
      `The value of the field '${field.title}' is longer than the ${field.maxLength} characters it allows.`);
  }
  return s === '' ? null : s;
}

function checkChoice(field: FieldDef, s: string): string {
  checkCharacters(field, s);
  if (field.choices && !field.choices.includes(s)) {
    throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException',
      `'${s}' is not one of the choices of the field '${field.title}' (${field.choices.join(', ')}).`);
  }
  return s;
}

const missingLookup = (field: FieldDef, id: number): SpError =>
  validation(`The lookup value ${id} of the field '${field.title}' does not point at an item of its list: there is no item ${id}.`);

/** A JSON body value → the column value. `value` is the property's value as sent. */
export function toColumn(field: FieldDef, value: unknown, ctx: WriteContext): SqlValue {
  if (value === null || value === undefined) return field.kind === 'LookupMulti' || field.kind === 'UserMulti' || field.kind === 'MultiChoice' ? '[]' : null;
  switch (field.kind) {
    case 'Text':
    case 'Note':
      if (typeof value !== 'string') throw convertError(field, 'Edm.String');
      return checkText(field, value);
    case 'Choice':
      if (typeof value !== 'string') throw convertError(field, 'Edm.String');
      return value === '' ? null : checkChoice(field, value);
    case 'MultiChoice': {
      const arr = results(value);
      if (!arr || arr.some((x) => typeof x !== 'string')) throw convertError(field, 'Collection(Edm.String)');
      return JSON.stringify(arr.map((x) => checkChoice(field, x as string)));
    }
    case 'Number':
    case 'Currency':
    case 'Integer':
      if (typeof value !== 'number' || !Number.isFinite(value)) throw convertError(field, 'Edm.Double');
      checkNumberRange(field, value);
      return value;
    case 'Boolean':
      if (typeof value !== 'boolean') throw convertError(field, 'Edm.Boolean');
      return value ? 1 : 0;
    case 'DateTime': {
      const d = typeof value === 'string' ? normaliseDate(value, !!field.dateOnly, ctx.timeZone) : null;
      if (!d) throw convertError(field, 'Edm.DateTime');
      return d;
    }
    case 'Lookup':
    case 'User': {
      const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw convertError(field, 'Edm.Int32');
      if (n <= 0) return null;
      if (field.kind === 'User' && !ctx.userExists(n)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      if (field.kind === 'Lookup' && ctx.lookupExists && !ctx.lookupExists(field, n)) throw missingLookup(field, n);
      return n;
    }
    case 'LookupMulti':
    case 'UserMulti': {
      const arr = results(value);
      if (!arr || arr.some((x) => typeof x !== 'number' || !Number.isInteger(x))) throw convertError(field, 'Collection(Edm.Int32)');
      if (field.kind === 'UserMulti' && arr.some((x) => !ctx.userExists(x as number))) {
        throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'The user does not exist or is not unique.');
      }
      const missing = field.kind === 'LookupMulti' && ctx.lookupExists ? (arr as number[]).find((x) => x > 0 && !ctx.lookupExists!(field, x)) : undefined;
      if (missing !== undefined) throw missingLookup(field, missing);
      return JSON.stringify([...new Set(arr as number[])]);
    }
    case 'URL': {
      if (typeof value !== 'object' || Array.isArray(value)) throw convertError(field, 'SP.FieldUrlValue');
      const v = value as { Url?: unknown; Description?: unknown };
      if (v.Url === null || v.Url === undefined || v.Url === '') return null;
      if (typeof v.Url !== 'string') throw convertError(field, 'SP.FieldUrlValue');
      checkCharacters(field, v.Url);
      if (typeof v.Description === 'string') checkCharacters(field, v.Description);
      if (!/^(https?|ftp|mailto|file|news|tel):/i.test(v.Url.trim()) && !v.Url.startsWith('/')) {
        throw validation(`The URL in '${field.title}' must start with http://, https://, ftp://, mailto: or another scheme SharePoint allows.`);
      }
      if (v.Url.length > 255) throw new SpError(400, '-2130575162, Microsoft.SharePoint.SPFieldValidationException', `The URL in '${field.title}' is longer than 255 characters.`);
      return JSON.stringify({ Description: typeof v.Description === 'string' && v.Description !== '' ? v.Description : v.Url, Url: v.Url });
    }
    case 'Thumbnail':
    case 'Location':
      if (typeof value !== 'string') throw convertError(field, 'Edm.String');
      checkCharacters(field, value);
      if (value !== '' && field.kind === 'Location') {
        try {
          JSON.parse(value);
        } catch {
          throw validation(`The value of the field '${field.title}' must be JSON text.`);
        }
      }
      return value === '' ? null : value;
    default:
      throw Errors.badRequest(`The field '${field.name}' is read-only.`);
  }
}

/** A validateupdatelistitem form string → the column value (SharePoint parses these with the site's locale). */
export function fromFormValue(field: FieldDef, text: string, ctx: WriteContext & { ensureUser(login: string): number }): SqlValue {
  const s = text ?? '';
  if (s.trim() === '') return toColumn(field, null, ctx);
  switch (field.kind) {
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const n = Number(s.replace(/,/g, ''));
      if (!Number.isFinite(n)) throw new SpError(400, '-1, System.ArgumentException', `'${s}' is not a number.`);
      return toColumn(field, n, ctx);
    }
    case 'Boolean':
      return /^(1|true|yes)$/i.test(s.trim()) ? 1 : 0;
    case 'DateTime': {
      const d = normaliseDate(s, !!field.dateOnly, ctx.timeZone);
      if (!d) throw new SpError(400, '-1, System.ArgumentException', `'${s}' is not a valid date.`);
      return d;
    }
    case 'MultiChoice':
      return toColumn(field, s.split(';#').filter((x) => x !== ''), ctx);
    case 'Lookup':
      return toColumn(field, Number(s.split(';#')[0]), ctx);
    case 'LookupMulti':
      return toColumn(field, s.split(';#').filter((x) => /^\d+$/.test(x)).map(Number), ctx);
    case 'User':
    case 'UserMulti': {
      let keys: string[];
      try {
        keys = (JSON.parse(s) as { Key: string }[]).map((k) => k.Key);
      } catch {
        keys = [s];
      }
      const ids = keys.map((k) => ctx.ensureUser(k));
      return toColumn(field, field.kind === 'User' ? ids[0] ?? null : ids, ctx);
    }
    case 'URL': {
      const i = s.indexOf(', ');
      return toColumn(field, i < 0 ? { Url: s } : { Url: s.slice(0, i), Description: s.slice(i + 2) }, ctx);
    }
    default:
      return toColumn(field, s, ctx);
  }
}

/** The column value → JSON, as SharePoint returns it (minimal metadata). */
export function renderValue(field: FieldDef, raw: SqlValue | undefined): Json {
  const v = raw === undefined ? null : raw;
  switch (field.kind) {
    case 'Boolean':
    case 'Attachments':
      return v === null ? (field.kind === 'Attachments' ? false : null) : Number(v) !== 0;
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'Lookup':
    case 'User':
      return v === null ? null : Number(v);
    case 'MultiChoice':
    case 'LookupMulti':
    case 'UserMulti':
      return v === null ? [] : (JSON.parse(String(v)) as Json[]);
    case 'URL': {
      if (v === null) return null;
      const u = JSON.parse(String(v)) as JsonObject;
      return { 'odata.type': 'SP.FieldUrlValue', Description: u.Description, Url: u.Url };
    }
    default:
      return v === null ? null : String(v);
  }
}
