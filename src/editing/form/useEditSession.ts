/**
 * One editing session: the records a form holds (a profile and its memberships, or one record),
 * validated as people type, saved together in one $batch, and what came of each part: saved,
 * refused because someone else saved it meanwhile (then the three-way choice), or failed (then
 * "try again" with what was not saved). Nothing is sent while any record is invalid.
 */
import * as React from 'react';
import type { EditProblem } from '../../data/editing/specs';
import type { IDirectoryEditor, PartOutcome, RecordChange, SaveResult, Values } from '../../data/editing/types';
import { ValidationError } from '../../domain/errors';
import { conflictOf, isResolved, resolve, type RecordConflict, type Side } from '../conflict/merge';
import { evaluate, saved, setField, touch, type Evaluated, type RecordDraft } from './draft';
import type { DraftValue } from './convert';
import type { FieldDef } from './fieldDefs';

export interface SessionConfig {
  editor: IDirectoryEditor;
  defsOf: (record: RecordDraft) => readonly FieldDef[];
  /** What the user calls a record: "Cllr Jane Smith's profile", "Planning Committee (Member)". */
  labelOf: (record: RecordDraft, values: Values) => string;
  /** The list Title for lists whose Title is a label. */
  titleOf?: (record: RecordDraft, values: Values) => string | undefined;
  /** Rules that need more than the record (a role that does not fit its body). */
  extraProblems?: (record: RecordDraft, values: Values) => EditProblem[];
  /** A record that must be saved even though its fields did not change (the profile, with a new photo). */
  forceSave?: (record: RecordDraft) => boolean;
  /** The values to write, from what the form holds (a photo the editor removed). */
  transformValues?: (record: RecordDraft, values: Values) => Values;
  /** Only these fields are written (a liaison officer's own entry); undefined writes every field the form holds. */
  fieldsOf?: (record: RecordDraft) => readonly string[] | undefined;
  /** Extra work for the save (a photo, an account): passed to the editing service. */
  extras?: () => Parameters<IDirectoryEditor['save']>[1];
  /** Records the user asked to remove (a pre-election period): removed by the next save, not judged. */
  removing?: (record: RecordDraft) => boolean;
  /** After a save: what was saved, for the photo and account to settle. */
  onSaved?: (result: SaveResult) => void;
}

export interface SaveReport {
  saved: string[];
  notSaved: Array<{ label: string; message: string }>;
}

export interface Session {
  records: RecordDraft[];
  evaluated: Map<string, Evaluated>;
  submitted: boolean;
  saving: boolean;
  report: SaveReport | undefined;
  conflicts: RecordConflict[];
  /** Problems SharePoint reported for a field (a lookup to a deleted body), by record and field. */
  serverProblems: Record<string, Record<string, EditProblem[]>>;
  dirty: boolean;
  /** A save that went through whole: the editor can close. */
  done: boolean;
  /** Whether a record will be written by the next save (new, or changed). */
  pending(record: RecordDraft): boolean;
  setValue(key: string, field: string, value: DraftValue): void;
  blur(key: string, field: string): void;
  add(record: RecordDraft): void;
  remove(key: string): void;
  update(key: string, fn: (r: RecordDraft) => RecordDraft): void;
  save(): Promise<boolean>;
  choose(key: string, field: string, side: Side): void;
  /** Takes the choices made in the conflict view and saves again. */
  saveResolved(): Promise<boolean>;
  resolved: boolean;
}

