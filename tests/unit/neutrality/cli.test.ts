/**
 * The real CLI, spawned as `npm run neutrality` does (`tsx tools/cli/index.ts neutrality`): stdin
 * JSON Lines in, one JSON line per input line out, exit codes 0 / 2 / 64.
 */
import { spawn } from 'child_process';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { screenText } from '../../../src/domain/neutrality/screening';

const ROOT = path.resolve(__dirname, '../../..');
const TSX = path.join(ROOT, 'node_modules', '.bin', 'tsx');
const CLI = path.join(ROOT, 'tools', 'cli', 'index.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function run(args: string[], input = '', options: { slowReader?: boolean } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [CLI, 'neutrality', ...args], {
      cwd: ROOT,
      env: { ...process.env, PATH: `${path.join(ROOT, 'node_modules', '.bin')}${path.delimiter}${process.env.PATH ?? ''}` }
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    if (options.slowReader) {
      // Stop reading for a while, so that the CLI meets a full pipe and must wait for 'drain'.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1500);
    }
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined); // the CLI may exit before reading (usage errors)
    child.stdin.end(input);
  });
}

const lines = (s: string): unknown[] =>
  s
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l));

describe('neutrality CLI: check', () => {
  it('writes one JSON line per input line, echoing ids as given, and exits 0', async () => {
    const input = [
      JSON.stringify({ id: 'a-1', text: 'Green waste collections resume on Monday.' }),
      JSON.stringify({ id: 2, text: 'Vote Labour on 2 May!' }),
      JSON.stringify({ id: 'x', text: 'The Tories have cut funding.' })
    ].join('\n');
    const r = await run(['check', '--channel', 'officer'], input + '\n');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = lines(r.stdout) as Array<{ id: unknown; allowed: boolean; findings: Array<Record<string, unknown>> }>;
    expect(out.map((o) => o.id)).toEqual(['a-1', 2, 'x']);
    expect(out.map((o) => o.allowed)).toEqual([true, false, false]);
    expect(out[0]).toEqual({ id: 'a-1', allowed: true, findings: [] });
    expect(Object.keys(out[1])).toEqual(['id', 'allowed', 'findings']);
    for (const f of out[1].findings) expect(Object.keys(f)).toEqual(['rule', 'match', 'start', 'end', 'message']);
    expect(out[1].findings).toEqual(screenText('Vote Labour on 2 May!', 'officer-owned').findings);
    expect(out[2].findings).toEqual(screenText('The Tories have cut funding.', 'officer-owned').findings);
  });

  it('keeps large numeric ids exactly as written', async () => {
    const r = await run(['check', '--channel', 'officer'], '{"id": 12345678901234567890, "text": "bins"}\n{"id":1.50,"text":"bins"}\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('{"id":12345678901234567890,"allowed":true,"findings":[]}\n{"id":1.50,"allowed":true,"findings":[]}\n');
  });

  it('applies the member-profile channel', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'I am the Labour councillor for Benn ward.' }),
      JSON.stringify({ id: 2, text: 'Re-elect me on 2 May! #VoteLabour' })
    ].join('\n');
    for (const channel of ['member', 'member-profile', '--channel=member']) {
      const args = channel.startsWith('--') ? ['check', channel] : ['check', '--channel', channel];
      const r = await run(args, input);
      expect(r.code).toBe(0);
      const out = lines(r.stdout) as Array<{ allowed: boolean; findings: Array<{ rule: string }> }>;
      expect(out.map((o) => o.allowed)).toEqual([true, false]);
      expect(out[1].findings.map((f) => f.rule)).toEqual(['electioneering', 'party-hashtag']);
    }
  });

  it('handles CRLF line endings and skips blank lines', async () => {
    const r = await run(['check', '--channel', 'officer-owned'], '{"id":"a","text":"Vote Labour"}\r\n\r\n   \r\n{"id":"b","text":"bins"}\r\n');
    expect(r.code).toBe(0);
    const out = lines(r.stdout) as Array<{ id: string; allowed: boolean }>;
    expect(out.map((o) => [o.id, o.allowed])).toEqual([
      ['a', false],
      ['b', true]
    ]);
    expect(r.stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('reports malformed lines with a specific reason, keeps going and exits 2', async () => {
    const input = [
      '{"id":"ok","text":"bins"}',
      'not json',
      '',
      '[1, 2]',
      '{"id":"no-text"}',
      '{"text":"no id"}',
      '{"id":"n","text":42}',
      '{"id":{"a":1},"text":"x"}',
      '"just a string"',
      '{"id":"last","text":"The Lib Dems"}'
    ].join('\n');
    const r = await run(['check', '--channel', 'officer'], input + '\n');
    expect(r.code).toBe(2);
    const out = lines(r.stdout) as Array<{ id: unknown; error?: string; allowed?: boolean }>;
    expect(out).toHaveLength(9);
    expect(out[0]).toEqual({ id: 'ok', allowed: true, findings: [] });
    expect(out[1]).toEqual({ id: null, error: expect.stringMatching(/^line 2: not valid JSON/) });
    expect(out[2]).toEqual({ id: null, error: expect.stringMatching(/^line 4: expected a JSON object.*got an array/) });
    expect(out[3]).toEqual({ id: null, error: 'line 5: missing "text"' });
    expect(out[4]).toEqual({ id: null, error: 'line 6: missing "id"' });
    expect(out[5]).toEqual({ id: null, error: 'line 7: "text" must be a string, got a number' });
    expect(out[6]).toEqual({ id: null, error: 'line 8: "id" must be a string or a number, got an object' });
    expect(out[7]).toEqual({ id: null, error: expect.stringMatching(/^line 9: expected a JSON object.*got a string/) });
    expect(out[8]).toMatchObject({ id: 'last', allowed: false });
    expect(Object.keys(out[1])).toEqual(['id', 'error']);
  });

  it('exits 0 with no output for empty input', async () => {
    const r = await run(['check', '--channel', 'officer'], '');
    expect(r).toEqual({ code: 0, stdout: '', stderr: '' });
  });

  it('streams a large input in order, waiting for a slow reader', async () => {
    const n = 20000;
    const input = Array.from({ length: n }, (_, i) => JSON.stringify({ id: i, text: i % 2 ? 'Vote Labour!' : 'Green waste collections.' })).join('\n');
    const r = await run(['check', '--channel', 'officer'], input, { slowReader: true });
    expect(r.code).toBe(0);
    const out = lines(r.stdout) as Array<{ id: number; allowed: boolean }>;
    expect(out).toHaveLength(n);
    expect(out.every((o, i) => o.id === i && o.allowed === (i % 2 === 0))).toBe(true);
  });
});

describe('neutrality CLI: --groups', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'neutrality-cli-'));
  const file = (name: string, content: string): string => {
    const p = path.join(dir, name);
    writeFileSync(p, content);
    return p;
  };

  it("adds the council's groups", async () => {
    const groups = file('groups.json', JSON.stringify([{ name: 'Rugby Independents Group', shortName: 'RIG', aliases: ['Rugby Independents'] }, { name: 'Dunchurch First' }]));
    const input = [
      JSON.stringify({ id: 1, text: "The Rugby Independents' leader spoke." }),
      JSON.stringify({ id: 2, text: 'RIG members voted against.' }),
      JSON.stringify({ id: 3, text: 'The drilling rig was removed.' })
    ].join('\n');
    const r = await run(['check', '--channel', 'officer', '--groups', groups], input);
    expect(r.code).toBe(0);
    const out = lines(r.stdout) as Array<{ allowed: boolean; findings: Array<{ rule: string; match: string }> }>;
    expect(out[0].findings.map((f) => [f.rule, f.match])).toEqual([['council-group', "Rugby Independents'"]]);
    expect(out[1].findings.map((f) => [f.rule, f.match])).toEqual([['council-group', 'RIG']]);
    expect(out[2].allowed).toBe(true);
  });

  it.each([
    ['an unreadable file', () => path.join(dir, 'missing.json'), /cannot read the groups file/],
    ['invalid JSON', () => file('bad.json', '[{"name": }'), /is not valid JSON/],
    ['not an array', () => file('obj.json', '{"name":"A"}'), /expected a JSON array of groups, got an object/],
    ['a group without a name', () => file('noname.json', '[{"name":"A"},{"shortName":"B"}]'), /groups\[1\]\.name: missing/],
    ['a bad alias', () => file('alias.json', '[{"name":"A","aliases":["ok", 3]}]'), /groups\[0\]\.aliases\[1\]: must be a string, got a number/],
    ['a misspelt field', () => file('field.json', '[{"name":"A","shortname":"a"}]'), /groups\[0\]\.shortname: unknown field/],
    ['a blank short name', () => file('blank.json', '[{"name":"A","shortName":"  "}]'), /groups\[0\]\.shortName: must not be blank/],
    ['an entry that is not an object', () => file('num.json', '[{"name":"A"}, 5]'), /groups\[1\]: expected an object/]
  ])('rejects %s with exit 64 and nothing on stdout', async (_label, makeFile, message) => {
    const r = await run(['check', '--channel', 'officer', '--groups', makeFile()], '{"id":1,"text":"x"}\n');
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
  });
});

