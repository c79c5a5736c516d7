/**
 * `npm run bench`: the ship build's entry bundle sizes, then every scenario in
 * tools/bench/scenarios/ in headless Chromium against the local workbench. Prints a table and
 * writes bench-results.json (a flat JSON object of numbers).
 *   --skip-build   measure the bundles already in release/assets (none, when there are none)
 *   --only NAME    run only the scenarios whose file name contains NAME (e.g. --only search)
 */
import { execSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { launchBrowser, openPage, startTestWorkbench } from '../../tests/support/browser';
import type { BenchContext, BenchScenario } from './context';

const REPO = path.resolve(__dirname, '..', '..');

/** config.json bundle name → the figure prefix ("member-profiles-web-part" → "memberProfiles"). */
function prefixOf(bundle: string): string {
  return bundle.replace(/-web-part$/, '').replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}

function bundleSizes(): Record<string, number> {
  const config = JSON.parse(fs.readFileSync(path.join(REPO, 'config', 'config.json'), 'utf8')) as { bundles: Record<string, unknown> };
  const assets = path.join(REPO, 'release', 'assets');
  const files = fs.readdirSync(assets);
  const out: Record<string, number> = {};
  for (const bundle of Object.keys(config.bundles)) {
    const entry = files.find((f) => f.startsWith(`${bundle}_`) && f.endsWith('.js'));
    if (!entry) throw new Error(`No ship bundle for ${bundle} in release/assets.`);
    const js = fs.readFileSync(path.join(assets, entry));
    out[`${prefixOf(bundle)}.entryBundleMinBytes`] = js.length;
    out[`${prefixOf(bundle)}.entryBundleGzipBytes`] = zlib.gzipSync(js, { level: 9 }).length;
  }
  return out;
}

async function main(): Promise<void> {
  const results: Record<string, number> = {};
  if (!process.argv.includes('--skip-build')) {
    const started = Date.now();
    execSync('npx gulp clean && npx gulp bundle --ship', { cwd: REPO, stdio: 'ignore' });
    results['build.shipBundleMs'] = Date.now() - started;
  }
  if (fs.existsSync(path.join(REPO, 'release', 'assets'))) Object.assign(results, bundleSizes());
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

  const browser = await launchBrowser();
  const ctx: BenchContext = {
    browser,
    workbench: (council, options) => startTestWorkbench({ council, ...options }),
    openPage: (url, options) => openPage(browser, url, options)
  };
  try {
    const dir = path.join(__dirname, 'scenarios');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && (!only || f.includes(only))).sort()) {
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const scenario = (require(path.join(dir, file)) as { default: BenchScenario }).default;
      Object.assign(results, await scenario(ctx));
    }
  } finally {
    await browser.close();
  }

  const width = Math.max(...Object.keys(results).map((k) => k.length));
  console.log(`${'figure'.padEnd(width)}  value`);
  for (const [k, v] of Object.entries(results)) console.log(`${k.padEnd(width)}  ${Number.isInteger(v) ? v : v.toFixed(2)}`);
  const file = only ? `bench-results.${only}.json` : 'bench-results.json';
  fs.writeFileSync(path.join(REPO, file), JSON.stringify(results, null, 2) + '\n');
  console.log(`\nWrote ${file}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  }
);
