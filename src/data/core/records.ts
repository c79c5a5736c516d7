/**
 * Validating what comes back from SharePoint: every row goes through the domain schema; a row
 * that fails is left out and reported (with the list, the item and the reasons), so one bad
 * record never blanks a directory.
 */
import type { z } from 'zod';
import { problemsFromZod } from '../../domain/errors';

export interface RecordProblem {
  list: string;
  itemId: number | undefined;
  problems: string[];
}

export interface Parsed<T> {
  records: T[];
  problems: RecordProblem[];
}

export function parseRows<S extends z.ZodTypeAny>(
  rows: ReadonlyArray<Record<string, unknown>>,
  fromItem: (row: Record<string, unknown>) => unknown,
  schema: S,
  list: string,
  recordLabel: string
): Parsed<z.output<S>> {
  const records: Array<z.output<S>> = [];
  const problems: RecordProblem[] = [];
  for (const row of rows) {
    const result = schema.safeParse(fromItem(row));
    if (result.success) records.push(result.data);
    else
      problems.push({
        list,
        itemId: typeof row.Id === 'number' ? row.Id : undefined,
        problems: problemsFromZod(result.error, recordLabel).map((p) => (p.field ? `${p.field}: ${p.message}` : p.message))
      });
  }
  return { records, problems };
}
