/**
 * Member Profiles in headless Chromium on the local workbench, as an officer uses it: by ward,
 * by committee, by portfolio, search, facets, the deep link, the vCard, the keyboard, axe, the
 * officer-owned channel (no party name anywhere in the page) and the request budget, counted at
 * the browser's network layer.
 */
import * as fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, TestWorkbench } from '../support/browser';

let wb: TestWorkbench;
let browser: Browser;
/** Every name, short name and alias of the site's Political Groups, read from the server. */
let groupTerms: string[];
let groupNames: string[];

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Political Groups')/items?$select=Title,ShortName,Aliases`, {
    headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' }
  });
  const groups = ((await res.json()) as { value: Array<{ Title: string; ShortName: string | null; Aliases: string | null }> }).value;
  groupNames = groups.map((g) => g.Title);
  groupTerms = Array.from(
    new Set(groups.flatMap((g) => [g.Title, g.ShortName ?? '', ...(g.Aliases ?? '').split(/\r?\n/)]).map((t) => t.trim()).filter(Boolean))
  );
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

const webPart = (page: Page) => page.locator('[data-webpart="member-profiles"]');

/** openPage, with waits that fail (and say what they waited for) well inside jest's timeout. */
async function open(url: string, options: Parameters<typeof openPage>[2] = {}) {
  const opened = await openPage(browser, url, options);
  opened.page.setDefaultTimeout(10000);
  return opened;
}

/** Waits for CSS animations (the panel sliding in) to finish: axe and layout checks need the final frame. */
async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'));
}

async function cardsShown(page: Page): Promise<void> {
  await webPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
}

/** Opens a councillor's profile as an officer would: types their name into the search, then chooses them. */
async function openProfile(page: Page, name: string): Promise<void> {
  await webPart(page).getByLabel('Search councillors').fill(name.replace(/^Cllr /, ''));
  await webPart(page).getByRole('button', { name }).click();
}

test('the first render makes exactly one API request; a reload within the cache lifetime makes none; Refresh goes back to SharePoint', async () => {
  const { page, context, apiRequests, errors } = await open(`${wb.url}member-profiles`);
  await cardsShown(page);
  expect(apiRequests).toEqual([expect.stringMatching(/^POST .*\/_api\/\$batch$/)]);
  // The first page of cards (the rest a press of "Show more" away), and the count of all 42.
  expect(await webPart(page).getByRole('list', { name: 'All councillors' }).getByRole('listitem').filter({ has: page.getByRole('heading') }).count()).toBe(12);
  await webPart(page).getByText('42 councillors', { exact: true }).waitFor();

  await page.reload();
  await cardsShown(page);
  expect(apiRequests).toHaveLength(1);

  await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/_api/$batch')),
    webPart(page).getByRole('button', { name: 'Refresh' }).click()
  ]);
  await cardsShown(page);
  expect(apiRequests).toHaveLength(2);
  expect(errors).toEqual([]);
  await context.close();
});

