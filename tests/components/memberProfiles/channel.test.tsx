/**
 * @jest-environment jsdom
 *
 * The channel rule: on an officer-owned page no party-political field reaches the DOM (text or
 * attribute), whichever view is open; on the members' own page each declared group is shown.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GROUP_TERMS, groupTermsIn, openProfile, pressEscape, renderDirectory, rugby } from './support';

beforeEach(() => window.history.replaceState(null, '', '/'));

it('the check itself finds a group name in text and in attributes, as a whole word', () => {
  const probe = document.createElement('div');
  probe.innerHTML = '<p>Hello</p><span title="Leader of the Labour Group"></span>';
  expect(groupTermsIn(probe)).toEqual(['Labour Group', 'Labour']);
  probe.innerHTML = '<p>Tories</p><p>Greenway Road</p>';
  expect(groupTermsIn(probe)).toEqual(['Tories']);
});

it('an officer page shows no group name, short name or alias anywhere, in any view or profile', async () => {
  expect(GROUP_TERMS).toContain('Tories');
  await renderDirectory('officer-owned');
  // No note for developers about the channel: the page simply carries nothing party-political.
  expect(screen.queryByText(/Political parties are not shown/)).toBeNull();
  expect(groupTermsIn()).toEqual([]);

  // Filters: no political group facet at all.
  await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
  expect(screen.queryByRole('group', { name: 'Political group' })).toBeNull();
  expect(groupTermsIn()).toEqual([]);

  // The compact list has no group column.
  await userEvent.click(screen.getByRole('button', { name: 'List' }));
  expect(screen.queryByRole('columnheader', { name: 'Political group' })).toBeNull();
  expect(groupTermsIn()).toEqual([]);

  // Group leaders: their group posts are not roles on an officer page; their statements naming
  // their group are withheld.
  for (const name of ['Cllr Nadia Hussain', 'Cllr Isla Fraser', 'Cllr Janet Copeland', 'Cllr Andrew Whitcombe']) {
    const dialog = await openProfile(name);
    expect(within(dialog).queryByText(/Group Leader|Leader of the .* Group/)).toBeNull();
    expect(groupTermsIn()).toEqual([]);
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  }

  await userEvent.click(screen.getByRole('tab', { name: 'By ward' }));
  await userEvent.click(screen.getByRole('button', { name: 'Benn' }));
  expect(groupTermsIn()).toEqual([]);

  await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
  for (const body of ['Full Council', 'Cabinet', 'Planning Committee']) {
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Committee or body' }), body);
    const table = screen.getByRole('table', { name: `Members of ${body}` });
    expect(within(table).queryByRole('columnheader', { name: 'Political group' })).toBeNull();
    // No group posts among Full Council's posts on an officer page.
    expect(table).not.toHaveTextContent(/Group Leader|Leader of the .* Group/);
    expect(groupTermsIn()).toEqual([]);
  }
});

it("the members' own page shows each councillor's declared group, group posts and a group facet", async () => {
  await renderDirectory('member-profile');
  const nadia = screen.getByRole('button', { name: 'Cllr Nadia Hussain' }).closest('li') as HTMLElement;
  expect(nadia).toHaveTextContent('Labour Group');
  expect(nadia).toHaveTextContent('Leader of the Labour Group');
  for (const g of rugby.politicalGroups) expect(document.body.textContent).toContain(g.name);

  const dialog = await openProfile('Cllr Nadia Hussain');
  expect(within(dialog).getByRole('region', { name: 'About me' })).toHaveTextContent('I lead the Labour Group on the council.');
  expect(dialog).toHaveTextContent('Political group');
  pressEscape();
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

  await userEvent.click(screen.getByRole('button', { name: 'Filters' }));
  const facet = screen.getByRole('group', { name: 'Political group' });
  await userEvent.click(within(facet).getByLabelText('Green Party Group (2)'));
  expect(within(screen.getByRole('list', { name: 'All councillors' })).getAllByRole('button')).toHaveLength(2);
});
