/**
 * Between a change request's values (what it stores: text, yes or no, lists, null) and the form
 * values the editing forms hold, and how each is shown in the field-by-field comparison.
 */
import type { Values } from '../data/editing/types';
import { NEW_PHOTO, type ChangeRequest, type FieldChange, type MemberOwnField } from '../data/requests/types';
import { MEMBER_FIELDS, type FieldDef } from '../editing/form/fieldDefs';
import { strings } from './strings';

/** A request's value as the member form's domain value (blank text and no photo are absent). */
export function domainValue(field: MemberOwnField, value: FieldChange['new']): unknown {
  if (field === 'skills') return Array.isArray(value) ? value : [];
  if (field === 'publishPhone' || field === 'publishMobile' || field === 'publishAddress') return value === true;
  return typeof value === 'string' && value ? value : undefined;
}

/** The request's "before" and "after" as form values, for the fields the form holds. */
export function sidesOf(request: ChangeRequest): { before: Values; after: Values } {
  const before: Values = {};
  const after: Values = {};
  for (const c of request.changes) {
    if (c.field === 'photoUrl') continue;
    before[c.field] = domainValue(c.field, c.old);
    after[c.field] = domainValue(c.field, c.new);
  }
  return { before, after };
}

/** The member form's fields a request changes (the photo travels apart). */
export function changedDefs(request: ChangeRequest): FieldDef[] {
  return request.changes.filter((c) => c.field !== 'photoUrl').map((c) => MEMBER_FIELDS[c.field]).filter((d): d is FieldDef => !!d);
}

/** A value in words, for the comparison table. */
export function shown(field: MemberOwnField, value: FieldChange['new'] | undefined): string {
  if (value === undefined) return '';
  if (field === 'photoUrl') return value === null ? strings.photoRemoved : value === NEW_PHOTO ? '' : strings.currentPhoto;
  if (typeof value === 'boolean') return value ? strings.yes : strings.no;
  if (Array.isArray(value)) return value.length > 0 ? value.join('; ') : strings.none;
  return value === null || value === '' ? strings.none : value;
}
