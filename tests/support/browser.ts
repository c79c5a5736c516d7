/**
 * Browser tests: the real workbench (local SharePoint server + page + web parts) in-process on a
 * free port, and headless Chromium (found or provisioned by ./chromium) driven by playwright-core.
 * Requests are counted at the browser's network layer. Everything started here is registered
 * with ./cleanup, so it is closed after the test file whatever failed.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startWorkbench, loadCouncil, type WorkbenchOptions } from '../../local/start';
import type { LocalServer } from '../../local/server';
import { browserForTests } from './chromium';
import { track } from './cleanup';

/** The Chromium executable the tests use (throws, naming the fix, when there is none). */
export function chromiumPath(): string {
  return browserForTests().path;
}

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage'
];

export interface TestWorkbench {
  /** http://localhost:PORT/ */
  url: string;
  siteUrl: string;
  server: LocalServer;
  stop(): Promise<void>;
}

/** Starts the workbench with a throwaway in-memory site, loaded with a demo council. */
export async function startTestWorkbench(
  options: { council?: 'rugby' | 'large'; threshold?: number; extraRoutes?: WorkbenchOptions['extraRoutes'] } = {}
): Promise<TestWorkbench> {
  // Stopped once, whether by the test file or by the clean-up after it.
  let stopped: Promise<void> | undefined;
  const stopOnce = (server: LocalServer): Promise<void> => (stopped ??= server.close());
  const wb = await track(startWorkbench({ port: 0, dbFile: ':memory:', threshold: options.threshold, extraRoutes: options.extraRoutes }), (w) => stopOnce(w.server));
  if (options.council && options.council !== 'rugby') loadCouncil(wb.server, options.council);
  return { url: wb.url, siteUrl: `${wb.url}sites/council`, server: wb.server, stop: () => stopOnce(wb.server) };
}

/** Headless Chromium; fails at once, naming the fix, when there is no browser to be had. */
export async function launchBrowser(options: { args?: string[] } = {}): Promise<Browser> {
  const executablePath = chromiumPath();
  return track(chromium.launch({ executablePath, args: options.args ?? CHROMIUM_ARGS }), (b) => b.close());
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Requests the page made to the site's API, counted by the browser. */
  apiRequests: string[];
  /** Console errors and uncaught exceptions on the page. */
  errors: string[];
}

/** A fresh browser context (empty storage) acting as a local user. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { user?: 'officer' | 'councillor' | 'democratic-services' | 'owner' | 'liaison-officer'; viewport?: { width: number; height: number } } = {}
): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1280, height: 900 }, locale: 'en-GB' });
  const origin = new URL(url);
  await context.addCookies([{ name: 'local-user', value: options.user ?? 'officer', domain: origin.hostname, path: '/' }]);
  const page = await context.newPage();
  const apiRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_api/')) apiRequests.push(`${r.method()} ${r.url()}`);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { context, page, apiRequests, errors };
}

/** Runs axe-core in the page; returns the violations as "id: help (n nodes)". */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async (sel) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const result = await axe.run(sel ? document.querySelector(sel) : document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] });
    return result.violations.map((v: { id: string; help: string; nodes: unknown[] }) => `${v.id}: ${v.help} (${v.nodes.length} nodes)`);
  }, selector);
}
