/**
 * In the local workbench: Democratic Services add a pre-election period from Member Profiles,
 * typed the British way; while it runs an officer's page says so and shows no "Pre-election
 * periods" button; an end before the start is refused at the field and nothing is written.
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

const memberPart = (page: Page) => page.locator('[data-webpart="member-profiles"]');

/** The periods as anyone reads them from the list, outside the page. */
async function periods(): Promise<Array<{ Title: string; StartDate: string; EndDate: string }>> {
  const headers = { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'officer' };
  const r = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Pre-election Periods')/items?$select=Title,StartDate,EndDate`, { headers });
  return ((await r.json()) as { value: Array<{ Title: string; StartDate: string; EndDate: string }> }).value;
}

/** A UK calendar day some days from today, as typed (dd/mm/yyyy) and as the banner says it. */
function day(offset: number): { typed: string; said: string; iso: string } {
  const d = new Date(Date.now() + offset * 86400000);
  const [y, m, dd] = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(d).split('-');
  const said = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' }).format(d);
  return { typed: `${dd}/${m}/${y}`, said, iso: `${y}-${m}-${dd}` };
}

/** Reach for a record (a ward), so the page asks who may edit. */
async function reachForARecord(page: Page): Promise<void> {
  await memberPart(page).getByRole('tab', { name: 'By ward' }).click();
  await memberPart(page).getByRole('button', { name: 'Benn' }).click();
}

test('Democratic Services add a period that runs now; an officer’s page then says so, and offers them nothing to edit', async () => {
  expect(await periods()).toEqual([]);
  const start = day(-3);
  const end = day(9);

  const ds = await openPage(browser, `${wb.url}member-profiles`, { user: 'democratic-services' });
  ds.page.setDefaultTimeout(15000);
  await reachForARecord(ds.page);
  await memberPart(ds.page).getByRole('button', { name: 'Pre-election periods: add, change or remove them' }).click();
  const form = ds.page.getByRole('dialog', { name: 'Pre-election periods' });
  await form.getByText('No pre-election periods yet.').waitFor();
  await form.getByRole('button', { name: 'Add a pre-election period' }).click();
  const added = form.getByRole('group', { name: 'New pre-election period' });
  await added.getByLabel(/^Election/).fill('Borough council by-election, Benn ward');
  // The end before the start: refused at the field, and Save writes nothing.
  await added.getByLabel(/^Start date/).fill(end.typed);
  await added.getByLabel(/^End date/).fill(start.typed);
  await added.getByLabel(/^End date/).blur();
  await form.getByText('Pre-election period end must be on or after its start.').first().waitFor();
  await form.getByRole('button', { name: 'Save' }).click();
  await ds.page.getByRole('alert', { name: 'There is a problem' }).waitFor();
  expect(await periods()).toEqual([]);

  await added.getByLabel(/^Start date/).fill(start.typed);
  await added.getByLabel(/^End date/).fill(end.typed);
  expect(await axeViolations(ds.page, '[data-editor]')).toEqual([]);
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  expect(ds.errors).toEqual([]);
  await ds.context.close();

  const stored = await periods();
  expect(stored.map((p) => p.Title)).toEqual(['Borough council by-election, Benn ward']);

  const officer = await openPage(browser, wb.url, { user: 'officer' });
  officer.page.setDefaultTimeout(15000);
  await memberPart(officer.page).getByText(`Pre-election period: councillors’ own statements are not shown until ${end.said}.`).waitFor();
  await reachForARecord(officer.page);
  await officer.page.waitForLoadState('networkidle');
  expect(await memberPart(officer.page).getByRole('button', { name: /pre-election periods/i }).count()).toBe(0);
  expect(officer.errors).toEqual([]);
  await officer.context.close();
}, 120000);
