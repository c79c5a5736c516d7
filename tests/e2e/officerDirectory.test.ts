/**
 * The Officer Directory on the local workbench in headless Chromium, as a councillor and an
 * officer use it: the liaison officer for a topic (with typos and synonyms), the officer
 * directory, deep links, the keyboard, axe on every tab, a phone-sized screen, repeat views from
 * the cache, and no party-political text anywhere on the page.
 */
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launchBrowser, openPage, startTestWorkbench, TestWorkbench } from '../support/browser';
import { api, spFor } from '../support/localServer';
import { createScreener } from '../../src/domain/neutrality/screening/screener';

let wb: TestWorkbench;
let browser: Browser;

interface Row {
  Id: number;
  [k: string]: unknown;
}
let officers: Map<number, Row>;
let services: Row[];
let liaison: Row[];
let groups: Array<{ name: string; shortName?: string; aliases: string[] }>;

async function rows(list: string, select: string): Promise<Row[]> {
  const r = await api(wb.siteUrl, `web/lists/getByTitle('${list}')/items?$select=${select}&$top=5000`);
  return r.json.value as Row[];
}

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench(), launchBrowser()]);
  officers = new Map((await rows('Officers', 'Id,GivenName,FamilyName,JobTitle,Email')).map((o) => [o.Id, o]));
  services = await rows('Service Areas', 'Id,Title,Description');
  liaison = await rows('Liaison Officers', 'Id,OfficerId,ServiceAreaId,Role,Profile');
  groups = (await rows('Political Groups', 'Id,Title,ShortName,Aliases')).map((g) => ({
    name: g.Title as string,
    shortName: (g.ShortName as string) ?? undefined,
    aliases: String(g.Aliases ?? '')
      .split(/\r?\n/)
      .filter(Boolean)
  }));
}, 60000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

const URL_PATH = 'officer-directory';
const WEBPART = '[data-webpart="officer-directory"]';

function nameOf(id: number): string {
  const o = officers.get(id)!;
  return `${o.GivenName} ${o.FamilyName}`;
}

/** The liaison officer and deputy of a service, by its title. */
function liaisonOf(title: string): { clo: string; deputy: string } {
  const s = services.find((x) => x.Title === title)!;
  const of = (role: string): string => nameOf(liaison.find((l) => l.ServiceAreaId === s.Id && l.Role === role)!.OfficerId as number);
  return { clo: of('Liaison Officer'), deputy: of('Deputy Liaison Officer') };
}

async function firstResult(page: Page): Promise<string> {
  const card = page.locator(`${WEBPART} ol[aria-label] > li article`).first();
  await card.waitFor();
  return (await card.locator('h3').textContent()) ?? '';
}

async function searchTopic(page: Page, topic: string): Promise<void> {
  const box = page.getByLabel('What do you need help with?');
  await box.fill('');
  await box.pressSequentially(topic, { delay: 20 });
}

test('a councillor finds the liaison officer for a topic, with typos and synonyms, after exactly one API request', async () => {
  const { page, apiRequests, errors, context } = await openPage(browser, wb.url + URL_PATH, { user: 'councillor' });
  await page.getByLabel('What do you need help with?').waitFor();
  // Rugby's 300 officers come in the first page: the whole directory is one $batch.
  expect(apiRequests).toEqual([expect.stringMatching(/^POST .*\/_api\/\$batch$/)]);

  for (const [topic, service] of [
    ['bins', 'Waste and Recycling'],
    ['fly tipping', 'Street Cleansing'],
    ['lisencing', 'Licensing'],
    ['rubbish', 'Waste and Recycling'],
    ['planning enforcment', 'Planning Enforcement']
  ]) {
    await searchTopic(page, topic);
    await page.waitForFunction(
      ([sel, title]) => document.querySelector(`${sel} ol[aria-label] > li article h3`)?.textContent === title,
      [WEBPART, service] as const
    );
    const card = page.locator(`${WEBPART} ol[aria-label] > li article`).first();
    const { clo, deputy } = liaisonOf(service);
    await expect(card.getByRole('heading', { level: 4, name: clo }).isVisible()).resolves.toBe(true);
    await expect(card.getByRole('heading', { level: 4, name: deputy }).isVisible()).resolves.toBe(true);
    expect(await card.getByRole('link', { name: `Chat in Teams with ${clo} (opens in a new tab)` }).getAttribute('href')).toMatch(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=/);
  }
  // Search is in the browser: typing made no request.
  expect(apiRequests).toHaveLength(1);
  expect(errors).toEqual([]);
  await context.close();
});

test('a ward narrows the liaison officers to those who cover it', async () => {
  const { page, context } = await openPage(browser, wb.url + URL_PATH, { user: 'councillor' });
  await searchTopic(page, 'planning enforcement');
  expect(await firstResult(page)).toBe('Planning Enforcement');
  const { clo, deputy } = liaisonOf('Planning Enforcement');
  const card = page.locator(`${WEBPART} ol[aria-label] > li article`).first();
  await page.getByLabel('Your ward (optional)').selectOption({ label: 'Dunsmore' });
  expect(await card.locator('h4').allTextContents()).toEqual([deputy, 'Team contacts']);
  await page.getByLabel('Your ward (optional)').selectOption({ label: 'Benn' });
  expect(await card.locator('h4').allTextContents()).toEqual([clo, 'Team contacts']);
  await context.close();
});

