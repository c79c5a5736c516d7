/**
 * Jest always exits: a run whose browser is missing, whose set-up throws half-way, or whose server
 * cannot start still closes everything it started and ends within seconds of its last test, with
 * no open handle left (checked with --detectOpenHandles). Each case runs in a child jest.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '../..');

interface ChildRun {
  code: number | null;
  /** Set when the child had to be killed: it did not exit by itself. */
  killed: boolean;
  ms: number;
  output: string;
}

function runJest(args: string[], env: Record<string, string>, limitMs: number): Promise<ChildRun> {
  const started = Date.now();
  const child = spawn(process.execPath, [path.join(REPO, 'node_modules/jest/bin/jest.js'), '--detectOpenHandles', '--colors=false', ...args], {
    cwd: REPO,
    env: { ...process.env, ...env, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, limitMs);
  return new Promise((resolve) => {
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, killed, ms: Date.now() - started, output });
    });
  });
}

const NO_BROWSER = { CHROMIUM_PATH: path.join(REPO, 'no-such-browser', 'chromium'), COUNCIL_BROWSER_PATH: '', COUNCIL_BROWSER_UNAVAILABLE: '' };

test('with no browser, the browser suite fails at once with the one clear message, and jest exits', async () => {
  const run = await runJest(['tests/e2e/workbench.test.ts'], NO_BROWSER, 90000);
  expect(run.killed).toBe(false);
  expect(run.code).toBe(1);
  expect(run.output).toContain(`CHROMIUM_PATH is set to ${NO_BROWSER.CHROMIUM_PATH}, and there is no file there`);
  expect(run.output).toContain('apt-get install chromium');
  expect(run.output).toMatch(/jest: 0 passed, \d+ failed/);
  expect(run.output).not.toMatch(/Jest has detected the following|did not exit one second/);
  // The whole child run (jest start-up and transpiling included) ends well within the limit.
  expect(run.ms).toBeLessThan(60000);
}, 100000);

test('a set-up that throws after starting servers, and a server that cannot start, leave nothing open', async () => {
  const run = await runJest(['--testMatch', '**/tests/harness/*.fixture.ts'], {}, 90000);
  expect(run.killed).toBe(false);
  expect(run.code).toBe(1);
  expect(run.output).toContain('set-up failed on purpose');
  expect(run.output).toMatch(/EADDRINUSE/);
  expect(run.output).toMatch(/jest: 0 passed, 2 failed/);
  expect(run.output).not.toMatch(/Jest has detected the following|did not exit one second/);
  expect(run.ms).toBeLessThan(60000);
}, 100000);
