/**
 * @jest-environment jsdom
 *
 * "Import and export" for Democratic Services, with the real import service (real PnPjs) against
 * the local SharePoint server: a list exported as a CSV file for Excel; a file checked first (the
 * dry run: counts and every problem by row and column, nothing written), then only its valid rows
 * written, and a summary of what was and was not; a file that is not a CSV refused with its
 * reason; the last ModernGov drift report; and the area following SharePoint's own permissions.
 * What SharePoint holds afterwards is read back as the site owner, outside the area.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportExportLauncher } from '../../../src/components/EditLauncher';
import { saveDriftReport, type DriftReport } from '../../../src/data/import';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations } from '../editing/support';
import { bytesOf, catchDownloads, item, openArea, serviceFor, sheetOf, startRugby, TODAY } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const status = (panel: HTMLElement): string =>
  within(panel)
    .getAllByRole('status')
    .map((e) => e.textContent ?? '')
    .join(' ');

describe('export', () => {
  it('downloads a list as CSV for Excel (UTF-8 with a byte-order mark), says so in the live region, and passes axe', async () => {
    const downloads = catchDownloads();
    try {
      const { panel } = await openArea(s);
      expect(await axeViolations(panel)).toEqual([]);
      await userEvent.click(within(panel).getByRole('button', { name: 'Download Members as a CSV file for Excel' }));
      await waitFor(() => expect(downloads.files).toHaveLength(1), { timeout: 10000 });
      expect(downloads.files[0].name).toBe(`members-${TODAY}.csv`);
      const bytes = await bytesOf(downloads.files[0].blob);
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const sheet = sheetOf(new TextDecoder().decode(bytes));
      const members = await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Members').items.select('Id').top(5000)<Array<{ Id: number }>>();
      expect(sheet.header.slice(0, 4)).toEqual(['ID', 'ModernGov ID', 'Honorific', 'Given name']);
      expect(sheet.rows.map((r) => Number(r[0]))).toEqual(members.map((m) => m.Id).sort((a, b) => a - b));
      await waitFor(() => expect(status(panel)).toContain(`Members downloaded: ${members.length} records, in members-${TODAY}.csv.`));
    } finally {
      downloads.restore();
    }
  });
});

describe('importing a file', () => {
  it('checks the file first (counts, problems by row and column, the changes), writes nothing, then imports only the valid rows', async () => {
    const exported = await serviceFor(s).exportList('members');
    const sheet = sheetOf(exported.text);
    const rowOf = (id: number): number => sheet.rows.indexOf(sheet.byId(id)) + 2;
    sheet.set(sheet.byId(1), 'Phone', '01788 533000');
    sheet.set(sheet.byId(2), 'Biography', 'Trustee of the Rugby Food Bank.');
    sheet.set(sheet.byId(3), 'Email', 'owen.pritchard@rugby');
    const before = await Promise.all([1, 2, 3].map((id) => item(s, 'Members', id)));

    const { panel, written } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'Import a file' }));
    expect(within(panel).getByRole('combobox', { name: 'List to import into' })).toHaveValue('members');
    await userEvent.upload(within(panel).getByLabelText('CSV file'), new File([sheet.text()], 'members.csv', { type: 'text/csv' }));
    expect(within(panel).getByText('Chosen: members.csv')).toBeInTheDocument();
    await userEvent.click(within(panel).getByRole('button', { name: 'Check the file' }));

    const heading = await within(panel).findByRole('heading', { name: 'What the import would do' }, { timeout: 15000 });
    await waitFor(() => expect(heading).toHaveFocus());
    const counts = within(panel).getByText('0 to add').closest('ul') as HTMLElement;
    expect(within(counts).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['0 to add', '2 to change', `${sheet.rows.length - 3} unchanged`, '1 with problems, which will not be imported']);
    const problems = within(panel).getByRole('table', { name: 'Problems in members.csv, by row and column' });
    const cells = within(problems)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(cells).toEqual([[String(rowOf(3)), 'Email', expect.stringMatching(/email address/)]]);
    const changes = within(panel).getByRole('table', { name: 'The changes, row by row' });
    const changed = within(changes)
      .getAllByRole('row')
      .slice(1)
      .map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(changed).toEqual([
      [String(rowOf(1)), 'Cllr Andrew Whitcombe', 'Phone', '01632 960100', '01788 533000'],
      [String(rowOf(2)), 'Cllr Harpreet Sandhu', 'Biography', expect.any(String), 'Trustee of the Rugby Food Bank.']
    ]);
    expect(status(panel)).toMatch(/members\.csv: \d+ rows\. 0 to add, 2 to change/);
    expect(await axeViolations(panel)).toEqual([]);
    // The dry run wrote nothing.
    expect(await Promise.all([1, 2, 3].map((id) => item(s, 'Members', id)))).toEqual(before);

    await userEvent.click(within(panel).getByRole('button', { name: 'Import the 2 valid rows' }));
    const done = await within(panel).findByRole('heading', { name: 'What was imported' }, { timeout: 15000 });
    await waitFor(() => expect(done).toHaveFocus());
    expect(within(panel).getByText('Written: 0 added, 2 changed.')).toBeInTheDocument();
    expect(within(panel).getByText(`${sheet.rows.length - 3} unchanged; 1 row not written.`)).toBeInTheDocument();
    const notWritten = within(panel).getByRole('table', { name: 'Rows not written, and why' });
    expect(within(notWritten).getAllByRole('row')).toHaveLength(2);
    expect(status(panel)).toContain('Import finished: 0 added, 2 changed, 1 not written.');
    const after = await Promise.all([1, 2, 3].map((id) => item(s, 'Members', id)));
    expect(after[0].Phone).toBe('01788 533000');
    expect(after[1].Biography).toBe('Trustee of the Rugby Food Bank.');
    expect(after[2]).toEqual(before[2]);
    expect(written()).toBe(0); // the page reads SharePoint again when the area is closed
    await userEvent.click(within(panel).getByRole('button', { name: 'Close import and export' }));
    await waitFor(() => expect(written()).toBe(1));
    await waitFor(() => expect(screen.getByRole('button', { name: /^Import and export/ })).toHaveFocus());
  }, 60000);

  it('takes a file dropped on the file box as the one chosen (one file: the first of several dropped)', async () => {
    const { panel } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'Import a file' }));
    const input = within(panel).getByLabelText('CSV file');
    const zone = input.closest('[data-file-drop]') as HTMLElement;
    const files = [new File(['ID,Given name\r\n'], 'members.csv', { type: 'text/csv' }), new File(['x'], 'other.csv', { type: 'text/csv' })];
    fireEvent.dragOver(zone, { dataTransfer: { files } });
    fireEvent.drop(zone, { dataTransfer: { files } });
    expect(input).toHaveAccessibleDescription('Chosen: members.csv');
  });

  it('refuses a file that is not a CSV, saying why, and asks for a file before checking', async () => {
    const { panel } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'Import a file' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Check the file' }));
    const input = within(panel).getByLabelText('CSV file');
    expect(input).toHaveFocus();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Choose a CSV file first.');

    // A browser's "accept" is only a suggestion: anyone can choose "All files".
    const workbook = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]);
    await userEvent.setup({ applyAccept: false }).upload(input, new File([workbook], 'members.xlsx'));
    await userEvent.click(within(panel).getByRole('button', { name: 'Check the file' }));
    const alert = await within(panel).findByRole('alert', undefined, { timeout: 10000 });
    expect(alert).toHaveTextContent('This is an Excel workbook (or another zipped file), not a CSV file.');
    expect(within(panel).queryByRole('heading', { name: 'What the import would do' })).toBeNull();
  });

  it('follows SharePoint: someone it does not let change the lists is offered export only', async () => {
    // The page's rights said "may edit" (stale), but SharePoint's effective permissions say otherwise.
    const { panel } = await openArea(s, 'officer');
    await userEvent.click(within(panel).getByRole('tab', { name: 'Import a file' }));
    expect(within(panel).getByText(/You cannot change any of the lists that can be imported/)).toBeInTheDocument();
    expect(within(panel).queryByLabelText('CSV file')).toBeNull();
    await userEvent.click(within(panel).getByRole('tab', { name: 'After an election' }));
    expect(within(panel).getByText(/Applying an election needs edit rights on the Members and Memberships lists/)).toBeInTheDocument();
  });

  it('Democratic Services may not import officers (kept by the sync from Entra ID): the list is not offered', async () => {
    const { panel } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'Import a file' }));
    const lists = within(within(panel).getByRole('combobox', { name: 'List to import into' }))
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(lists).toEqual(['Members', 'Memberships', 'Bodies', 'Liaison Officers']);
    expect(within(panel).getByText('You can export Officers, but not import into it here: officers come from Entra ID through the officer sync, and are changed there by HR or IT.')).toBeInTheDocument();
  });
});

describe('the ModernGov differences', () => {
  const report: DriftReport = {
    kind: 'moderngov-drift',
    version: 1,
    source: 'https://democracy.example.gov.uk',
    generated: '2026-11-20T09:30:00.000Z',
    members: {
      differ: [{ id: 1, moderngovId: '1001', name: 'Cllr Andrew Whitcombe', fields: [{ field: 'email', label: 'Council email', sharePoint: 'andrew.whitcombe@rugby.gov.uk', modernGov: 'a.whitcombe@rugby.gov.uk' }] }],
      onlyInModernGov: [{ moderngovId: '1099', name: 'Cllr Mo Patel', ward: 'Benn' }],
      onlyInSharePoint: [{ id: 3, name: 'Cllr Owen Pritchard' }]
    },
    memberships: {
      differ: [],
      onlyInModernGov: [{ member: 'Cllr Nadia Hussain', body: 'Planning Committee', role: 'Vice-Chair' }],
      onlyInSharePoint: []
    },
    other: [],
    posts: [],
    vacancies: 1,
    problems: [{ entity: 'member', id: '1099', field: 'email', message: 'Cllr Mo Patel: the email address "mo@" is not valid, so it was left out.' }]
  };

  it('says when there is none yet; shows the last one, detail by detail, and when it was made', async () => {
    const { panel } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'ModernGov differences' }));
    expect(await within(panel).findByText(/No comparison with ModernGov has been made yet/, undefined, { timeout: 10000 })).toBeInTheDocument();

    await saveDriftReport(spFor(s.siteUrl, 'democratic-services'), report);
    await userEvent.click(within(panel).getByRole('button', { name: 'Read it again' }));
    expect(await within(panel).findByText('Made on 20 November 2026 at 09:30, from https://democracy.example.gov.uk.', undefined, { timeout: 10000 })).toBeInTheDocument();
    const table = within(panel).getByRole('table', { name: 'Councillors whose details differ, detail by detail' });
    expect(within(table).getByRole('rowheader', { name: 'Cllr Andrew Whitcombe' })).toBeInTheDocument();
    expect(
      within(table)
        .getAllByRole('cell')
        .map((c) => c.textContent)
    ).toEqual(['Council email', 'andrew.whitcombe@rugby.gov.uk', 'a.whitcombe@rugby.gov.uk']);
    expect(within(panel).getByRole('heading', { name: 'In ModernGov, not in the directory (1)' })).toBeInTheDocument();
    expect(within(panel).getByText('Cllr Mo Patel, Benn')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Current councillors in the directory, not in ModernGov (1)' })).toBeInTheDocument();
    expect(within(panel).getByText('Cllr Nadia Hussain, Vice-Chair, Planning Committee')).toBeInTheDocument();
    expect(within(panel).getByText('Vacant seats in ModernGov: 1.')).toBeInTheDocument();
    expect(await axeViolations(panel)).toEqual([]);
  }, 30000);

  it('a damaged report is said to be so, with what to do', async () => {
    const sp = spFor(s.siteUrl, 'democratic-services');
    const library = await sp.web.lists.ensureSiteAssetsLibrary();
    await library.rootFolder.files.addUsingPath('moderngov-drift-report.json', '{"kind":"moderngov-drift","version":1}', { Overwrite: true });
    const { panel } = await openArea(s);
    await userEvent.click(within(panel).getByRole('tab', { name: 'ModernGov differences' }));
    const alert = await within(panel).findByRole('alert', undefined, { timeout: 10000 });
    expect(alert).toHaveTextContent(/could not be read: it is damaged, or from another version\. Run the ModernGov report again/);
  });
});

describe('the keyboard', () => {
  it('moves between the tabs with the arrow keys, Home and End', async () => {
    const { panel, unmount } = await openArea(s);
    const exportTab = within(panel).getByRole('tab', { name: 'Export' });
    exportTab.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(within(panel).getByRole('tab', { name: 'Import a file' })).toHaveFocus();
    expect(within(panel).getByRole('tab', { name: 'Import a file' })).toHaveAttribute('aria-selected', 'true');
    await userEvent.keyboard('{End}');
    expect(within(panel).getByRole('tab', { name: 'After an election' })).toHaveFocus();
    // (Tab itself is pressed in the browser test: jsdom cannot tell what Fluent's panel shows.)
    expect(within(panel).getByRole('tabpanel', { name: 'After an election' })).toContainElement(within(panel).getByLabelText('Election date'));
    unmount();
  });

  it('is not offered to someone SharePoint does not let edit a list a CSV can change', async () => {
    const open = async () => serviceFor(s, 'officer');
    const { rerender } = render(<ImportExportLauncher rights={{}} open={open} prefix="t" onWritten={() => undefined} />);
    expect(screen.queryByRole('button', { name: /^Import and export/ })).toBeNull();
    // Edit rights on wards alone (which no CSV changes) are not enough either.
    rerender(<ImportExportLauncher rights={{ ward: { edit: true, add: true }, member: { edit: false, add: false } }} open={open} prefix="t" onWritten={() => undefined} />);
    expect(screen.queryByRole('button', { name: /^Import and export/ })).toBeNull();
    rerender(<ImportExportLauncher rights={{ liaisonOfficer: { edit: true, add: true } }} open={open} prefix="t" onWritten={() => undefined} />);
    expect(await screen.findByRole('button', { name: /^Import and export/ })).toBeInTheDocument();
  });
});
