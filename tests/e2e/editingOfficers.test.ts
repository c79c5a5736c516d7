/**
 * In the local workbench: Democratic Services mark an officer's post politically restricted and
 * give them a new photo from the officer's card; an officer sees both on reload, and is offered
 * no Edit on any officer's card.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, TestWorkbench } from '../support/browser';

let wb: TestWorkbench;
let browser: Browser;

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
}, 120000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

/** What an officer reads from the list, outside the page. */
async function officerItem(id: number): Promise<Record<string, unknown>> {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'officer' };
  return (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Officers')/items(${id})`, { headers })).json()) as Record<string, unknown>;
}

/** A real (1×1) PNG for the browser to decode, crop and encode as JPEG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** The officer's card: a region named after them. */
const card = (page: Page, name: string) => page.locator('[data-webpart="officer-directory"]').getByRole('region', { name, exact: true });

/** Until the page has asked who may edit (one $batch), so an absent Edit means "not allowed", not "not asked yet". */
async function rightsAsked(requests: string[]): Promise<void> {
  for (let i = 0; i < 100 && !requests.some((r) => r.includes('/_api/$batch')); i++) await new Promise((r) => setTimeout(r, 100));
  expect(requests.some((r) => r.includes('/_api/$batch'))).toBe(true);
}

test('Democratic Services mark a post politically restricted and change the photo; an officer sees both, and no Edit', async () => {
  const before = await officerItem(2);
  expect(before.PoliticallyRestricted).toBe(false);

  const ds = await openPage(browser, `${wb.url}officer-directory?officer=2`, { user: 'democratic-services' });
  ds.page.setDefaultTimeout(15000);
  const dsCard = card(ds.page, 'Gemma Jackson');
  await dsCard.waitFor();
  expect(await dsCard.getByText('Politically restricted post').count()).toBe(0);
  await dsCard.getByRole('button', { name: 'Edit Gemma Jackson’s photo and politically restricted post' }).click();
  const editor = ds.page.getByRole('dialog', { name: 'Edit officer: Gemma Jackson' });
  await editor.getByText('These details come from Entra ID and are changed there, by HR or IT.', { exact: false }).waitFor();
  expect(await editor.getByRole('textbox').count()).toBe(0);
  const box = editor.getByRole('checkbox', { name: 'Politically restricted post' });
  await box.focus();
  await box.press('Space');
  expect(await box.isChecked()).toBe(true);
  await editor.locator('input[type="file"]').setInputFiles({ name: 'gemma.png', mimeType: 'image/png', buffer: PNG });
  await editor.getByRole('img', { name: 'New photo of Gemma Jackson, as it will be shown' }).waitFor();
  expect(await axeViolations(ds.page, '[data-editor]')).toEqual([]);
  await editor.getByRole('button', { name: 'Save' }).click();
  await ds.page.getByText(/^Saved: Gemma Jackson\./).waitFor({ state: 'attached' });
  expect(ds.errors).toEqual([]);
  await ds.context.close();

  const stored = await officerItem(2);
  expect(stored.PoliticallyRestricted).toBe(true);
  const photo = JSON.parse(String(stored.Photo)) as { serverRelativeUrl: string };
  expect(photo.serverRelativeUrl).toMatch(/^\/sites\/council\/SiteAssets\/Lists\/[0-9a-f-]{36}\/gemma-jackson\.jpg$/);
  // Entra ID's fields are as the sync left them.
  for (const column of ['GivenName', 'FamilyName', 'JobTitle', 'Email', 'Phone', 'Location', 'ServiceAreaId']) expect([column, stored[column]]).toEqual([column, before[column]]);

  const officer = await openPage(browser, `${wb.url}officer-directory?officer=2`, { user: 'officer' });
  officer.page.setDefaultTimeout(15000);
  const seen = card(officer.page, 'Gemma Jackson');
  await seen.getByText('Politically restricted post').waitFor();
  expect(await seen.locator('img').first().getAttribute('src')).toBe(photo.serverRelativeUrl);
  await rightsAsked(officer.apiRequests);
  await officer.page.waitForTimeout(300);
  expect(await officer.page.locator('[data-webpart="officer-directory"] [data-edit-button]').count()).toBe(0);
  expect(officer.errors).toEqual([]);
  await officer.context.close();
}, 120000);
