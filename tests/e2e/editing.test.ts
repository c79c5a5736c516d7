/**
 * Democratic Services keep the directory right, in headless Chromium on the local workbench:
 * an edit refused at the field and then saved, a party-political phrase blocked in a liaison
 * officer's profile, two browsers saving the same profile (the conflict shown, both changes
 * kept), a batch where SharePoint refuses one membership, and no Edit at all for an officer or a
 * councillor. What is saved is what an officer sees on reload.
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

type User = 'officer' | 'councillor' | 'democratic-services';

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

async function members(): Promise<Array<{ Id: number; GivenName: string; FamilyName: string; PreferredName: string | null }>> {
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Members')/items?$select=Id,GivenName,FamilyName,PreferredName&$top=5000`, {
    headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' }
  });
  return ((await res.json()) as { value: Array<{ Id: number; GivenName: string; FamilyName: string; PreferredName: string | null }> }).value;
}

async function cllr(id: number): Promise<string> {
  const m = (await members()).find((x) => x.Id === id)!;
  return `Cllr ${m.PreferredName ?? m.GivenName} ${m.FamilyName}`;
}

const memberPart = (page: Page) => page.locator('[data-webpart="member-profiles"]');

async function openProfile(page: Page, name: string): Promise<void> {
  await memberPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await memberPart(page).getByLabel('Search councillors').fill(name.replace(/^Cllr /, ''));
  await memberPart(page).getByRole('button', { name }).click();
  await page.getByRole('dialog', { name }).getByRole('heading').first().waitFor();
}

/** Opens the profile editor and waits for its fresh copy. */
async function editProfile(page: Page, name: string) {
  await openProfile(page, name);
  await page.getByRole('button', { name: `Edit ${name}’s profile and memberships` }).click();
  const editor = page.getByRole('dialog', { name: `Edit ${name}` });
  await editor.getByLabel('Letters after name').waitFor();
  return editor;
}

async function savedAnnouncement(page: Page): Promise<string> {
  const status = page.getByText(/^Saved: /);
  await status.waitFor({ state: 'attached' });
  return (await status.textContent()) ?? '';
}

test('an edit with a mistake is refused at the field and on save, then saved once right; an officer sees it on reload', async () => {
  const name = await cllr(4);
  const { page, context, errors } = await open(`${wb.url}member-profiles`, 'democratic-services');
  const editor = await editProfile(page, name);
  const email = editor.getByLabel(/^Council email/);
  await email.fill('nadia.hussain@');
  await email.blur();
  await editor.getByText('Council email must be an email address, like name@rugby.gov.uk.').waitFor();
  expect(await email.getAttribute('aria-invalid')).toBe('true');
  expect(await email.getAttribute('aria-describedby')).toMatch(/-email-error$/);
  await editor.getByRole('button', { name: 'Save' }).click();
  const summary = page.getByRole('alert', { name: 'There is a problem' });
  await summary.waitFor();
  await page.waitForFunction(() => document.activeElement?.getAttribute('role') === 'alert');
  expect(await axeViolations(page, '[data-editor]')).toEqual([]);
  expect(String((await item('Members', 4)).Email)).not.toBe('nadia.hussain@');

  await summary.getByRole('link', { name: /^Council email/ }).click();
  await page.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'nadia.hussain@');
  await page.keyboard.press('End');
  await page.keyboard.type('rugby.gov.uk');
  await editor.getByRole('button', { name: 'Save' }).click();
  expect(await savedAnnouncement(page)).toBe(`Saved: ${name}’s profile. The page now shows the change.`);
  expect((await item('Members', 4)).Email).toBe('nadia.hussain@rugby.gov.uk');
  // The profile under the editor shows the change once the page has read SharePoint again.
  await page.getByRole('dialog', { name }).getByRole('link', { name: /nadia\.hussain@rugby\.gov\.uk/ }).first().waitFor();
  expect(errors).toEqual([]);
  await context.close();

  const officer = await open(wb.url, 'officer');
  await openProfile(officer.page, name);
  await officer.page.getByRole('dialog', { name }).getByRole('link', { name: /nadia\.hussain@rugby\.gov\.uk/ }).first().waitFor();
  await officer.context.close();
}, 90000);

