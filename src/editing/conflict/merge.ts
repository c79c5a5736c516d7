/**
 * Three versions of a record, field by field: what the editor opened, what they hold now, and
 * what someone else saved meanwhile. A field only one of them changed keeps that change; a field
 * both changed differently waits for the editor's choice. Nothing is taken silently.
 */
import type { RecordCopy } from '../../data/editing/types';
import { sameDraft, type Draft, type DraftValue } from '../form/convert';
import { draftOf, fixedFrom, type RecordDraft } from '../form/draft';
import type { FieldDef } from '../form/fieldDefs';

export type Side = 'yours' | 'theirs';

export interface ConflictField {
  field: string;
  label: string;
  original: DraftValue | undefined;
  yours: DraftValue | undefined;
  theirs: DraftValue | undefined;
  /** Who changed it. */
  changedBy: 'you' | 'them' | 'both';
  /** The choice made so far: preset where only one side changed it; for "both", the editor's to make. */
  keep: Side | undefined;
}

export interface RecordConflict {
  key: string;
  label: string;
  theirs: RecordCopy | undefined;
  fields: ConflictField[];
}

export function conflictOf(state: RecordDraft, label: string, defs: readonly FieldDef[], theirs: RecordCopy | undefined): RecordConflict {
  if (!theirs) return { key: state.key, label, theirs, fields: [] };
  const theirDraft = draftOf(defs, theirs.values);
  const fields: ConflictField[] = [];
  for (const d of defs) {
    const original = state.original[d.field];
    const yours = state.draft[d.field];
    const their = theirDraft[d.field];
    const youChanged = !sameDraft(original, yours);
    const theyChanged = !sameDraft(original, their);
    if (!youChanged && !theyChanged) continue;
    if (youChanged && theyChanged && sameDraft(yours, their)) continue;
    const changedBy = youChanged && theyChanged ? 'both' : youChanged ? 'you' : 'them';
    fields.push({ field: d.field, label: d.label, original, yours, theirs: their, changedBy, keep: changedBy === 'you' ? 'yours' : changedBy === 'them' ? 'theirs' : undefined });
  }
  return { key: state.key, label, theirs, fields };
}

export function isResolved(c: RecordConflict): boolean {
  return c.fields.every((f) => f.keep !== undefined);
}

/** The record after the editor's choices: their version is the new original, so the next save is guarded by their ETag. */
export function resolve(state: RecordDraft, defs: readonly FieldDef[], c: RecordConflict): RecordDraft {
  if (!c.theirs) return state;
  const original = draftOf(defs, c.theirs.values);
  const draft: Draft = { ...original };
  for (const f of c.fields) if (f.keep === 'yours' && f.yours !== undefined) draft[f.field] = f.yours;
  // Fields neither side changed, and fields both changed alike, are already theirs.
  return { ...state, copy: c.theirs, original, draft, touched: [], fixed: fixedFrom(state.fixed, c.theirs) };
}
