/**
 * `import moderngov`: brings councillors, wards, groups, committees and memberships in from
 * ModernGov, or (with --report) shows where SharePoint and ModernGov disagree.
 */
import type { Writable } from 'node:stream';
import { buildDriftReport, formatDriftReport, importModernGov, ModernGovReadError, saveDriftReport, type ImportSummary, type WriteSummary } from '../../../src/data/import';
import { ukToday } from '../../../src/domain/neutrality/preElection';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError } from '../exit';
import { siteClient } from '../site';
import { loadAnswers } from './answers';

export const MODERNGOV_OPTIONS: Record<string, OptionSpec> = {
  '--from': { value: true, placeholder: 'URL|FOLDER', help: 'the ModernGov site (e.g. https://democracy.example.gov.uk) or a folder of saved answers' },
  '--site': COMMON_OPTIONS['--site'],
  '--dry-run': COMMON_OPTIONS['--dry-run'],
  '--json': COMMON_OPTIONS['--json'],
  '--report': { value: false, help: 'compare only: list where SharePoint and ModernGov differ, and keep the report in Site Assets' },
  '--today': { value: true, placeholder: 'YYYY-MM-DD', help: 'the date to judge terms and meetings by (default: today)' }
};

export function moderngovUsage(): string {
  return `ModernGov: npm run import -- moderngov --from URL|FOLDER --site URL [--dry-run] [--json] [--report]

Reads GetCouncillorsByWard, GetCommittees and each committee's latest GetMeeting from a ModernGov
site, or from a folder of saved answers (GetCouncillorsByWard.xml, GetCommittees.xml,
GetMeeting-<id>.xml; any of them), and brings Wards, Political Groups, Members, Bodies and
Memberships in step: records are matched by their ModernGov id, then by name. Only valid changes
are written; what was not, and why, is listed.

Options:
${describeOptions(MODERNGOV_OPTIONS)}

Exit codes: 0 it ran (problems or not); 2 the source could not be read as ModernGov data, or the
site could not be read; 64 usage error.
`;
}

const counts = (label: string, c: { create: number; update: number; unchanged: number }): string => `  ${label.padEnd(12)} ${c.create} to create, ${c.update} to update, ${c.unchanged} unchanged`;

export function formatSummary(s: ImportSummary, dryRun: boolean, written?: WriteSummary): string {
  const lines = [`ModernGov import from ${s.source}${dryRun ? ' (dry run: nothing was written)' : ''}`, ''];
  lines.push(counts('Wards', s.wards), counts('Groups', s.groups), counts('Members', s.members), counts('Bodies', s.bodies), counts('Memberships', s.memberships));
  lines.push(`  Vacant seats: ${s.vacancies}`, '');
  if (written) {
    lines.push('Written:');
    for (const [label, w] of [['Wards', written.wards], ['Groups', written.groups], ['Members', written.members], ['Bodies', written.bodies], ['Memberships', written.memberships]] as const) {
      lines.push(`  ${label.padEnd(12)} ${w.created} created, ${w.updated} updated${w.notWritten ? `, ${w.notWritten} not written` : ''}`);
    }
    lines.push('');
  }
  if (s.problems.length) {
    lines.push(`Not imported as ModernGov has it (${s.problems.length}):`);
    for (const p of s.problems) lines.push(`  ${p.entity} ${p.id}${p.field ? `, ${p.field}` : ''}: ${p.message}`);
  } else lines.push('No problems.');
  return lines.join('\n') + '\n';
}

export async function runModernGov(argv: readonly string[], out: Writable, err: Writable, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, MODERNGOV_OPTIONS);
  if (parsed.help) {
    out.write(moderngovUsage());
    return EXIT.ok;
  }
  const from = requireOption(parsed, '--from', 'URL or FOLDER (the ModernGov site, or saved answers)');
  const { sp, siteUrl } = siteClient(requireOption(parsed, '--site', 'URL (the directory site)'), env);
  const today = typeof parsed.options['--today'] === 'string' ? parsed.options['--today'] : ukToday();
  const json = parsed.options['--json'] === true;
  const report = parsed.options['--report'] === true;
  const dryRun = parsed.options['--dry-run'] === true || report;
  let loaded: Awaited<ReturnType<typeof loadAnswers>>;
  try {
    loaded = await loadAnswers(from, today);
  } catch (e) {
    if (e instanceof ModernGovReadError) {
      if (json) out.write(JSON.stringify({ source: from, error: e.message }) + '\n');
      throw new UnreadableError(e.message);
    }
    throw e;
  }
  let result: Awaited<ReturnType<typeof importModernGov>>;
  try {
    result = await importModernGov(sp, loaded.answers, { today, dryRun });
  } catch (e) {
    throw new UnreadableError(`the site ${siteUrl} could not be read or written: ${(e as Error).message.split('\n')[0]}`);
  }
  result.plan.problems.push(...loaded.problems);
  result.summary.problems.splice(0, 0, ...loaded.problems);
  if (report) {
    const drift = buildDriftReport(result.plan, result.site, new Date().toISOString());
    let stored: string | undefined;
    try {
      stored = await saveDriftReport(sp, drift);
    } catch (e) {
      err.write(`import: the report could not be kept in Site Assets: ${(e as Error).message.split('\n')[0]}\n`);
    }
    out.write(json ? JSON.stringify(drift) + '\n' : formatDriftReport(drift) + (stored ? `\nThis report is kept at ${stored}.\n` : ''));
    return EXIT.ok;
  }
  out.write(json ? JSON.stringify(result.summary) + '\n' : formatSummary(result.summary, dryRun, result.written));
  return EXIT.ok;
}
