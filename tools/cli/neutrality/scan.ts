/**
 * `neutrality scan`: every violation on a site, for Democratic Services.
 *
 *   npm run neutrality -- scan --site http://localhost:4321/sites/council [--json] [--csv FILE]
 *
 * The reading and screening are src/data/scan's (the web part's report panel uses the same).
 */
import { writeFileSync } from 'node:fs';
import type { Writable } from 'node:stream';
import { scanSite, scanToCsv, type ScanReport } from '../../../src/data/scan';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError } from '../exit';
import { siteClient } from '../site';

export const SCAN_OPTIONS: Record<string, OptionSpec> = {
  '--site': COMMON_OPTIONS['--site'],
  '--json': COMMON_OPTIONS['--json'],
  '--csv': { value: true, placeholder: 'FILE', help: 'also write the violations to a CSV file (opens in Excel)' },
  '--dry-run': { ...COMMON_OPTIONS['--dry-run'], help: 'accepted for scripts; the scan never changes anything' }
};

export function scanUsage(): string {
  return `Scan: npm run --silent neutrality -- scan --site URL [--json] [--csv FILE]

Reads every officer-owned list and every member free-text field of a site and reports every
party-political or campaigning text, with the list, the item, the field, the words found, the rule
and a link to the item.

Options:
${describeOptions(SCAN_OPTIONS)}

For the local server, requests are made as the user in LOCAL_USER (default: owner).

Exit codes: 0 nothing found; 1 violations found; 2 the site or a list could not be read; 64 usage error.
`;
}

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function formatReport(r: ScanReport): string {
  const items = r.lists.reduce((n, l) => n + l.items, 0);
  const lines = [`Neutrality scan of ${r.site}: ${plural(r.lists.length, 'list')}, ${plural(items, 'item')} read.`, ''];
  for (const v of r.violations) {
    lines.push(`${v.list}, item ${v.itemId}${v.itemTitle ? ` (${v.itemTitle})` : ''}, ${v.field}: "${v.words}" [${v.rule}]`);
    lines.push(`  ${v.message}`);
    lines.push(`  ${v.link}`);
  }
  for (const n of r.notices) lines.push(`Note: ${n.list}${n.itemId !== undefined ? `, item ${n.itemId}` : ''}${n.field ? `, ${n.field}` : ''}: ${n.message}`);
  if (r.notices.length > 0) lines.push('');
  const itemsWith = new Set(r.violations.map((v) => `${v.list}#${v.itemId}`)).size;
  lines.push(
    r.violations.length === 0
      ? 'No party-political or campaigning text found.'
      : `${plural(r.violations.length, 'violation')} in ${plural(itemsWith, 'item')}.`
  );
  if (!r.complete) lines.push('The scan is not complete: some of the site could not be read (see the notes above).');
  return lines.join('\n') + '\n';
}

export async function runScan(argv: readonly string[], out: Writable, err: Writable, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, SCAN_OPTIONS);
  if (parsed.help) {
    out.write(scanUsage());
    return EXIT.ok;
  }
  const { sp, siteUrl } = siteClient(requireOption(parsed, '--site', 'URL (the site to scan)'), env);
  let report: ScanReport;
  try {
    // A site that does not answer, or is not a SharePoint site, fails on its first list.
    await sp.web.select('Title')();
    report = await scanSite(sp, { siteUrl });
  } catch (e) {
    throw new UnreadableError(`the site ${siteUrl} could not be read: ${(e as Error).message.split('\n')[0]}`);
  }
  if (typeof parsed.options['--csv'] === 'string') {
    try {
      writeFileSync(parsed.options['--csv'], scanToCsv(report));
    } catch (e) {
      err.write(`neutrality: could not write ${parsed.options['--csv']}: ${(e as Error).message}\n`);
      return EXIT.unreadable;
    }
  }
  out.write(parsed.options['--json'] ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  if (!report.complete) return EXIT.unreadable;
  return report.violations.length > 0 ? EXIT.found : EXIT.ok;
}
