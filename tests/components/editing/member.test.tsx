/**
 * @jest-environment jsdom
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, describedBy, itemOf, openEditor, rugby, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const member = (id: number) => rugby.members.find((m) => m.id === id)!;
const nameOf = (id: number): string => `Cllr ${member(id).preferredName ?? member(id).givenName} ${member(id).familyName}`;
const open = (id: number, channel: 'member-profile' | 'officer-owned' = 'member-profile') => openEditor(s, { kind: 'member', id, name: nameOf(id) }, { channel });

/** The Members list's columns, as Democratic Services know them: every one must be in the form. */
const MEMBER_CONTROLS: Array<[string, RegExp | string]> = [
  ['Honorific', 'Title (Mr, Mrs, Dr…)'],
  ['GivenName', /^First name/],
  ['FamilyName', /^Surname/],
  ['PreferredName', 'Known as'],
  ['PostNominals', 'Letters after name'],
  ['Email', /^Council email/],
  ['Phone', 'Phone'],
  ['PublishPhone', 'Show their phone number'],
  ['Mobile', 'Mobile'],
  ['PublishMobile', 'Show their mobile number'],
  ['PostalAddress', 'Postal address'],
  ['PublishAddress', 'Show their postal address'],
  ['Ward', /^Ward/],
  ['TermStart', /^Term of office start/],
  ['TermEnd', 'Term of office end'],
  ['Status', /^Status/],
  ['Biography', 'About me'],
  ['Skills', 'Skills, interests and expertise'],
  ['Account', 'SharePoint account (their sign-in email)']
];

