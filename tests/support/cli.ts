/**
 * The project's commands as a person runs them (`npm run import|sync-officers|neutrality …` is
 * `tsx tools/cli/index.ts …`), in a child process with the project's own Node and tools first on
 * the PATH: what it printed, and its exit code.
 */
import { spawn } from 'child_process';
import * as path from 'path';

export const REPO = path.resolve(__dirname, '../..');
const BIN = path.join(REPO, 'node_modules', '.bin');

export interface CommandRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface CommandOptions {
  /** What the command reads on standard input (nothing by default). */
  input?: string;
  /** More of the environment, e.g. LOCAL_USER for the local server. */
  env?: Record<string, string>;
}

export function runCommand(command: string, args: readonly string[], options: CommandOptions = {}): Promise<CommandRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], { cwd: REPO, env: { ...process.env, PATH: `${BIN}${path.delimiter}${process.env.PATH ?? ''}`, ...options.env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** `tools/cli/index.ts <args>`, as the npm scripts run it. */
export function runCli(args: readonly string[], options: CommandOptions = {}): Promise<CommandRun> {
  return runCommand(path.join(BIN, 'tsx'), [path.join(REPO, 'tools', 'cli', 'index.ts'), ...args], options);
}
