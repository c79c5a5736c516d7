/**
 * Councillors and liaison officers keep their own entries current, in headless Chromium on the
 * local workbench, each as the local user the journey is for: a councillor's request approved and
 * then on their profile; one declined, with the reason shown to them; one whose profile changed
 * meanwhile, shown as a conflict; a councillor's attempts through the API (the real PnPjs) to
 * decide their own request or change a profile refused with 403; a liaison officer editing their
 * own entry and no one else's; and the history of who changed what.
 */
import type { Browser, Page } from 'playwright-core';
import { spFor } from '../support/localServer';
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

type User = 'officer' | 'councillor' | 'democratic-services' | 'liaison-officer';
const ME = 'Cllr Daniel Kowalski';

async function open(url: string, user: User) {
  const opened = await openPage(browser, url, { user });
  opened.page.setDefaultTimeout(15000);
  return opened;
}

/** A list item as SharePoint holds it (read as the owner, outside the page). */
async function item(list: string, id: number): Promise<Record<string, unknown>> {
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('${list}')/items(${id})`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' } });
  return (await res.json()) as Record<string, unknown>;
}

const memberPart = (page: Page) => page.locator('[data-webpart="member-profiles"]');

async function openProfile(page: Page, name: string) {
  await memberPart(page).getByLabel('Search councillors').fill(name.replace(/^Cllr /, ''));
  await memberPart(page).getByRole('button', { name }).click();
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('heading').first().waitFor();
  return dialog;
}

/** As the councillor: their own profile, "Suggest a change", and the form. */
async function suggest(page: Page) {
  const profile = await openProfile(page, ME);
  await profile.getByRole('button', { name: 'Suggest a change to your profile' }).click();
  const form = page.getByRole('dialog', { name: 'Suggest a change to your profile' });
  await form.getByRole('button', { name: 'Send to Democratic Services' }).waitFor();
  return { profile, form };
}

/** Ticks a box (Fluent draws its own, over the native one), as a keyboard user would: focus, Space. */
async function tick(scope: ReturnType<Page['getByRole']>, name: string): Promise<void> {
  const box = scope.getByRole('checkbox', { name });
  await box.focus();
  await box.press('Space');
  expect(await box.isChecked()).toBe(true);
}

/** axe after the panel has slid in (mid-animation colours are not the page's). */
async function settled(page: Page): Promise<void> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
}

async function send(page: Page, form: ReturnType<Page['getByRole']>) {
  await form.getByRole('button', { name: 'Send to Democratic Services' }).click();
  await form.waitFor({ state: 'detached' });
  await page.getByText('Sent to Democratic Services: your request is shown below until they decide.').waitFor();
}

/** As Democratic Services: the rights are asked when a record is opened; then the requests. */
async function queue(page: Page) {
  await openProfile(page, 'Cllr Tom Ashby');
  await page.keyboard.press('Escape');
  await memberPart(page).getByRole('button', { name: /^Change requests from councillors: \d+ waiting/ }).click();
  const panel = page.getByRole('dialog', { name: 'Change requests from councillors' });
  await panel.getByRole('heading', { name: /^Waiting for a decision/ }).waitFor();
  return panel;
}

test('a councillor’s request, approved by Democratic Services, is then on their profile for everyone', async () => {
  const cllr = await open(`${wb.url}member-profiles`, 'councillor');
  // Not on someone else's profile.
  const other = await openProfile(cllr.page, 'Cllr Tom Ashby');
  expect(await other.getByRole('button', { name: 'Suggest a change to your profile' }).count()).toBe(0);
  await cllr.page.keyboard.press('Escape');
  await other.waitFor({ state: 'detached' });

  const { profile, form } = await suggest(cllr.page);
  expect(await form.getByLabel(/^First name/).count()).toBe(0);
  const skills = form.getByLabel('My skills, interests and expertise');
  await skills.fill('Logistics\nFleet management\nCycling and active travel');
  await settled(cllr.page);
  expect(await axeViolations(cllr.page, '[data-editor]')).toEqual([]);
  await send(cllr.page, form);
  const mine = profile.getByRole('region', { name: 'Your change requests' });
  await mine.getByText('Waiting for Democratic Services.').waitFor();
  // The profile is unchanged until it is approved.
  expect((await item('Members', 11)).Skills).not.toContain('Cycling and active travel');
  await cllr.context.close();

  const ds = await open(`${wb.url}member-profiles`, 'democratic-services');
  const panel = await queue(ds.page);
  const request = panel.getByRole('article').filter({ hasText: 'Cycling and active travel' });
  const row = request.getByRole('row', { name: /My skills, interests and expertise/ });
  expect(await row.getByRole('cell').last().textContent()).toBe('Logistics; Fleet management; Cycling and active travel');
  await settled(ds.page);
  expect(await axeViolations(ds.page, '[data-change-requests]')).toEqual([]);
  await request.getByRole('button', { name: `Approve the change request from ${ME}` }).click();
  await panel.getByText(`Approved: the change is on ${ME}’s profile.`).waitFor();
  expect((await item('Members', 11)).Skills).toBe('Logistics\nFleet management\nCycling and active travel');
  await ds.context.close();

  const officer = await open(wb.url, 'officer');
  const seen = await openProfile(officer.page, ME);
  await seen.getByText('Cycling and active travel').waitFor();
  await seen.getByText(/^Last updated on \d{1,2} \w+ \d{4}\.$/).waitFor();
  await officer.context.close();

  const again = await open(`${wb.url}member-profiles`, 'councillor');
  const own = await openProfile(again.page, ME);
  await own.getByRole('region', { name: 'Your change requests' }).getByText(/^Approved on .* by Helen Okafor: the change is on your profile\.$/).waitFor();
  await again.context.close();
}, 120000);

test('a request declined with a reason: the councillor sees the reason on their profile', async () => {
  const cllr = await open(`${wb.url}member-profiles`, 'councillor');
  const { form } = await suggest(cllr.page);
  await tick(form, 'Show my postal address on my profile');
  await send(cllr.page, form);
  await cllr.context.close();

  const ds = await open(`${wb.url}member-profiles`, 'democratic-services');
  const panel = await queue(ds.page);
  const request = panel.getByRole('article').filter({ has: ds.page.getByRole('row', { name: /Show my postal address/ }) });
  await request.getByRole('button', { name: `Decline the change request from ${ME}` }).click();
  await request.getByLabel('Why it is declined (the councillor will see this)').fill('Home addresses are published only after a safety check with us.');
  await request.getByRole('button', { name: 'Decline the request' }).click();
  await panel.getByText(`Declined: ${ME} will see your reason on their profile.`).waitFor();
  expect((await item('Members', 11)).PublishAddress).toBe(false);
  await ds.context.close();

  const again = await open(`${wb.url}member-profiles`, 'councillor');
  const own = await openProfile(again.page, ME);
  await own.getByText('Why: Home addresses are published only after a safety check with us.').waitFor();
  await again.context.close();
}, 120000);

test('a request whose profile changed meanwhile is shown as a conflict, and nothing is overwritten until chosen', async () => {
  const cllr = await open(`${wb.url}member-profiles`, 'councillor');
  const { form } = await suggest(cllr.page);
  await form.getByLabel('About me').fill('I manage a distribution centre at Central Park and coach a junior football team.');
  await send(cllr.page, form);
  await cllr.context.close();

  // Democratic Services change the same profile first, in the editor.
  const ds = await open(`${wb.url}member-profiles`, 'democratic-services');
  const profile = await openProfile(ds.page, ME);
  await profile.getByRole('button', { name: `Edit ${ME}’s profile and memberships` }).click();
  const editor = ds.page.getByRole('dialog', { name: `Edit ${ME}` });
  await editor.getByLabel('About me').fill('Portfolio Holder for Operations and Traded Services.');
  await editor.getByRole('button', { name: 'Save' }).click();
  await editor.waitFor({ state: 'detached' });
  await ds.page.keyboard.press('Escape');

  await memberPart(ds.page).getByRole('button', { name: /^Change requests from councillors: \d+ waiting/ }).click();
  const panel = ds.page.getByRole('dialog', { name: 'Change requests from councillors' });
  const request = panel.getByRole('article').filter({ hasText: 'coach a junior football team' });
  await request.getByText(/The profile has been changed since/).waitFor();
  await request.getByRole('button', { name: `Approve the change request from ${ME}` }).click();
  const conflict = request.getByRole('table', { name: `${ME}’s profile` });
  await conflict.waitFor();
  expect(await conflict.getByRole('columnheader').allTextContents()).toEqual(['Field', 'When you opened it', 'Your version', 'Their version', 'Keep']);
  expect((await item('Members', 11)).Biography).toBe('Portfolio Holder for Operations and Traded Services.');
  await conflict.getByRole('radio', { name: 'Keep yours' }).check({ force: true });
  await request.getByRole('button', { name: 'Save with these choices' }).click();
  await panel.getByText(`Approved: the change is on ${ME}’s profile.`).waitFor();
  expect((await item('Members', 11)).Biography).toBe('I manage a distribution centre at Central Park and coach a junior football team.');

  // The history says who changed what.
  await ds.page.keyboard.press('Escape');
  const again = await openProfile(ds.page, ME);
  await again.getByRole('button', { name: `Show the history of changes to ${ME}’s profile` }).click();
  const history = again.getByRole('list', { name: 'History of changes' });
  const latest = history.locator(':scope > li').first();
  await latest.getByText(/by Helen Okafor$/).waitFor();
  expect(await latest.textContent()).toContain('About me: from “Portfolio Holder for Operations and Traded Services.” to “I manage a distribution centre at Central Park and coach a junior football team.”');
  await ds.context.close();
}, 120000);

test('through the API, a councillor cannot decide their own request, change it, or change any profile: 403, and nothing changes', async () => {
  const sp = spFor(wb.siteUrl, 'councillor');
  const { Id } = await sp.web.lists.getByTitle('Change Requests').items.add({ Title: 'Mine', Changes: JSON.stringify([{ field: 'skills', old: [], new: ['Approve myself'] }]), BaseVersion: 1 });
  const refused = async (write: () => Promise<unknown>): Promise<number | undefined> => write().then(() => undefined, (e: { status?: number }) => e.status);
  const decisionsBefore = (await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Change Request Decisions').select('ItemCount')()).ItemCount;
  expect(await refused(() => sp.web.lists.getByTitle('Change Request Decisions').items.add({ Title: 'Approved', RequestId: Id, Decision: 'Approved' }))).toBe(403);
  expect(await refused(() => sp.web.lists.getByTitle('Change Requests').items.getById(Id).update({ Changes: '[]' }))).toBe(403);
  expect((await spFor(wb.siteUrl, 'owner').web.lists.getByTitle('Change Request Decisions').select('ItemCount')()).ItemCount).toBe(decisionsBefore);
  for (const id of [11, 1]) {
    const before = await item('Members', id);
    expect(await refused(() => sp.web.lists.getByTitle('Members').items.getById(id).update({ Skills: 'Approve myself' }))).toBe(403);
    expect(await item('Members', id)).toMatchObject({ Skills: before.Skills, Modified: before.Modified });
  }
  // and a request with a status, or for someone else's profile, is refused outright
  expect(await refused(() => sp.web.lists.getByTitle('Change Requests').items.add({ Title: 'x', Changes: '[]', BaseVersion: 1, Status: 'Approved' }))).toBe(400);
  expect(await refused(() => sp.web.lists.getByTitle('Change Requests').items.add({ Title: 'x', Changes: '[]', BaseVersion: 1, MemberId: 1 }))).toBe(400);
});

test('a liaison officer edits their own entry (screened as officer-owned text) and cannot edit anyone else’s', async () => {
  const { page, context } = await open(`${wb.url}officer-directory`, 'liaison-officer');
  await page.getByRole('tab', { name: 'Browse services' }).click();
  const waste = page.getByRole('article', { name: 'Waste and Recycling' });
  const button = waste.getByRole('button', { name: 'Edit what you can help with, as liaison officer for Waste and Recycling' });
  await button.waitFor();
  // Theirs alone: no Edit on any other entry, nor on the service.
  expect(await page.locator('[data-edit-button]').count()).toBe(1);
  await button.click();
  const form = page.getByRole('dialog', { name: 'Your liaison officer entry: Waste and Recycling' });
  const text = form.getByLabel('What I can help with');
  await text.fill('I run the collection rounds. Ask me for the Labour group about missed bins.');
  await text.blur();
  await form.getByRole('heading', { name: 'Why this cannot be saved here' }).waitFor();
  await form.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert', { name: 'There is a problem' }).waitFor();
  await text.fill('I run the collection rounds day to day: missed bins on a street, crews, and assisted collections.');
  await form.getByRole('button', { name: 'Save' }).click();
  await form.waitFor({ state: 'detached' });
  await context.close();

  const cllr = await open(`${wb.url}officer-directory`, 'councillor');
  await cllr.page.getByLabel('What do you need help with?').fill('bins');
  await cllr.page.getByText('I run the collection rounds day to day: missed bins on a street, crews, and assisted collections.').first().waitFor();
  await cllr.context.close();

  // Through the API: their own entry yes, anyone else's no.
  const entries = (await (await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Liaison Officers')/items?$select=Id,Profile,EditorId&$top=5000`, { headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' } })).json()) as { value: Array<{ Id: number; Profile: string; EditorId: number }> };
  const mine = entries.value.find((e) => e.Profile.startsWith('I run the collection rounds day to day'))!;
  expect(mine.EditorId).toBe(14);
  const other = entries.value.find((e) => e.Id !== mine.Id)!;
  const sp = spFor(wb.siteUrl, 'liaison-officer');
  const status = await sp.web.lists.getByTitle('Liaison Officers').items.getById(other.Id).update({ Profile: 'Not mine to change at all.' }).then(() => 200, (e: { status?: number }) => e.status);
  expect(status).toBe(403);
  expect((await item('Liaison Officers', other.Id)).Profile).toBe(other.Profile);
}, 120000);
