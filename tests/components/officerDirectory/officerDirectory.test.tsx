/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components';
import { FakeRepository, rugby } from './fakeRepository';
import type { DemoDataset } from '../../../local/demo';

async function axeViolations(container: HTMLElement): Promise<string[]> {
  const results = await axe.run(container, { rules: { region: { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

function renderDirectory(repo: FakeRepository) {
  return render(<OfficerDirectory repository={repo} />);
}

async function loaded(options: { officers?: boolean } = {}): Promise<void> {
  await screen.findByRole('tab', { name: 'Find a liaison officer' });
  // Officers load in the background; wait for them, so that no update lands after the test.
  if (options.officers !== false) await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
}

/** The service cards of the topic results, in order. */
function resultTitles(): string[] {
  const list = screen.queryByRole('list', { name: /match/ });
  if (!list) return [];
  return within(list)
    .getAllByRole('article')
    .map((a) => within(a).getByRole('heading', { level: 3 }).textContent ?? '');
}

beforeEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('tabs and loading', () => {
  it('shows the loading state, then three tabs that work with the arrow keys, and passes axe on each', async () => {
    const repo = new FakeRepository();
    const { container } = renderDirectory(repo);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the officer directory…');
    await loaded();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['Find a liaison officer', 'Browse services', 'Officer directory']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    expect(await axeViolations(container)).toEqual([]);

    tabs[0].focus();
    fireEvent.keyDown(tabs[0], { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Browse services' })).toHaveAttribute('aria-selected', 'true');
    expect(document.activeElement).toBe(screen.getByRole('tab', { name: 'Browse services' }));
    expect(screen.getByRole('tabpanel', { name: 'Browse services' })).toBeVisible();
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Officer directory' })).toHaveAttribute('aria-selected', 'true');
    await screen.findByText('300 officers');
    expect(await axeViolations(container)).toEqual([]);

    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Find a liaison officer' })).toHaveAttribute('aria-selected', 'true');
    // Only the selected tab is in the tab order.
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
  }, 90000);

  it('says clearly when SharePoint is busy, and "Try again" loads the directory', async () => {
    const repo = new FakeRepository({ failLoads: 1, failKind: 'throttled' });
    renderDirectory(repo);
    // The shared StatusMessage (Fluent's MessageBar) is loaded on demand for failures.
    await waitFor(() => expect(document.querySelector('.ms-MessageBar')).not.toBeNull());
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('The officer directory could not be loaded. SharePoint is busy and asked us to slow down. Wait a minute, then try again.')
    );
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await loaded();
    expect(repo.loads).toBe(2);
  });

  it('names a missing list problem in plain English', async () => {
    renderDirectory(new FakeRepository({ failLoads: 5, failKind: 'not-found' }));
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The directory lists are not on this site. Check the site address in the web part settings.'));
  });

  it('keeps what it has when officers stop loading part way, and resumes on "Try again"', async () => {
    const repo = new FakeRepository({ failStreamAfter: 100, chunk: 100 });
    renderDirectory(repo);
    await loaded({ officers: false });
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent('Some officers are missing. 100 officers are shown, but the rest could not be loaded. SharePoint is busy');
    await userEvent.click(screen.getByRole('tab', { name: 'Officer directory' }));
    expect(screen.getByText('100 officers')).toBeInTheDocument();
    await userEvent.click(within(warning).getByRole('button', { name: 'Try again' }));
    await screen.findByText('300 officers');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows progress while officers load, and "Refresh" reads SharePoint again', async () => {
    const repo = new FakeRepository({ holdAfter: 100, chunk: 100 });
    renderDirectory(repo);
    await loaded({ officers: false });
    const bar = await screen.findByRole('progressbar', { name: 'Loading officers… 100 of about 300' });
    expect(bar).toHaveAttribute('aria-valuenow', '100');
    act(() => repo.release());
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByText('Up to date as of 09:30.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh the directory from SharePoint' }));
    await waitFor(() => expect(repo.refreshes).toBe(1));
    await waitFor(() => expect(repo.loads).toBe(2));
    await screen.findByRole('button', { name: 'Refresh the directory from SharePoint' });
  });

  it('when Refresh fails it keeps showing what it had, and says so', async () => {
    const repo = new FakeRepository({ failLoadNumbers: [2], failKind: 'network' });
    renderDirectory(repo);
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: 'Refresh the directory from SharePoint' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The directory could not be refreshed, so it shows what was loaded before. SharePoint could not be reached.');
    expect(screen.getByRole('tab', { name: 'Find a liaison officer' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
    expect(repo.loads).toBe(3);
  });

  it('when the site address is wrong it says so, and reads nothing', async () => {
    render(<OfficerDirectory configurationProblem="The site address must start with https://." />);
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('Not configured. The site address must start with https://.'));
  });
});

describe('find a liaison officer (the councillor’s task)', () => {
  it('"bins" finds Waste and Recycling first, with its liaison officer and deputy, profiles and contacts', async () => {
    const data = rugby();
    renderDirectory(new FakeRepository());
    await loaded();
    await userEvent.type(screen.getByLabelText('What do you need help with?'), 'bins');
    await waitFor(() => expect(resultTitles()[0]).toBe('Waste and Recycling'));
    const card = screen.getAllByRole('article')[0];
    const waste = data.serviceAreas.find((s) => s.title === 'Waste and Recycling')!;
    const [clo, deputy] = ['Liaison Officer', 'Deputy Liaison Officer'].map((role) => {
      const l = data.liaisonOfficers.find((x) => x.serviceAreaId === waste.id && x.role === role)!;
      return { l, o: data.officers.find((o) => o.id === l.officerId)! };
    });
    for (const { l, o } of [clo, deputy]) {
      const name = `${o.givenName} ${o.familyName}`;
      expect(within(card).getByRole('heading', { level: 4, name })).toBeInTheDocument();
      expect(within(card).getByText(o.jobTitle)).toBeInTheDocument();
      expect(within(card).getByText(l.profile)).toBeInTheDocument();
      const contact = within(card).getByRole('list', { name: `Contact ${name}` });
      expect(within(contact).getByRole('link', { name: `Email ${name} at ${o.email}` })).toHaveAttribute('href', `mailto:${o.email}`);
      expect(within(card).getByRole('link', { name: `Chat in Teams with ${name} (opens in a new tab)` })).toHaveAttribute(
        'href',
        `https://teams.microsoft.com/l/chat/0/0?users=${encodeURIComponent(o.email)}`
      );
    }
    expect(within(card).getByText('Councillor Liaison Officer')).toBeInTheDocument();
    expect(within(card).getByText('Deputy Liaison Officer')).toBeInTheDocument();
    expect(within(card).getByText(/Deals with: bins/)).toBeInTheDocument();
  });

  it.each([
    ['fly tipping', 'Street Cleansing'],
    ['council tax', 'Council Tax'],
    ['planning enforcement', 'Planning Enforcement'],
    ['housing repairs', 'Housing Repairs'],
    ['licensing', 'Licensing'],
    ['lisencing', 'Licensing'],
    ['rubbish', 'Waste and Recycling']
  ])('"%s" ranks %s first', async (topic, title) => {
    renderDirectory(new FakeRepository());
    await loaded();
    await userEvent.type(screen.getByLabelText('What do you need help with?'), topic);
    await waitFor(() => expect(resultTitles()[0]).toBe(title));
  });

  it('a popular topic fills the box; a County Council topic says so', async () => {
    renderDirectory(new FakeRepository());
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: 'fly-tipping' }));
    expect(screen.getByLabelText('What do you need help with?')).toHaveValue('fly-tipping');
    expect(resultTitles()[0]).toBe('Street Cleansing');
    const box = screen.getByLabelText('What do you need help with?');
    await userEvent.clear(box);
    await userEvent.type(box, 'potholes');
    expect(screen.getByText(/Looking for roads, pavements, potholes, gritting and road drainage\? These are usually County Council services/)).toBeInTheDocument();
  });

  it('a ward narrows to the liaison officers who cover it (those with no wards cover all)', async () => {
    const data = rugby();
    renderDirectory(new FakeRepository());
    await loaded();
    await userEvent.type(screen.getByLabelText('What do you need help with?'), 'planning enforcement');
    await waitFor(() => expect(resultTitles()[0]).toBe('Planning Enforcement'));
    const service = data.serviceAreas.find((s) => s.title === 'Planning Enforcement')!;
    const names = (role: string): string => {
      const l = data.liaisonOfficers.find((x) => x.serviceAreaId === service.id && x.role === role)!;
      const o = data.officers.find((x) => x.id === l.officerId)!;
      return `${o.givenName} ${o.familyName}`;
    };
    const card = (): HTMLElement => screen.getAllByRole('article')[0];
    const people = (): string[] => within(card()).getAllByRole('heading', { level: 4 }).map((h) => h.textContent ?? '').filter((t) => t !== 'Team contacts');
    expect(people()).toEqual([names('Liaison Officer'), names('Deputy Liaison Officer')]);
    expect(within(card()).getAllByText(/^Covers: /)[0]).toHaveTextContent(/^Covers: Admirals and Cawston; Benn; Bilton; Coton and Boughton; Eastlands;/);

    await userEvent.selectOptions(screen.getByLabelText('Your ward (optional)'), 'Dunsmore');
    expect(screen.getByText('Showing the liaison officers who cover Dunsmore.')).toBeInTheDocument();
    expect(people()).toEqual([names('Deputy Liaison Officer')]);
    await userEvent.selectOptions(screen.getByLabelText('Your ward (optional)'), 'Benn');
    expect(people()).toEqual([names('Liaison Officer')]);
    // Waste and Recycling's liaison officers cover every ward: a ward leaves them in place.
    await userEvent.clear(screen.getByLabelText('What do you need help with?'));
    await userEvent.type(screen.getByLabelText('What do you need help with?'), 'bins');
    expect(within(card()).getAllByText('Covers all wards')).toHaveLength(2);
  });
});

describe('officer-owned text is screened', () => {
  function withPartyProfile(): { data: DemoDataset; name: string } {
    const base = rugby();
    const waste = base.serviceAreas.find((s) => s.title === 'Waste and Recycling')!;
    const clo = base.liaisonOfficers.find((l) => l.serviceAreaId === waste.id && l.role === 'Liaison Officer')!;
    const o = base.officers.find((x) => x.id === clo.officerId)!;
    const data: DemoDataset = {
      ...base,
      liaisonOfficers: base.liaisonOfficers.map((l) =>
        l.id === clo.id ? { ...l, profile: 'Vote Labour on 2 May! Under the Tories the bins were never collected.' } : l
      ),
      serviceAreas: base.serviceAreas.map((s) =>
        s.id === waste.id ? { ...s, description: 'Bin collections, now better thanks to the Rugby Liberal Democrats. #VoteLibDem' } : s
      )
    };
    return { data, name: `${o.givenName} ${o.familyName}` };
  }

  it('a profile or description that fails is withheld: readers see that it is being reviewed, and no party text', async () => {
    const { data } = withPartyProfile();
    const repo = new FakeRepository({ data, canEdit: false });
    const { container } = renderDirectory(repo);
    await loaded();
    await userEvent.type(screen.getByLabelText('What do you need help with?'), 'bins');
    await waitFor(() => expect(resultTitles()[0]).toBe('Waste and Recycling'));
    const card = screen.getAllByRole('article')[0];
    // The profile and the description are each replaced by the neutral notice.
    expect(within(card).getAllByText('This text is not shown on this page because it may contain party-political content.')).toHaveLength(2);
    await waitFor(() => expect(repo.permissionChecks).toBe(1));
    expect(screen.queryByText(/For editors/)).not.toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/Labour|Tories|Liberal Democrats|VoteLibDem/);
  });

  it('editors (who can edit the Liaison Officers list) are told what to fix, still without the party text', async () => {
    const { data } = withPartyProfile();
    const repo = new FakeRepository({ data, canEdit: true });
    const { container } = renderDirectory(repo);
    await loaded();
    expect(await screen.findByText(/2 texts are not shown on this page because they contain party-political content/)).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('What do you need help with?'), 'bins');
    await waitFor(() => expect(resultTitles()[0]).toBe('Waste and Recycling'));
    expect(screen.getByText(/For editors: Contains electioneering .* Names one of the council’s political groups\./)).toBeInTheDocument();
    expect(container.innerHTML).not.toMatch(/Labour|Tories|Liberal Democrats|VoteLibDem/);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('does not ask about editing rights when nothing is withheld', async () => {
    const repo = new FakeRepository();
    renderDirectory(repo);
    await loaded();
    await new Promise((r) => setTimeout(r, 20));
    expect(repo.permissionChecks).toBe(0);
  });
});

describe('browse services', () => {
  it('groups every service by directorate with its liaison officer, description and team contacts', async () => {
    const data = rugby();
    renderDirectory(new FakeRepository());
    await loaded();
    await userEvent.click(screen.getByRole('tab', { name: 'Browse services' }));
    const panel = screen.getByRole('tabpanel', { name: 'Browse services' });
    const directorates = [...new Set(data.serviceAreas.map((s) => s.directorate))].sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent?.replace(/ \(\d+ services?\)$/, ''))).toEqual(directorates);
    expect(within(panel).getAllByRole('article')).toHaveLength(data.serviceAreas.length);
    const council = within(panel).getByRole('article', { name: 'Council Tax' });
    const service = data.serviceAreas.find((s) => s.title === 'Council Tax')!;
    expect(within(council).getByText(service.description!)).toBeInTheDocument();
    expect(within(council).getByRole('list', { name: 'Contact the Council Tax team' })).toBeInTheDocument();
    expect(within(council).getByText('Councillor Liaison Officer')).toBeInTheDocument();
    // The jump links move focus to the directorate.
    await userEvent.click(within(panel).getByRole('link', { name: 'Legal and Governance' }));
    expect(document.activeElement).toHaveTextContent('Legal and Governance');
  });
});

describe('officer directory (the officer’s task)', () => {
  async function openDirectory(): Promise<HTMLElement> {
    await userEvent.click(screen.getByRole('tab', { name: 'Officer directory' }));
    await screen.findByText('300 officers');
    return screen.getByRole('tabpanel', { name: 'Officer directory' });
  }
  const rowNames = (): string[] => within(screen.getByRole('list', { name: 'Officers' })).queryAllByRole('button').map((b) => b.textContent ?? '');

  it('renders a window of the list, not every row', async () => {
    renderDirectory(new FakeRepository());
    await loaded();
    await openDirectory();
    const list = screen.getByRole('list', { name: 'Officers' });
    const items = within(list).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(5);
    expect(items.length).toBeLessThan(30);
    expect(items[0]).toHaveAttribute('aria-setsize', '300');
    expect(items[0]).toHaveAttribute('aria-posinset', '1');
    expect((list as HTMLElement).style.height).toBe(`${300 * 60}px`);
  });

  it('searches as you type over name, job title, service and topic', async () => {
    const data = rugby();
    renderDirectory(new FakeRepository());
    await loaded();
    await openDirectory();
    const box = screen.getByLabelText('Search officers');
    await userEvent.type(box, 'planning enforcement team leader');
    const leader = data.officers.find((o) => o.jobTitle === 'Planning Enforcement Team Leader')!;
    await waitFor(() => expect(rowNames()).toEqual([`${leader.givenName} ${leader.familyName}`]));
    expect(screen.getByText('1 of 300 officers')).toBeInTheDocument();

    await userEvent.clear(box);
    await userEvent.type(box, leader.familyName.slice(0, 4).toLowerCase());
    await waitFor(() => expect(rowNames()[0]).toMatch(new RegExp(leader.familyName.slice(0, 4))));

    // A topic finds the service's officers.
    await userEvent.clear(box);
    await userEvent.type(box, 'fly-tipping');
    const street = data.serviceAreas.find((s) => s.title === 'Street Cleansing')!;
    const inStreet = data.officers.filter((o) => o.serviceAreaId === street.id);
    await waitFor(() => expect(screen.getByRole('list', { name: 'Officers' })).toHaveAttribute('data-count', String(inStreet.length)));
    expect(rowNames().every((n) => inStreet.some((o) => `${o.givenName} ${o.familyName}` === n))).toBe(true);
  });

  it('filters by directorate and service area, and by surname letter', async () => {
    const data = rugby();
    renderDirectory(new FakeRepository());
    await loaded();
    await openDirectory();
    await userEvent.selectOptions(screen.getByLabelText('Directorate'), 'Legal and Governance');
    const inDirectorate = data.officers.filter((o) => data.serviceAreas.find((s) => s.id === o.serviceAreaId)?.directorate === 'Legal and Governance');
    expect(screen.getByText(`${inDirectorate.length} of 300 officers`)).toBeInTheDocument();
    const services = within(screen.getByLabelText('Service area')).getAllByRole('option').map((o) => o.textContent);
    expect(services).toEqual(['All service areas', 'Democratic Services', 'Electoral Services', 'HR and Payroll', 'Legal Services']);
    await userEvent.selectOptions(screen.getByLabelText('Service area'), 'Electoral Services');
    const electoral = data.serviceAreas.find((s) => s.title === 'Electoral Services')!;
    expect(screen.getByText(`${data.officers.filter((o) => o.serviceAreaId === electoral.id).length} of 300 officers`)).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await userEvent.click(screen.getByRole('button', { name: 'Surnames starting with B' }));
    const b = data.officers.filter((o) => o.familyName.startsWith('B')).sort((x, y) => x.familyName.localeCompare(y.familyName) || x.givenName.localeCompare(y.givenName));
    expect(screen.getByText(`${b.length} of 300 officers`)).toBeInTheDocument();
    expect(rowNames()[0]).toBe(`${b[0].givenName} ${b[0].familyName}`);
    expect(screen.getByRole('button', { name: 'Surnames starting with B' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves through the list with the arrow keys and opens a card with Enter; Escape closes it', async () => {
    renderDirectory(new FakeRepository());
    await loaded();
    await openDirectory();
    const first = within(screen.getByRole('list', { name: 'Officers' })).getAllByRole('button')[0];
    first.focus();
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement).toBe(within(screen.getByRole('list', { name: 'Officers' })).getAllByRole('button')[1]));
    fireEvent.keyDown(document.activeElement as Element, { key: 'End' });
    await waitFor(() => expect(document.activeElement?.closest('li')).toHaveAttribute('aria-posinset', '300'));
    const last = document.activeElement as HTMLButtonElement;
    await userEvent.keyboard('{Enter}');
    const card = await screen.findByRole('region', { name: `${last.textContent}` });
    expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 3 }));
    expect(window.location.search).toMatch(/^\?officer=\d+$/);
    fireEvent.keyDown(document.activeElement as Element, { key: 'Escape' });
    expect(screen.queryByRole('region', { name: `${last.textContent}` })).not.toBeInTheDocument();
    expect(window.location.search).toBe('');
  });

  it('opens the card of ?officer=<id>, keeps other parameters, and passes axe', async () => {
    const data = rugby();
    const officer = data.officers[44];
    window.history.replaceState(null, '', `/sites/x/SitePages/Directory.aspx?env=embedded&officer=${officer.id}`);
    const { container } = renderDirectory(new FakeRepository());
    const name = `${officer.givenName} ${officer.familyName}`;
    const card = await screen.findByRole('region', { name });
    expect(screen.getByRole('tab', { name: 'Officer directory' })).toHaveAttribute('aria-selected', 'true');
    expect(within(card).getByText(officer.jobTitle)).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: `Email ${name} at ${officer.email}` })).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: `Download contact card for ${name}` })).toBeInTheDocument();
    expect(within(card).getByRole('link', { name: `Link to this card (${name})` })).toHaveAttribute('href', expect.stringContaining(`env=embedded&officer=${officer.id}`));
    await waitFor(() => expect(document.activeElement).toBe(within(card).getByRole('heading', { level: 3 })));
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(within(card).getByRole('button', { name: `Close ${name}’s card` }));
    expect(window.location.search).toBe('?env=embedded');
  });

  it('says so when the linked officer is not in the directory', async () => {
    window.history.replaceState(null, '', '/?officer=999999');
    renderDirectory(new FakeRepository());
    expect(await screen.findByText('No officer with the number 999999 is in the directory. They may have left the council.')).toBeInTheDocument();
  });
});
