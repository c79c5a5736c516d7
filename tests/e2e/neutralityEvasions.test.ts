/**
 * Party-political text, written in every family of evasions a reader still sees through (look-alike
 * letters, full-width, accents, invisible characters, spaced, dotted, hyphenated and joined letters,
 * digits for letters, text reversed by a direction override, lower case, capitals, Title Case),
 * typed into the officer-owned fields of every list the officer pages show, then every officer page
 * and view opened in headless Chromium on the local workbench, as an officer and as a councillor.
 *
 * The oracle is what was planted, never the screener: each planted text, and every name, short name
 * and alias of the site's Political Groups, searched for in the page's HTML (text and attributes).
 * A control record per list, holding ordinary words in the same fields, must be found by the same
 * search, so the views visited do show those fields.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startTestWorkbench, type TestWorkbench } from '../support/browser';
import { spFor } from '../support/localServer';
import { EVASIONS, seeded, type Evasion } from '../unit/neutrality/support/evasions';
import { familiesFor, termSample } from '../unit/neutrality/support/generated';
import { ALL_TERMS, type Position, type Term } from '../unit/neutrality/support/terms';

let wb: TestWorkbench;
let browser: Browser;
let groupTerms: string[];

type Row = Record<string, unknown> & { Id: number };

/** One planted value: where it went and what it says. */
interface Plant {
  list: string;
  id: number;
  column: string;
  value: string;
  /** How it was written ('control': ordinary words, which must be seen). */
  family: Evasion | 'control';
}
const plants: Plant[] = [];
/** Surnames of the planted members, and the markers given to the planted officers, for finding them. */
const plantedMembers: string[] = [];
const plantedOfficers: string[] = [];
/** A topic word every planted service has, and each service's planted keyword (and the control's). */
const MARKER_TOPIC = 'zephyrwork';
const plantedKeywords: string[] = [];

const pick = seeded(20261122);
/** The national parties and this site's own groups (the unit tests' second council is not this site's). */
let terms: Term[] = [];
const FAMILIES = EVASIONS;
/** Record 0 of each list is the control; records 1–14 are planted, each field in every family across them. */
const RECORDS = 14;
const CONTROL = 0;

/**
 * Party-political text for record r, field f: every field sees every family across the records.
 * `max`: the column's length (SharePoint refuses longer), so a term that fits is chosen.
 */
