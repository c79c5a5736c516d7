/**
 * As Democratic Services in the local workbench, every field of every list the product shows is
 * changed from the page — a councillor's profile (with a new photo, cropped in the browser),
 * a membership, a committee, a ward, a political group, a service and a liaison officer — and an
 * officer then sees each change on reload (and, for fields no page shows, reads it from the list).
 */
import type { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, openPage, startTestWorkbench, TestWorkbench } from '../support/browser';

let wb: TestWorkbench;
let browser: Browser;

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
}, 120000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

const H = { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'officer' };

/** What an officer reads from a list, outside the page. */
async function item(list: string, id: number): Promise<Record<string, unknown>> {
  return (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('${list}')/items(${id})`, { headers: H })).json()) as Record<string, unknown>;
}

async function open(url: string, user: 'officer' | 'democratic-services') {
  const opened = await openPage(browser, url, { user });
  opened.page.setDefaultTimeout(15000);
  return opened;
}

const part = (page: Page, kind: 'member-profiles' | 'officer-directory') => page.locator(`[data-webpart="${kind}"]`);

async function openProfile(page: Page, search: string, name: string): Promise<Locator> {
  await part(page, 'member-profiles').getByRole('button', { name: 'Cllr Tom Ashby' }).or(part(page, 'member-profiles').getByRole('button', { name })).first().waitFor();
  await part(page, 'member-profiles').getByLabel('Search councillors').fill(search);
  await part(page, 'member-profiles').getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('heading').first().waitFor();
  return dialog;
}

/** Ticks a box (Fluent draws its own, over the native one), as a keyboard user would: focus, Space. */
async function tick(scope: Locator, name: string): Promise<void> {
  const box = scope.getByRole('checkbox', { name });
  if (await box.isChecked()) return;
  await box.focus();
  await box.press('Space');
  expect(await box.isChecked()).toBe(true);
}

async function saved(page: Page): Promise<void> {
  await page.getByText(/^Saved: /).waitFor({ state: 'attached' });
}

/** A real (1×1) PNG for the browser to decode, crop and encode as JPEG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

test('a councillor’s profile: every field, the photo and the party', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`, 'democratic-services');
  const profile = await openProfile(page, 'Castell', 'Cllr Joanne Castell');
  const id = Number(await profile.locator('[data-member-profile]').getAttribute('data-member-profile'));
  await profile.getByRole('button', { name: 'Edit Cllr Joanne Castell’s profile and memberships' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit Cllr Joanne Castell' });
  await editor.getByLabel('Letters after name').waitFor();
  const text = async (label: string | RegExp, value: string) => editor.getByLabel(label, { exact: typeof label === 'string' }).fill(value);
  await text('Title (Mr, Mrs, Dr…)', 'Dr');
  await text(/^First name/, 'Joanna');
  await text(/^Surname/, 'Castell-Reid');
  await text('Known as', 'Jo');
  await text('Letters after name', 'PhD');
  await text(/^Council email/, 'jo.castell-reid@rugby.gov.uk');
  await text('Phone', '01788 533123');
  await text('Mobile', '07700 900321');
  await text('Postal address', '1 Market Place\nRugby CV21 3BZ');
  for (const name of ['Show their phone number', 'Show their mobile number', 'Show their postal address']) await tick(editor, name);
  await editor.getByLabel(/^Ward/).selectOption({ label: 'Benn' });
  await text(/^Term of office start/, '07/05/2026');
  await text('Term of office end', '02/05/2030');
  await editor.getByLabel(/^Status/).selectOption('Current');
  await editor.getByLabel('Political group').selectOption({ label: 'Independent Group' });
  await text('Party web page', 'https://example.org/jo');
  await text('About me', 'I have lived in Benn for thirty years and chair the residents’ association.');
  await text('Skills, interests and expertise', 'Housing\nTown centre');
  await text('SharePoint account (their sign-in email)', 'jo.castell-reid@council.local');
  await editor.locator('input[type="file"]').setInputFiles({ name: 'jo.png', mimeType: 'image/png', buffer: PNG });
  await editor.getByRole('img', { name: 'New photo of Cllr Joanne Castell, as it will be shown' }).waitFor();
  await editor.getByLabel('Zoom').fill('1.5');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);
  await context.close();

  const stored = await item('Members', id);
  expect(stored).toMatchObject({
    Honorific: 'Dr',
    GivenName: 'Joanna',
    FamilyName: 'Castell-Reid',
    PreferredName: 'Jo',
    PostNominals: 'PhD',
    Email: 'jo.castell-reid@rugby.gov.uk',
    PublishPhone: true,
    PublishMobile: true,
    PublishAddress: true,
    Status: 'Current',
    Title: 'Jo Castell-Reid'
  });
  // The account is the site's user for that sign-in (SharePoint adds them to the site, as ensureUser does).
  const account = (await (await fetch(`${wb.siteUrl}/_api/web/siteusers/getById(${Number(stored.AccountId)})`, { headers: H })).json()) as { Email?: string };
  expect(account.Email).toBe('jo.castell-reid@council.local');
  const photo = JSON.parse(String(stored.Photo)) as { serverRelativeUrl: string };
  expect(photo.serverRelativeUrl).toMatch(/^\/sites\/council\/SiteAssets\/Lists\/[0-9a-f-]{36}\/jo-castell-reid\.jpg$/);
  const jpeg = Buffer.from(await (await fetch(`${wb.url.replace(/\/$/, '')}${photo.serverRelativeUrl}`)).arrayBuffer());
  expect(jpeg.subarray(0, 3).toString('hex')).toBe('ffd8ff');

  // An officer, on the officer page: the new name, photo, contact details, ward, term and words; no party.
  const officer = await open(wb.url, 'officer');
  const seen = await openProfile(officer.page, 'Castell-Reid', 'Cllr Jo Castell-Reid');
  const body = (await seen.textContent()) ?? '';
  for (const t of ['Dr Joanna Castell-Reid PhD', 'Benn', '7 May 2026 to 2 May 2030', '1 Market Place', 'thirty years', 'Housing', 'Town centre']) expect([t, body.includes(t)]).toEqual([t, true]);
  expect(body).not.toContain('Independent Group');
  await seen.getByRole('link', { name: 'Email Cllr Jo Castell-Reid at jo.castell-reid@rugby.gov.uk' }).waitFor();
  await seen.getByRole('link', { name: 'Call Cllr Jo Castell-Reid on 01788 533123' }).waitFor();
  await seen.getByRole('link', { name: "Call Cllr Jo Castell-Reid's mobile on 07700 900321" }).waitFor();
  expect(await seen.locator('img').first().getAttribute('src')).toBe(photo.serverRelativeUrl);
  await officer.context.close();

  // On the members' own page, the party and its web page.
  const members = await open(`${wb.url}member-profiles`, 'officer');
  const own = await openProfile(members.page, 'Castell-Reid', 'Cllr Jo Castell-Reid');
  expect(await own.textContent()).toContain('Independent Group');
  expect(await own.getByRole('link', { name: /party/i }).first().getAttribute('href')).toBe('https://example.org/jo');
  await members.context.close();
}, 120000);

