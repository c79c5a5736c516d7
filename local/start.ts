/**
 * `npm start`: the local SharePoint server, seeded with Rugby on first run, and the local
 * workbench page that mounts both web parts, on one origin.
 *   PORT (default 4321)       the port; the workbench is http://localhost:PORT/
 *   COUNCIL_DB                the SQLite file (default local/data/council.sqlite)
 *   LOCAL_SP_THRESHOLD, LOCAL_SP_LATENCY_MS, LOCAL_SP_THROTTLE_*  as for local/server
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startLocalServer, type LocalServer } from './server';
import { faultsFromEnv } from './server/http/faults';
import { buildWorkbenchBundle } from './workbench/bundle';
import { workbenchRoutes } from './workbench/routes';
import { COUNCILS, parseCouncil } from './councils';
import { seedCouncil } from './seed';
import { localGraph, seedDepartmentMappings } from './graph';

export const DEFAULT_DB = path.resolve(__dirname, 'data', 'council.sqlite');

/** Empties the site and loads a demo council. */
export function loadCouncil(server: LocalServer, council: string | undefined) {
  const name = parseCouncil(council);
  if (!name) throw new Error(`Unknown council '${council}'. Choose one of: ${Object.keys(COUNCILS).join(', ')}.`);
  server.clearData();
  const data = COUNCILS[name]();
  const summary = seedCouncil(server, data);
  summary.counts['Department Mappings'] = seedDepartmentMappings(server, data);
  server.db.setMeta('council', name);
  return summary;
}

type Routes = NonNullable<WorkbenchOptions['extraRoutes']>;
function chainRoutes(first: Routes | undefined, then: Routes): Routes {
  return first ? async (req, res, url) => (await first(req, res, url)) || then(req, res, url) : then;
}

export interface Workbench {
  server: LocalServer;
  url: string;
}

export interface WorkbenchOptions {
  port?: number;
  host?: string;
  dbFile?: string;
  threshold?: number;
  /** More routes on the same origin, tried before the workbench's own (the bench's ship-bundle page). */
  extraRoutes?: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, url: URL) => boolean | Promise<boolean>;
}

export async function startWorkbench(options: WorkbenchOptions = {}): Promise<Workbench> {
  const dbFile = options.dbFile ?? process.env.COUNCIL_DB ?? DEFAULT_DB;
  if (dbFile !== ':memory:') fs.mkdirSync(path.dirname(dbFile), { recursive: true });
  let bundle: Promise<string> | undefined;
  let server: LocalServer | undefined;
  // The local Microsoft Graph (local/graph) on the same origin, under /graph/v1.0/, for the officer sync.
  const graph = localGraph({ server: () => server as LocalServer });
  const env = process.env;
  server = await startLocalServer({
    port: options.port ?? Number(env.PORT ?? 4321),
    host: options.host ?? env.HOST ?? '127.0.0.1',
    dbFile,
    threshold: options.threshold ?? (env.LOCAL_SP_THRESHOLD ? Number(env.LOCAL_SP_THRESHOLD) : undefined),
    faults: faultsFromEnv(env),
    extraRoutes: chainRoutes(options.extraRoutes, chainRoutes(graph.routes, workbenchRoutes({
      server: () => server as LocalServer,
      script: () => (bundle ??= buildWorkbenchBundle({ minify: true }).then((b) => b.js)),
      reset: async (council) => {
        const summary = loadCouncil(server as LocalServer, council);
        graph.reset();
        return summary;
      }
    })))
  });
  try {
    if (!server.db.meta('council')) loadCouncil(server, 'rugby');
    // Build the page script now, so the first page view does not wait for it.
    bundle = buildWorkbenchBundle({ minify: true }).then((b) => b.js);
    await bundle;
  } catch (e) {
    // A workbench that cannot start must not leave its server listening.
    await server.close();
    throw e;
  }
  const port = new URL(server.url).port;
  return { server, url: `http://localhost:${port}/` };
}

if (require.main === module) {
  startWorkbench().then(
    ({ server, url }) => {
      console.log(`Council Directory local workbench: ${url}`);
      console.log(`Local SharePoint site:             ${url}sites/council  (API under /sites/council/_api/)`);
      console.log(`Local Microsoft Graph:             ${url}graph/v1.0  (npm run sync-officers -- --site ${url}sites/council)`);
      console.log(`Demo council:                      ${server.db.meta('council')}   (npm run reset -- --council large|rugby)`);
      const stop = (): void => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err: Error & { code?: string }) => {
      if (err.code === 'EADDRINUSE') console.error(`Port ${process.env.PORT ?? 4321} is in use: is the workbench already running? Set PORT to use another.`);
      else console.error(err);
      process.exit(1);
    }
  );
}
