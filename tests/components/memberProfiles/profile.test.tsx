/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { axeViolations, blobText, FakeRepository, openProfile, pressEscape, renderDirectory, rugbyRecords } from './support';

beforeEach(() => window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx?env=WebView&view=1'));

describe('the profile', () => {
  it('opens from a card with every field, grouped roles and British dates; Esc closes it and focus returns to the card', async () => {
    await renderDirectory('member-profile');
    const card = screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' });
    card.focus();
    await userEvent.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
    expect(within(dialog).getByRole('img', { name: 'Cllr Andrew Whitcombe' })).toBeInTheDocument();
    const headings = within(dialog)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(headings).toEqual([
      'Contact',
      'About me',
      'Cabinet and portfolio',
      'Committees',
      'Working parties',
      'Additional responsibilities',
      'Outside appointments',
      'Skills, interests and expertise'
    ]);
    const cabinet = within(dialog).getByRole('region', { name: 'Cabinet and portfolio' });
    expect(cabinet).toHaveTextContent('Leader of the Council');
    expect(cabinet).toHaveTextContent('Portfolio Holder for Growth and Investment');
    expect(cabinet).toHaveTextContent('since 13 May 2024');
    expect(within(dialog).getByRole('region', { name: 'Working parties' })).toHaveTextContent('Chair, Local Plan Working Party');
    // The member channel shows the declared group, and group posts as additional responsibilities.
    expect(dialog).toHaveTextContent('Conservative Group');
    expect(within(dialog).getByRole('region', { name: 'Additional responsibilities' })).toHaveTextContent('Leader of the Conservative Group');
    expect(within(dialog).getByRole('region', { name: 'Outside appointments' })).toHaveTextContent(
      'Council representative, Local Government Association General Assembly'
    );
    expect(within(dialog).getByRole('region', { name: 'Skills, interests and expertise' })).toHaveTextContent('Town centre regeneration');
    expect(dialog).toHaveTextContent('6 May 2024 to 8 May 2028');
    // The address is not published; the mobile is.
    const contact = within(dialog).getByRole('list', { name: 'Contact Cllr Andrew Whitcombe' });
    expect(within(contact).getByRole('link', { name: "Call Cllr Andrew Whitcombe's mobile on 07700 900100" })).toBeInTheDocument();
    expect(within(contact).getByRole('link', { name: 'Chat in Teams with Cllr Andrew Whitcombe (opens in a new tab)' })).toHaveAttribute(
      'href',
      'https://teams.microsoft.com/l/chat/0/0?users=andrew.whitcombe%40rugby.gov.uk'
    );
    expect(within(contact).getByRole('button', { name: 'Download contact card for Cllr Andrew Whitcombe' })).toBeInTheDocument();
    expect(within(dialog).queryByText(/Address/)).toBeNull();
    expect(await axeViolations()).toEqual([]);

    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' })).toHaveFocus());
  });

  it('the close button closes it and focus returns to the card that opened it', async () => {
    // (That focus moves into the panel and Tab stays there is checked in Chromium: jsdom has no
    // layout, and Fluent's focus trap skips elements it cannot see.)
    await renderDirectory('officer-owned');
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Kate Fairbairn' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cllr Kate Fairbairn' });
    const close = within(dialog).getByRole('button', { name: 'Close the profile' });
    close.focus();
    await userEvent.click(close);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cllr Kate Fairbairn' })).toHaveFocus());
  });

  it('shows only the contact details marked for publication', async () => {
    await renderDirectory('officer-owned');
    // Geoffrey Marsh publishes his address and mobile; Harpreet Sandhu neither.
    let dialog = await openProfile('Cllr Geoffrey Marsh');
    expect(dialog).toHaveTextContent('Address: Manor Farm, Newton, Rugby CV23');
    expect(within(dialog).getByRole('link', { name: /mobile on 07700/ })).toBeInTheDocument();
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    dialog = await openProfile('Cllr Harpreet Sandhu');
    expect(within(dialog).queryByRole('link', { name: /mobile/ })).toBeNull();
    expect(dialog).not.toHaveTextContent('Address');
    expect(within(dialog).getByRole('link', { name: /^Call Cllr Harpreet Sandhu on / })).toBeInTheDocument();
  });

  it('has a shareable link: opening sets ?member=<id>, closing removes it, and the page’s other parameters stay', async () => {
    await renderDirectory('officer-owned');
    await openProfile('Cllr Kate Fairbairn');
    const opened = new URL(window.location.href);
    expect(opened.searchParams.get('member')).toBe('7');
    expect(opened.searchParams.get('env')).toBe('WebView');
    expect(opened.pathname).toBe('/sites/council/SitePages/Councillors.aspx');
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(window.location.search).toBe('?env=WebView&view=1');
  });

  it('opens the profile from a deep link on load, and says so when the councillor is not in the directory', async () => {
    window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx?member=15&view=1');
    const first = await renderDirectory('officer-owned');
    const dialog = await screen.findByRole('dialog', { name: 'Cllr James Whitfield' });
    expect(within(dialog).getByRole('region', { name: 'Committees' })).toHaveTextContent('Chair, Planning Committee');
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    // Opened by the link, focus goes back to that councillor's card.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Cllr James Whitfield' })).toHaveFocus());
    first.unmount();

    window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx?member=999');
    await renderDirectory('officer-owned');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The councillor in this link (number 999) is not in the directory.'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(window.location.search).toBe('');
  });

  it('downloads a vCard with the published details only', async () => {
    const created: Blob[] = [];
    const clicked: string[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:card';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    try {
      await renderDirectory('officer-owned');
      const dialog = await openProfile('Cllr Geoffrey Marsh');
      await userEvent.click(within(dialog).getByRole('button', { name: 'Download contact card for Cllr Geoffrey Marsh' }));
      expect(clicked).toEqual(['cllr-geoffrey-marsh.vcf']);
      const text = await blobText(created[0]);
      expect(text).toContain('FN:Cllr Geoffrey Marsh');
      expect(text).toContain('TITLE:Councillor for Clifton\\, Newton and Churchover ward');
      expect(text).toContain('EMAIL;TYPE=INTERNET,WORK:geoffrey.marsh@rugby.gov.uk');
      expect(text).toContain('ADR;TYPE=WORK:;;Manor Farm\\, Newton\\, Rugby CV23;;;;');
    } finally {
      click.mockRestore();
    }
  });
});

