/**
 * `neutrality check`: screens free text for party-political content.
 *
 *   npm run --silent neutrality -- check --channel officer [--groups groups.json] < texts.jsonl
 *
 * Reads JSON Lines ({"id": ..., "text": "..."}) from standard input and writes exactly one JSON
 * line per (non-blank) input line to standard output. See `checkUsage()` for the details and exit codes.
 */
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { parseChannel, type Channel } from '../../../src/domain/neutrality/channels';
import { createScreener, type PoliticalGroupTerms, type Screener } from '../../../src/domain/neutrality/screening';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UsageError } from '../exit';

export const EXIT_OK = EXIT.ok;
export const EXIT_MALFORMED = EXIT.unreadable;
export const EXIT_USAGE = EXIT.usage;
export { UsageError };

export const CHECK_OPTIONS: Record<string, OptionSpec> = {
  '--channel': { value: true, placeholder: 'officer|member', help: 'the channel whose rules apply (see below)' },
  '--groups': { value: true, placeholder: 'FILE', help: "the council's political groups, a JSON file (see below)" },
  '--site': { ...COMMON_OPTIONS['--site'], help: "read the council's political groups from this site instead of a file" }
};

export function checkUsage(): string {
  return `Check: npm run --silent neutrality -- check --channel <officer|member> [--groups FILE | --site URL]

Screens free text for party-political content (DESIGN.md, "The political-neutrality layer").
Reads JSON Lines from standard input, one {"id": ..., "text": "..."} per line (id a string or a
number), and writes one JSON line per input line to standard output:
  {"id": ..., "allowed": true|false, "findings": [{"rule", "match", "start", "end", "message"}]}
A malformed line gets {"id": null, "error": "line N: ..."} and processing continues.
Blank lines are skipped.

Options:
${describeOptions(CHECK_OPTIONS)}

  --channel officer: an officer-owned channel, where every rule applies; member: a member's own
  profile, where only electioneering, campaigning hashtags and party web addresses apply.
  "officer-owned" and "member-profile" are accepted too.
  --groups FILE: a JSON array of {"name": "...", "shortName": "...", "aliases": ["..."]}
  (shortName and aliases optional).

Exit codes: 0 every line was well formed; 2 some lines were malformed, or the groups could not be
read from the site; 64 usage error.
`;
}

export interface CliOptions {
  help: boolean;
  channel?: Channel;
  groupsFile?: string;
  site?: string;
}

/** Parses the check command's arguments (after "check"). Throws UsageError. */
export function parseCheckArgs(argv: readonly string[]): CliOptions {
  const parsed = parseOptions(argv, CHECK_OPTIONS);
  if (parsed.help) return { help: true };
  const raw = parsed.options['--channel'];
  const value = raw === undefined ? requireOption(parsed, '--channel', 'officer|member') : String(raw);
  const channel = parseChannel(value);
  if (!channel) throw new UsageError(`unknown channel "${value}": expected officer or member (or officer-owned, member-profile).`);
  const groupsFile = parsed.options['--groups'] as string | undefined;
  const site = parsed.options['--site'] as string | undefined;
  if (groupsFile && site) throw new UsageError('give the groups as --groups FILE or --site URL, not both.');
  return { help: false, channel, groupsFile, site };
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
export async function runCheck(opts: CliOptions, input: Readable, output: Writable, groups?: PoliticalGroupTerms[]): Promise<number> {
  const screener = createScreener({ groups: groups ?? (opts.groupsFile ? loadGroups(opts.groupsFile) : []) });
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
