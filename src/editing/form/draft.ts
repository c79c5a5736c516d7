/**
 * A record being edited: what it was when opened (or last saved), what the form holds now, which
 * fields have been touched, and its problems, judged by the editing service's write schemas as
 * people type. Pure functions over plain state, so one editor can hold several records (a
 * profile and its memberships) and save them together.
 */
import type { EditProblem } from '../../data/editing/specs';
import type { EditableKind } from '../../data/editing/kinds';
import type { IDirectoryEditor, RecordCopy, Values } from '../../data/editing/types';
import { fromDraftValue, sameDraft, toDraftValue, type Draft } from './convert';
import type { FieldDef } from './fieldDefs';

export interface RecordDraft {
  /** Stable key for the record in this editor ("member", "membership-12", "new-3"). */
  key: string;
  kind: EditableKind;
  /** The copy it was read (or last saved) as; undefined for a new record. */
  copy?: RecordCopy;
  original: Draft;
  draft: Draft;
  touched: readonly string[];
  /** Values the form does not show but the record needs (a membership's member). */
  fixed: Values;
}

export function draftOf(defs: readonly FieldDef[], values: Values): Draft {
  const out: Draft = {};
  for (const d of defs) out[d.field] = toDraftValue(d.input, values[d.field]);
  return out;
}

export function newRecordDraft(key: string, kind: EditableKind, defs: readonly FieldDef[], copy: RecordCopy | undefined, fixed: Values = {}, initial: Values = {}): RecordDraft {
  const original = draftOf(defs, copy?.values ?? {});
  const draft = copy ? original : { ...original, ...draftOf(defs, initial) };
  return { key, kind, copy, original, draft, touched: [], fixed };
}

export interface Evaluated {
  /** The domain values the form holds, with the fixed ones. */
  values: Values;
  /** Problems by field ('' for the record as a whole). */
  problems: Record<string, EditProblem[]>;
  /** Fields whose value differs from the original. */
  changed: string[];
  valid: boolean;
}

export function evaluate(state: RecordDraft, defs: readonly FieldDef[], editor: IDirectoryEditor, extra: (values: Values) => EditProblem[] = () => []): Evaluated {
  const values: Values = { ...state.fixed };
  const problems: Record<string, EditProblem[]> = {};
  const add = (p: EditProblem): void => {
    (problems[p.field] ??= []).push(p);
  };
  const formFields = new Set<string>();
  for (const d of defs) {
    const c = fromDraftValue(d.input, state.draft[d.field], d.label);
    if (c.value !== undefined) values[d.field] = c.value;
    if (c.problem) {
      formFields.add(d.field);
      add({ field: d.field, rule: 'invalid', message: c.problem });
    }
  }
  const check = editor.check(state.kind, values);
  if (!check.ok) {
    for (const p of check.problems) {
      const field = p.field.split('.')[0];
      // A date the form could not read is reported once, in the form's own words.
      if (formFields.has(field)) continue;
      add({ ...p, field });
    }
  }
  for (const p of extra(values)) add(p);
  const changed = defs.filter((d) => !sameDraft(state.original[d.field], state.draft[d.field])).map((d) => d.field);
  return { values, problems, changed, valid: Object.keys(problems).length === 0 };
}

export function setField(state: RecordDraft, field: string, value: Draft[string]): RecordDraft {
  return { ...state, draft: { ...state.draft, [field]: value }, touched: state.touched.includes(field) ? state.touched : [...state.touched, field] };
}

export function touch(state: RecordDraft, field: string): RecordDraft {
  return state.touched.includes(field) ? state : { ...state, touched: [...state.touched, field] };
}

/** The fixed values as a copy holds them (a photo saved meanwhile, an account). */
export function fixedFrom(fixed: Values, copy: RecordCopy): Values {
  const out: Values = {};
  for (const k of Object.keys(fixed)) out[k] = copy.values[k];
  return out;
}

/** After a save: the saved copy is the new original; the form keeps what it holds. */
export function saved(state: RecordDraft, defs: readonly FieldDef[], copy: RecordCopy): RecordDraft {
  const original = draftOf(defs, copy.values);
  return { ...state, copy, original, draft: { ...original }, touched: [], fixed: fixedFrom(state.fixed, copy) };
}

/** Problems to show for a field: once touched, or after a save was tried. */
export function visible(ev: Evaluated, state: RecordDraft, field: string, submitted: boolean): EditProblem[] {
  return submitted || state.touched.includes(field) ? (ev.problems[field] ?? []) : [];
}