describe('statements', () => {
  it('on an officer page, withholds a statement that names a party, with a notice; editors see the rule it broke, never the words', async () => {
    const repository = new FakeRepository('officer-owned');
    await renderDirectory('officer-owned', repository);
    let dialog = await openProfile('Cllr Nadia Hussain');
    const about = within(dialog).getByRole('region', { name: 'About me' });
    expect(about).toHaveTextContent('Not shown on this page');
    expect(about).toHaveTextContent('because it may contain party-political content');
    expect(about).not.toHaveTextContent('welfare rights adviser');
    await waitFor(() => expect(repository.permissionChecks).toBe(1));
    expect(about).not.toHaveTextContent('For editors');
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    repository.canEdit = true;
    dialog = await openProfile('Cllr Nadia Hussain');
    const forEditors = within(dialog).getByRole('region', { name: 'About me' });
    await waitFor(() => expect(forEditors).toHaveTextContent('For editors: Names one of the council’s political groups.'));
    // The words themselves would put a party's name on an officer page: editors find them in the list.
    expect(forEditors).not.toHaveTextContent(/Labour/);
    expect(await axeViolations()).toEqual([]);
  });

  it('shows an ordinary statement, and asks nobody about editing rights for it', async () => {
    const repository = new FakeRepository('officer-owned');
    await renderDirectory('officer-owned', repository);
    const dialog = await openProfile('Cllr Harpreet Sandhu');
    expect(within(dialog).getByRole('region', { name: 'About me' })).toHaveTextContent('I am a chartered accountant and a school governor.');
    expect(repository.permissionChecks).toBe(0);
  });

  it('withholds every statement during a pre-election period, with the notice, on both channels', async () => {
    const period = { start: '2025-08-20', end: '2025-09-10', election: 'Borough council elections' };
    for (const channel of ['officer-owned', 'member-profile'] as const) {
      const { unmount } = await renderDirectory(channel, new FakeRepository(channel, rugbyRecords([period])));
      expect(screen.getByText(/Pre-election period: councillors’ own statements are not shown until 10 September 2025\./)).toBeInTheDocument();
      const dialog = await openProfile('Cllr Harpreet Sandhu');
      const about = within(dialog).getByRole('region', { name: 'About me' });
      expect(about).toHaveTextContent('not shown during the pre-election period for the Borough council elections (20 August 2025 to 10 September 2025)');
      expect(about).not.toHaveTextContent('chartered accountant');
      pressEscape();
      await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
      unmount();
    }
  });
});
