/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createTheme } from '@fluentui/react/lib/Theme';
import { MemberProfiles } from '../../../src/webparts/memberProfiles/components';
import { axeViolations, cardNames, deferred, expectFirstPageOfAll, FakeRepository, renderDirectory, rugbyRecords, showAllCards } from './support';

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('loading, throttling and errors', () => {
  it('shows a skeleton and says it is loading, then the cards', async () => {
    const repository = new FakeRepository('officer-owned');
    const gate = deferred();
    repository.gate = gate.promise;
    const { container } = await renderDirectory('officer-owned', repository);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the councillors…');
    expect(container.querySelector('[data-skeleton]')).not.toBeNull();
    expect(container.querySelector('[aria-busy="true"]')).not.toBeNull();
    await act(async () => gate.resolve());
    await screen.findByRole('tab', { name: 'Directory' });
    expect(container.querySelector('[data-skeleton]')).toBeNull();
    expectFirstPageOfAll();
  });

  it('keeps the skeleton and says SharePoint is busy while a throttled read is retried', async () => {
    const repository = new FakeRepository('officer-owned');
    const gate = deferred();
    repository.gate = gate.promise;
    repository.throttled = true;
    const { container } = await renderDirectory('officer-owned', repository);
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('SharePoint is busy; retrying…'));
    expect(container.querySelector('[data-skeleton]')).not.toBeNull();
    await act(async () => gate.resolve());
    expect(await screen.findAllByRole('button', { name: /^Cllr / })).toHaveLength(12);
    expect(screen.getByText('Showing 12 of 42 councillors.')).toBeInTheDocument();
  });

  it('says clearly when loading fails, and "Try again" loads again', async () => {
    const repository = new FakeRepository('officer-owned');
    repository.failures = 1;
    await renderDirectory('officer-owned', repository);
    const alert = await screen.findByRole('alert');
    await waitFor(() => expect(alert).toHaveTextContent('The councillors could not be loaded. SharePoint is busy and asked us to slow down. Wait a minute, then try again.'));
    expect(await axeViolations()).toEqual([]);
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    await screen.findByRole('tab', { name: 'Directory' });
    expect(repository.loads).toBe(2);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('"Refresh" forgets the cache and reads again, keeping the cards on screen meanwhile', async () => {
    const { repository } = await renderDirectory('officer-owned');
    const gate = deferred();
    repository.gate = gate.promise;
    await userEvent.click(screen.getByRole('button', { name: 'Refresh the directory from SharePoint' }));
    await waitFor(() => expect(repository.loads).toBe(2));
    expect(repository.refreshes).toBe(1);
    expect(screen.getByText('Refreshing…')).toBeInTheDocument();
    expect(cardNames()).toHaveLength(42);
    await act(async () => gate.resolve());
    await waitFor(() => expect(screen.queryByText('Refreshing…')).toBeNull());
  });
});

describe('invalid rows and the theme', () => {
  const withProblems = () => ({
    ...rugbyRecords(),
    problems: [{ list: 'Members', itemId: 900, outcome: 'withheld' as const, fields: ['email'], problems: ['Council email must be an email address, like name@rugby.gov.uk.'] }]
  });

  it('tells editors which rows could not be shown; others just see the directory', async () => {
    const officer = new FakeRepository('officer-owned', withProblems());
    const { unmount } = await renderDirectory('officer-owned', officer);
    await waitFor(() => expect(officer.permissionChecks).toBe(1));
    expect(screen.queryByText(/need(s)? correcting/)).toBeNull();
    unmount();

    const editor = new FakeRepository('officer-owned', withProblems());
    editor.canEdit = true;
    await renderDirectory('officer-owned', editor);
    const summary = await screen.findByText('1 record in the lists needs correcting: it is shown without the details named, or left out.');
    await userEvent.click(summary);
    expect(screen.getByText(/Members, item 900: Council email must be an email address/)).toBeVisible();
    expect(screen.getByText('42 councillors')).toBeInTheDocument();
  });

  it('asks nobody about editing rights when every row is valid', async () => {
    const { repository } = await renderDirectory('officer-owned');
    await new Promise((r) => setTimeout(r, 50));
    expect(repository.permissionChecks).toBe(0);
  });

  it("follows the section's theme: its colours become the web part's CSS variables", async () => {
    const strong = createTheme({
      palette: { themePrimary: '#ffffff', neutralPrimary: '#ffffff', white: '#004578' },
      semanticColors: { bodyBackground: '#004578', bodyText: '#ffffff', link: '#ffffff', bodySubtext: '#f3f2f1' }
    });
    render(<MemberProfiles channel="officer-owned" repository={new FakeRepository('officer-owned')} theme={strong} />);
    await screen.findByRole('tab', { name: 'Directory' });
    const root = screen.getByRole('region', { name: 'Councillors' });
    expect(root.style.getPropertyValue('--cd-text')).toBe('#ffffff');
    expect(root.style.getPropertyValue('--cd-card')).toBe('#004578');
    expect(root.style.getPropertyValue('--cd-link')).toBe('#ffffff');
  });
});

describe('the directory', () => {
  it('shows the cards a page at a time, so the page below stays within reach; "Show more" moves focus to the next card', async () => {
    const { container } = await renderDirectory('officer-owned', undefined, { allCards: false });
    expect(cardNames()).toHaveLength(12);
    expect(screen.getByText('42 councillors')).toBeInTheDocument();
    expect(screen.getByText('Showing 12 of 42 councillors.')).toBeInTheDocument();
    const first = cardNames();
    await userEvent.click(screen.getByRole('button', { name: 'Show 12 more councillors' }));
    const next = cardNames();
    expect(next).toHaveLength(24);
    expect(next.slice(0, 12)).toEqual(first);
    await waitFor(() => expect(document.activeElement).toHaveTextContent(next[12]));
    await userEvent.click(screen.getByRole('button', { name: 'Show 12 more councillors' }));
    await userEvent.click(screen.getByRole('button', { name: 'Show 6 more councillors' }));
    expect(cardNames()).toHaveLength(42);
    expect(screen.queryByRole('button', { name: /more councillors/ })).toBeNull();
    // A new search starts again from one page.
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search councillors' }), 'e');
    expect(cardNames().length).toBeLessThanOrEqual(12);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows every current councillor as a card with ward and headline roles, announces the count, and passes axe', async () => {
    const { container } = await renderDirectory('officer-owned');
    expect(cardNames()).toHaveLength(42);
    expect(screen.getByText('42 councillors')).toHaveAttribute('aria-live', 'polite');
    // Former councillors are not listed.
    expect(screen.queryByRole('button', { name: 'Cllr Keith Allsop' })).toBeNull();
    const leader = screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }).closest('li') as HTMLElement;
    expect(leader).toHaveTextContent('Admirals and Cawston ward');
    const headlines = within(leader)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(headlines.slice(0, 3)).toEqual(['Leader of the Council', 'Portfolio Holder for Growth and Investment', 'Chair, Local Plan Working Party']);
    const chair = screen.getByRole('button', { name: 'Cllr James Whitfield' }).closest('li') as HTMLElement;
    expect(chair).toHaveTextContent('Chair, Planning Committee');
    expect(screen.getByRole('button', { name: 'Cllr Patricia Holloway' }).closest('li')).toHaveTextContent('Mayor of Rugby');
    // Cards are in surname order, a page at a time.
    await showAllCards();
    expect(cardNames()).toHaveLength(42);
    expect(screen.queryByText(/^Showing \d+ of 42 councillors\.$/)).toBeNull();
    const names = cardNames();
    expect(names[0]).toBe('Cllr Tom Ashby');
    expect(names[names.length - 1]).toBe('Cllr James Whitfield');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('searches as you type over name, ward, body, role, portfolio and skills', async () => {
    await renderDirectory('officer-owned');
    const search = screen.getByRole('searchbox', { name: 'Search councillors' });
    await userEvent.type(search, 'hussain');
    expect(cardNames()).toEqual(['Cllr Nadia Hussain']);
    await userEvent.clear(search);
    await userEvent.type(search, 'communities and homes');
    expect(cardNames()).toEqual(['Cllr Kate Fairbairn']);
    await userEvent.clear(search);
    await userEvent.type(search, 'armed forces');
    expect(cardNames()).toEqual(['Cllr Owen Pritchard']);
    await userEvent.clear(search);
    await userEvent.type(search, 'chair planning');
    expect(cardNames()).toContain('Cllr James Whitfield');
    await userEvent.clear(search);
    await userEvent.type(search, 'hillmorton');
    expect(cardNames()).toHaveLength(3);
    expect(screen.getByText('3 councillors')).toBeInTheDocument();
    await userEvent.type(search, ' zzz');
    expect(screen.getByText(/No councillors match\./)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Clear search' }));
    expectFirstPageOfAll();
  });

  it('filters by facets with counts: OR within a facet, AND across facets, removable and clearable', async () => {
    const { container } = await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const ward = screen.getByRole('group', { name: 'Ward' });
    expect(within(ward).getByLabelText('Benn (3)')).toBeInTheDocument();
    await userEvent.click(within(ward).getByLabelText('Benn (3)'));
    expect(cardNames()).toHaveLength(3);
    await userEvent.click(within(ward).getByLabelText('Bilton (3)'));
    expect(cardNames()).toHaveLength(6);
    // Counts in the other facets follow the ward filter.
    const role = screen.getByRole('group', { name: 'Role' });
    const cabinet = within(role).getByLabelText(/^Cabinet \(\d+\)$/);
    await userEvent.click(cabinet);
    expect(cardNames()).toEqual(['Cllr Kate Fairbairn']);
    expect(screen.getByRole('button', { name: 'Filters (3 applied)' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Remove filter: Cabinet' }));
    expect(cardNames()).toHaveLength(6);
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expectFirstPageOfAll();
  });

  it('filters by body and by outside appointment', async () => {
    await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
    const body = screen.getByRole('group', { name: 'Committee or body' });
    await userEvent.click(within(body).getByRole('button', { name: /Show all/ }));
    await userEvent.click(within(body).getByLabelText(/^Warwickshire County Council \(4\)$/));
    expect(cardNames()).toHaveLength(4);
    await userEvent.click(within(body).getByLabelText(/^Warwickshire County Council/));
    await userEvent.click(within(screen.getByRole('group', { name: 'Role' })).getByLabelText(/^Outside appointment/));
    expect(cardNames().length).toBeGreaterThan(4);
  });

  it('jumps A–Z by surname; letters with nobody are disabled', async () => {
    await renderDirectory('officer-owned');
    const az = screen.getByRole('list', { name: 'Surname starts with' });
    expect(within(az).getByRole('button', { name: 'Surnames starting with X' })).toBeDisabled();
    await userEvent.click(within(az).getByRole('button', { name: 'Surnames starting with W' }));
    expect(within(az).getByRole('button', { name: 'Surnames starting with W' })).toHaveAttribute('aria-pressed', 'true');
    await showAllCards();
    const names = cardNames();
    expect(names.length).toBeGreaterThan(1);
    for (const n of names) expect(n.split(' ').pop()!.startsWith('W')).toBe(true);
    await userEvent.click(within(az).getByRole('button', { name: 'All' }));
    expectFirstPageOfAll();
  });

  it('sorts by ward, and shows a compact list with proper headers', async () => {
    const { container } = await renderDirectory('officer-owned');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Ward');
    await showAllCards();
    const wards = Array.from(container.querySelectorAll('[aria-label="All councillors"] > li p:first-of-type')).map((p) => p.textContent);
    expect(wards[0]).toBe('Admirals and Cawston ward');
    expect(wards[wards.length - 1]).toBe('Wolvey and Shilton ward');
    await userEvent.click(screen.getByRole('button', { name: 'List' }));
    expect(screen.getByRole('button', { name: 'List' })).toHaveAttribute('aria-pressed', 'true');
    await showAllCards();
    const table = screen.getByRole('table', { name: 'All councillors' });
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Name', 'Ward', 'Roles', 'Email']);
    expect(within(table).getAllByRole('row')).toHaveLength(43);
    // Still sorted by ward: Admirals and Cawston first, its councillors by surname.
    expect(within(table).getAllByRole('rowheader')[0]).toHaveTextContent('Cllr Owen Pritchard');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('moves between views with the arrow keys (tabs)', async () => {
    await renderDirectory('officer-owned');
    const directory = screen.getByRole('tab', { name: 'Directory' });
    expect(directory).toHaveAttribute('aria-selected', 'true');
    directory.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'By ward' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'By ward' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel', { name: 'By ward' })).toBeInTheDocument();
    await userEvent.keyboard('{End}');
    expect(screen.getByRole('tab', { name: 'By committee' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Directory' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'By ward' })).toHaveAttribute('tabindex', '-1');
  });
});
