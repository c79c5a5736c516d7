/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, choicesFor, editorFor, itemOf, openEditor, rugby, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const nameOf = (id: number): string => {
  const m = rugby.members.find((x) => x.id === id)!;
  return `Cllr ${m.preferredName ?? m.givenName} ${m.familyName}`;
};

/** Someone else, in another browser, saves the profile while this one is open. */
async function someoneElseSaves(memberId: number, change: Record<string, unknown>): Promise<void> {
  const other = editorFor(s);
  const copy = await other.readProfile(memberId);
  const result = await other.save([{ key: 'member', label: 'their edit', kind: 'member', id: memberId, etag: copy.member.etag, values: { ...copy.member.values, ...change } }]);
  expect(result.complete).toBe(true);
}

describe('when someone else saved the record meanwhile', () => {
  it('shows both versions field by field, keeps their change and yours, and saves again on their version', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'member', id: 10, name: nameOf(10) });
    await userEvent.clear(within(dialog).getByLabelText('Phone'));
    await userEvent.type(within(dialog).getByLabelText('Phone'), '01788 533010');
    await someoneElseSaves(10, { mobile: '07700 900010' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const report = await screen.findByRole('alert', { name: 'Someone else saved this while you were editing' });
    await waitFor(() => expect(report).toHaveFocus());
    const table = within(dialog).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['PhoneChanged by you only', 'MobileChanged by them only']);
    const phone = rows[0];
    expect(within(phone).getAllByRole('cell').map((c) => c.textContent).slice(0, 3)).toEqual([rugby.members[9].phone, '01788 533010', rugby.members[9].phone]);
    expect(within(phone).getByRole('radio', { name: 'Keep yours' })).toBeChecked();
    expect(within(rows[1]).getByRole('radio', { name: 'Keep theirs' })).toBeChecked();
    // Nothing was overwritten: their mobile stands, and your phone is not yet saved.
    expect(await itemOf(s, 'Members', 10)).toMatchObject({ Mobile: '07700 900010', Phone: rugby.members[9].phone });
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: `${nameOf(10)}’s profile` }]));
    expect(await itemOf(s, 'Members', 10)).toMatchObject({ Mobile: '07700 900010', Phone: '01788 533010' });
  });

  it('a field both of you changed waits for a choice; the one chosen is saved', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'member', id: 11, name: nameOf(11) });
    await userEvent.type(within(dialog).getByLabelText('Letters after name'), 'MBE');
    await someoneElseSaves(11, { postNominals: 'OBE' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'Someone else saved this while you were editing' });
    const row = within(within(dialog).getByRole('table')).getByRole('row', { name: /Letters after name/ });
    expect(row).toHaveTextContent('Changed by both of you');
    expect(within(row).getByRole('radio', { name: 'Keep yours' })).not.toBeChecked();
    expect(within(row).getByRole('radio', { name: 'Keep theirs' })).not.toBeChecked();
    expect(within(dialog).getByRole('button', { name: 'Save with these choices' })).toBeDisabled();
    await userEvent.click(within(row).getByRole('radio', { name: 'Keep theirs' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect((await itemOf(s, 'Members', 11)).PostNominals).toBe('OBE');
  });
});

describe('when one part of a batch fails', () => {
  it('says exactly what was saved and what was not, and saves the rest once it is put right', async () => {
    const owner = spFor(s.siteUrl, 'owner').web.lists.getByTitle('Bodies').items;
    const doomed = await owner.add({ Title: 'Allotments Task Group', Kind: 'Task and Finish Group' });
    // The body is in the page's choices: it was there when the page loaded.
    const base = choicesFor('member-profile');
    const choices = { ...base, bodies: [...(base.bodies ?? []), { id: doomed.Id as number, title: 'Allotments Task Group', kind: 'Task and Finish Group' as const }] };
    const { dialog, outcomes } = await openEditor(s, { kind: 'member', id: 12, name: nameOf(12) }, { choices });
    await userEvent.clear(within(dialog).getByLabelText('Mobile'));
    await userEvent.type(within(dialog).getByLabelText('Mobile'), '07700 900012');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a task and finish group' }));
    const row = within(within(dialog).getByRole('list', { name: 'Task and finish groups' }))
      .getAllByRole('listitem')
      .find((li) => /^New: /.test(li.textContent ?? '')) as HTMLElement;
    await userEvent.selectOptions(within(row).getByLabelText(/^Body/), 'Allotments Task Group (Task and Finish Group)');
    await owner.getById(doomed.Id).delete();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));

    const report = await screen.findByRole('alert', { name: 'Some changes were saved and some were not.' });
    expect(within(report).getByRole('heading', { name: 'Saved' }).nextElementSibling).toHaveTextContent(`${nameOf(12)}’s profile`);
    expect(within(report).getByRole('heading', { name: 'Not saved' }).nextElementSibling).toHaveTextContent(
      'Member, Allotments Task Group was not saved: the body it points to no longer exists (it may have been deleted). Choose another and try again.'
    );
    expect((await itemOf(s, 'Members', 12)).Mobile).toBe('07700 900012');
    const body = within(row).getByLabelText(/^Body/);
    expect(body).toHaveAttribute('aria-invalid', 'true');
    expect(outcomes).toEqual([]);

    await userEvent.selectOptions(body, 'Cost of Living Task Group (Task and Finish Group)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Try again with what was not saved' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    const rows = await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Memberships').items.filter('MemberId eq 12 and BodyId eq 12').select('Role')();
    expect(rows).toEqual([expect.objectContaining({ Role: 'Member' })]);
  });
});
