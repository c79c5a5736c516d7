/** `neutrality`: the check (JSON Lines from standard input) and the site scan. */
import type { Readable, Writable } from 'node:stream';
import { readCouncilGroups, type ScanNotice } from '../../../src/data/scan';
import { EXIT, UnreadableError, UsageError } from '../exit';
import { siteClient } from '../site';
import { checkUsage, loadGroups, parseCheckArgs, runCheck } from './check';
import { runScan, scanUsage } from './scan';

export function neutralityUsage(): string {
  return `Usage: npm run --silent neutrality -- check --channel <officer|member> [--groups FILE] [--site URL]
       npm run --silent neutrality -- scan --site URL [--json] [--csv FILE]

${checkUsage()}
${scanUsage()}`;
}

export async function neutrality(argv: readonly string[], io: { stdin: Readable; stdout: Writable; stderr: Writable }, env = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h') {
    if (command === undefined) throw new UsageError('missing command: expected "check" or "scan".');
    io.stdout.write(neutralityUsage());
    return EXIT.ok;
  }
  if (command === 'scan') return runScan(rest, io.stdout, io.stderr, env);
  if (command !== 'check') throw new UsageError(`unknown command "${command}": expected "check" or "scan".`);
  const opts = parseCheckArgs(rest);
  if (opts.help) {
    io.stdout.write(neutralityUsage());
    return EXIT.ok;
  }
  if (opts.groupsFile) {
    // Validate before reading any input.
    return runCheck(opts, io.stdin, io.stdout, loadGroups(opts.groupsFile));
  }
  if (opts.site) {
    const { sp, siteUrl } = siteClient(opts.site, env);
    const notices: ScanNotice[] = [];
    const { groups, readable } = await readCouncilGroups(sp, notices);
    if (!readable) throw new UnreadableError(`the political groups of ${siteUrl} could not be read: ${notices[0]?.message ?? ''}`);
    for (const n of notices) io.stderr.write(`neutrality: note: ${n.list}, item ${n.itemId}, ${n.field}: ${n.message}\n`);
    return runCheck(opts, io.stdin, io.stdout, groups);
  }
  return runCheck(opts, io.stdin, io.stdout, []);
}
