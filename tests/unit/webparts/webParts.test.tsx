/**
 * @jest-environment jsdom
 *
 * The two SPFx web part classes, hosted as SharePoint hosts them (spfx.ts), with the real PnPjs
 * reading local SharePoint sites: constructed with a page context and a theme, rendered, their
 * property pane changed (not reactive: nothing is read until Apply; a site on another tenant is
 * refused), the tenant's directory site followed, caches kept per person and cleared on sign-out,
 * and disposed.
 */
import { screen, waitFor } from '@testing-library/react';
import { cacheIdentity, userKey } from '../../../src/data/core/cache';
import { DIRECTORY_SITE_KEY } from '../../../src/data/provisioning/tenantSettings';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { Site, startSite } from '../../integration/server/site';
import { DisplayMode, disposeAll, host, pageContext } from './spfx';

jest.mock('@microsoft/sp-webpart-base', () => jest.requireActual('./spfx').webpartBase);
jest.mock('@microsoft/sp-core-library', () => jest.requireActual('./spfx').coreLibrary);
jest.mock('@microsoft/sp-property-pane', () => jest.requireActual('./spfx').propertyPane);
jest.mock('@microsoft/sp-component-base', () => jest.requireActual('./spfx').componentBase);
jest.mock('@microsoft/sp-loader', () => jest.requireActual('./spfx').loader);
jest.mock('MemberProfilesWebPartStrings', () => jest.requireActual('./spfx').amdStrings('src/webparts/memberProfiles/loc/en-us.js'), { virtual: true });
jest.mock('OfficerDirectoryWebPartStrings', () => jest.requireActual('./spfx').amdStrings('src/webparts/officerDirectory/loc/en-us.js'), { virtual: true });

// eslint-disable-next-line @typescript-eslint/no-var-requires
const MemberProfilesWebPart = require('../../../src/webparts/memberProfiles/MemberProfilesWebPart').default;
// eslint-disable-next-line @typescript-eslint/no-var-requires
const OfficerDirectoryWebPart = require('../../../src/webparts/officerDirectory/OfficerDirectoryWebPart').default;

const rugby = rugbyDataset();
/** The directory site (Rugby's lists), and a site with none, on the same host. */
let directory: Site;
let empty: Site;

beforeAll(async () => {
  [directory, empty] = await Promise.all([startSite(), startSite({ bare: true })]);
  seedCouncil(directory.server, rugby);
});
afterAll(() => Promise.all([directory.stop(), empty.stop()]));
beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(disposeAll);

const PRIYA = 'i:0#.f|membership|priya.shah@council.local';
const current = rugby.members.filter((m) => (m.status ?? 'Current') === 'Current');
/** The councillor the directory shows first (A to Z by surname). */
const someone = [...current].sort((a, b) => a.familyName.localeCompare(b.familyName))[0];
const shown = (): RegExp => new RegExp(`Cllr [^C]*${someone.familyName}`);
const requests = (s: Site): number => s.server.requests.count;

