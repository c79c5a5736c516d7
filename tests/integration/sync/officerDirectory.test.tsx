/**
 * @jest-environment jsdom
 */
/**
 * After a sync, in the web part: the real Officer Directory root, with the real PnPjs repository,
 * reading the local site the sync wrote. A liaison officer whose account was disabled is never
 * shown to a councillor (nor found in the directory), and Democratic Services see the entry
 * flagged; one who moved service is flagged; Teams chat and the profile card use the user
 * principal name, not the list's email address.
 */
import * as React from 'react';
import { render, screen, waitFor, within, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { officerUserId } from '../../../local/graph';
import { PnPOfficerDirectoryRepository } from '../../../src/data/officers';
import { OfficerDirectory, type IPeopleCardService } from '../../../src/webparts/officerDirectory/components';
import { syncOfficersCommand } from '../../../tools/cli/sync-officers';
import { ActAs } from '../../support/localServer';
import { startGraphTestSite, type GraphTestSite } from '../../support/localGraph';
import { Writable } from 'node:stream';
import { DefaultHeaders, DefaultInit, RequestDigest, spfi } from '@pnp/sp';
import { BrowserFetchWithRetry, DefaultParse } from '@pnp/queryable';

let site: GraphTestSite;
const quiet = (): Writable => new Writable({ write: (_c, _e, done) => done() });

async function sync(): Promise<number> {
  return syncOfficersCommand(['--site', site.siteUrl, '--json'], { stdout: quiet(), stderr: quiet() }, { LOCAL_USER: 'owner' });
}

function repository(user: 'councillor' | 'democratic-services') {
  // The site's address as the web part class would hand it in; no IndexedDB in jsdom, so no officer cache.
  const sp = spfi(site.siteUrl).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry(), DefaultParse(), RequestDigest(), ActAs(user));
  return new PnPOfficerDirectoryRepository(sp, { siteUrl: `${site.siteUrl}?as=${user}`, officerCache: false, cacheMinutes: 0 });
}

async function loaded(): Promise<void> {
  await screen.findByRole('tab', { name: 'Find a liaison officer' }, { timeout: 10000 });
  await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument(), { timeout: 10000 });
}

/** The Waste and Recycling service's liaison officer and deputy, by the demo data. */
function wasteLiaison() {
  const service = site.data.serviceAreas.find((s) => s.title === 'Waste and Recycling')!;
  const [clo, deputy] = site.data.liaisonOfficers.filter((l) => l.serviceAreaId === service.id).map((l) => site.data.officers.find((o) => o.id === l.officerId)!);
  return { service, clo, deputy };
}
const nameOf = (o: { givenName: string; familyName: string }): string => `${o.givenName} ${o.familyName}`;

async function openService(title: string): Promise<HTMLElement> {
  await userEvent.click(screen.getByRole('tab', { name: 'Browse services' }));
  return (await screen.findByRole('heading', { name: title })).closest('article') as HTMLElement;
}

beforeAll(async () => {
  site = await startGraphTestSite({ site: 'demo' });
  const { clo, deputy } = wasteLiaison();
  // The liaison officer's account is disabled; the deputy signs in with a name that is not their email address.
  await site.changeUser(officerUserId(site.data, clo.id), { accountEnabled: false });
  await site.changeUser(officerUserId(site.data, deputy.id), { userPrincipalName: 'w.deputy@rugbygov.onmicrosoft.com' });
  expect(await sync()).toBe(0);
}, 60000);
afterAll(() => site.stop());
afterEach(cleanup);

it('a councillor never sees the liaison officer who left, nor finds them in the directory; the deputy is there, chatting by sign-in name', async () => {
  const { service, clo, deputy } = wasteLiaison();
  render(<OfficerDirectory repository={repository('councillor')} />);
  await loaded();
  const card = await openService(service.title);
  expect(within(card).queryByText(nameOf(clo))).not.toBeInTheDocument();
  expect(within(card).getByText(nameOf(deputy))).toBeInTheDocument();
  const teams = within(card).getByRole('link', { name: `Chat in Teams with ${nameOf(deputy)} (opens in a new tab)` });
  expect(teams.getAttribute('href')).toContain(encodeURIComponent('w.deputy@rugbygov.onmicrosoft.com'));
  expect(teams.getAttribute('href')).not.toContain(encodeURIComponent(deputy.email));
  expect(screen.queryByText(/has left the council/)).not.toBeInTheDocument();

  await userEvent.click(screen.getByRole('tab', { name: 'Officer directory' }));
  await userEvent.type(screen.getByRole('searchbox'), nameOf(clo));
  await waitFor(() => expect(screen.queryByRole('option', { name: new RegExp(nameOf(clo)) })).not.toBeInTheDocument());
  expect(screen.queryByRole('button', { name: new RegExp(`^${nameOf(clo)}`) })).not.toBeInTheDocument();
}, 30000);

it('Democratic Services see the leaver flagged on the liaison entry and in the editors\' notice', async () => {
  const { service, clo } = wasteLiaison();
  render(<OfficerDirectory repository={repository('democratic-services')} />);
  await loaded();
  const notice = await screen.findByText(/1 liaison entry needs attention/, undefined, { timeout: 10000 });
  expect(notice.closest('details')).toHaveTextContent(`${nameOf(clo)} (Councillor Liaison Officer, ${service.title}) has left the council`);
  const card = await openService(service.title);
  expect(within(card).getByText(new RegExp(`${nameOf(clo)} has left the council \\(since \\d+ \\w+ \\d{4}\\)\\. Councillors no longer see them here`))).toBeInTheDocument();
  // No way to contact someone who has left.
  expect(within(card).queryByRole('link', { name: `Email ${nameOf(clo)}` })).not.toBeInTheDocument();
}, 30000);

it('a liaison officer who moves service is flagged for Democratic Services, and the profile card opens by sign-in name', async () => {
  const { service, deputy } = wasteLiaison();
  const licensing = site.data.serviceAreas.find((s) => s.title === 'Licensing')!;
  await site.changeUser(officerUserId(site.data, deputy.id), { department: 'Licensing' });
  expect(await sync()).toBe(0);
  const cards: string[] = [];
  const peopleCard: IPeopleCardService = {
    render: (upn, content) => {
      cards.push(upn);
      return <span data-profile-card={upn}>{content}</span>;
    }
  };
  render(<OfficerDirectory repository={repository('democratic-services')} peopleCard={peopleCard} />);
  await loaded();
  expect(await screen.findByText(/2 liaison entries need attention/, undefined, { timeout: 10000 })).toBeInTheDocument();
  const card = await openService(service.title);
  expect(within(card).getByText(`${nameOf(deputy)} now works in ${licensing.title}. Check they are still the right liaison officer here.`)).toBeInTheDocument();
  expect(within(card).getByText(nameOf(deputy)).closest('[data-profile-card]')?.getAttribute('data-profile-card')).toBe('w.deputy@rugbygov.onmicrosoft.com');
  expect(cards).toContain('w.deputy@rugbygov.onmicrosoft.com');
  expect(cards).not.toContain(deputy.email);
}, 30000);
