/**
 * Between a form's domain values and SharePoint items, for editing: the item body holds only the
 * columns the form edits (so a party column an officer page never read is never touched), and
 * SharePoint's refusals become plain messages naming the field.
 */
import { fieldSpec } from '../../domain/neutrality/registry';
import { GMT_STANDARD_TIME, type SiteTimeZone } from '../mappers/dates';
import { entityMappers, memberDisplayTitle } from '../mappers/entities';
import { writeValue, type SpItem } from '../mappers/values';
import { LISTS, wireName, type ListDef } from '../lists';
import { KIND_ENTITIES, KIND_LISTS, type EditableKind } from './kinds';
import type { Values } from './types';

/**
 * The item body for the form's fields, dates as midnight in the site's time zone. An image column
 * is written only to clear it: a new photo goes through UploadImage.
 */
export function itemBody(kind: EditableKind, fields: readonly string[], values: Values, title?: string, zone: SiteTimeZone = GMT_STANDARD_TIME): SpItem {
  const def: ListDef = LISTS[KIND_LISTS[kind]];
  const fieldDefs = def.fields as ListDef['fields'];
  const out: SpItem = {};
  for (const field of fields) {
    const c = fieldDefs[field];
    if (!c || c.kind === 'counter') continue;
    if (c.kind === 'image') {
      if (values[field] === undefined) out[wireName(c)] = null;
      continue;
    }
    out[wireName(c)] = writeValue(c.kind, values[field], zone);
  }
  if (kind === 'member') out.Title = memberDisplayTitle(values as { givenName: string; familyName: string; preferredName?: string });
  else if (title !== undefined) out.Title = title;
  return out;
}

/** A SharePoint item as the form's domain values (only the form's fields), dates read in the site's time zone. */
export function valuesOf(kind: EditableKind, item: SpItem, fields: readonly string[], zone: SiteTimeZone = GMT_STANDARD_TIME): Values {
  const mappers = entityMappers(zone);
  const raw = kind === 'member' ? mappers.memberFromItem(item) : mappers.fromItem(KIND_LISTS[kind], item);
  const out: Values = {};
  for (const f of fields) if (raw[f] !== undefined) out[f] = raw[f];
  return out;
}

/** "Jane Smith – Planning Committee": a membership's Title, so the list reads well in SharePoint. */
export function membershipTitle(memberName: string, bodyTitle: string): string {
  return `${memberName} – ${bodyTitle}`;
}

/** "Sam Patel – Planning": a liaison officer's Title. */
export function liaisonOfficerTitle(officerName: string, serviceTitle: string): string {
  return `${officerName} – ${serviceTitle}`;
}

interface SpFailure {
  status?: number;
  message: string;
}

function statusOf(e: unknown): number | undefined {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
}

/** SharePoint's own words from a PnPjs HttpRequestError ("… ::> {"odata.error":…}"). */
export function sharePointMessage(e: unknown): string {
  const message = String((e as { message?: unknown })?.message ?? e ?? '');
  const json = message.indexOf('::>');
  if (json >= 0) {
    try {
      const body = JSON.parse(message.slice(json + 3).trim()) as Record<string, { message?: { value?: string } }>;
      const value = (body['odata.error'] ?? body.error)?.message?.value;
      if (value) return value;
    } catch {
      // Not JSON: the whole message will do.
    }
  }
  return message;
}

/** The domain field a SharePoint column error names ("… the field 'Body' …"). */
function fieldOfColumn(kind: EditableKind, spMessage: string): string | undefined {
  const column = /field '([^']+)'/i.exec(spMessage)?.[1];
  if (!column) return undefined;
  const fields = LISTS[KIND_LISTS[kind]].fields as ListDef['fields'];
  return Object.keys(fields).find((f) => fields[f].name.toLowerCase() === column.toLowerCase());
}

/** Why SharePoint refused a write, in plain words, with the field when it names one. */
export function describeFailure(kind: EditableKind, label: string, e: unknown): SpFailure & { field?: string } {
  const fieldLabel = (field: string): string => fieldSpec(KIND_ENTITIES[kind], field)?.label ?? field;
  const status = statusOf(e);
  const sp = sharePointMessage(e);
  if (status === 403) {
    return { status, message: `${label} was not saved: you do not have permission to change the ${LISTS[KIND_LISTS[kind]].title} list. Ask the site owner for edit access.` };
  }
  if (status === 404) return { status, message: `${label} was not saved: it has been deleted by someone else since you opened it.` };
  if (status === 429 || status === 503) return { status, message: `${label} was not saved: SharePoint was too busy. Try again in a moment.` };
  const field = fieldOfColumn(kind, sp);
  if (status === 400 && field && /lookup/i.test(sp)) {
    return { status, field, message: `${label} was not saved: the ${fieldLabel(field).toLowerCase()} it points to no longer exists (it may have been deleted). Choose another and try again.` };
  }
  if (status === 400) return { status, field, message: `${label} was not saved: SharePoint refused it (${sp})` };
  if (status === undefined) return { message: `${label} was not saved: SharePoint could not be reached. Check your connection and try again.` };
  return { status, message: `${label} was not saved: SharePoint answered with an error (${sp})` };
}