test('a party-political phrase is blocked in a liaison officer’s profile, with what was found and why', async () => {
  const { page, context } = await open(`${wb.url}officer-directory`, 'democratic-services');
  await page.getByRole('tab', { name: 'Browse services' }).click();
  const edit = page.getByRole('button', { name: /^Edit .*, liaison officer for Waste and Recycling$/ }).first();
  await edit.click();
  const editor = page.getByRole('dialog', { name: /^Edit liaison officer: / });
  const profile = editor.getByLabel(/^What I can help with/);
  await profile.waitFor();
  const before = await profile.inputValue();
  await profile.fill('I make sure Labour councillors hear back about missed bins within two working days.');
  await profile.blur();
  const why = editor.getByRole('heading', { name: 'Why this cannot be saved here' });
  await why.waitFor();
  const box = editor.locator('[id$="-profile-findings"]');
  expect(await box.textContent()).toContain('“Labour”');
  expect(await box.textContent()).toContain('Names one of the council’s political groups.');
  expect(await box.textContent()).toContain("Any clearly party-political communications must be through Members' own channels");
  await editor.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('alert', { name: 'There is a problem' }).getByText('What I can help with: “Labour” cannot be saved here.', { exact: false }).waitFor();
  expect(await axeViolations(page, '[data-editor]')).toEqual([]);
  // Nothing was written.
  const rows = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Liaison Officers')/items?$select=Profile`, { headers: { Accept: 'application/json;odata=nometadata' } });
  const profiles = ((await rows.json()) as { value: Array<{ Profile: string }> }).value.map((r) => r.Profile);
  expect(profiles).toContain(before);
  expect(profiles.some((p) => p.includes('Labour'))).toBe(false);
  // Esc asks before losing the change.
  await profile.press('Escape');
  await page.getByRole('alertdialog', { name: 'You have changes that are not saved' }).getByRole('button', { name: 'Discard my changes' }).click();
  await editor.waitFor({ state: 'detached' });
  await page.waitForFunction(() => /liaison officer for Waste and Recycling$/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
  await context.close();
}, 90000);

test('two people save the same profile: the second sees both versions field by field, and both changes are kept', async () => {
  const name = await cllr(5);
  const a = await open(`${wb.url}member-profiles`, 'democratic-services');
  const b = await open(`${wb.url}member-profiles`, 'democratic-services');
  const editorA = await editProfile(a.page, name);
  const editorB = await editProfile(b.page, name);
  await editorA.getByLabel('Phone', { exact: true }).fill('01788 533005');
  await editorA.getByRole('button', { name: 'Save' }).click();
  await savedAnnouncement(a.page);

  await editorB.getByLabel('Mobile', { exact: true }).fill('07700 900555');
  await editorB.getByRole('button', { name: 'Save' }).click();
  const report = b.page.getByRole('alert', { name: 'Someone else saved this while you were editing' });
  await report.waitFor();
  const table = editorB.getByRole('table');
  expect(await table.getByRole('rowheader').allTextContents()).toEqual(['PhoneChanged by them only', 'MobileChanged by you only']);
  const phoneRow = table.getByRole('row', { name: /^Phone/ });
  expect((await phoneRow.getByRole('cell').allTextContents()).slice(1, 3)).toEqual([expect.any(String), '01788 533005']);
  expect(await phoneRow.getByRole('radio', { name: 'Keep theirs' }).isChecked()).toBe(true);
  // Nothing of the first save was overwritten.
  expect(await item('Members', 5)).toMatchObject({ Phone: '01788 533005' });
  expect(await axeViolations(b.page, '[data-editor]')).toEqual([]);

  await editorB.getByRole('button', { name: 'Save with these choices' }).click();
  await savedAnnouncement(b.page);
  expect(await item('Members', 5)).toMatchObject({ Phone: '01788 533005', Mobile: '07700 900555' });
  await a.context.close();
  await b.context.close();

  const officer = await open(`${wb.url}member-profiles`, 'officer');
  await openProfile(officer.page, name);
  await officer.page.getByRole('dialog', { name }).getByRole('link', { name: /01788 533005/ }).first().waitFor();
  await officer.context.close();
}, 90000);

test('a batch where SharePoint refuses one membership says what was saved and what was not, and the rest is saved after', async () => {
  const owner = { Accept: 'application/json;odata=nometadata', 'Content-Type': 'application/json', 'X-Local-User': 'owner' };
  const digest = async (): Promise<string> =>
    ((await (await fetch(`${wb.siteUrl}/_api/contextinfo`, { method: 'POST', headers: owner })).json()) as { FormDigestValue: string }).FormDigestValue;
  const created = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Bodies')/items`, {
    method: 'POST',
    headers: { ...owner, 'X-RequestDigest': await digest() },
    body: JSON.stringify({ Title: 'Allotments Task Group', Kind: 'Task and Finish Group' })
  });
  const body = (await created.json()) as { Id: number };
  const name = await cllr(6);
  const { page, context } = await open(`${wb.url}member-profiles`, 'democratic-services');
  const editor = await editProfile(page, name);
  await editor.getByLabel('Letters after name').fill('CBE');
  await editor.getByRole('button', { name: 'Add a task and finish group' }).click();
  const row = editor.getByRole('list', { name: 'Task and finish groups' }).getByRole('listitem').filter({ hasText: /^New: / });
  await row.getByLabel(/^Body/).selectOption({ label: 'Allotments Task Group (Task and Finish Group)' });
  await editor.getByRole('button', { name: 'Add a committee' }).click();
  await editor.getByRole('list', { name: 'Committees' }).getByRole('listitem').filter({ hasText: /^New: / }).getByLabel(/^Body/).selectOption({ label: 'Audit and Ethics Committee (Committee)' });
  // Someone removes the task group before the save: SharePoint will refuse a membership of it.
  const removed = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Bodies')/items(${body.Id})`, {
    method: 'POST',
    headers: { ...owner, 'X-RequestDigest': await digest(), 'X-HTTP-Method': 'DELETE', 'IF-MATCH': '*' }
  });
  expect(removed.ok).toBe(true);
  await editor.getByRole('button', { name: 'Save' }).click();

  const report = page.getByRole('alert', { name: 'Some changes were saved and some were not.' });
  await report.waitFor();
  const text = (await report.textContent()) ?? '';
  expect(text).toContain(`Saved${name}’s profile`);
  expect(text).toContain('Member, Audit and Ethics Committee');
  expect(text).toContain('Not savedMember, Allotments Task Group was not saved: the body it points to no longer exists (it may have been deleted). Choose another and try again.');
  expect((await item('Members', 6)).PostNominals).toBe('CBE');
  expect(await row.getByLabel(/^Body/).getAttribute('aria-invalid')).toBe('true');

  await row.getByLabel(/^Body/).selectOption({ label: 'Cost of Living Task Group (Task and Finish Group)' });
  await editor.getByRole('button', { name: 'Try again with what was not saved' }).click();
  await savedAnnouncement(page);
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Memberships')/items?$filter=MemberId eq 6&$select=BodyId`, { headers: owner });
  const bodies = ((await res.json()) as { value: Array<{ BodyId: number }> }).value.map((m) => m.BodyId);
  expect(bodies).toEqual(expect.arrayContaining([6, 12]));
  expect(bodies).not.toContain(body.Id);
  await context.close();
}, 90000);