function political(r: number, f: number, position: Position, max = 255): { value: string; family: Evasion } {
  const family = FAMILIES[(r + f) % FAMILIES.length];
  for (let tries = 0; tries < 1000; tries++) {
    const term: Term = terms[pick(terms.length)];
    if (!familiesFor(term).includes(family)) continue;
    const value = termSample(term, family, position, pick);
    if (value.length <= max) return { value, family };
  }
  throw new Error(`No term fits ${max} characters written as ${family}.`);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The page's HTML as the browser serialises it. */
async function html(page: Page): Promise<string> {
  return page.content();
}

/** As page.content() writes text and attribute values. */
function serialised(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Without invisible characters (so a value is found even if a serialiser or the data layer drops
 * or changes one of them): a plain removal of code points, not the product's normaliser.
 */
const INVISIBLE = /[\u00AD\u034F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFE00-\uFE0F\uFEFF]|[\u{E0000}-\u{E007F}]/gu;
const visible = (s: string): string => s.replace(INVISIBLE, '');

const seen = new Set<string>();
const leaks: string[] = [];

/**
 * Records what the page shows: any planted party-political text or group name is a leak; controls
 * are noted as seen. `within`: only those elements (where the page also echoes what the reader typed).
 */
async function check(page: Page, where: string, within?: string): Promise<void> {
  const h = within ? (await page.locator(within).evaluateAll((els) => els.map((e) => e.outerHTML))).join('\n') : await html(page);
  for (const p of plants) {
    const found = h.includes(serialised(p.value)) || h.includes(p.value.replace(/"/g, '&quot;')) || visible(h).includes(visible(serialised(p.value)));
    if (p.family === 'control') {
      if (found) seen.add(`${p.list}.${p.column}`);
    } else if (found) leaks.push(`${where}: ${p.list} item ${p.id}, ${p.column} (${p.family}): ${JSON.stringify(p.value)}`);
  }
  for (const t of groupTerms) {
    const m = new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRe(t)}(?![\\p{L}\\p{N}_])`, 'u').exec(h);
    if (m) leaks.push(`${where}: the group name "${t}"` + (process.env.DEBUG_LEAKS ? ` …${h.slice(Math.max(0, m.index - 300), m.index + 60)}…` : ''));
  }
}

async function plant(list: string, id: number, values: Record<string, { value: string; family: Evasion | 'control' } | unknown>): Promise<void> {
  const body: Record<string, unknown> = {};
  for (const [column, v] of Object.entries(values)) {
    if (v && typeof v === 'object' && 'family' in (v as object)) {
      const p = v as { value: string; family: Evasion | 'control' };
      body[column] = column === 'Skills' ? `Planning\n${p.value}` : column === 'Keywords' ? `${MARKER_TOPIC}, ${p.value}` : column === 'WebPage' ? { Url: p.value, Description: p.value } : p.value;
      plants.push({ list, id, column, value: p.value, family: p.family });
    } else body[column] = v;
  }
  await spFor(wb.siteUrl, 'owner').web.lists.getByTitle(list).items.getById(id).update(body);
}

const control = (what: string) => ({ value: `Kestrel ${what} Meadow`, family: 'control' as const });

beforeAll(async () => {
  [wb, browser] = await Promise.all([startTestWorkbench({ council: 'rugby' }), launchBrowser()]);
  const lists = spFor(wb.siteUrl, 'owner').web.lists;
  const read = (title: string, ...select: string[]) => lists.getByTitle(title).items.select('Id', ...select).top(5000)<Row[]>();
  const groups = await read('Political Groups', 'Title', 'ShortName', 'Aliases');
  groupTerms = Array.from(new Set(groups.flatMap((g) => [g.Title as string, (g.ShortName as string) ?? '', ...(((g.Aliases as string) ?? '').split(/\r?\n/))]).map((t) => t.trim()).filter(Boolean)));
  terms = ALL_TERMS.filter((t) => t.source === 'national' || groupTerms.includes(t.text));
  expect(terms.filter((t) => t.source === 'council').length).toBeGreaterThan(5);

  const [wards, bodies, members, memberships, services, liaison] = await Promise.all([
    read('Wards'),
    read('Bodies', 'Kind'),
    read('Members', 'FamilyName', 'Status'),
    read('Memberships', 'MemberId', 'BodyId', 'Role'),
    read('Service Areas'),
    read('Liaison Officers', 'ServiceAreaId', 'OfficerId', 'Role')
  ]);

  // Wards and bodies: their names and descriptions (and a body's web page).
  for (let r = CONTROL; r <= RECORDS; r++) {
    const c = r === CONTROL;
    await plant('Wards', wards[r].Id, c ? { Title: control('Ward'), Description: control('ward description') } : { Title: political(r, 0, 'bare'), Description: political(r, 1, 'sentence') });
    await plant('Bodies', bodies[r].Id, c ? { Title: control('Panel'), Description: control('panel description') } : { Title: political(r, 2, 'job-title'), Description: political(r, 3, 'sentence') });
  }

  // Councillors: their forms of address, letters after their names, address, skills and own statement;
  // and a post title on one of their seats. Those with a Cabinet portfolio first, so portfolios are planted too.
  const bodyKind = new Map(bodies.map((b) => [b.Id, b.Kind as string]));
  const current = members.filter((m) => m.Status === 'Current');
  const seatsOf = (id: number) => memberships.filter((m) => m.MemberId === id && bodyKind.get(m.BodyId as number) !== 'Council');
  const cabinet = (id: number) => seatsOf(id).find((m) => bodyKind.get(m.BodyId as number) === 'Cabinet' && m.Role === 'Portfolio Holder');
  const chosen = [...current.filter((m) => cabinet(m.Id)), ...current.filter((m) => !cabinet(m.Id))].slice(0, RECORDS + 1);
  for (let r = CONTROL; r <= RECORDS; r++) {
    const m = chosen[r];
    const c = r === CONTROL;
    await plant('Members', m.Id, c
      ? { Honorific: control('Title'), PreferredName: control('Known'), PostNominals: control('Letters'), PostalAddress: control('Address'), PublishAddress: true, Skills: control('Skill'), Biography: control('About') }
      : {
          Honorific: political(r, 4, 'bare', 20),
          PreferredName: political(r, 5, 'bare'),
          PostNominals: political(r, 6, 'bare', 50),
          PostalAddress: political(r, 7, 'sentence'),
          PublishAddress: true,
          Skills: political(r, 8, 'bare'),
          Biography: political(r, 9, 'sentence')
        });
    plantedMembers.push(m.FamilyName as string);
    const seat = cabinet(m.Id) ?? seatsOf(m.Id)[0];
    if (seat) await plant('Memberships', seat.Id, c ? { PostTitle: control('Post'), ...(cabinet(m.Id) ? { Portfolio: control('Portfolio') } : {}) } : { PostTitle: political(r, 10, 'job-title'), ...(cabinet(m.Id) ? { Portfolio: political(r, 11, 'bare') } : {}) });
  }

  // Services, their liaison officers' profiles, and those officers' names, job titles and locations.
  for (let r = CONTROL; r <= RECORDS; r++) {
    const s = services[r];
    const c = r === CONTROL;
    const keyword = c ? control('topic') : political(r, 12, 'bare');
    await plant('Service Areas', s.Id, c
      ? { Title: control('Service'), Directorate: control('Directorate'), Description: control('service description'), Keywords: keyword }
      : { Title: political(r, 13, 'job-title'), Directorate: political(r, 14, 'bare'), Description: political(r, 15, 'sentence'), Keywords: keyword });
    plantedKeywords.push(keyword.value);
    const l = liaison.find((x) => x.ServiceAreaId === s.Id && x.Role === 'Liaison Officer')!;
    await plant('Liaison Officers', l.Id, { Profile: c ? control('profile') : political(r, 16, 'sentence') });
    const marker = `Quillfeather${String.fromCharCode(97 + r)}`;
    plantedOfficers.push(marker);
    await plant('Officers', l.OfficerId as number, c
      ? { FamilyName: marker, GivenName: control('Given'), JobTitle: control('Job'), Location: control('Location') }
      : { FamilyName: marker, GivenName: political(r, 17, 'bare'), JobTitle: political(r, 18, 'job-title'), Location: political(r, 19, 'sentence') });
  }
}, 180000);

afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

const members = (page: Page) => page.locator('[data-webpart="member-profiles"]');
const officers = (page: Page) => page.locator('[data-webpart="officer-directory"]');

test('every planted family in every field is planted (SharePoint stored them all)', async () => {
  const families = new Set(plants.filter((p) => p.family !== 'control').map((p) => p.family));
  expect([...families].sort()).toEqual([...FAMILIES].sort());
  expect(plants.filter((p) => p.family !== 'control').length).toBeGreaterThan(200);
});

test('Member Profiles on an officer page: no planted text and no group name in any view, and every control is seen', async () => {
  const { page, context } = await openPage(browser, wb.url, { user: 'officer' });
  page.setDefaultTimeout(15000);
  const part = members(page);
  await part.getByRole('list', { name: 'All councillors' }).getByRole('listitem').first().waitFor();
  for (let more = part.getByRole('button', { name: /^Show \d+ more councillors?$/ }); (await more.count()) > 0; ) await more.click();
  await check(page, 'directory cards');
  await part.getByRole('button', { name: 'List' }).click();
  await check(page, 'directory list');
  await part.getByRole('button', { name: 'Cards' }).click();
  await part.getByRole('button', { name: /^Filters/ }).click();
  await check(page, 'directory filters');

  // Each planted councillor's profile, found by surname (their name as shown may be a notice).
  for (const surname of plantedMembers) {
    await part.getByLabel('Search councillors').fill(surname);
    const cards = part.getByRole('list', { name: 'All councillors' }).getByRole('listitem');
    await cards.first().getByRole('button').first().click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading').first().waitFor();
    await check(page, `profile (${surname})`);
    await page.keyboard.press('Escape');
    await dialog.getByRole('heading').first().waitFor({ state: 'detached' });
  }
  await part.getByLabel('Search councillors').fill('');

  // Every ward.
  await part.getByRole('tab', { name: 'By ward' }).click();
  const allWards = part.getByRole('region', { name: 'Or choose a ward' });
  const wardButtons = await allWards.getByRole('button').count();
  await check(page, 'all wards');
  for (let i = 0; i < wardButtons; i++) {
    await allWards.getByRole('button').nth(i).click();
    await part.getByRole('button', { name: 'Choose another ward' }).waitFor();
    await check(page, `ward ${i + 1}`);
    await part.getByRole('button', { name: 'Choose another ward' }).click();
  }

  // Every committee and body.
  await part.getByRole('tab', { name: 'By committee' }).click();
  const picker = part.getByRole('combobox', { name: 'Committee or body' });
  const values = await picker.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
  for (const v of values) {
    await picker.selectOption(v);
    await part.getByRole('heading', { level: 4 }).first().waitFor();
    await check(page, `body ${v}`);
  }
  await context.close();

  expect(leaks).toEqual([]);
  for (const field of ['Wards.Title', 'Wards.Description', 'Bodies.Title', 'Bodies.Description', 'Members.Honorific', 'Members.PreferredName', 'Members.PostNominals', 'Members.PostalAddress', 'Members.Skills', 'Members.Biography', 'Memberships.PostTitle', 'Memberships.Portfolio']) {
    expect([field, seen.has(field)]).toEqual([field, true]);
  }
}, 300000);

test('the Officer Directory, as a councillor: no planted text and no group name in any view, and every control is seen', async () => {
  const { page, context } = await openPage(browser, `${wb.url}officer-directory`, { user: 'councillor' });
  page.setDefaultTimeout(15000);
  const part = officers(page);
  const topic = part.getByRole('searchbox', { name: 'What do you need help with?' });
  await topic.waitFor();
  await page.waitForFunction(() => !document.querySelector('[role="progressbar"]'));
  await check(page, 'topic finder');

  // The marker every planted service has: all of them, with their liaison officers and profiles.
  await topic.fill(MARKER_TOPIC);
  await part.getByRole('button', { name: /^Show all \d+ matching services$/ }).click();
  await part.getByRole('list', { name: /match/ }).getByRole('article').nth(RECORDS).waitFor();
  await check(page, 'topic: every planted service');
  // Each planted keyword typed as it was written: the results ("Deals with:" shows what matched).
  // The search box and the count repeat what the reader typed, so only the results are searched.
  for (const k of plantedKeywords) {
    await topic.fill(k);
    await page.waitForTimeout(100);
    await check(page, `topic "${k}"`, '[data-webpart="officer-directory"] article');
  }
  await topic.fill('');
  // The ward picker.
  await check(page, 'ward picker');

  await part.getByRole('tab', { name: 'Browse services' }).click();
  await part.getByRole('navigation', { name: 'Jump to a directorate' }).waitFor();
  await check(page, 'browse services');

  await part.getByRole('tab', { name: 'Officer directory' }).click();
  const search = part.getByRole('searchbox', { name: 'Search officers' });
  for (const marker of plantedOfficers) {
    await search.fill(marker);
    const row = part.locator(`ul[data-query="${marker}"] li button`).first();
    await row.click();
    await part.getByRole('button', { name: /^Close/ }).first().waitFor();
    await check(page, `officer ${marker}`);
    await part.getByRole('button', { name: /^Close/ }).first().click();
  }
  await context.close();

  expect(leaks).toEqual([]);
  for (const field of ['Service Areas.Title', 'Service Areas.Directorate', 'Service Areas.Description', 'Service Areas.Keywords', 'Liaison Officers.Profile', 'Officers.GivenName', 'Officers.JobTitle', 'Officers.Location', 'Wards.Title']) {
    expect([field, seen.has(field)]).toEqual([field, true]);
  }
}, 300000);
