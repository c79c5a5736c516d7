/**
 * "Import and export" in headless Chromium on the local workbench, as Democratic Services: export
 * Members (a real download), change two rows and break one in the file, import it — the dry run
 * lists the broken row by row and column and writes nothing, "Import the 2 valid rows" writes
 * exactly those — and an officer sees the change on reload. An officer and a councillor are never
 * offered it. What SharePoint holds is read as the site owner, outside the page.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, type TestWorkbench } from '../support/browser';

let wb: TestWorkbench;
let browser: Browser;
let dir: string;

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'import-export-'));
}, 120000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

type User = 'officer' | 'councillor' | 'democratic-services';

async function open(url: string, user: User) {
  const opened = await openPage(browser, url, { user });
  opened.page.setDefaultTimeout(20000);
  return opened;
}

async function member(id: number): Promise<Record<string, unknown>> {
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Members')/items(${id})?$select=Id,Phone,Biography,Email,Modified`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' } });
  return (await res.json()) as Record<string, unknown>;
}

const memberPart = (page: Page) => page.locator('[data-webpart="member-profiles"]');
const officerPart = (page: Page) => page.locator('[data-webpart="officer-directory"]');

/** Opens a councillor's profile and closes it again: SharePoint is asked who may edit once a record is reached for. */
async function reachForARecord(page: Page): Promise<void> {
  await memberPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).click();
  const profile = page.getByRole('dialog', { name: 'Cllr Tom Ashby' });
  await profile.getByRole('heading').first().waitFor();
  await profile.getByRole('button', { name: 'Close the profile' }).click();
  await profile.waitFor({ state: 'detached' });
}

test('Democratic Services export Members, change two rows and break one, and import only the two valid rows; an officer sees the change', async () => {
  const { page, context, errors } = await open(wb.url, 'democratic-services');
  await memberPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  expect(await page.getByRole('button', { name: /^Import and export/ }).count()).toBe(0);
  await reachForARecord(page);
  const launch = memberPart(page).getByRole('button', { name: /^Import and export/ });
  await launch.click();
  const area = page.getByRole('dialog', { name: 'Import and export' });
  await area.getByRole('tab', { name: 'Export' }).waitFor();

  // The export: a real download, UTF-8 with a byte-order mark.
  const [download] = await Promise.all([page.waitForEvent('download'), area.getByRole('button', { name: 'Download Members as a CSV file for Excel' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^members-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = fs.readFileSync((await download.path()) as string);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  await area.getByText(/^Members downloaded: \d+ records, in members-/).waitFor();

  // Edited as a person would in Excel: two rows changed, one broken.
  const data = Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
  const header = data[0];
  const col = (name: string): number => header.indexOf(name);
  const rows = data.slice(1);
  const byId = (id: number): string[] => rows.find((r) => r[0] === String(id)) as string[];
  const rowNumber = (id: number): number => rows.indexOf(byId(id)) + 2;
  byId(1)[col('Phone')] = '01788 533000';
  byId(2)[col('Biography')] = 'Trustee of the Rugby Food Bank since 2019.';
  byId(3)[col('Email')] = 'owen.pritchard@rugby';
  const file = path.join(dir, 'members.csv');
  fs.writeFileSync(file, '\uFEFF' + Papa.unparse({ fields: header, data: rows }, { newline: '\r\n' }), 'utf8');
  const before = await Promise.all([1, 2, 3].map(member));

  // The keyboard moves to the import tab.
  await area.getByRole('tab', { name: 'Export' }).focus();
  await page.keyboard.press('ArrowRight');
  expect(await area.getByRole('tab', { name: 'Import a file' }).getAttribute('aria-selected')).toBe('true');
  // Tab goes from the tab to the first control of its panel.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/-import-csv-list$/);
  await area.getByLabel('CSV file', { exact: true }).setInputFiles(file);
  await area.getByRole('button', { name: 'Check the file' }).click();

  // The dry run: the broken row by row and column; nothing written.
  const checked = area.getByRole('heading', { name: 'What the import would do' });
  await checked.waitFor();
  await page.waitForFunction(() => document.activeElement?.textContent === 'What the import would do');
  const problems = area.getByRole('table', { name: 'Problems in members.csv, by row and column' });
  const problemRows = await problems.getByRole('row').evaluateAll((trs) => trs.slice(1).map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent)));
  expect(problemRows).toHaveLength(1);
  expect(problemRows[0].slice(0, 2)).toEqual([String(rowNumber(3)), 'Email']);
  expect(problemRows[0][2]).toMatch(/email address/);
  await area.getByText('2 to change', { exact: true }).waitFor();
  expect(await axeViolations(page, '[data-import-export]')).toEqual([]);
  expect(await Promise.all([1, 2, 3].map(member))).toEqual(before);

  // Then only the valid rows.
  await area.getByRole('button', { name: 'Import the 2 valid rows' }).click();
  await area.getByRole('heading', { name: 'What was imported' }).waitFor();
  await area.getByText('Written: 0 added, 2 changed.').waitFor();
  await area.getByText(/^Import finished: 0 added, 2 changed, 1 not written\.$/).waitFor({ state: 'attached' });
  const after = await Promise.all([1, 2, 3].map(member));
  expect(after[0].Phone).toBe('01788 533000');
  expect(after[1].Biography).toBe('Trustee of the Rugby Food Bank since 2019.');
  expect(after[2]).toEqual(before[2]);
  expect(await axeViolations(page, '[data-import-export]')).toEqual([]);

  // Closed: focus goes back to the button.
  await page.keyboard.press('Escape');
  await area.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.getAttribute('data-import-export-button') === '');
  expect(errors).toEqual([]);
  await context.close();

  // An officer, in a fresh browser, sees the change.
  const officer = await open(wb.url, 'officer');
  await memberPart(officer.page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await memberPart(officer.page).getByLabel('Search councillors').fill('Andrew Whitcombe');
  await memberPart(officer.page).getByRole('button', { name: 'Cllr Andrew Whitcombe' }).click();
  const profile = officer.page.getByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
  await profile.getByRole('link', { name: /01788 533000/ }).first().waitFor();
  await officer.context.close();
}, 120000);

for (const user of ['officer', 'councillor'] as const) {
  test(`${user === 'officer' ? 'an officer' : 'a councillor'} is never offered Import and export`, async () => {
    const { page, context } = await open(wb.url, user);
    await memberPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
    await reachForARecord(page);
    await officerPart(page).getByRole('tab', { name: 'Browse services' }).click();
    await officerPart(page).getByRole('heading', { name: 'Waste and Recycling' }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await page.getByRole('button', { name: /^Import and export/ }).count()).toBe(0);
    await context.close();
  }, 90000);
}
