/** `import`: moderngov (with --report, the drift report), csv (import and --export), and election. */
import type { Writable } from 'node:stream';
import { EXIT, UsageError } from '../exit';
import { csvUsage, runCsv } from './csv';
import { electionUsage, runElection } from './election';
import { moderngovUsage, runModernGov } from './moderngov';

export function importUsage(): string {
  return `Usage: npm run import -- moderngov --from URL|FOLDER --site URL [--dry-run] [--json] [--report]
       npm run import -- csv --list NAME --from FILE --site URL [--dry-run] [--json]
       npm run import -- csv --list NAME --export FILE --site URL [--json]
       npm run import -- election --date YYYY-MM-DD --from URL|FOLDER|FILE.csv --site URL [--dry-run] [--json]

${moderngovUsage()}
${csvUsage()}
${electionUsage()}`;
}

export async function importCommand(argv: readonly string[], io: { stdout: Writable; stderr: Writable }, env = process.env): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    io.stdout.write(importUsage());
    return EXIT.ok;
  }
  if (command === 'moderngov') return runModernGov(rest, io.stdout, io.stderr, env);
  if (command === 'csv') return runCsv(rest, io.stdout, env);
  if (command === 'election') return runElection(rest, io.stdout, env);
  throw new UsageError(command === undefined ? 'missing command: expected "moderngov", "csv" or "election".' : `unknown command "${command}": expected "moderngov", "csv" or "election".`);
}
