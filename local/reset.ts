/**
 * `npm run reset [-- --council rugby|large]`: restores a demo council. If the workbench is
 * running it reloads it in place; otherwise it rewrites the database file.
 */
import { DEFAULT_DB, loadCouncil } from './start';
import { parseCouncil } from './councils';
import { startLocalServer } from './server';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const i = args.indexOf('--council');
  const council = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--council='))?.split('=')[1];
  if (!parseCouncil(council)) {
    console.error(`Unknown council '${council}'. Use --council rugby or --council large.`);
    process.exit(64);
  }
  const port = Number(process.env.PORT ?? 4321);
  const running = await fetch(`http://127.0.0.1:${port}/_local/health`).then((r) => r.ok, () => false);
  if (running) {
    const r = await fetch(`http://127.0.0.1:${port}/_workbench/reset?council=${encodeURIComponent(council ?? 'rugby')}`, { method: 'POST', headers: { 'Content-Type': 'application/json' } });
    const body = await r.json();
    if (!r.ok) throw new Error((body as { error: string }).error);
    console.log(`Reloaded the running workbench: ${JSON.stringify(body)}`);
    return;
  }
  const server = await startLocalServer({ port: 0, dbFile: process.env.COUNCIL_DB ?? DEFAULT_DB });
  try {
    const summary = loadCouncil(server, council);
    console.log(`Loaded ${summary.council} into ${process.env.COUNCIL_DB ?? DEFAULT_DB} in ${summary.ms} ms: ${JSON.stringify(summary.counts)}`);
  } finally {
    await server.close();
  }
}

main().catch((e: Error) => {
  console.error(e.message);
  process.exit(1);
});