test('an officer finds the councillors for a ward, with their contact details', async () => {
  const { page, context, errors } = await open(wb.url);
  await cardsShown(page);
  await webPart(page).getByRole('tab', { name: 'By ward' }).click();
  const box = webPart(page).getByRole('combobox', { name: 'Ward' });
  await box.fill('hill');
  await expect(webPart(page).getByRole('option').allTextContents()).resolves.toEqual(['Hillmorton']);
  await box.press('Enter');
  const section = webPart(page).getByRole('region', { name: 'Councillors for Hillmorton' });
  await section.waitFor();
  const names = await section.getByRole('button', { name: /^Cllr / }).allTextContents();
  expect(names.sort()).toEqual(['Cllr Joanne Castell', 'Cllr Mark Bellamy', 'Cllr Vikram Bhardwaj']);
  await expect(section.getByRole('link', { name: /^Email Cllr Mark Bellamy at / }).getAttribute('href')).resolves.toMatch(/^mailto:mark\.bellamy@/);
  expect(await axeViolations(page, '[data-webpart="member-profiles"]')).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

test('who chairs Planning Committee, and who holds a portfolio', async () => {
  const { page, context } = await open(wb.url);
  await cardsShown(page);
  await webPart(page).getByRole('tab', { name: 'By committee' }).click();
  await webPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Planning Committee' });
  const table = webPart(page).getByRole('table', { name: 'Members of Planning Committee' });
  const first = table.getByRole('row').nth(1);
  await expect(first.getByRole('cell').first().textContent()).resolves.toBe('Chair');
  await expect(first.getByRole('rowheader').textContent()).resolves.toBe('Cllr James Whitfield');
  expect(await axeViolations(page, '[data-webpart="member-profiles"]')).toEqual([]);

  await webPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Cabinet' });
  const cabinet = webPart(page).getByRole('table', { name: 'Members of Cabinet' });
  const row = cabinet.getByRole('row').filter({ hasText: 'Leisure and Wellbeing' });
  await expect(row.getByRole('rowheader').textContent()).resolves.toBe('Cllr Hugh Carrington');

  // The same question in the directory: search by portfolio.
  await webPart(page).getByRole('tab', { name: 'Directory' }).click();
  await webPart(page).getByRole('searchbox', { name: 'Search councillors' }).fill('leisure and wellbeing');
  const cards = webPart(page).getByRole('list', { name: 'All councillors' }).getByRole('heading', { level: 4 });
  await expect(cards.allTextContents()).resolves.toEqual(['Cllr Hugh Carrington']);
  await expect(webPart(page).getByText('Portfolio Holder for Leisure and Wellbeing')).toBeTruthy();
  await context.close();
});

test('search as you type, and a facet', async () => {
  const { page, context } = await open(wb.url);
  await cardsShown(page);
  const cards = webPart(page).getByRole('list', { name: 'All councillors' }).getByRole('heading', { level: 4 });
  await webPart(page).getByRole('searchbox', { name: 'Search councillors' }).pressSequentially('armed forces');
  await expect(cards.allTextContents()).resolves.toEqual(['Cllr Owen Pritchard']);
  await expect(webPart(page).getByText('1 councillor', { exact: true }).isVisible()).resolves.toBe(true);
  await webPart(page).getByRole('button', { name: 'Clear search' }).click();
  await expect(cards.count()).resolves.toBe(12);

  await webPart(page).getByRole('button', { name: 'Filters' }).click();
  await webPart(page).getByRole('group', { name: 'Ward' }).getByLabel('Benn (3)').check();
  await expect(cards.allTextContents()).resolves.toEqual(['Cllr Shauna Doyle', 'Cllr Nadia Hussain', 'Cllr Kwame Mensah']);
  await expect(webPart(page).getByText('3 councillors', { exact: true }).isVisible()).resolves.toBe(true);
  expect(await axeViolations(page, '[data-webpart="member-profiles"]')).toEqual([]);
  await context.close();
});

test('the deep link ?member=<id> opens the profile, and closing it takes the parameter away', async () => {
  const { page, context, errors } = await open(`${wb.url}member-profiles?member=7&source=email`);
  const dialog = page.getByRole('dialog', { name: 'Cllr Kate Fairbairn' });
  await dialog.getByRole('heading', { name: 'Cllr Kate Fairbairn' }).waitFor();
  await expect(dialog.getByRole('region', { name: 'Cabinet and portfolio' }).textContent()).resolves.toContain('Portfolio Holder for Communities and Homes');
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close the profile' }).click();
  await dialog.waitFor({ state: 'detached' });
  expect(new URL(page.url()).search).toBe('?source=email');
  await openProfile(page, 'Cllr Andrew Whitcombe');
  await page.getByRole('dialog', { name: 'Cllr Andrew Whitcombe' }).getByRole('heading', { name: 'Cllr Andrew Whitcombe' }).waitFor();
  expect(new URL(page.url()).searchParams.get('member')).toBe('1');
  expect(errors).toEqual([]);
  await context.close();
});

test('downloads a vCard holding the published contact details', async () => {
  const { page, context } = await open(wb.url);
  await cardsShown(page);
  await openProfile(page, 'Cllr Geoffrey Marsh');
  const dialog = page.getByRole('dialog', { name: 'Cllr Geoffrey Marsh' });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Download contact card for Cllr Geoffrey Marsh' }).click()
  ]);
  expect(download.suggestedFilename()).toBe('cllr-geoffrey-marsh.vcf');
  const text = fs.readFileSync((await download.path()) as string, 'utf8');
  expect(text.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Marsh;Geoffrey;;Cllr;\r\nFN:Cllr Geoffrey Marsh\r\n')).toBe(true);
  expect(text).toContain('EMAIL;TYPE=INTERNET,WORK:geoffrey.marsh@rugby.gov.uk');
  expect(text).toMatch(/TEL;TYPE=CELL:07700 9\d{5}/);
  expect(text).toContain('ADR;TYPE=WORK:;;Manor Farm\\, Newton\\, Rugby CV23;;;;');
  await context.close();
});

test('the officer page has no party name anywhere in the page, whatever is open; the members’ page shows them', async () => {
  expect(groupTerms).toEqual(expect.arrayContaining(['Conservative Group', 'Labour', 'Tories', 'Lib Dems', 'Green Party']));
  const { page, context } = await open(wb.url);
  await cardsShown(page);
  expect(await groupTermsInPage(page)).toEqual([]);

  await webPart(page).getByRole('button', { name: 'Filters' }).click();
  await webPart(page).getByRole('button', { name: 'List' }).click();
  expect(await groupTermsInPage(page)).toEqual([]);

  // A group leader whose statement names the group: the statement is withheld, the group post not listed.
  await openProfile(page, 'Cllr Nadia Hussain');
  const dialog = page.getByRole('dialog', { name: 'Cllr Nadia Hussain' });
  await dialog.getByText('Not shown on this page', { exact: true }).waitFor();
  expect(await groupTermsInPage(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });

  await webPart(page).getByRole('tab', { name: 'By ward' }).click();
  await webPart(page).getByRole('button', { name: 'Benn' }).click();
  expect(await groupTermsInPage(page)).toEqual([]);
  await webPart(page).getByRole('tab', { name: 'By committee' }).click();
  await webPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Full Council' });
  expect(await groupTermsInPage(page)).toEqual([]);
  await context.close();

  // The members' page states each councillor's group: Full Council lists every councillor.
  const member = await open(`${wb.url}member-profiles`);
  await cardsShown(member.page);
  await webPart(member.page).getByRole('tab', { name: 'By committee' }).click();
  await webPart(member.page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Full Council' });
  const found = await groupTermsInPage(member.page);
  for (const name of groupNames) expect(found).toContain(name);
  await member.context.close();
});

test('by keyboard: Tab to a card, Enter opens the profile, focus stays in it, Esc closes it and focus returns to the card', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`);
  await cardsShown(page);
  await webPart(page).getByRole('button', { name: 'All', exact: true }).focus();
  let name = '';
  for (let i = 0; i < 40 && !name.startsWith('Cllr '); i++) {
    await page.keyboard.press('Tab');
    name = await page.evaluate(() => document.activeElement?.textContent ?? '');
  }
  expect(name).toBe('Cllr Tom Ashby');
  // The focus is visible: the card draws an outline around the focused name.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('li')!).outlineStyle);
  expect(outline).toBe('solid');

  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cllr Tom Ashby' });
  await dialog.getByRole('heading', { name: 'Cllr Tom Ashby' }).waitFor();
  await page.waitForFunction(() => !!document.activeElement?.closest('[role="dialog"]'));
  for (let i = 0; i < 20; i++) {
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => !!document.activeElement?.closest('[role="dialog"]'))).toBe(true);
  }
  await settled(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  await page.waitForFunction(() => document.activeElement?.textContent === 'Cllr Tom Ashby');
  await context.close();
});

test('axe finds nothing in the directory, the ward view and the body view of the members’ page', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`);
  await cardsShown(page);
  expect(await axeViolations(page)).toEqual([]);
  await webPart(page).getByRole('button', { name: 'Filters' }).click();
  expect(await axeViolations(page)).toEqual([]);
  await webPart(page).getByRole('tab', { name: 'By ward' }).click();
  await webPart(page).getByRole('combobox', { name: 'Ward' }).fill('ben');
  expect(await axeViolations(page)).toEqual([]);
  await webPart(page).getByRole('combobox', { name: 'Ward' }).press('Enter');
  await webPart(page).getByRole('region', { name: 'Councillors for Benn' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await webPart(page).getByRole('tab', { name: 'By committee' }).click();
  await webPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Cabinet' });
  expect(await axeViolations(page)).toEqual([]);
  await context.close();
});

test('when SharePoint throttles, the skeleton stays and says it is retrying, then the cards arrive', async () => {
  wb.server.faults.throttleNext = 1;
  wb.server.faults.retryAfter = 2;
  try {
    const { page, context, apiRequests } = await open(`${wb.url}member-profiles`);
    await webPart(page).getByText('SharePoint is busy; retrying…').waitFor();
    expect(await webPart(page).locator('[data-skeleton]').count()).toBe(1);
    await cardsShown(page);
    expect(apiRequests).toHaveLength(2);
    await context.close();
  } finally {
    wb.server.faults.throttleNext = 0;
    wb.server.faults.retryAfter = 1;
  }
});

test('works on a phone-sized screen (320 px): nothing in the web part or its profile is wider than the screen', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`, { viewport: { width: 320, height: 640 } });
  await cardsShown(page);
  // Elements of the web part (and, later, of the profile panel) reaching past the right edge of the screen.
  const overflow = (selector: string) =>
    page.evaluate(
      (sel) =>
        Array.from(document.querySelectorAll(`${sel}, ${sel} *`))
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5 && !e.closest('[role="region"][tabindex="0"]'))
          .map((e) => `${e.tagName.toLowerCase()} ${e.textContent?.slice(0, 30)}`),
      selector
    );
  expect(await overflow('[data-webpart="member-profiles"]')).toEqual([]);
  await webPart(page).getByRole('button', { name: 'List' }).click();
  expect(await overflow('[data-webpart="member-profiles"]')).toEqual([]);
  await webPart(page).getByRole('tab', { name: 'By ward' }).click();
  await webPart(page).getByRole('button', { name: 'Benn' }).click();
  expect(await overflow('[data-webpart="member-profiles"]')).toEqual([]);
  // Benn's councillors are listed in the ward view.
  await webPart(page).getByRole('button', { name: 'Cllr Nadia Hussain' }).click();
  await page.getByRole('dialog', { name: 'Cllr Nadia Hussain' }).getByRole('heading', { name: 'Cllr Nadia Hussain' }).waitFor();
  await settled(page);
  expect(await overflow('[role="dialog"]')).toEqual([]);
  await context.close();
});

test('from the top of the page, the skip link is the first stop in the web part and takes the keyboard to the search box', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`);
  await cardsShown(page);
  // Tab from the start of the page until the focus first lands inside the web part.
  await page.locator('body').focus();
  let inside = false;
  let presses = 0;
  while (!inside && presses < 30) {
    await page.keyboard.press('Tab');
    presses++;
    inside = await page.evaluate(() => !!document.activeElement?.closest('[data-webpart="member-profiles"]'));
  }
  expect(inside).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the councillor search');
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('type'))).toBe('search');
  expect(await webPart(page).getByLabel('Search councillors').evaluate((el) => el === document.activeElement)).toBe(true);
  await context.close();
});

