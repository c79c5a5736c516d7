/**
 * The Officer Directory for a large council (20,000 officers, the real 5,000 list view threshold)
 * in headless Chromium: the first results after one request, every officer loaded page by page
 * with no threshold error, and the officer's search working over all of them.
 */
import type { Browser } from 'playwright-core';
import { launchBrowser, startTestWorkbench, TestWorkbench } from '../support/browser';
import { officerDirectoryFirstResultsProbe } from '../support/officerDirectoryProbe';

let wb: TestWorkbench;
let browser: Browser;

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'large' }), launchBrowser()]);
}, 120000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

test('20,000 officers: first results after one request, then every officer with no threshold error', async () => {
  // As tests/support/browser's openPage, with the probe installed before the page's scripts run.
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies([{ name: 'local-user', value: 'officer', domain: new URL(wb.url).hostname, path: '/' }]);
  await context.addInitScript(officerDirectoryFirstResultsProbe);
  const page = await context.newPage();
  const apiRequests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/_api/')) apiRequests.push(`${r.method()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  const failures: string[] = [];
  page.on('response', async (r) => {
    if (!r.url().includes('/_api/')) return;
    const body = await r.text().catch(() => '');
    if (r.status() >= 400 || /SPQueryThrottledException/.test(body)) failures.push(`${r.status()} ${r.url()}`);
  });
  await page.goto(wb.url + 'officer-directory');
  await page.getByLabel('What do you need help with?').waitFor({ timeout: 60000 });
  expect(await page.evaluate(() => (window as unknown as { __odFirstRequests: number }).__odFirstRequests)).toBe(1);
  expect(apiRequests[0]).toMatch(/^POST .*\/_api\/\$batch$/);
  // The liaison officers of every service are there at once, even those in later pages of officers.
  await page.getByLabel('What do you need help with?').fill('potholes');
  const card = page.locator('[data-webpart="officer-directory"] ol[aria-label] > li article').first();
  expect(await card.locator('h3').textContent()).toBe('Highways Maintenance');
  expect(await card.locator('h4').count()).toBeGreaterThanOrEqual(2);

  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'), undefined, { timeout: 120000 });
  expect(await page.locator('ul[data-query]').getAttribute('data-count')).toBe('20000');
  // 20,000 officers: the first 5,000 in the first request, then three pages after the last ID.
  expect(apiRequests).toHaveLength(4);
  expect(apiRequests.slice(1).every((r) => /%24skiptoken=Paged%3DTRUE%26p_ID%3D\d+|\$skiptoken=Paged=TRUE&p_ID=\d+/.test(r))).toBe(true);
  expect(failures).toEqual([]);

  await page.getByLabel('Search officers').pressSequentially('planning enforcement team leader', { delay: 5 });
  await page.waitForFunction(() => document.querySelector('ul[data-query]')?.getAttribute('data-query') === 'planning enforcement team leader');
  const rows = await page.getByRole('list', { name: 'Officers' }).getByRole('listitem').count();
  expect(rows).toBeGreaterThanOrEqual(1);
  expect(await page.getByRole('list', { name: 'Officers' }).getByRole('listitem').first().textContent()).toMatch(/Planning Enforcement Team Leader/);
  // The list renders a window of rows, not 20,000.
  await page.getByLabel('Search officers').fill('');
  await page.waitForFunction(() => document.querySelector('ul[data-query]')?.getAttribute('data-count') === '20000');
  expect(await page.getByRole('list', { name: 'Officers' }).getByRole('listitem').count()).toBeLessThan(40);
  expect(errors).toEqual([]);
  await context.close();
}, 180000);