test('an officer finds the planning enforcement team leader in the directory and opens the card; the link opens it again', async () => {
  const { page, errors, context } = await openPage(browser, wb.url + URL_PATH, { user: 'officer' });
  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.getByLabel('Search officers').pressSequentially('planning enforcement team leader', { delay: 10 });
  const leader = [...officers.values()].find((o) => o.JobTitle === 'Planning Enforcement Team Leader')!;
  const name = `${leader.GivenName} ${leader.FamilyName}`;
  const list = page.getByRole('list', { name: 'Officers' });
  await page.waitForFunction(() => document.querySelector('ul[data-query]')?.getAttribute('data-count') === '1');
  expect(await list.getByRole('button').allTextContents()).toEqual([name]);
  await list.getByRole('button').first().click();
  const card = page.getByRole('region', { name });
  await card.waitFor();
  expect(await card.getByRole('link', { name: `Email ${name} at ${leader.Email}` }).getAttribute('href')).toBe(`mailto:${leader.Email}`);
  expect(new URL(page.url()).searchParams.get('officer')).toBe(String(leader.Id));

  // The deep link, in a fresh page, opens the same card.
  const again = await openPage(browser, page.url(), { user: 'councillor' });
  const card2 = again.page.getByRole('region', { name });
  await card2.waitFor();
  expect(await again.page.getByRole('tab', { name: 'Officer directory' }).getAttribute('aria-selected')).toBe('true');
  await again.page.waitForFunction((n) => document.activeElement?.textContent === n, name);
  await again.context.close();
  expect(errors).toEqual([]);
  await context.close();
});

test('everything works from the keyboard', async () => {
  const { page, context } = await openPage(browser, wb.url + URL_PATH, { user: 'councillor' });
  await page.getByLabel('What do you need help with?').waitFor();
  // Tab from the page into the web part: Refresh, then the selected tab.
  await page.locator(`${WEBPART} h2`).click();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Refresh');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('tab');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Officer directory');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).labels?.[0]?.textContent)).toBe('Search officers');
  await page.keyboard.type('waste op');
  // Directorate, service area, the A–Z toolbar (one stop), "Clear", then the list (one stop).
  const stops: string[] = [];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    stops.push(
      await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const label = (el as HTMLSelectElement).labels?.[0]?.textContent;
        return label ?? el.closest('[role=toolbar]')?.getAttribute('aria-label') ?? el.closest('ul')?.getAttribute('aria-label') ?? el.textContent ?? '';
      })
    );
  }
  expect(stops).toEqual(['Directorate', 'Service area', 'Surname A to Z', 'Clear search and filters', 'Officers']);
  // The toolbar's letters are reached with the arrow keys.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('ArrowRight');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Surnames starting with A');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const firstName = await page.evaluate(() => document.activeElement?.textContent);
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement?.textContent);
  expect(second).not.toBe(firstName);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.activeElement?.tagName === 'H3' && document.activeElement.textContent === n, second);
  await page.keyboard.press('Escape');
  await page.waitForFunction((n) => document.activeElement?.textContent === n && document.activeElement?.tagName === 'BUTTON', second);
  expect(new URL(page.url()).searchParams.has('officer')).toBe(false);
  await context.close();
});

test('axe finds nothing on any tab, on a desktop and on a 320 px screen, and nothing sticks out sideways', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 320, height: 640 }]) {
    const { page, context } = await openPage(browser, wb.url + URL_PATH, { user: 'councillor', viewport });
    await searchTopic(page, 'bins');
    await firstResult(page);
    expect([viewport.width, 'topic', await axeViolations(page, WEBPART)]).toEqual([viewport.width, 'topic', []]);
    await page.getByRole('tab', { name: 'Browse services' }).click();
    expect([viewport.width, 'browse', await axeViolations(page, WEBPART)]).toEqual([viewport.width, 'browse', []]);
    await page.getByRole('tab', { name: 'Officer directory' }).click();
    const row = page.getByRole('list', { name: 'Officers' }).getByRole('button').first();
    const name = (await row.textContent()) ?? '';
    await row.click();
    await page.getByRole('region', { name }).waitFor();
    expect([viewport.width, 'officers', await axeViolations(page, WEBPART)]).toEqual([viewport.width, 'officers', []]);
    // Nothing in the web part reaches past the screen's edge.
    const overflowing = await page.evaluate((sel) => {
      const width = document.documentElement.clientWidth;
      return Array.from(document.querySelectorAll(`${sel} *`))
        .filter((el) => {
          const b = el.getBoundingClientRect();
          return b.width > 0 && b.right > width + 0.5;
        })
        .map((el) => `${el.tagName} ${(el.textContent ?? '').slice(0, 30)}`);
    }, WEBPART);
    expect([viewport.width, overflowing]).toEqual([viewport.width, []]);
    await context.close();
  }
}, 120000);

