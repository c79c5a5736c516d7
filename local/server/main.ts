/**
 * Command line: tsx local/server/main.ts [--port N] [--db FILE] [--threshold N] [--host H]
 *   [--assets DIR] [--site NAME] [--max-page-size N] [--latency MS] [--throttle-share 0..1]
 *   [--throttle-next N] [--throttle-status 429|503] [--retry-after S] [--force-threshold] [--bare]
 *   [--allowed-hosts a,b] [--control-token T] [--time-zone ID]
 * Environment: LOCAL_SP_PORT, LOCAL_SP_DB, LOCAL_SP_THRESHOLD, LOCAL_SP_LATENCY_MS,
 *   LOCAL_SP_THROTTLE_SHARE, LOCAL_SP_THROTTLE_NEXT, LOCAL_SP_THROTTLE_STATUS, LOCAL_SP_RETRY_AFTER,
 *   LOCAL_SP_FORCE_THRESHOLD, LOCAL_SP_TIME_ZONE. Flags win over the environment.
 */
import * as fs from 'fs';
import * as path from 'path';
import { startLocalServer } from './index';
import { faultsFromEnv, FaultSwitches } from './http/faults';

const FLAG_FAULTS: Record<string, keyof FaultSwitches> = {
  '--latency': 'latencyMs', '--throttle-share': 'throttleShare', '--throttle-next': 'throttleNext',
  '--throttle-status': 'status', '--retry-after': 'retryAfter',
};

function parseArgs(argv: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) continue;
    const [k, inline] = a.split('=', 2);
    if (inline !== undefined) out[k] = inline;
    else if (k === '--force-threshold' || k === '--help' || k === '--bare') out[k] = 'true';
    else out[k] = argv[++i] ?? '';
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args['--help']) {
    console.log(fs.readFileSync(__filename, 'utf8').split('*/')[0]);
    return;
  }
  const env = process.env;
  const dbFile = args['--db'] ?? env.LOCAL_SP_DB ?? path.resolve(__dirname, '../data/local-sharepoint.sqlite');
  if (dbFile !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(dbFile)), { recursive: true });
  const faults: Record<string, unknown> = { ...faultsFromEnv(env) };
  for (const [flag, key] of Object.entries(FLAG_FAULTS)) if (args[flag] !== undefined) faults[key] = args[flag];
  if (args['--force-threshold']) faults.forceThreshold = true;
  const num = (v: string | undefined): number | undefined => (v === undefined || v === '' ? undefined : Number(v));
  const server = await startLocalServer({
    port: num(args['--port'] ?? env.LOCAL_SP_PORT) ?? 4321,
    host: args['--host'],
    dbFile,
    assetsDir: args['--assets'],
    siteName: args['--site'],
    threshold: num(args['--threshold'] ?? env.LOCAL_SP_THRESHOLD),
    maxPageSize: num(args['--max-page-size']),
    faults: faults as Partial<FaultSwitches>,
    bare: !!args['--bare'] || env.LOCAL_SP_BARE === '1',
    allowedHosts: (args['--allowed-hosts'] ?? env.LOCAL_SP_ALLOWED_HOSTS ?? '').split(',').map((h) => h.trim()).filter(Boolean),
    controlToken: args['--control-token'] ?? env.LOCAL_SP_CONTROL_TOKEN,
    timeZone: num(args['--time-zone'] ?? env.LOCAL_SP_TIME_ZONE),
  });
  console.log(`Local SharePoint listening at ${server.siteUrl}`);
  console.log(`Control routes (/_local/*) from scripts: send Content-Type: application/json, or X-Local-Token: ${server.controlToken}`);
  const stop = (): void => {
    server.close().then(() => process.exit(0), () => process.exit(1));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: Error) => {
  console.error(`The local SharePoint server could not start: ${err.message}`);
  process.exit(1);
});
