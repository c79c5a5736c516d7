/**
 * neutrality-cli: screens free text for party-political content from the command line.
 *
 *   npm run --silent neutrality -- check --channel officer [--groups groups.json] < texts.jsonl
 *
 * Reads JSON Lines ({"id": ..., "text": "..."}) from standard input and writes exactly one JSON
 * line per (non-blank) input line to standard output. See `usage()` for the details and exit codes.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseChannel, type Channel } from '../src/domain/neutrality/channels';
import { createScreener, type PoliticalGroupTerms, type Screener } from '../src/domain/neutrality/screening';

export const EXIT_OK = 0;
export const EXIT_MALFORMED = 2;
export const EXIT_USAGE = 64;

export function usage(): string {
  return `Usage: npm run --silent neutrality -- check --channel <officer|member> [--groups FILE]

Screens free text for party-political content (DESIGN.md, "The political-neutrality layer").
Reads JSON Lines from standard input, one {"id": ..., "text": "..."} per line (id a string or a
number), and writes one JSON line per input line to standard output:
  {"id": ..., "allowed": true|false, "findings": [{"rule", "match", "start", "end", "message"}]}
A malformed line gets {"id": null, "error": "line N: ..."} and processing continues.
Blank lines are skipped.

Options:
  --channel officer|member  officer: an officer-owned channel, where every rule applies;
                            member: a member's own profile, where only electioneering,
                            campaigning hashtags and party web addresses apply.
                            "officer-owned" and "member-profile" are accepted too.
  --groups FILE             the council's political groups, a JSON array of
                            {"name": "...", "shortName": "...", "aliases": ["..."]}
                            (shortName and aliases optional)
  -h, --help                show this help

Exit codes: 0 every line was well formed; 2 some lines were malformed; 64 usage error.
`;
}

export class UsageError extends Error {}

export interface CliOptions {
  help: boolean;
  channel?: Channel;
  groupsFile?: string;
}

/** Parses the command line (without node and the script). Throws UsageError. */
export function parseArgs(argv: readonly string[]): CliOptions {
  if (argv.includes('--help') || argv.includes('-h')) return { help: true };
  const args = argv.slice();
  const command = args.shift();
  if (command === undefined) throw new UsageError('missing command: expected "check".');
  if (command !== 'check') throw new UsageError(`unknown command "${command}": expected "check".`);
  const opts: CliOptions = { help: false };
  const seen = new Set<string>();
  while (args.length > 0) {
    const arg = args.shift() as string;
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--channel' && name !== '--groups') {
      throw new UsageError(arg.startsWith('-') ? `unknown option "${arg}".` : `unexpected argument "${arg}".`);
    }
    if (seen.has(name)) throw new UsageError(`${name} is given more than once.`);
    seen.add(name);
    const inline = name !== arg;
    const value = inline ? arg.slice(eq + 1) : args.shift();
    if (value === undefined || value === '' || (!inline && value.startsWith('--'))) {
      throw new UsageError(`${name} needs a value.`);
    }
    if (name === '--channel') {
      const channel = parseChannel(value);
      if (!channel) throw new UsageError(`unknown channel "${value}": expected officer or member (or officer-owned, member-profile).`);
      opts.channel = channel;
    } else {
      opts.groupsFile = value;
    }
  }
  if (!opts.channel) throw new UsageError('missing --channel officer|member.');
  return opts;
}

const GROUP_FIELDS = new Set(['name', 'shortName', 'aliases']);

function typeName(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

/** Validates the groups file's content; returns the problems, each naming the index and field. */
export function validateGroups(data: unknown): { groups: PoliticalGroupTerms[]; problems: string[] } {
  if (!Array.isArray(data)) return { groups: [], problems: [`expected a JSON array of groups, got ${typeName(data)}.`] };
  const problems: string[] = [];
  const groups: PoliticalGroupTerms[] = [];
  data.forEach((g: unknown, i: number) => {
    const at = `groups[${i}]`;
    if (g === null || typeof g !== 'object' || Array.isArray(g)) {
      problems.push(`${at}: expected an object with "name", got ${typeName(g)}.`);
      return;
    }
    const o = g as Record<string, unknown>;
    const before = problems.length;
    for (const key of Object.keys(o)) {
      if (!GROUP_FIELDS.has(key)) problems.push(`${at}.${key}: unknown field (expected name, shortName, aliases).`);
    }
    if (!('name' in o)) problems.push(`${at}.name: missing; every group needs a name.`);
    else if (typeof o.name !== 'string') problems.push(`${at}.name: must be a string, got ${typeName(o.name)}.`);
    else if (o.name.trim() === '') problems.push(`${at}.name: must not be blank.`);
    if ('shortName' in o && typeof o.shortName !== 'string') problems.push(`${at}.shortName: must be a string when given, got ${typeName(o.shortName)}.`);
    else if ('shortName' in o && (o.shortName as string).trim() === '') problems.push(`${at}.shortName: must not be blank when given.`);
    if ('aliases' in o) {
      if (!Array.isArray(o.aliases)) problems.push(`${at}.aliases: must be an array of strings, got ${typeName(o.aliases)}.`);
      else {
        o.aliases.forEach((a: unknown, j: number) => {
          if (typeof a !== 'string') problems.push(`${at}.aliases[${j}]: must be a string, got ${typeName(a)}.`);
          else if (a.trim() === '') problems.push(`${at}.aliases[${j}]: must not be blank.`);
        });
      }
    }
    if (problems.length === before) {
      groups.push({ name: o.name as string, shortName: o.shortName as string | undefined, aliases: o.aliases as string[] | undefined });
    }
  });
  return { groups, problems };
}

export function loadGroups(file: string): PoliticalGroupTerms[] {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`cannot read the groups file "${file}": ${(err as Error).message}`);
  }
  let data: unknown;
  try {
    data = JSON.parse(raw.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new UsageError(`the groups file "${file}" is not valid JSON: ${(err as Error).message}`);
  }
  const { groups, problems } = validateGroups(data);
  if (problems.length > 0) throw new UsageError(`the groups file "${file}" is invalid:\n  ${problems.join('\n  ')}`);
  return groups;
}

