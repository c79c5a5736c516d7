/**
 * The command line, parsed the same way for every command: `--site`, `--dry-run` and `--json`
 * mean the same everywhere; each command adds its own options. `--name value` and
 * `--name=value` both work; an option given twice, an unknown option or a stray argument is a
 * usage error that names it.
 */
import { UsageError } from './exit';

export interface OptionSpec {
  /** Takes a value (`--channel officer`), or is a switch (`--json`). */
  value: boolean;
  /** Shown in the usage text. */
  help: string;
  /** Shown in the usage text for options that take a value ("FILE", "URL"). */
  placeholder?: string;
}

export const COMMON_OPTIONS = {
  '--site': { value: true, placeholder: 'URL', help: 'the SharePoint site (the local server, or a tenant site)' },
  '--dry-run': { value: false, help: 'say what would be done, and change nothing' },
  '--json': { value: false, help: 'write machine-readable JSON to standard output' }
} as const satisfies Record<string, OptionSpec>;

export interface Parsed {
  help: boolean;
  options: Record<string, string | true>;
}

/** Parses the arguments after the command's name. `allowed` lists the options the command takes. */
export function parseOptions(argv: readonly string[], allowed: Record<string, OptionSpec>): Parsed {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true, options: {} };
  const options: Record<string, string | true> = {};
  const args = argv.slice();
  while (args.length > 0) {
    const arg = args.shift() as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const spec = allowed[name];
    if (!spec) throw new UsageError(arg.startsWith('-') ? `unknown option "${arg}".` : `unexpected argument "${arg}".`);
    if (name in options) throw new UsageError(`${name} is given more than once.`);
    if (!spec.value) {
      if (name !== arg) throw new UsageError(`${name} does not take a value.`);
      options[name] = true;
      continue;
    }
    const inline = name !== arg;
    const value = inline ? arg.slice(eq + 1) : args.shift();
    if (value === undefined || value === '' || (!inline && value.startsWith('--'))) throw new UsageError(`${name} needs a value.`);
    options[name] = value;
  }
  return { help: false, options };
}

/** The options part of a usage text. */
export function describeOptions(allowed: Record<string, OptionSpec>): string {
  const rows = Object.entries(allowed).map(([name, s]) => [s.value ? `${name} ${s.placeholder ?? 'VALUE'}` : name, s.help]);
  const width = Math.max(...rows.map(([l]) => l.length)) + 2;
  return rows.map(([l, h]) => `  ${l.padEnd(width)}${h}`).join('\n');
}

export function requireOption(parsed: Parsed, name: string, what: string): string {
  const v = parsed.options[name];
  if (typeof v !== 'string') throw new UsageError(`missing ${name} ${what}.`);
  return v;
}