describe('neutrality CLI: usage', () => {
  it.each([
    [[], /missing command/],
    [['scrub', '--channel', 'officer'], /unknown command "scrub": expected "check" or "scan"/],
    [['scan'], /missing --site URL/],
    [['scan', '--site', 'not a url'], /--site must be a web address/],
    [['check', '--channel', 'officer', '--json=yes'], /unknown option "--json=yes"/],
    [['check'], /missing --channel/],
    [['check', '--channel'], /--channel needs a value/],
    [['check', '--channel', 'public'], /unknown channel "public"/],
    [['check', '--channel', 'officer', '--verbose'], /unknown option "--verbose"/],
    [['check', '--channel', 'officer', '--channel', 'member'], /given more than once/],
    [['check', '--channel', 'officer', 'extra'], /unexpected argument "extra"/]
  ])('%j is a usage error: exit 64, a message on stderr, nothing on stdout', async (args, message) => {
    const r = await run(args as string[], '{"id":1,"text":"x"}\n');
    expect(r.code).toBe(64);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help/);
  });

  it('prints usage with --help', async () => {
    for (const args of [['--help'], ['check', '-h']]) {
      const r = await run(args);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^Usage: .*check --channel <officer\|member> \[--groups FILE\]/);
      expect(r.stdout).toMatch(/Exit codes: 0 .* 2 .* 64 usage error/s);
      expect(r.stderr).toBe('');
    }
  });
});
