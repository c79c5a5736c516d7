/**
 * `import csv`: a list to a CSV file (--export), or a CSV file into a list (--from), with a dry
 * run that lists every problem by row and column, and an import that writes only the valid rows.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import { CSV_LISTS, CSV_SPECS, csvListOf, CsvReadError, exportCsv, importCsv, NOUNS, type CsvListKey, type CsvPlan, type CsvProblem, type CsvSummary } from '../../../src/data/import';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError, UsageError } from '../exit';
import { siteClient } from '../site';

export const CSV_OPTIONS: Record<string, OptionSpec> = {
  '--list': { value: true, placeholder: 'NAME', help: `the list: ${CSV_LISTS.map((k) => CSV_SPECS[k].title.toLowerCase().replace(/ /g, '-')).join(', ')}` },
  '--from': { value: true, placeholder: 'FILE', help: 'import this CSV file into the list' },
  '--export': { value: true, placeholder: 'FILE', help: 'export the list to this CSV file instead ("-" for standard output)' },
  '--site': COMMON_OPTIONS['--site'],
  '--dry-run': COMMON_OPTIONS['--dry-run'],
  '--json': COMMON_OPTIONS['--json']
};

export function csvUsage(): string {
  return `CSV: npm run import -- csv --list NAME --from FILE --site URL [--dry-run] [--json]
     npm run import -- csv --list NAME --export FILE --site URL [--json]

--export writes the list to a CSV file that Excel opens (UTF-8), its columns named as in
SharePoint, each lookup as a title beside its ID. --from reads such a file back: every row is
checked (the list's rules and the political-neutrality screen), rows with an ID update that item,
rows without one are matched by name (officers by email, memberships by member, body and role)
or added. Only rows without problems are written; every problem is listed by row and column.
Records the file does not mention are left as they are. Run it with --dry-run first.

Options:
${describeOptions(CSV_OPTIONS)}

Exit codes: 0 it ran (problems or not); 2 the file or the site could not be read; 64 usage error.
`;
}

export function listOption(value: string): CsvListKey {
  const list = csvListOf(value);
  if (!list) throw new UsageError(`--list must be one of ${CSV_LISTS.map((k) => CSV_SPECS[k].title.toLowerCase().replace(/ /g, '-')).join(', ')} (got "${value}").`);
  return list;
}

/** The bytes of a file named on the command line, or why not. */
export function readFileArg(file: string): Buffer {
  const full = path.resolve(file);
  if (!existsSync(full)) throw new UnreadableError(`${file} does not exist.`);
  if (!statSync(full).isFile()) throw new UnreadableError(`${file} is not a file.`);
  return readFileSync(full);
}

const where = (p: CsvProblem): string => (p.row === undefined ? '' : `row ${p.row}${p.column ? `, ${p.column}` : ''}: `);

