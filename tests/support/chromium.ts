/**
 * Finds a Chromium for the browser tests and the bench, so that `npm ci && npm test` is the whole
 * set-up on a machine with only Node and npm. In order:
 *   1. CHROMIUM_PATH, when set (and then only that: a wrong path is an error, not a fallback);
 *   2. a Chromium or Chrome the machine already has (Debian's /usr/bin/chromium, …);
 *   3. the Chromium shipped inside the npm package @sparticuz/chromium (a devDependency),
 *      unpacked on first use into the system's temporary folder;
 *   4. when running as root with apt-get: Debian's `chromium` package, installed;
 *   5. none: BrowserUnavailableError, with the fix in one sentence.
 * Each candidate is started with `--version` before it is chosen, so a binary that cannot run
 * here (missing system libraries, another architecture) is passed over with the reason noted.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

export interface FoundBrowser {
  path: string;
  /** What it is and where it came from, for the one line the test run prints. */
  description: string;
}

export class BrowserUnavailableError extends Error {
  public constructor(message: string) {
    super(message);
    this.name = 'BrowserUnavailableError';
  }
}

/** Set by the jest global set-up so that every worker uses the browser it found (or fails the same way). */
export const FOUND_ENV = 'COUNCIL_BROWSER_PATH';
export const UNAVAILABLE_ENV = 'COUNCIL_BROWSER_UNAVAILABLE';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome-stable', '/usr/bin/google-chrome'];

export const FIX =
  'Install Chromium (on Debian or Ubuntu: apt-get install chromium) or set CHROMIUM_PATH to a Chrome or Chromium executable, then run npm test again.';

/** The browser's own version line, or why it would not start. */
function versionOf(exe: string): { version?: string; problem?: string } {
  const r = spawnSync(exe, ['--version'], { encoding: 'utf8', timeout: 20000 });
  if (r.error) return { problem: r.error.message };
  if (r.status !== 0) return { problem: (r.stderr || r.stdout || `exit code ${r.status}`).trim().split('\n')[0] };
  return { version: r.stdout.trim() };
}

function packagedChromium(): string | undefined {
  try {
    require.resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // The package unpacks its browser asynchronously; a child process keeps this function synchronous.
  const script = "const m=require('@sparticuz/chromium');(m.default||m).executablePath().then(p=>process.stdout.write(p),e=>{process.stderr.write(String(e&&e.message||e));process.exit(1)})";
  const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 120000, cwd: __dirname });
  return r.status === 0 && r.stdout ? r.stdout.trim() : undefined;
}

function aptInstall(): boolean {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  if (spawnSync('apt-get', ['--version'], { stdio: 'ignore' }).status !== 0) return false;
  process.stderr.write("Browser tests: no Chromium here; installing Debian's chromium with apt-get (about a minute)…\n");
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'ignore', env, timeout: 300000 });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'ignore', env, timeout: 600000 });
    return true;
  } catch {
    return false;
  }
}

/** Finds (or provisions) a browser; throws BrowserUnavailableError naming the fix. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): FoundBrowser {
  const chosen = env.CHROMIUM_PATH;
  if (chosen) {
    if (!fs.existsSync(chosen)) throw new BrowserUnavailableError(`No browser for the browser tests: CHROMIUM_PATH is set to ${chosen}, and there is no file there. ${FIX}`);
    const v = versionOf(chosen);
    if (!v.version) throw new BrowserUnavailableError(`No browser for the browser tests: ${chosen} (from CHROMIUM_PATH) would not start: ${v.problem}. ${FIX}`);
    return { path: chosen, description: `${v.version} at ${chosen} (from CHROMIUM_PATH)` };
  }
  const passedOver: string[] = [];
  for (const exe of SYSTEM_BROWSERS) {
    if (!fs.existsSync(exe)) continue;
    const v = versionOf(exe);
    if (v.version) return { path: exe, description: `${v.version} at ${exe}` };
    passedOver.push(`${exe}: ${v.problem}`);
  }
  const packaged = packagedChromium();
  if (packaged) {
    const v = versionOf(packaged);
    if (v.version) return { path: packaged, description: `${v.version} from the npm package @sparticuz/chromium, at ${packaged}` };
    passedOver.push(`@sparticuz/chromium: ${v.problem}`);
  } else passedOver.push('@sparticuz/chromium: not installed or could not be unpacked');
  if (aptInstall() && fs.existsSync('/usr/bin/chromium')) {
    const v = versionOf('/usr/bin/chromium');
    if (v.version) return { path: '/usr/bin/chromium', description: `${v.version} at /usr/bin/chromium (just installed with apt-get)` };
    passedOver.push(`/usr/bin/chromium: ${v.problem}`);
  }
  throw new BrowserUnavailableError(`No browser for the browser tests (${passedOver.join('; ')}). ${FIX}`);
}

/**
 * The browser for this process: what the jest global set-up found (passed down in the
 * environment), else found now. Memoised, so a failure is reported at once on every later call.
 */
let memo: { found?: FoundBrowser; error?: BrowserUnavailableError } | undefined;
export function browserForTests(): FoundBrowser {
  if (!memo) {
    if (process.env[UNAVAILABLE_ENV]) memo = { error: new BrowserUnavailableError(process.env[UNAVAILABLE_ENV] as string) };
    else if (process.env[FOUND_ENV]) memo = { found: { path: process.env[FOUND_ENV] as string, description: process.env[FOUND_ENV] as string } };
    else {
      try {
        memo = { found: findBrowser() };
      } catch (e) {
        if (!(e instanceof BrowserUnavailableError)) throw e;
        memo = { error: e };
      }
    }
  }
  if (memo.error) throw memo.error;
  return memo.found as FoundBrowser;
}
