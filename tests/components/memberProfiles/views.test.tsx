/**
 * @jest-environment jsdom
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations, renderDirectory } from './support';

beforeEach(() => window.history.replaceState(null, '', '/'));

describe('by ward', () => {
  it('finds a ward by typing part of its name, and shows its councillors with their published contact details', async () => {
    const { container } = await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('tab', { name: 'By ward' }));
    expect(screen.getByRole('heading', { level: 3, name: 'Find the councillors for a ward' })).toBeInTheDocument();
    const box = screen.getByRole('combobox', { name: 'Ward' });
    await userEvent.type(box, 'lawf');
    expect(box).toHaveAttribute('aria-expanded', 'true');
    const options = within(screen.getByRole('listbox', { name: 'Ward' })).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual(['Wolston and the Lawfords']);
    expect(box).toHaveAttribute('aria-activedescendant', options[0].id);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(box).toHaveValue('Wolston and the Lawfords');
    const section = screen.getByRole('region', { name: 'Councillors for Wolston and the Lawfords' });
    expect(within(section).getByText('3 seats')).toBeInTheDocument();
    const cards = within(section).getAllByRole('button', { name: /^Cllr / });
    expect(cards).toHaveLength(3);
    // Contact details: the council email always; phones only where published.
    const roy = within(section).getByRole('list', { name: 'Contact Cllr Roy Eastwood' });
    expect(within(roy).getByRole('link', { name: /^Email Cllr Roy Eastwood at / })).toHaveAttribute('href', expect.stringMatching(/^mailto:/));
    expect(within(roy).getByRole('link', { name: 'Chat in Teams with Cllr Roy Eastwood (opens in a new tab)' })).toBeInTheDocument();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('lists every ward to choose from, says how many seats a one-seat ward has, and the arrow keys move through the list', async () => {
    await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('tab', { name: 'By ward' }));
    const all = screen.getByRole('region', { name: 'Or choose a ward' });
    expect(within(all).getAllByRole('button')).toHaveLength(16);
    await userEvent.click(within(all).getByRole('button', { name: 'Leam Valley' }));
    const section = screen.getByRole('region', { name: 'Councillors for Leam Valley' });
    expect(within(section).getByText('1 seat')).toBeInTheDocument();
    expect(within(section).getAllByRole('button', { name: /^Cllr / })).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Choose another ward' }));
    const box = screen.getByRole('combobox', { name: 'Ward' });
    await userEvent.click(box);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    expect(box).toHaveValue('Benn');
    await userEvent.clear(box);
    await userEvent.type(box, 'xyz');
    expect(screen.getByText('No ward matches "xyz".', { selector: 'p' })).toBeVisible();
    expect(screen.getByText('No ward matches "xyz".', { selector: '[aria-live="polite"]' })).toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(box).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('by committee', () => {
  it('lists a committee in role order: Chair, Vice-Chair, members, substitutes', async () => {
    const { container } = await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
    const picker = screen.getByRole('combobox', { name: 'Committee or body' });
    const groups = Array.from(picker.querySelectorAll('optgroup')).map((g) => g.label);
    expect(groups).toEqual(['Cabinet', 'Committees', 'Working parties', 'Task and finish groups', 'Outside bodies', 'Full Council']);
    await userEvent.selectOptions(picker, 'Planning Committee');
    const table = screen.getByRole('table', { name: 'Members of Planning Committee' });
    const rows = within(table).getAllByRole('row').slice(1);
    const roles = rows.map((r) => within(r).getAllByRole('cell')[0].textContent);
    expect(roles[0]).toBe('Chair');
    expect(roles[1]).toBe('Vice-Chair');
    expect(within(rows[0]).getByRole('rowheader')).toHaveTextContent('Cllr James Whitfield');
    const firstSubstitute = roles.indexOf('Substitute');
    expect(firstSubstitute).toBeGreaterThan(2);
    expect(roles.slice(2, firstSubstitute).every((r) => r === 'Member')).toBe(true);
    expect(roles.slice(firstSubstitute).every((r) => r === 'Substitute')).toBe(true);
    expect(within(table).queryByRole('columnheader', { name: 'Portfolio' })).toBeNull();
    expect(await axeViolations(container)).toEqual([]);
  });

  it('shows the portfolio for Cabinet', async () => {
    await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Committee or body' }), 'Cabinet');
    const table = screen.getByRole('table', { name: 'Members of Cabinet' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(7);
    expect(within(rows[0]).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Leader of the Council',
      'Admirals and Cawston',
      'Growth and Investment',
      '13 May 2024'
    ]);
    const communities = rows.find((r) => r.textContent?.includes('Communities and Homes'))!;
    expect(within(communities).getByRole('rowheader')).toHaveTextContent('Cllr Kate Fairbairn');
  });
});

describe('the committee link', () => {
  it('choosing a committee puts it in the address (?committee=<id>), and the link opens it again', async () => {
    window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx?env=WebView');
    const first = await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Committee or body' }), 'Planning Committee');
    const url = new URL(window.location.href);
    const id = url.searchParams.get('committee');
    expect(id).toMatch(/^\d+$/);
    expect(url.searchParams.get('env')).toBe('WebView');
    first.unmount();

    await renderDirectory('officer-owned');
    expect(screen.getByRole('tab', { name: 'By committee' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('combobox', { name: 'Committee or body' })).toHaveValue(id);
    // The heading is said once as a heading and names the table; no region repeats it.
    const table = screen.getByRole('table', { name: 'Members of Planning Committee' });
    expect(screen.getAllByText('Members of Planning Committee')).toHaveLength(1);
    expect(screen.queryByRole('region', { name: 'Members of Planning Committee' })).toBeNull();
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(3);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Committee or body' }), '');
    expect(new URL(window.location.href).searchParams.has('committee')).toBe(false);
  });
});
