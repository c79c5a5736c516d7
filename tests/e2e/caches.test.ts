/**
 * What the web parts keep in the browser, on a shared council PC: a repeat view by the same person
 * comes from their cache; another person signing in on the same browser never sees the first
 * person's cache (it is removed); and after the browser is closed and opened again nothing is
 * reused (the council has not opted in to caches that outlive the browser).
 * Real Chromium storage (IndexedDB, session and local storage), no fakes.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath, launchBrowser, openPage, startTestWorkbench, type TestWorkbench } from '../support/browser';
import { track } from '../support/cleanup';
import { userKey } from '../../src/data/core/cache';

let wb: TestWorkbench;

beforeAll(async () => {
  wb = await startTestWorkbench();
}, 60000);
afterAll(() => wb?.stop());

const URL_PATH = 'officer-directory';

async function allOfficers(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.getByText('300 officers', { exact: true }).waitFor();
  // The officers are saved to IndexedDB once all have arrived.
  await page.waitForTimeout(500);
}

/** The keys of the officer snapshots in this browser's IndexedDB. */
function snapshotKeys(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name as string);
    const out: string[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const keys = await new Promise<IDBValidKey[]>((resolve, reject) => {
          const r = db.transaction(store, 'readonly').objectStore(store).getAllKeys();
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        out.push(...keys.map(String));
      }
      db.close();
    }
    return out;
  });
}

async function actAs(context: BrowserContext, user: string): Promise<void> {
  await context.addCookies([{ name: 'local-user', value: user, domain: new URL(wb.url).hostname, path: '/' }]);
}

test('another person on the same browser never gets the first person’s cache, and it is removed', async () => {
  const browser = await launchBrowser();
  const { page, context, apiRequests } = await openPage(browser, wb.url + URL_PATH, { user: 'officer' });
  await allOfficers(page);
  expect(apiRequests).toHaveLength(1);
  const officerKeys = await snapshotKeys(page);
  expect(officerKeys).toHaveLength(1);

  // The same person again: from their cache, no request.
  await page.reload();
  await allOfficers(page);
  expect(apiRequests).toHaveLength(1);

  // Someone else signs in on this browser.
  await actAs(context, 'councillor');
  await page.reload();
  await allOfficers(page);
  expect(apiRequests).toHaveLength(2);
  const keys = await snapshotKeys(page);
  expect(keys).toHaveLength(1);
  expect(keys).not.toContain(officerKeys[0]);
  // Nothing of the officer's is left in the page's storage either (their entries are under their key).
  const stored = await page.evaluate(() => [...Object.keys(localStorage), ...Object.keys(sessionStorage)]);
  const officerKey = userKey('local|officer');
  expect(stored.filter((k) => k.includes(`:${officerKey}:`))).toEqual([]);
  expect(stored.filter((k) => k.includes(`:${userKey('local|councillor')}:`)).length).toBeGreaterThan(0);
  await context.close();
  await browser.close();
}, 60000);

test('after the browser is closed and opened again, nothing from before is reused', async () => {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'council-browser-'));
  const launch = (): Promise<BrowserContext> =>
    track(chromium.launchPersistentContext(profile, { executablePath: chromiumPath(), args: CHROMIUM_ARGS, locale: 'en-GB' }), (c) => c.close());
  try {
    let context = await launch();
    await actAs(context, 'officer');
    let page = context.pages()[0] ?? (await context.newPage());
    await page.goto(wb.url + URL_PATH);
    await allOfficers(page);
    const before = await snapshotKeys(page);
    expect(before).toHaveLength(1);
    await context.close();

    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/_api/')) requests.push(r.url());
    });
    await page.goto(wb.url + URL_PATH);
    await allOfficers(page);
    // Read again from SharePoint, and the old snapshot was deleted rather than kept.
    expect(requests.length).toBeGreaterThanOrEqual(1);
    expect(await page.getByText(/^Up to date as of/).isVisible()).toBe(true);
    const after = await snapshotKeys(page);
    expect(after).toHaveLength(1);
    await context.close();
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}, 90000);