describe('the member profile form', () => {
  it('holds every column of the Members list, the photo and (on the members’ own page) the party', async () => {
    const { dialog } = await open(1);
    for (const [column, label] of MEMBER_CONTROLS) {
      expect([column, within(dialog).getAllByLabelText(label).length > 0]).toEqual([column, true]);
    }
    expect(within(dialog).getByRole('button', { name: 'Choose a photo' })).toBeInTheDocument();
    expect(within(dialog).getByRole('img', { name: `Current photo of ${nameOf(1)}` })).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Political group')).toHaveDisplayValue('Conservative Group');
    expect(within(dialog).getByLabelText('Party web page')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^First name/)).toHaveFocus();
    expect(await axeViolations()).toEqual([]);
  });

  it('on an officer page there is no party field and no party group role', async () => {
    const { dialog } = await open(1, 'officer-owned');
    expect(within(dialog).queryByLabelText('Political group')).toBeNull();
    expect(within(dialog).queryByLabelText('Party web page')).toBeNull();
    expect(dialog).not.toHaveTextContent('Conservative Group');
    expect(dialog).toHaveTextContent('Chair, Local Plan Working Party');
  });

  it('says what is wrong at the field as it is typed, ties it to the field, and saves once right', async () => {
    const { dialog, outcomes } = await open(2);
    const phone = within(dialog).getByLabelText('Phone');
    await userEvent.clear(phone);
    await userEvent.type(phone, '123');
    await userEvent.tab();
    await waitFor(() => expect(phone).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(phone)).toContain('Phone must be a UK phone number, like 01788 533522 or 07700 900123.');
    const start = within(dialog).getByLabelText(/^Term of office start/);
    expect(start).toHaveValue('06/05/2024');
    const end = within(dialog).getByLabelText('Term of office end');
    await userEvent.clear(end);
    await userEvent.type(end, '01/01/2020');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(end)).toContain('Term of office end must be on or after the start of the term.'));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByRole('alert', { name: 'There is a problem' })).toHaveFocus();
    expect(outcomes).toEqual([]);

    await userEvent.clear(phone);
    await userEvent.type(phone, '01788 533522');
    await userEvent.clear(end);
    await userEvent.type(end, '08/05/2028');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Show their postal address' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: `${nameOf(2)}’s profile` }]));
    expect(await itemOf(s, 'Members', 2)).toMatchObject({ Phone: '01788 533522', PublishAddress: true, PoliticalGroupId: 1 });
  });

  it('a profile may state the party, but electioneering is explained and blocked', async () => {
    const { dialog, outcomes } = await open(3);
    const about = within(dialog).getByLabelText('About me');
    await userEvent.clear(about);
    await userEvent.type(about, 'I am the Conservative councillor for my ward.');
    await userEvent.tab();
    expect(about).not.toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(about, ' Vote Conservative on 7 May!');
    await userEvent.tab();
    const why = await within(dialog).findByRole('heading', { name: 'Why this cannot be saved here' });
    expect(why.parentElement).toHaveTextContent('Contains electioneering');
    expect(why.parentElement).toHaveTextContent('Code of Recommended Practice on Local Authority Publicity');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(outcomes).toEqual([]);
    expect(String((await itemOf(s, 'Members', 3)).Biography ?? '')).not.toContain('Vote Conservative');
  });

  it('adds a committee, sets a Cabinet portfolio and ends a membership, all saved with the profile in one request', async () => {
    const { dialog, outcomes } = await open(4);
    const ending = rugby.memberships.find((m) => m.memberId === 4 && !m.endDate && m.bodyId !== 1)!;
    const body = rugby.bodies.find((b) => b.id === ending.bodyId)!;
    const endButton = within(dialog).getAllByRole('button', { name: new RegExp(`^End .*${body.title}`) })[0];
    await userEvent.click(endButton);
    const endDate = document.getElementById(`t-edit-membership-${ending.id}-endDate`) ?? document.getElementById(`t-membership-${ending.id}-endDate`);
    expect(endDate).toHaveValue('01/09/2025');
    expect(endDate).toHaveFocus();

    const newRow = (group: string): HTMLElement =>
      within(within(dialog).getByRole('list', { name: group }))
        .getAllByRole('listitem')
        .find((li) => /^New: /.test(li.textContent ?? '')) as HTMLElement;
    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a committee' }));
    const added = newRow('Committees');
    const bodySelect = within(added).getByLabelText(/^Body/);
    expect(bodySelect).toHaveFocus();
    await userEvent.selectOptions(bodySelect, 'Audit and Ethics Committee (Committee)');
    expect(within(added).getByLabelText(/^Role/)).toHaveValue('Member');

    await userEvent.click(within(dialog).getByRole('button', { name: 'Set a Cabinet portfolio' }));
    const cabinet = newRow('Cabinet and portfolio');
    expect(within(cabinet).getByLabelText(/^Body/)).toHaveDisplayValue('Cabinet (Cabinet)');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    // A Portfolio Holder needs a portfolio: nothing is written until it has one.
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(outcomes).toEqual([]);
    await userEvent.type(within(cabinet).getByLabelText('Portfolio'), 'Communities and Homes');

    await s.resetRequestCount();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect(await s.requestCount()).toBe(1);
    expect((await itemOf(s, 'Memberships', ending.id)).EndDate).toMatch(/^2025-0(8-31T23|9-01T00)/);
    const rows = await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Memberships').items.filter('MemberId eq 4').select('BodyId', 'Role', 'Portfolio', 'Title')();
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ BodyId: 6, Role: 'Member' }),
        expect.objectContaining({ BodyId: 2, Role: 'Portfolio Holder', Portfolio: 'Communities and Homes', Title: `${member(4).givenName} ${member(4).familyName} – Cabinet` })
      ])
    );
  });

  it('never closes over unsaved changes without asking: Esc and Cancel ask first', async () => {
    const { dialog, outcomes } = await open(5);
    await userEvent.type(within(dialog).getByLabelText('Letters after name'), 'OBE');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    const ask = await screen.findByRole('alertdialog', { name: 'You have changes that are not saved' });
    await userEvent.click(within(ask).getByRole('button', { name: 'Keep editing' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'You have changes that are not saved' })).toBeNull());
    expect(outcomes).toEqual([]);
    fireEvent.keyDown(within(dialog).getByLabelText('Letters after name'), { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 });
    const again = await screen.findByRole('alertdialog', { name: 'You have changes that are not saved' });
    await userEvent.click(within(again).getByRole('button', { name: 'Discard my changes' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: false }]));
    expect((await itemOf(s, 'Members', 5)).PostNominals ?? null).toBeNull();
  });
});
