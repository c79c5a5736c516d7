/**
 * Starts the local SharePoint server for tests and builds real PnPjs clients against it.
 *
 * node:sqlite loads under jest 29 (checked), so the server normally runs in-process on a free
 * port with an in-memory database: fast, and each test file gets a clean site. Pass
 * { spawn: true } to run `tsx local/server/main.ts` as a child process instead (as the CLI test does).
 */
import { ChildProcess, spawn } from 'child_process';
import * as os from 'os';
import * as path from 'path';
import { Queryable, BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi, SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/security';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { FaultSwitches, LocalServer } from '../../local/server';
import { track } from './cleanup';

export type LocalUserName = 'officer' | 'councillor' | 'democratic-services' | 'owner' | 'liaison-officer';

export interface TestServer {
  url: string;
  siteUrl: string;
  /** present when running in-process */
  server?: LocalServer;
  stop(): Promise<void>;
  /** bulk insert through POST /_local/seed: items in REST body form, or count + template ('{n}' is replaced) */
  seed(list: string, input: { items?: Record<string, unknown>[]; count?: number; template?: Record<string, unknown> }): Promise<{ first: number; last: number; count: number }>;
  setFaults(faults: Partial<FaultSwitches>): Promise<void>;
  clearFaults(): Promise<void>;
  requestCount(): Promise<number>;
  resetRequestCount(): Promise<void>;
}

export interface TestServerOptions {
  threshold?: number;
  spawn?: boolean;
  /** More routes on the server's origin (in-process only), e.g. the local Graph: tests/support/localGraph.ts. */
  extraRoutes?: import('../../local/server').LocalServerOptions['extraRoutes'];
}

const REPO = path.resolve(__dirname, '../..');

/*
 * jest.config.js says testEnvironment 'node', which resolves to the hoisted jest-environment-node
 * 25.5 (an SPFx dependency) rather than jest 29's own; that old environment does not expose
 * Node 22's fetch, Headers, Request and Response, which PnPjs needs. Until the config points at
 * jest 29's environment, borrow them from the main realm (vm.runInThisContext runs there).
 */
if (typeof globalThis.fetch === 'undefined') {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const outer = (require('vm') as typeof import('vm')).runInThisContext('globalThis') as Record<string, unknown>;
  for (const name of ['fetch', 'Headers', 'Request', 'Response', 'FormData', 'Blob', 'AbortController', 'AbortSignal', 'TextEncoder', 'TextDecoder', 'structuredClone']) {
    if ((globalThis as Record<string, unknown>)[name] === undefined && outer[name] !== undefined) (globalThis as Record<string, unknown>)[name] = outer[name];
  }
}

async function control(base: string, method: string, route: string, body?: unknown): Promise<unknown> {
  const res = await fetch(`${base}/_local/${route}`, { method, body: body === undefined ? undefined : JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });
  const json = (await res.json()) as { error?: string };
  if (!res.ok) throw new Error(`/_local/${route} failed: ${json.error ?? res.status}`);
  return json;
}

function spawnServer(args: string[]): Promise<{ child: ChildProcess; siteUrl: string }> {
  // process.execPath is the Node 22 running jest; `tsx` on PATH might start an older node
  const child = spawn(process.execPath, [path.join(REPO, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO, 'local/server/main.ts'), ...args], {
    cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    const timer = setTimeout(() => {
      // A server that did not start is stopped, so that it cannot keep the test run open.
      child.kill('SIGKILL');
      reject(new Error(`The local server did not start in 20 s.\n${out}\n${err}`));
    }, 20000);
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /Local SharePoint listening at (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, siteUrl: m[1] });
      }
    });
    child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The local server exited with ${code}.\n${err}`));
    });
  });
}

export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  let url: string;
  let siteUrl: string;
  let stop: () => Promise<void>;
  let server: LocalServer | undefined;
  if (options.spawn) {
    const db = path.join(os.tmpdir(), `local-sp-${process.pid}-${Date.now()}.sqlite`);
    const args = ['--port', '0', '--db', db, ...(options.threshold ? ['--threshold', String(options.threshold)] : [])];
    let stopped: Promise<void> | undefined;
    const stopChild = (child: ChildProcess): Promise<void> =>
      (stopped ??= child.exitCode !== null || child.signalCode !== null
        ? Promise.resolve()
        : new Promise<void>((resolve) => {
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
          }));
    const started = await track(spawnServer(args), (st) => stopChild(st.child));
    siteUrl = started.siteUrl;
    url = new URL(siteUrl).origin;
    stop = () => stopChild(started.child);
  } else {
    // required lazily so that a spawn-only run never loads node:sqlite into the jest worker
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    const { startLocalServer } = require('../../local/server') as typeof import('../../local/server');
    let stopped: Promise<void> | undefined;
    const stopServer = (srv: LocalServer): Promise<void> => (stopped ??= srv.close());
    server = await track(startLocalServer({ port: 0, dbFile: ':memory:', threshold: options.threshold, extraRoutes: options.extraRoutes }), stopServer);
    url = server.url;
    siteUrl = server.siteUrl;
    const srv = server;
    stop = () => stopServer(srv);
  }
  return {
    url, siteUrl, server, stop,
    seed: async (list, input) => (await control(url, 'POST', 'seed', { list, ...input })) as { first: number; last: number; count: number },
    setFaults: async (f) => void (await control(url, 'POST', 'faults', f)),
    clearFaults: async () => void (await control(url, 'DELETE', 'faults')),
    requestCount: async () => ((await control(url, 'GET', 'requests')) as { count: number }).count,
    resetRequestCount: async () => void (await control(url, 'DELETE', 'requests')),
  };
}

/** Adds X-Local-User to every request, so the server acts as that user. */
export function ActAs(user: LocalUserName) {
  return (instance: Queryable) => {
    instance.on.pre(async (url, init, result) => {
      init.headers = { ...init.headers, 'X-Local-User': user };
      return [url, init, result];
    });
    return instance;
  };
}

/** A real PnPjs SPFI, configured as outside SPFx (SPBrowser's behaviours) and acting as a local user. */
export function spFor(siteUrl: string, user: LocalUserName = 'officer', retry = true): SPFI {
  return spfi(siteUrl).using(DefaultHeaders(), DefaultInit(), retry ? BrowserFetchWithRetry() : BrowserFetchWithRetry({ retries: 1 }), DefaultParse(), RequestDigest(), ActAs(user));
}

/** Raw fetch against the API, for wire-level checks PnPjs hides (status codes, headers, verbose bodies). */
export async function api(siteUrl: string, pathAndQuery: string, init: RequestInit & { user?: LocalUserName } = {}): Promise<{ status: number; headers: Headers; json: any; text: string }> {
  const headers: Record<string, string> = { Accept: 'application/json', 'X-Local-User': init.user ?? 'officer', ...(init.headers as Record<string, string>) };
  const res = await fetch(`${siteUrl}/_api/${pathAndQuery}`, { ...init, headers });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, json, text };
}

/** A fresh request digest, for raw writes. */
export async function digest(siteUrl: string): Promise<string> {
  const r = await api(siteUrl, 'contextinfo', { method: 'POST' });
  return r.json.FormDigestValue as string;
}

/** Runs fn and returns the error it throws (fails the test if it does not throw). */
export async function errorOf(fn: () => Promise<unknown>): Promise<Error & { status?: number; response?: Response }> {
  try {
    await fn();
  } catch (e) {
    return e as Error & { status?: number };
  }
  throw new Error('Expected the call to fail, but it succeeded.');
}