test('a membership, a committee and a ward: every field', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`, 'democratic-services');
  const mp = part(page, 'member-profiles');
  await mp.getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await mp.getByRole('tab', { name: 'By committee' }).click();
  await mp.getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Scrutiny Committee' });
  const table = mp.getByRole('table', { name: 'Members of Scrutiny Committee' });
  const first = table.getByRole('row').nth(1);
  const who = ((await first.getByRole('rowheader').textContent()) ?? '').trim();

  // The membership: moved to Cabinet as a Portfolio Holder, with a post title and dates.
  await first.getByRole('button', { name: /^Edit the membership of / }).click();
  let editor = page.getByRole('dialog', { name: /^Edit membership: / });
  await editor.getByLabel(/^Body/).selectOption({ label: 'Cabinet (Cabinet)' });
  await editor.getByLabel(/^Role/).selectOption('Portfolio Holder');
  await editor.getByLabel('Post title').fill('Cabinet Member for Scrutiny Reform');
  await editor.getByLabel('Portfolio').fill('Governance and Scrutiny');
  await editor.getByLabel('Start date').fill('01/06/2025');
  await editor.getByLabel('End date').fill('31/05/2029');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);

  // The committee itself.
  await mp.getByRole('button', { name: 'Edit Scrutiny Committee' }).click();
  editor = page.getByRole('dialog', { name: 'Edit Scrutiny Committee' });
  await editor.getByLabel(/^Name of the body/).fill('Overview and Scrutiny Committee');
  await editor.getByLabel(/^Kind of body/).selectOption('Committee');
  await editor.getByLabel('Description').fill('Holds the Cabinet to account.');
  await editor.getByLabel('Web page').fill('https://www.rugby.gov.uk/scrutiny');
  await editor.getByLabel('Sort order').fill('3');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);

  // A ward.
  await mp.getByRole('tab', { name: 'By ward' }).click();
  await mp.getByRole('button', { name: 'Paddox' }).click();
  await mp.getByRole('button', { name: 'Edit the ward Paddox' }).click();
  editor = page.getByRole('dialog', { name: 'Edit ward: Paddox' });
  await editor.getByLabel(/^Ward name/).fill('Paddox and Overslade');
  await editor.getByLabel('GSS code').fill('E05012399');
  await editor.getByLabel('Seats').fill('2');
  await editor.getByLabel('Ward description').fill('South of the town centre.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);
  await context.close();

  const officer = await open(wb.url, 'officer');
  const op = part(officer.page, 'member-profiles');
  await op.getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await op.getByRole('tab', { name: 'By committee' }).click();
  await op.getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Overview and Scrutiny Committee' });
  await op.getByText('Holds the Cabinet to account.').waitFor();
  expect(await op.getByRole('link', { name: 'Web page for Overview and Scrutiny Committee' }).getAttribute('href')).toBe('https://www.rugby.gov.uk/scrutiny');
  await op.getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Cabinet' });
  const cabinet = op.getByRole('table', { name: 'Members of Cabinet' }).getByRole('row').filter({ hasText: who });
  expect(await cabinet.textContent()).toContain('Cabinet Member for Scrutiny Reform');
  expect(await cabinet.textContent()).toContain('Governance and Scrutiny');
  expect(await cabinet.textContent()).toContain('1 June 2025');
  await op.getByRole('tab', { name: 'By ward' }).click();
  await op.getByRole('button', { name: 'Paddox and Overslade' }).click();
  const ward = op.getByRole('region', { name: 'Councillors for Paddox and Overslade' });
  expect(await ward.textContent()).toContain('2 seats');
  expect(await ward.textContent()).toContain('South of the town centre.');
  await officer.context.close();
  const wards = (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Wards')/items?$filter=Title eq 'Paddox and Overslade'`, { headers: H })).json()) as { value: Array<Record<string, unknown>> };
  expect(wards.value[0]).toMatchObject({ GssCode: 'E05012399', Seats: 2 });
  const bodies = (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Bodies')/items?$filter=Title eq 'Overview and Scrutiny Committee'`, { headers: H })).json()) as { value: Array<Record<string, unknown>> };
  expect(bodies.value[0]).toMatchObject({ SortOrder: 3, Kind: 'Committee' });
}, 120000);

