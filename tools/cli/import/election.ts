/**
 * `import election`: the day after an election. Marks the members ModernGov no longer lists as
 * former and ends their memberships on --date (history kept), and brings the newly elected in.
 */
import type { Writable } from 'node:stream';
import { existsSync, statSync } from 'node:fs';
import * as path from 'node:path';
import type { SPFI } from '@pnp/sp';
import {
  applyCsvElection,
  applyElection,
  csvSummaryOf,
  CsvReadError,
  importCsv,
  importModernGov,
  ModernGovReadError,
  planCsvElection,
  planElection,
  readSite,
  type ImportProblem
} from '../../../src/data/import';
import { ukToday } from '../../../src/domain/neutrality/preElection';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError, UsageError } from '../exit';
import { siteClient } from '../site';
import { loadAnswers } from './answers';
import { formatCsvPlan, readFileArg } from './csv';
import { formatSummary } from './moderngov';

export const ELECTION_OPTIONS: Record<string, OptionSpec> = {
  '--date': { value: true, placeholder: 'YYYY-MM-DD', help: 'the day terms and memberships end (the election day)' },
  '--from': { value: true, placeholder: 'URL|FOLDER|FILE.csv', help: 'the ModernGov site, or saved answers, or a CSV of Members: the council after the election' },
  '--site': COMMON_OPTIONS['--site'],
  '--dry-run': COMMON_OPTIONS['--dry-run'],
  '--json': COMMON_OPTIONS['--json']
};

export function electionUsage(): string {
  return `Election: npm run import -- election --date YYYY-MM-DD --from URL|FOLDER|FILE.csv --site URL [--dry-run] [--json]

The day after an election: members who are no longer councillors are marked as former, their
term of office and every open membership ending on --date (nothing is deleted); the newly
elected are added and the re-elected updated. --from is the council after the election: a
ModernGov site (or saved answers), or a CSV of Members (export Members, remove the rows of those
not re-elected or set their Status to Former, add rows for the newly elected). From a CSV, every
row must be free of problems before anything is written. Run it with --dry-run first.

Options:
${describeOptions(ELECTION_OPTIONS)}

Exit codes: 0 it ran; 2 the source or the site could not be read (or, from a CSV, rows have
problems, so nothing was written); 64 usage error.
`;
}

/** A CSV file rather than a ModernGov address or a folder of saved answers. */
function isCsvFile(from: string): boolean {
  if (/^https?:\/\//i.test(from)) return false;
  const full = path.resolve(from);
  return /\.(csv|txt)$/i.test(from) || (existsSync(full) && statSync(full).isFile());
}

interface ElectionJson {
  date: string;
  dryRun: boolean;
  leaving: Array<{ id: number; name: string }>;
  membershipsToEnd: number;
  import: unknown;
  markedFormer: number;
  membershipsEnded: number;
  problems: ImportProblem[];
  /** From a CSV: why the election cannot be applied yet (null when it can). */
  refused?: string | null;
}

function header(out: Writable, json: ElectionJson, refused = false): void {
  out.write(`The day after the election of ${json.date}${refused ? ' (nothing was written)' : json.dryRun ? ' (dry run: nothing was written)' : ''}\n\n`);
  out.write(`No longer councillors (${json.leaving.length}): ${json.leaving.map((l) => l.name).join(', ') || 'none'}\n`);
  out.write(`Memberships to end on ${json.date}: ${json.membershipsToEnd}\n`);
  if (!json.dryRun) out.write(`Marked as former: ${json.markedFormer}; memberships ended: ${json.membershipsEnded}\n`);
}

async function fromCsv(sp: SPFI, file: string, date: string, dryRun: boolean, jsonOut: boolean, out: Writable): Promise<number> {
  const bytes = readFileArg(file);
  const [{ plan }, site] = await Promise.all([importCsv(sp, bytes, { list: 'members', source: file, dryRun: true }), readSite(sp)]);
  let election;
  try {
    election = planCsvElection(plan, site, date);
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(e.message);
    throw e;
  }
  const refused = !dryRun && election.refused !== undefined;
  const result = dryRun || refused ? undefined : await applyCsvElection(sp, election, site);
  const json: ElectionJson = {
    date,
    dryRun: dryRun || refused,
    leaving: election.leaving.map((l) => ({ id: l.member.id, name: l.name })),
    membershipsToEnd: election.ending.length,
    import: csvSummaryOf(election.import, result?.imported),
    markedFormer: result?.markedFormer ?? 0,
    membershipsEnded: result?.membershipsEnded ?? 0,
    problems: result?.problems ?? election.problems,
    refused: election.refused ?? null
  };
  if (jsonOut) out.write(JSON.stringify(json) + '\n');
  else {
    header(out, json, refused);
    if (dryRun && election.refused) out.write(`\nThe election cannot be applied yet: ${election.refused}\n`);
    out.write('\n' + formatCsvPlan(election.import, json.import as ReturnType<typeof csvSummaryOf>, refused ? 'refused' : 'election'));
    for (const p of json.problems) out.write(`  ${p.message}\n`);
  }
  if (refused) throw new UnreadableError(`nothing was written: ${election.refused}`);
  return EXIT.ok;
}

export async function runElection(argv: readonly string[], out: Writable, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, ELECTION_OPTIONS);
  if (parsed.help) {
    out.write(electionUsage());
    return EXIT.ok;
  }
  const date = requireOption(parsed, '--date', 'YYYY-MM-DD (the election day)');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError(`--date must be written like 2027-05-06 (got "${date}").`);
  const from = requireOption(parsed, '--from', 'URL, FOLDER or FILE.csv');
  const { sp, siteUrl } = siteClient(requireOption(parsed, '--site', 'URL (the directory site)'), env);
  const dryRun = parsed.options['--dry-run'] === true;
  const jsonOut = parsed.options['--json'] === true;
  const today = ukToday() > date ? ukToday() : date;
  try {
    if (isCsvFile(from)) return await fromCsv(sp, from, date, dryRun, jsonOut, out);
    const { answers, problems } = await loadAnswers(from, today);
    const { plan, site, summary } = await importModernGov(sp, answers, { today, dryRun: true });
    summary.problems.unshift(...problems);
    let election;
    try {
      election = planElection(plan, site, date);
    } catch (e) {
      if (e instanceof RangeError) throw new UsageError(e.message);
      throw e;
    }
    const result = dryRun ? undefined : await applyElection(sp, election, site);
    const json: ElectionJson = {
      date,
      dryRun,
      leaving: election.leaving.map((l) => ({ id: l.member.id, name: l.name })),
      membershipsToEnd: election.ending.length,
      import: summary,
      markedFormer: result?.markedFormer ?? 0,
      membershipsEnded: result?.membershipsEnded ?? 0,
      problems: [...election.problems, ...(result?.problems ?? [])]
    };
    if (jsonOut) out.write(JSON.stringify(json) + '\n');
    else {
      header(out, json);
      out.write('\n' + formatSummary(summary, dryRun, result?.imported));
      for (const p of json.problems) out.write(`  ${p.entity} ${p.id}${p.field ? `, ${p.field}` : ''}: ${p.message}\n`);
    }
    return EXIT.ok;
  } catch (e) {
    if (e instanceof ModernGovReadError) throw new UnreadableError(e.message);
    if (e instanceof CsvReadError) throw new UnreadableError(`${from}: ${e.message}`);
    if (e instanceof UsageError || e instanceof UnreadableError) throw e;
    throw new UnreadableError(`the site ${siteUrl} could not be read or written: ${(e as Error).message.split('\n')[0]}`);
  }
}
