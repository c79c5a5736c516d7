/**
 * In headless Chromium on the local workbench: the channel is Democratic Services' decision. The
 * members' page (`/member-profiles`, its web part set to the members' channel) shows parties only
 * while the demo site's Member Channels list names it; unlisted, or with the list unreadable, the
 * same web part shows no party anywhere in the page. And Democratic Services' Neutrality report:
 * offered once SharePoint says they may edit, it lists a planted violation and downloads as CSV.
 * The oracle is the site's own group names, searched for in the page's HTML: never the screener.
 */
import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, type TestWorkbench } from '../support/browser';
import { spFor } from '../support/localServer';

let wb: TestWorkbench;
let browser: Browser;
let groupTerms: string[];

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
  const groups = await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Political Groups').items.select('Title', 'ShortName', 'Aliases')<Array<{ Title: string; ShortName: string | null; Aliases: string | null }>>();
  groupTerms = Array.from(new Set(groups.flatMap((g) => [g.Title, g.ShortName ?? '', ...(g.Aliases ?? '').split(/\r?\n/)]).map((t) => t.trim()).filter(Boolean)));
}, 120000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Group terms found as whole words anywhere in the page's HTML (text, attributes, scripts, styles). */
async function groupTermsInPage(page: Page): Promise<string[]> {
  const html = await page.content();
  return groupTerms.filter((t) => new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRe(t)}(?![\\p{L}\\p{N}_])`, 'u').test(html));
}

const members = (page: Page) => page.locator('[data-webpart="member-profiles"]');
const channels = () => spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Member Channels');

/** The members' page in a fresh browser (nothing cached), with the cards and one profile open. */
async function membersPage(user: 'officer' | 'councillor' = 'officer') {
  const opened = await openPage(browser, `${wb.url}member-profiles`, { user });
  opened.page.setDefaultTimeout(15000);
  await members(opened.page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  return opened;
}

async function openNadia(page: Page): Promise<void> {
  await members(page).getByLabel('Search councillors').fill('Hussain');
  await members(page).getByRole('button', { name: 'Cllr Nadia Hussain' }).click();
  // The dialog element itself has no box (its panel is fixed-positioned): wait for what it shows.
  await page.getByRole('dialog', { name: 'Cllr Nadia Hussain' }).getByRole('heading').first().waitFor();
}

test('listed in Member Channels, the members’ page shows each councillor’s group, in one request', async () => {
  const { page, context, apiRequests } = await membersPage();
  expect(apiRequests).toEqual([expect.stringMatching(/\/_api\/\$batch$/)]);
  await openNadia(page);
  await page.getByRole('dialog').getByText('Labour Group', { exact: true }).waitFor();
  expect(await groupTermsInPage(page)).toEqual(expect.arrayContaining(['Labour Group']));
  await context.close();
}, 60000);

test('the same web part, set to the members’ channel, shows no party once the page is not listed', async () => {
  const row = (await channels().items.select('Id', 'Address')<Array<{ Id: number }>>())[0];
  await channels().items.getById(row.Id).update({ Address: { Url: '/some-other-page', Description: 'Elsewhere' } });
  try {
    for (const user of ['officer', 'councillor'] as const) {
      const { page, context } = await membersPage(user);
      expect(await groupTermsInPage(page)).toEqual([]);
      await members(page).getByRole('button', { name: 'Filters' }).click();
      expect(await members(page).getByRole('group', { name: 'Political group' }).count()).toBe(0);
      await openNadia(page);
      expect(await groupTermsInPage(page)).toEqual([]);
      await context.close();
    }
  } finally {
    await channels().items.getById(row.Id).update({ Address: { Url: '/member-profiles', Description: '/member-profiles' } });
  }
}, 90000);

test('when the Member Channels list cannot be read, the members’ page shows no party', async () => {
  await channels().update({ Title: 'Member Channels (archived)' });
  try {
    const { page, context } = await membersPage();
    expect(await groupTermsInPage(page)).toEqual([]);
    await openNadia(page);
    expect(await groupTermsInPage(page)).toEqual([]);
    await context.close();
  } finally {
    await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Member Channels (archived)').update({ Title: 'Member Channels' });
  }
}, 60000);

test('Democratic Services open the Neutrality report from an officer page: it lists what was planted, with a link, and downloads as CSV', async () => {
  const officer = (await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Liaison Officers').items.select('Id', 'Profile').top(1)<Array<{ Id: number; Profile: string | null }>>())[0];
  await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Liaison Officers').items.getById(officer.Id).update({ Profile: 'Ask me about the L-a-b-o-u-r P-a-r-t-y manifesto.' });
  try {
    // An officer is never offered it.
    const plain = await openPage(browser, wb.url, { user: 'officer' });
    await members(plain.page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
    await members(plain.page).getByRole('button', { name: 'Cllr Tom Ashby' }).click();
    await plain.page.getByRole('dialog', { name: 'Cllr Tom Ashby' }).getByRole('heading').first().waitFor();
    await plain.page.waitForLoadState('networkidle');
    expect(await plain.page.getByRole('button', { name: /^Neutrality report/ }).count()).toBe(0);
    await plain.context.close();

    const { page, context, apiRequests } = await openPage(browser, wb.url, { user: 'democratic-services' });
    page.setDefaultTimeout(20000);
    await members(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
    // Nothing is asked for it on the first render: who may edit is asked once a record is opened.
    expect(apiRequests.filter((r) => r.endsWith('/_api/$batch'))).toHaveLength(2); // one per web part on the page
    await members(page).getByRole('button', { name: 'Cllr Tom Ashby' }).click();
    await page.getByRole('dialog', { name: 'Cllr Tom Ashby' }).getByRole('heading').first().waitFor();
    await page.keyboard.press('Escape');
    const open = members(page).getByRole('button', { name: /^Neutrality report/ });
    await open.click();
    const panel = page.getByRole('dialog', { name: 'Neutrality report' });
    await panel.getByText(/^1 problem found in 1 list\./).waitFor();
    const row = panel.getByRole('row').filter({ hasText: 'Liaison Officers' });
    await expect(row.getByRole('cell').nth(3).textContent()).resolves.toBe('L-a-b-o-u-r P-a-r-t-y');
    await expect(row.getByRole('link').getAttribute('href')).resolves.toBe(`${wb.siteUrl}/Lists/LiaisonOfficers/DispForm.aspx?ID=${officer.Id}`);
    expect(await axeViolations(page, '[data-neutrality-report]')).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: /^Download as CSV/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^neutrality-report-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = fs.readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('Liaison Officers');
    expect(bytes.toString('utf8')).toContain('L-a-b-o-u-r P-a-r-t-y');

    // Closed, focus goes back to the button that opened it (after the panel's closing animation).
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-label')?.startsWith('Neutrality report') === true);
    await context.close();
  } finally {
    await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Liaison Officers').items.getById(officer.Id).update({ Profile: officer.Profile });
  }
}, 120000);