test('a political group: every field', async () => {
  const { page, context } = await open(`${wb.url}member-profiles`, 'democratic-services');
  const profile = await openProfile(page, 'Hussain', 'Cllr Nadia Hussain');
  await profile.getByRole('button', { name: 'Edit the political group Labour Group' }).click();
  const editor = page.getByRole('dialog', { name: 'Edit political group: Labour Group' });
  await editor.getByLabel(/^Group name/).fill('Rugby Labour Group');
  await editor.getByLabel('Short name').fill('Lab');
  await editor.getByLabel('Other names').fill('Labour\nLabour Party\nRugby Labour');
  await editor.getByLabel('Group web page').fill('https://example.org/rugby-labour');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);
  await context.close();

  const officer = await open(`${wb.url}member-profiles`, 'officer');
  const seen = await openProfile(officer.page, 'Hussain', 'Cllr Nadia Hussain');
  expect(await seen.textContent()).toContain('Rugby Labour Group');
  await officer.context.close();
  const groups = (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Political Groups')/items?$filter=Title eq 'Rugby Labour Group'`, { headers: H })).json()) as { value: Array<Record<string, unknown>> };
  expect(groups.value[0]).toMatchObject({ ShortName: 'Lab', Aliases: 'Labour\nLabour Party\nRugby Labour', Website: expect.objectContaining({ Url: 'https://example.org/rugby-labour' }) });
}, 90000);