/** `election`: the plan is the newly elected of an election; `refused`: it was not applied because rows have problems. */
export function formatCsvPlan(plan: CsvPlan, summary: CsvSummary, mode: 'import' | 'election' | 'refused' = 'import'): string {
  const election = mode !== 'import';
  const noun = NOUNS[plan.list];
  const c = plan.counts;
  const state = summary.written ? '' : mode === 'refused' ? ' (nothing was written)' : ' (dry run: nothing was written)';
  const lines = [`CSV import of ${plan.source} into ${plan.listTitle}${state}`, ''];
  lines.push(`  ${c.rows} rows: ${c.create} to add, ${c.update} to change, ${c.unchanged} unchanged, ${c.invalid} with problems (not to be imported)`);
  if (plan.notInFile && !election) lines.push(`  ${plan.notInFile} ${plan.notInFile === 1 ? noun.one : noun.many} in ${plan.listTitle} ${plan.notInFile === 1 ? 'is' : 'are'} not in the file; they are left as they are.`);
  lines.push('');
  const adds = plan.rows.filter((r) => r.outcome === 'create');
  const changes = plan.rows.filter((r) => r.outcome === 'update');
  if (adds.length) lines.push(`To add (${adds.length}):`, ...adds.map((r) => `  row ${r.row}: ${r.label}`), '');
  if (changes.length) {
    lines.push(`To change (${changes.length}):`);
    for (const r of changes) lines.push(`  row ${r.row}: ${r.label}: ${r.changes.map((x) => `${x.column} "${x.from}" → "${x.to}"`).join('; ') || 'matched by name'}`);
    lines.push('');
  }
  if (summary.written) {
    const w = summary.written;
    lines.push(`Written: ${w.created} added, ${w.updated} changed; ${c.unchanged} unchanged; ${w.notWritten} not written.`, '');
  }
  if (summary.problems.length) lines.push(`${summary.written ? 'Not written' : 'Problems (these rows will not be imported)'} (${summary.problems.length}):`, ...summary.problems.map((p) => `  ${where(p)}${p.message}`), '');
  if (summary.notes.length) lines.push(`Notes (${summary.notes.length}):`, ...summary.notes.map((p) => `  ${where(p)}${p.message}`), '');
  if (!summary.written) {
    const valid = c.create + c.update;
    if (mode === 'refused') lines.push('Correct the rows listed, then run the election again.');
    else if (election) lines.push('Run again without --dry-run to apply the election.');
    else lines.push(valid ? `Run again without --dry-run to import the ${valid} valid ${valid === 1 ? 'row' : 'rows'}.` : 'There is nothing to import.');
  }
  return lines.join('\n') + '\n';
}

export async function runCsv(argv: readonly string[], out: Writable, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, CSV_OPTIONS);
  if (parsed.help) {
    out.write(csvUsage());
    return EXIT.ok;
  }
  const list = listOption(requireOption(parsed, '--list', 'NAME (the list)'));
  const from = parsed.options['--from'];
  const exportTo = parsed.options['--export'];
  if ((typeof from === 'string') === (typeof exportTo === 'string')) throw new UsageError('give either --from FILE (to import) or --export FILE (to export).');
  if (typeof exportTo === 'string' && parsed.options['--dry-run'] === true) throw new UsageError('--dry-run is for importing; an export changes nothing.');
  const json = parsed.options['--json'] === true;
  const { sp, siteUrl } = siteClient(requireOption(parsed, '--site', 'URL (the directory site)'), env);
  const site = (e: unknown): UnreadableError => new UnreadableError(`the site ${siteUrl} could not be read or written: ${(e as Error).message.split('\n')[0]}`);

  if (typeof exportTo === 'string') {
    let result: Awaited<ReturnType<typeof exportCsv>>;
    try {
      result = await exportCsv(sp, list);
    } catch (e) {
      throw site(e);
    }
    if (exportTo === '-') out.write(result.text);
    else writeFileSync(path.resolve(exportTo), result.text, 'utf8');
    const noun = NOUNS[list];
    if (exportTo !== '-') {
      out.write(json ? JSON.stringify({ list: CSV_SPECS[list].title, file: exportTo, rows: result.rows }) + '\n' : `Exported ${result.rows} ${result.rows === 1 ? noun.one : noun.many} from ${CSV_SPECS[list].title} to ${exportTo}.\n`);
    }
    return EXIT.ok;
  }

  const file = from as string;
  const bytes = readFileArg(file);
  let result: Awaited<ReturnType<typeof importCsv>>;
  try {
    result = await importCsv(sp, bytes, { list, source: file, dryRun: parsed.options['--dry-run'] === true });
  } catch (e) {
    if (e instanceof CsvReadError) {
      if (json) out.write(JSON.stringify({ source: file, list: CSV_SPECS[list].title, error: e.message }) + '\n');
      throw new UnreadableError(`${file}: ${e.message}`);
    }
    throw site(e);
  }
  out.write(json ? JSON.stringify(result.summary) + '\n' : formatCsvPlan(result.plan, result.summary));
  return EXIT.ok;
}
