/**
 * The one entry for the project's commands (DESIGN.md, "Where new code goes"):
 *
 *   tsx tools/cli/index.ts neutrality check|scan …
 *
 * Every command shares the options and exit codes of args.ts and exit.ts: 0 it ran, 1 it found
 * violations, 2 its input could not be read, 64 the command line was wrong. Later commands
 * (import, sync-officers, provision) join the table below.
 */
import { EXIT, UnreadableError, UsageError } from './exit';
import { importCommand } from './import';
import { neutrality } from './neutrality';
import { provisionCommand } from './provision';
import { syncOfficersCommand } from './sync-officers';

type Command = (argv: readonly string[]) => Promise<number>;

const io = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

export const COMMANDS: Record<string, Command> = {
  neutrality: (argv) => neutrality(argv, io),
  import: (argv) => importCommand(argv, io),
  'sync-officers': (argv) => syncOfficersCommand(argv, io),
  provision: (argv) => provisionCommand(argv, io)
};

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  const command = name === undefined ? undefined : COMMANDS[name];
  try {
    if (!command) throw new UsageError(name === undefined ? `missing command: expected one of ${Object.keys(COMMANDS).join(', ')}.` : `unknown command "${name}".`);
    return await command(rest);
  } catch (err) {
    const prefix = name && COMMANDS[name] ? name : 'council-directory';
    if (err instanceof UsageError) {
      process.stderr.write(`${prefix}: ${err.message}\nRun with --help for usage.\n`);
      return EXIT.usage;
    }
    if (err instanceof UnreadableError) {
      process.stderr.write(`${prefix}: ${err.message}\n`);
      return EXIT.unreadable;
    }
    throw err;
  }
}

if (require.main === module) {
  // A closed pipe downstream (e.g. `| head`) is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code; // let stdout drain; do not call process.exit()
    },
    (err: unknown) => {
      // Not 1, which means "found violations": 70 is the conventional code for an internal error.
      process.stderr.write(`council-directory: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = EXIT.internal;
    }
  );
}