export function useEditSession(initial: RecordDraft[], config: SessionConfig, deps: readonly unknown[] = []): Session {
  const [records, setRecords] = React.useState<RecordDraft[]>(initial);
  const [submitted, setSubmitted] = React.useState(false);
  const [saving, setSaving] = React.useState(false);
  const [report, setReport] = React.useState<SaveReport | undefined>();
  const [conflicts, setConflicts] = React.useState<RecordConflict[]>([]);
  const [serverProblems, setServerProblems] = React.useState<Record<string, Record<string, EditProblem[]>>>({});
  const [done, setDone] = React.useState(false);
  const cfg = React.useRef(config);
  cfg.current = config;

  const evaluated = React.useMemo(() => {
    const out = new Map<string, Evaluated>();
    for (const r of records) {
      const defs = cfg.current.defsOf(r);
      out.set(r.key, evaluate(r, defs, cfg.current.editor, (values) => cfg.current.extraProblems?.(r, values) ?? []));
    }
    return out;
    // `deps`: what the config's rules read besides the records (an account typed beside them).
  }, [records, ...deps]);

  const pending = (r: RecordDraft): boolean =>
    !r.copy || (evaluated.get(r.key)?.changed.length ?? 0) > 0 || cfg.current.forceSave?.(r) === true || cfg.current.removing?.(r) === true;
  const dirty = records.some(pending);

  const update = React.useCallback((key: string, fn: (r: RecordDraft) => RecordDraft) => {
    setRecords((rs) => rs.map((r) => (r.key === key ? fn(r) : r)));
  }, []);

  const run = async (list: RecordDraft[]): Promise<boolean> => {
    const c = cfg.current;
    const evals = list.map((r) => ({ r, ev: evaluate(r, c.defsOf(r), c.editor, (values) => c.extraProblems?.(r, values) ?? []) }));
    setSubmitted(true);
    // Only what is to be written must be valid: an unchanged record is not written (nor judged).
    const removing = (r: RecordDraft): boolean => !!r.copy && c.removing?.(r) === true;
    const writing = evals.filter(({ r, ev }) => !r.copy || ev.changed.length > 0 || c.forceSave?.(r) === true || removing(r));
    if (writing.some((e) => !e.ev.valid && !removing(e.r))) return false;
    const changes: RecordChange[] = writing
      .map(({ r, ev }) => ({
        key: r.key,
        label: c.labelOf(r, ev.values),
        kind: r.kind,
        id: r.copy?.id,
        etag: r.copy?.etag,
        values: c.transformValues?.(r, ev.values) ?? ev.values,
        title: c.titleOf?.(r, ev.values),
        ...(c.fieldsOf?.(r) ? { fields: c.fieldsOf(r) } : {}),
        ...(removing(r) ? { remove: true } : {})
      }));
    const extras = c.extras?.();
    if (changes.length === 0 && !extras?.photo && !extras?.accountEmail) {
      setDone(true);
      return true;
    }
    setSaving(true);
    let result: SaveResult;
    try {
      result = await c.editor.save(changes, extras);
    } catch (e) {
      setSaving(false);
      if (e instanceof ValidationError) {
        setReport({ saved: [], notSaved: e.problems.map((p) => ({ label: p.field, message: p.message })) });
      } else {
        setReport({ saved: [], notSaved: changes.map((ch) => ({ label: ch.label, message: String((e as Error).message ?? e) })) });
      }
      return false;
    }
    setSaving(false);
    apply(result, list);
    c.onSaved?.(result);
    return result.complete;
  };

  const apply = (result: SaveResult, list: RecordDraft[]): void => {
    const c = cfg.current;
    const byKey = new Map(result.parts.map((p) => [p.key, p] as [string, PartOutcome]));
    const nextConflicts: RecordConflict[] = [];
    const problems: Record<string, Record<string, EditProblem[]>> = {};
    const next = list.flatMap((r): RecordDraft[] => {
      const part = byKey.get(r.key);
      if (!part) return [r];
      // A record removed leaves the form.
      if (part.outcome === 'saved' && r.copy && c.removing?.(r) === true) return [];
      if (part.outcome === 'saved') return [saved(r, c.defsOf(r), part.copy)];
      if (part.outcome === 'conflict') nextConflicts.push(conflictOf(r, part.label, c.defsOf(r), part.theirs));
      if (part.outcome === 'failed' && part.field) problems[r.key] = { [part.field]: [{ field: part.field, rule: 'sharepoint', message: part.message }] };
      return [r];
    });
    setRecords(next);
    setConflicts(nextConflicts);
    setServerProblems(problems);
    setReport(
      result.complete
        ? undefined
        : {
            saved: result.parts.filter((p) => p.outcome === 'saved').map((p) => p.label),
            notSaved: result.parts
              .filter((p): p is Exclude<PartOutcome, { outcome: 'saved' }> => p.outcome !== 'saved')
              .map((p) => ({ label: p.label, message: p.message }))
          }
    );
    if (result.complete) setDone(true);
  };

  const save = React.useCallback(async () => run(records), [records]);

  const choose = React.useCallback((key: string, field: string, side: Side) => {
    setConflicts((cs) => cs.map((c) => (c.key !== key ? c : { ...c, fields: c.fields.map((f) => (f.field === field ? { ...f, keep: side } : f)) })));
  }, []);

  const saveResolved = React.useCallback(async () => {
    const c = cfg.current;
    const next = records
      .map((r) => {
        const conflict = conflicts.find((x) => x.key === r.key);
        return conflict ? (conflict.theirs ? resolve(r, c.defsOf(r), conflict) : undefined) : r;
      })
      // A record someone deleted meanwhile cannot be saved again: it leaves the form.
      .filter((r): r is RecordDraft => r !== undefined);
    setRecords(next);
    setConflicts([]);
    return run(next);
  }, [records, conflicts]);

  return {
    records,
    evaluated,
    submitted,
    saving,
    report,
    conflicts,
    serverProblems,
    dirty,
    done,
    pending,
    setValue: (key, field, value) => {
      update(key, (r) => setField(r, field, value));
      // What SharePoint said about the old value no longer applies to the new one.
      setServerProblems((sp) => (sp[key]?.[field] ? { ...sp, [key]: { ...sp[key], [field]: [] } } : sp));
    },
    blur: (key, field) => update(key, (r) => touch(r, field)),
    add: (record) => setRecords((rs) => [...rs, record]),
    remove: (key) => setRecords((rs) => rs.filter((r) => r.key !== key || !!r.copy)),
    update,
    save,
    choose,
    saveResolved,
    resolved: conflicts.every(isResolved)
  };
}
