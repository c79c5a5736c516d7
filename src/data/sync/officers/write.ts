/**
 * Writing the officer sync's plan: through src/data/writes (each record validated again before it
 * is sent), in $batch requests of up to 100 writes. An update sends only the columns it changes,
 * with the ETag it read, so an edit someone made meanwhile is never overwritten silently (it comes
 * back as a conflict, which the sync reads again and retries).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/batching';
import { LISTS, LIST_TITLES, wireName, type ColumnDef } from '../../lists';
import { officerToItem } from '../../mappers';
import { writeValue, type SpItem } from '../../mappers/values';
import { ConcurrencyError, recordWriter } from '../../writes';
import { leaverSchema, syncedOfficerSchema, syncedOfficerUpdateSchema, type SyncedOfficer } from './columns';
import type { OfficerWrite } from './officerPlan';

export const WRITE_BATCH = 100;

export interface WriteOutcome {
  written: OfficerWrite[];
  /** Someone changed the officer after the sync read it. */
  conflicts: OfficerWrite[];
  failed: Array<{ write: OfficerWrite; error: Error }>;
  batches: number;
}

/** The item body for the given fields of a record (and its Title label when the name changes). */
export function itemFor(value: Record<string, unknown>, fields: readonly string[]): SpItem {
  const out: SpItem = {};
  const columns: Readonly<Record<string, ColumnDef>> = LISTS.officers.fields;
  for (const f of fields) {
    const c = columns[f];
    if (!c) throw new Error(`The officer sync does not write the field '${f}'.`);
    out[wireName(c)] = writeValue(c.kind, value[f]);
  }
  if (fields.includes('givenName') || fields.includes('familyName')) out.Title = `${String(value.givenName)} ${String(value.familyName)}`;
  return out;
}

function send(batched: SPFI, w: OfficerWrite): Promise<unknown> {
  const title = LIST_TITLES.officers;
  if (w.kind === 'create') {
    return recordWriter(batched, title, 'officer', syncedOfficerSchema, (v: SyncedOfficer) => officerToItem(v)).create(w.record);
  }
  const existing = w.existing!;
  const schema = w.kind === 'leave' ? leaverSchema : syncedOfficerUpdateSchema;
  return recordWriter(batched, title, 'officer', schema, (v: Record<string, unknown>) => itemFor(v, w.fields)).update(existing.id, existing.etag, w.record);
}

export async function writeOfficers(sp: SPFI, writes: readonly OfficerWrite[], batchSize = WRITE_BATCH): Promise<WriteOutcome> {
  const out: WriteOutcome = { written: [], conflicts: [], failed: [], batches: 0 };
  for (let start = 0; start < writes.length; start += batchSize) {
    const chunk = writes.slice(start, start + batchSize);
    const [batched, execute] = sp.batched({ maxRequests: batchSize });
    const pending = chunk.map((w) => send(batched, w));
    // Each write's own promise settles with its part of the $batch answer.
    const settled = Promise.allSettled(pending);
    try {
      await execute();
    } catch (e) {
      // The whole $batch failed (after PnPjs's retries): nothing in it is known to be written.
      // The rest are not attempted: the next run (whose delta link has not moved on) tries them all again.
      void settled;
      for (const w of writes.slice(start)) out.failed.push({ write: w, error: e as Error });
      out.batches++;
      return out;
    }
    out.batches++;
    (await settled).forEach((r, i) => {
      if (r.status === 'fulfilled') out.written.push(chunk[i]);
      else if (r.reason instanceof ConcurrencyError) out.conflicts.push(chunk[i]);
      else out.failed.push({ write: chunk[i], error: r.reason as Error });
    });
  }
  return out;
}
