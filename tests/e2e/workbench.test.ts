/**
 * The local workbench in headless Chromium: both web parts render on the page, the role switch
 * changes who the site sees, and the page passes axe.
 */
import type { Browser } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, TestWorkbench } from '../support/browser';

let wb: TestWorkbench;
let browser: Browser;

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

test('the workbench home page renders both web parts', async () => {
  const { page, errors, context } = await openPage(browser, wb.url);
  await page.getByRole('heading', { level: 1, name: 'Council Directory' }).waitFor();
  await page.getByRole('heading', { name: 'Councillors', exact: true }).waitFor();
  await page.getByRole('heading', { name: 'Officer Directory' }).waitFor();
  expect(await page.locator('[data-webpart="member-profiles"]').count()).toBe(1);
  expect(await page.locator('[data-webpart="officer-directory"]').count()).toBe(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('the role switch acts as another local user', async () => {
  const { page, context } = await openPage(browser, wb.url);
  await page.getByLabel('Acting as').selectOption('democratic-services');
  await page.waitForLoadState('load');
  await page.getByRole('heading', { level: 1, name: 'Council Directory' }).waitFor();
  const me = await page.evaluate(async () => {
    const r = await fetch('/sites/council/_api/web/currentUser', { headers: { Accept: 'application/json' } });
    return r.json();
  });
  expect(me.Title).toBe('Helen Okafor');
  expect(await page.getByLabel('Acting as').inputValue()).toBe('democratic-services');
  await context.close();
});

test('every workbench page passes axe', async () => {
  for (const path of ['', 'member-profiles', 'officer-directory']) {
    const { page, context } = await openPage(browser, wb.url + path);
    await page.locator('[data-webpart] h2').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  }
});