test('the profile’s close button shows a focus ring when the keyboard reaches it', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`);
  await cardsShown(page);
  await webPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Cllr Tom Ashby' });
  await dialog.getByRole('heading', { name: 'Cllr Tom Ashby' }).waitFor();
  await settled(page);
  const close = dialog.getByRole('button', { name: 'Close the profile' });
  for (let i = 0; i < 20 && !(await close.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  expect(await close.evaluate((el) => el === document.activeElement)).toBe(true);
  // A visible ring: an outline at least 2 px wide, or a box shadow, that is not there without focus.
  const ring = (el: Element): string => {
    const cs = getComputedStyle(el);
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 ? `outline ${cs.outlineWidth} ${cs.outlineColor}` : cs.boxShadow !== 'none' ? `shadow ${cs.boxShadow}` : '';
  };
  const focused = await close.evaluate(ring);
  expect(focused).not.toBe('');
  await dialog.getByRole('heading', { name: 'Cllr Tom Ashby' }).click();
  expect(await close.evaluate(ring)).toBe('');
  await context.close();
});

test('a committee’s table reflows on a 320 px screen: nothing sideways, each date on one line', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`, { viewport: { width: 320, height: 640 } });
  await cardsShown(page);
  await webPart(page).getByRole('tab', { name: 'By committee' }).click();
  await webPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Planning Committee' });
  const table = webPart(page).getByRole('table');
  await table.waitFor();
  const report = await table.evaluate((t) => {
    const wide = Array.from(t.querySelectorAll('*')).filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5).length;
    const lineHeight = (el: Element): number => parseFloat(getComputedStyle(el).lineHeight) || 20;
    const dates = Array.from(t.querySelectorAll('td')).filter((td) => /\d{4}$/.test(td.textContent ?? ''));
    const wrapped = dates.filter((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      return range.getClientRects().length > 1 || td.getBoundingClientRect().height > 2.5 * lineHeight(td);
    }).length;
    return { wide, dates: dates.length, wrapped };
  });
  expect(report.wide).toBe(0);
  expect(report.dates).toBeGreaterThan(0);
  expect(report.wrapped).toBe(0);
  // The committee's name is said once: as the heading the table is labelled by.
  expect(await webPart(page).getByRole('heading', { name: 'Planning Committee' }).count()).toBe(1);
  await context.close();
});