interface Record_ {
  id: string | number;
  /** The id exactly as written, for numbers that JSON.parse would round ("12345678901234567890", "1.0"). */
  rawId?: string;
  text: string;
}

/**
 * The raw text of the top-level "id" value when it is a number (the last one, as JSON.parse keeps),
 * found by a small scanner over the line; used where JSON.parse does not give revivers the source.
 */
function rawTopLevelNumberId(line: string): string | undefined {
  let depth = 0;
  let expectKey = false;
  let found: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < line.length && line[j] !== '"') j += line[j] === '\\' ? 2 : 1;
      if (depth === 1 && expectKey) {
        const after = /^\s*:\s*(-?\d[\d.eE+-]*)?/.exec(line.slice(j + 1));
        if (after && JSON.parse(line.slice(i, j + 1)) === 'id') found = after[1];
      }
      expectKey = false;
      i = j;
      continue;
    }
    if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') depth--;
    if ((ch === '{' || ch === ',') && depth === 1) expectKey = true;
  }
  return found;
}

type ReviverWithSource = (this: unknown, key: string, value: unknown, context?: { source?: string }) => unknown;

/** Parses one input line; returns the record or the reason it is malformed. */
export function parseRecord(line: string): Record_ | { error: string } {
  const sources = new Map<unknown, string>();
  const reviver: ReviverWithSource = function (this: unknown, key, value, context) {
    if (key === 'id' && typeof value === 'number' && context?.source !== undefined) sources.set(this, context.source);
    return value;
  };
  let data: unknown;
  try {
    data = JSON.parse(line, reviver as (key: string, value: unknown) => unknown);
  } catch (err) {
    return { error: `not valid JSON (${(err as Error).message})` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { error: `expected a JSON object with "id" and "text", got ${typeName(data)}` };
  }
  const o = data as Record<string, unknown>;
  const problems: string[] = [];
  if (!('id' in o)) problems.push('missing "id"');
  else if (!(typeof o.id === 'string' || (typeof o.id === 'number' && Number.isFinite(o.id)))) {
    problems.push(`"id" must be a string or a number, got ${typeName(o.id)}`);
  }
  if (!('text' in o)) problems.push('missing "text"');
  else if (typeof o.text !== 'string') problems.push(`"text" must be a string, got ${typeName(o.text)}`);
  if (problems.length > 0) return { error: problems.join('; ') };
  const rawId = typeof o.id === 'number' ? sources.get(o) ?? rawTopLevelNumberId(line) : undefined;
  return { id: o.id as string | number, rawId: rawId !== undefined && /^-?\d/.test(rawId) ? rawId : undefined, text: o.text as string };
}

/** The output line for one input line (without the newline). */
export function checkLine(screener: Screener, channel: Channel, line: string, lineNo: number): { out: string; ok: boolean } {
  const rec = parseRecord(line);
  if ('error' in rec) return { out: JSON.stringify({ id: null, error: `line ${lineNo}: ${rec.error}` }), ok: false };
  const result = screener.screen(rec.text, channel);
  const findings = result.findings.map((f) => ({ rule: f.rule, match: f.match, start: f.start, end: f.end, message: f.message }));
  const id = rec.rawId ?? JSON.stringify(rec.id);
  return { out: `{"id":${id},"allowed":${result.allowed},"findings":${JSON.stringify(findings)}}`, ok: true };
}

/** Streams JSON Lines from `input` to `output`, respecting back-pressure. Resolves to the exit code. */
export async function runCheck(opts: CliOptions, input: Readable, output: Writable): Promise<number> {
  const screener = createScreener({ groups: opts.groupsFile ? loadGroups(opts.groupsFile) : [] });
  const channel = opts.channel as Channel;
  const rl = createInterface({ input, crlfDelay: Infinity, terminal: false });
  let lineNo = 0;
  let allOk = true;
  let buffer = '';
  const flush = async (): Promise<void> => {
    if (buffer === '') return;
    const chunk = buffer;
    buffer = '';
    if (!output.write(chunk)) await once(output, 'drain');
  };
  for await (const raw of rl) {
    lineNo++;
    const line = lineNo === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (line.trim() === '') continue;
    const { out, ok } = checkLine(screener, channel, line, lineNo);
    if (!ok) allOk = false;
    buffer += out + '\n';
    if (buffer.length >= 64 * 1024) await flush();
  }
  await flush();
  return allOk ? EXIT_OK : EXIT_MALFORMED;
}

export async function main(argv: readonly string[]): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseArgs(argv);
    if (opts.help) {
      process.stdout.write(usage());
      return EXIT_OK;
    }
    if (opts.groupsFile) loadGroups(opts.groupsFile); // validate before reading any input
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`neutrality: ${err.message}\nRun with --help for usage.\n`);
      return EXIT_USAGE;
    }
    throw err;
  }
  return runCheck(opts, process.stdin, process.stdout);
}

if (require.main === module) {
  // A closed pipe downstream (e.g. `| head`) is not an error of ours.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? EXIT_OK);
    throw err;
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code; // let stdout drain; do not call process.exit()
    },
    (err: unknown) => {
      process.stderr.write(`neutrality: ${(err as Error).stack ?? String(err)}\n`);
      process.exitCode = 1;
    }
  );
}