test('a service and its liaison officer: every field', async () => {
  const { page, context } = await open(`${wb.url}officer-directory`, 'democratic-services');
  const od = part(page, 'officer-directory');
  await od.getByRole('tab', { name: 'Browse services' }).click();
  await od.getByRole('button', { name: 'Edit the service Licensing' }).click();
  let editor = page.getByRole('dialog', { name: 'Edit service: Licensing' });
  await editor.getByLabel(/^Service name/).fill('Licensing and Permits');
  await editor.getByLabel(/^Directorate/).fill('Communities and Homes');
  await editor.getByLabel('Service description').fill('Licences for taxis, alcohol, street trading and events.');
  await editor.getByLabel('Topic keywords').fill('taxi licence, street trading, pavement cafe');
  await editor.getByLabel('Team email').fill('permits@rugby.gov.uk');
  await editor.getByLabel('Team phone').fill('01788 533456');
  await editor.getByLabel('Web page').fill('https://www.rugby.gov.uk/permits');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);

  const person = od.getByRole('button', { name: /, liaison officer for Licensing and Permits$/ }).first();
  await person.click();
  editor = page.getByRole('dialog', { name: /^Edit liaison officer: / });
  const picker = editor.getByRole('combobox', { name: /^Officer/ });
  await picker.fill('Price');
  const option = editor.getByRole('option').first();
  const chosen = ((await option.textContent()) ?? '').match(/^[A-Z][\w'’-]+ [A-Z][\w'’-]+/)?.[0] ?? '';
  await option.click();
  await editor.getByLabel(/^Role/).selectOption('Deputy Liaison Officer');
  await editor.getByLabel(/^What I can help with/).fill('Taxi and premises licences, and anything about events in your ward.');
  await tick(editor.getByRole('group', { name: 'Wards covered' }), 'Dunsmore');
  await editor.getByRole('button', { name: 'Save' }).click();
  await saved(page);
  await context.close();

  const officer = await open(`${wb.url}officer-directory`, 'officer');
  const op = part(officer.page, 'officer-directory');
  await op.getByLabel('What do you need help with?').fill('pavement cafe');
  const card = op.locator('ol[aria-label] > li article').first();
  await card.getByRole('heading', { name: 'Licensing and Permits' }).waitFor();
  const text = (await card.textContent()) ?? '';
  for (const t of ['Communities and Homes', 'Licences for taxis, alcohol, street trading and events.', chosen, 'Taxi and premises licences', 'Dunsmore']) expect([t, text.includes(t)]).toEqual([t, true]);
  await card.getByRole('link', { name: /permits@rugby\.gov\.uk/ }).first().waitFor();
  await card.getByRole('link', { name: /01788 533456/ }).first().waitFor();
  expect(await card.getByRole('link', { name: /Licensing and Permits on the council website/ }).getAttribute('href')).toBe('https://www.rugby.gov.uk/permits');
  await officer.context.close();
}, 90000);
