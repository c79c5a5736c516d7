/**
 * Once per jest run: find (or provision) the browser for the browser tests and say in one line
 * which it is. Workers inherit the answer through the environment, so a missing browser fails
 * every browser suite at once with the same message, and nothing waits on a browser that is not there.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Config } from '@jest/types';
import { BrowserUnavailableError, findBrowser, FOUND_ENV, UNAVAILABLE_ENV } from './chromium';

/** Will this run include a browser test? (A run of `jest tests/unit` needs no browser.) */
function runsBrowserTests(globalConfig: Config.GlobalConfig): boolean {
  const dir = path.resolve(__dirname, '..', 'e2e');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => path.join(dir, f)) : [];
  const pattern = globalConfig.testPathPattern;
  if (!pattern) return files.length > 0;
  const re = new RegExp(pattern, 'i');
  return files.some((f) => re.test(f));
}

export default async function globalSetup(globalConfig: Config.GlobalConfig): Promise<void> {
  if (process.env[FOUND_ENV] || process.env[UNAVAILABLE_ENV] || !runsBrowserTests(globalConfig)) return;
  try {
    const found = findBrowser();
    process.env[FOUND_ENV] = found.path;
    process.stderr.write(`\nBrowser tests: ${found.description}\n`);
  } catch (e) {
    if (!(e instanceof BrowserUnavailableError)) throw e;
    process.env[UNAVAILABLE_ENV] = e.message;
    process.stderr.write(`\nBrowser tests: ${e.message}\n`);
  }
}