test.each([['an officer', 'officer'], ['a councillor', 'councillor']] as const)('%s sees no Edit anywhere: not on a profile, a committee, a ward, a service or a liaison officer', async (_who, user) => {
  const { page, context, apiRequests } = await open(`${wb.url}member-profiles`, user);
  const name = await cllr(1);
  await openProfile(page, name);
  await page.getByRole('dialog', { name }).getByRole('heading').first().waitFor();
  await page.keyboard.press('Escape');
  await memberPart(page).getByRole('tab', { name: 'By committee' }).click();
  await memberPart(page).getByRole('combobox', { name: 'Committee or body' }).selectOption({ label: 'Planning Committee' });
  await memberPart(page).getByRole('tab', { name: 'By ward' }).click();
  await memberPart(page).getByRole('button', { name: 'Hillmorton' }).click();
  // SharePoint was asked (once, after the first render) and said no.
  await page.waitForLoadState('networkidle');
  expect(apiRequests.length).toBe(2);
  expect(await page.locator('[data-edit-button]').count()).toBe(0);

  await page.goto(`${wb.url}officer-directory`);
  await page.getByRole('tab', { name: 'Browse services' }).click();
  await page.getByRole('heading', { name: 'Waste and Recycling' }).first().waitFor();
  await page.waitForLoadState('networkidle');
  expect(await page.locator('[data-edit-button]').count()).toBe(0);
  await context.close();
}, 90000);

test('for Democratic Services too, the first render is one request; who may edit is asked when a record is opened; a form reads only its record', async () => {
  const { page, context, apiRequests } = await open(`${wb.url}member-profiles`, 'democratic-services');
  await memberPart(page).getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await page.waitForLoadState('networkidle');
  expect(apiRequests).toEqual([expect.stringMatching(/^POST .*\/_api\/\$batch$/)]);
  const name = await cllr(2);
  await openProfile(page, name);
  await page.locator('[data-edit-button]').first().waitFor();
  // The rights, then (because SharePoint says they may decide them) the change requests waiting: two more.
  // (behind the open profile, so found by its mark rather than its role)
  await page.waitForFunction(() => /^Change requests \(\d+ waiting\)$/.test(document.querySelector('[data-change-requests-button]')?.textContent ?? ''));
  await page.waitForLoadState('networkidle');
  expect(apiRequests).toHaveLength(3);
  // Opening a form asks SharePoint for the record's fresh copy and nothing else: the profile with its memberships in one $batch.
  await page.getByRole('button', { name: `Edit ${name}’s profile and memberships` }).click();
  await page.getByRole('dialog', { name: `Edit ${name}` }).getByLabel('Letters after name').waitFor();
  await page.waitForLoadState('networkidle');
  expect(apiRequests).toHaveLength(4);
  expect(apiRequests[3]).toMatch(/^POST .*\/_api\/\$batch$/);
  await page.getByRole('dialog', { name: `Edit ${name}` }).getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: `Edit ${name}` }).waitFor({ state: 'detached' });
  await page.keyboard.press('Escape');
  await page.getByRole('dialog', { name }).waitFor({ state: 'detached' });
  // A ward's form: one GET of that item.
  await memberPart(page).getByRole('tab', { name: 'By ward' }).click();
  await memberPart(page).getByRole('button', { name: 'Benn' }).click();
  await memberPart(page).getByRole('button', { name: 'Edit the ward Benn' }).click();
  await page.getByRole('dialog', { name: 'Edit ward: Benn' }).getByLabel('Ward description').waitFor();
  await page.waitForLoadState('networkidle');
  expect(apiRequests).toHaveLength(5);
  expect(apiRequests[4]).toMatch(/^GET .*\/_api\/web\/lists\/getByTitle\('Wards'\)\/items\(\d+\)\?/);
  await context.close();
}, 60000);