test('Member Profiles: rendered for its page with the section\'s theme, re-rendered when the theme changes, and disposed', async () => {
  const theme = { palette: { themePrimary: '#7a1f5c' }, semanticColors: { bodyBackground: '#ffffff' } };
  const wp = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Find a councillor', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }), theme });
  expect(await screen.findByRole('heading', { name: 'Find a councillor' })).toBeInTheDocument();
  expect(await screen.findAllByText(shown())).not.toHaveLength(0);
  expect(screen.getByText(`${current.length} councillors`)).toBeInTheDocument();
  // the section's theme reaches the React tree (Fluent's ThemeProvider writes it as CSS variables)
  expect(wp.element.innerHTML).toMatch(/#7a1f5c/i);
  const before = wp.renders();
  wp.setTheme({ palette: { themePrimary: '#005a9e' }, semanticColors: { bodyBackground: '#ffffff' } });
  expect(wp.renders()).toBeGreaterThan(before);
  await waitFor(() => expect(wp.element.innerHTML).toMatch(/#005a9e/i));
  wp.setDisplayMode(DisplayMode.Edit);
  expect(screen.getByRole('heading', { name: 'Find a councillor' })).toBeInTheDocument();
  wp.dispose();
  expect(wp.element.childElementCount).toBe(0);
  expect(screen.queryByRole('heading', { name: 'Find a councillor' })).toBeNull();
});

test('the property pane is not reactive: a new site is read only after Apply; closing without Apply keeps the old one', async () => {
  const wp = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Councillors', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: empty.siteUrl, loginName: PRIYA }) });
  // the page's own site has no lists: the web part says it cannot find them
  await waitFor(() => expect(wp.element.textContent).toMatch(/could not|not found|missing|cannot/i));
  const emptyBefore = requests(empty);
  const directoryBefore = requests(directory);
  expect(await wp.changeField('siteUrl', directory.siteUrl)).toBe('');
  // typed, not applied: nothing read, nothing re-rendered
  await new Promise((r) => setTimeout(r, 200));
  expect(requests(directory)).toBe(directoryBefore);
  wp.closePane();
  expect(wp.webPart.properties.siteUrl).toBe('');
  expect(await wp.changeField('siteUrl', directory.siteUrl)).toBe('');
  wp.apply();
  expect(await screen.findAllByText(shown())).not.toHaveLength(0);
  expect(requests(directory)).toBeGreaterThan(directoryBefore);
  expect(requests(empty)).toBe(emptyBefore);
  wp.dispose();
});

test('a site on another tenant, or not https, is refused with the reason, and never read', async () => {
  const wp = await host(OfficerDirectoryWebPart, { properties: { siteUrl: '', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }) });
  const field = wp.fields().find((f) => f.targetProperty === 'siteUrl')!;
  expect(field.properties).toMatchObject({ label: 'Site that holds the directory lists', deferredValidationTime: 500 });
  expect(await wp.changeField('siteUrl', 'https://othercouncil.sharepoint.com/sites/directory')).toBe(
    "The site must be on this council's SharePoint (" + new URL(directory.siteUrl).host + `): enter an address that starts with http://${new URL(directory.siteUrl).host}/, or just its path, like /sites/directory.`
  );
  expect(await wp.changeField('siteUrl', 'javascript:alert(1)')).toMatch(/must start with https:\/\//);
  expect(wp.webPart.properties.siteUrl).toBe('');
  // a path on this tenant is fine
  expect(await wp.changeField('siteUrl', '/sites/council')).toBe('');
  wp.dispose();
});

test('with the tenant setting, a web part on any site reads the directory site; its own property pane still wins', async () => {
  await directory.sp('owner').web.setStorageEntity(DIRECTORY_SITE_KEY, directory.siteUrl);
  // the setting is read from the site the page is on: the local tenant's properties live with each local server
  await empty.sp('owner').web.setStorageEntity(DIRECTORY_SITE_KEY, directory.siteUrl);
  try {
    const wp = await host(OfficerDirectoryWebPart, { properties: { siteUrl: '', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: empty.siteUrl, loginName: PRIYA }) });
    await waitFor(() => expect(wp.element.textContent).toMatch(/Find a liaison officer|liaison/i));
    // the wards offered come from the directory site's lists
    expect(await screen.findByRole('option', { name: rugby.wards[0].title })).toBeInTheDocument();
    wp.dispose();
    const own = await host(OfficerDirectoryWebPart, { properties: { siteUrl: empty.siteUrl, channel: 'officer-owned' }, pageContext: pageContext({ webUrl: empty.siteUrl, loginName: PRIYA }) });
    await waitFor(() => expect(own.element.textContent).toMatch(/could not|not found|missing|cannot/i));
    own.dispose();
  } finally {
    await directory.sp('owner').web.removeStorageEntity(DIRECTORY_SITE_KEY);
    await empty.sp('owner').web.removeStorageEntity(DIRECTORY_SITE_KEY);
  }
});

test('caches belong to the person signed in: the next person on the browser finds nothing of theirs, and signing out clears them', async () => {
  const TOM = 'i:0#.f|membership|tom.hargreaves@council.local';
  const first = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Councillors', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }) });
  await screen.findAllByText(shown());
  const ours = (): string[] => Object.keys(sessionStorage).filter((k) => k.startsWith('council-directory:'));
  expect(ours().length).toBeGreaterThan(0);
  expect(ours().every((k) => k.startsWith(`council-directory:${userKey(PRIYA)}:`))).toBe(true);
  // no login is written into the browser's storage
  expect(JSON.stringify(Object.keys(sessionStorage))).not.toMatch(/priya/i);
  first.dispose();

  const second = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Councillors', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: TOM }) });
  expect(cacheIdentity().user).toBe(userKey(TOM));
  expect(ours().some((k) => k.startsWith(`council-directory:${userKey(PRIYA)}:`))).toBe(false);
  await screen.findAllByText(shown());
  expect(ours().length).toBeGreaterThan(0);

  // Microsoft 365's "Sign out" in the page's header
  const signOut = document.createElement('a');
  signOut.href = `${directory.siteUrl}/_layouts/15/SignOut.aspx`;
  signOut.addEventListener('click', (e) => e.preventDefault());
  document.body.appendChild(signOut);
  signOut.click();
  expect(ours()).toEqual([]);
  second.dispose();
  signOut.remove();
});

test('nothing of the directory is kept past the browser session unless the council opts in', async () => {
  const wp = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Councillors', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }) });
  await screen.findAllByText(shown());
  expect(Object.keys(localStorage).filter((k) => k.startsWith('council-directory:'))).toEqual([]);
  wp.dispose();
  await directory.sp('owner').web.setStorageEntity('CouncilDirectoryKeepCacheAcrossSessions', 'true');
  sessionStorage.clear();
  try {
    const kept = await host(MemberProfilesWebPart, { properties: { siteUrl: '', title: 'Councillors', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }) });
    await screen.findAllByText(shown());
    expect(cacheIdentity().keepAcrossSessions).toBe(true);
    expect(Object.keys(localStorage).filter((k) => k.startsWith(`council-directory:${userKey(PRIYA)}:`)).length).toBeGreaterThan(0);
    kept.dispose();
  } finally {
    await directory.sp('owner').web.removeStorageEntity('CouncilDirectoryKeepCacheAcrossSessions');
  }
});

test('Officer Directory: rendered, its channel fixed to officer-owned in the pane, disposed', async () => {
  const wp = await host(OfficerDirectoryWebPart, { properties: { siteUrl: '', channel: 'officer-owned' }, pageContext: pageContext({ webUrl: directory.siteUrl, loginName: PRIYA }) });
  expect(await screen.findByRole('heading', { name: 'Officer Directory' })).toBeInTheDocument();
  expect(await screen.findByRole('option', { name: rugby.wards[0].title })).toBeInTheDocument();
  expect(wp.fields().find((f) => f.targetProperty === 'channel' && f.type === 'TextField')?.properties).toMatchObject({ disabled: true });
  wp.dispose();
  expect(wp.element.childElementCount).toBe(0);
});