test('a repeat view comes from the cache with no request; Refresh reads SharePoint again', async () => {
  const { page, apiRequests, context } = await openPage(browser, wb.url + URL_PATH, { user: 'officer' });
  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.getByText('300 officers', { exact: true }).waitFor();
  // The officers are saved to IndexedDB once all have arrived.
  await page.waitForTimeout(500);
  expect(apiRequests).toHaveLength(1);
  await page.reload();
  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.getByText('300 officers', { exact: true }).waitFor();
  expect(await page.getByText(/^Saved in this browser at/).isVisible()).toBe(true);
  expect(apiRequests).toHaveLength(1);
  await page.getByRole('button', { name: 'Refresh the directory from SharePoint' }).click();
  await page.getByText(/^Up to date as of/).waitFor();
  expect(apiRequests).toHaveLength(2);
  await context.close();
});

/** National parties, and the council's own groups as the Political Groups list has them. */
function partyTerms(): string[] {
  const national = [
    'Conservative Party', 'Conservatives', 'Tory', 'Tories', 'Labour Party', 'Liberal Democrats', 'Lib Dems', 'Lib Dem',
    'Green Party', 'Reform UK', 'Plaid Cymru', 'SNP', 'UKIP', 'Brexit Party', 'Labour', 'Conservative'
  ];
  return [...new Set([...national, ...groups.flatMap((g) => [g.name, g.shortName ?? '', ...g.aliases])].filter((t) => t.length > 1))];
}

async function expectNoPartyText(page: Page, where: string): Promise<void> {
  const html = await page.locator(WEBPART).innerHTML();
  const text = await page.locator(WEBPART).innerText();
  const found = partyTerms().filter((t) => new RegExp(`\\b${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(html));
  expect([where, found]).toEqual([where, []]);
  const screen = createScreener({ groups }).screen(text, 'officer-owned');
  expect([where, screen.findings.map((f) => `${f.rule}: ${f.match}`)]).toEqual([where, []]);
}

test('no party name, abbreviation or campaign text reaches the page, even when an officer writes one into a profile', async () => {
  const owner = spFor(wb.siteUrl, 'owner');
  const waste = services.find((s) => s.Title === 'Waste and Recycling')!;
  const clo = liaison.find((l) => l.ServiceAreaId === waste.Id && l.Role === 'Liaison Officer')!;
  await owner.web.lists.getByTitle('Liaison Officers').items.getById(clo.Id).update({
    Profile: 'Vote Labour on 7 May! The Tories let the bins pile up. #LabourDoorstep — rugbylabour.org.uk'
  });
  await owner.web.lists.getByTitle('Service Areas').items.getById(waste.Id).update({
    Description: 'Bin collections, saved by the Rugby Liberal Democrats. Lib Dems winning here!'
  });
  try {
    for (const user of ['councillor', 'democratic-services'] as const) {
      const { page, context } = await openPage(browser, wb.url + URL_PATH, { user });
      await searchTopic(page, 'bins');
      expect(await firstResult(page)).toBe('Waste and Recycling');
      const card = page.locator(`${WEBPART} ol[aria-label] > li article`).first();
      // The profile and the description are each replaced by the neutral notice.
      await card.getByText('This text is not shown on this page because it may contain party-political content.').nth(1).waitFor();
      if (user === 'democratic-services') {
        // Democratic Services can edit the Liaison Officers list: they are told what to fix.
        await page.getByText(/2 texts are not shown on this page because they contain party-political content/).waitFor();
        await card.getByText(/For editors: /).first().waitFor();
      } else {
        await page.waitForTimeout(300);
        expect(await page.getByText(/For editors/).count()).toBe(0);
      }
      await expectNoPartyText(page, `${user}: topic`);
      await page.getByRole('tab', { name: 'Browse services' }).click();
      await expectNoPartyText(page, `${user}: browse`);
      await page.getByRole('tab', { name: 'Officer directory' }).click();
      await page.getByRole('list', { name: 'Officers' }).getByRole('button').first().click();
      await expectNoPartyText(page, `${user}: officers`);
      await context.close();
    }
  } finally {
    await owner.web.lists.getByTitle('Service Areas').items.getById(waste.Id).update({ Description: waste.Description as string });
    await owner.web.lists.getByTitle('Liaison Officers').items.getById(clo.Id).update({ Profile: clo.Profile as string });
  }
});

test('from the top of the page, the skip link is the first stop in the web part and takes the keyboard to the topic search', async () => {
  const { page, context } = await openPage(browser, wb.url + URL_PATH, { user: 'councillor' });
  await page.getByLabel('What do you need help with?').waitFor();
  await page.locator('body').focus();
  let inside = false;
  for (let presses = 0; !inside && presses < 30; presses++) {
    await page.keyboard.press('Tab');
    inside = await page.evaluate(() => !!document.activeElement?.closest('[data-webpart="officer-directory"]'));
  }
  expect(inside).toBe(true);
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to the topic search');
  await page.keyboard.press('Enter');
  expect(await page.getByLabel('What do you need help with?').evaluate((el) => el === document.activeElement)).toBe(true);
  await context.close();
});
