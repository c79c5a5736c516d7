/**
 * @jest-environment jsdom
 *
 * "After an election", with the real import service against the local SharePoint server: the
 * date typed the British way and checked; the dry run says who becomes former, whose memberships
 * end on the date and who is added, and writes nothing; nothing is applied without the explicit
 * confirmation; once confirmed, SharePoint holds exactly that (read back as the site owner). From a
 * CSV with a row that has a problem, the election is refused. And from files saved from ModernGov.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { importModernGov } from '../../../src/data/import';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations } from '../editing/support';
import { answersFrom, clearLists, FIXTURE } from '../../integration/import/support';
import { item, openArea, serviceFor, sheetOf, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const members = () => spFor(s.siteUrl, 'owner').web.lists.getByTitle('Members').items.select('Id', 'Title', 'Status', 'TermEnd').top(5000)<Array<{ Id: number; Title: string; Status: string; TermEnd: string | null }>>();
const membershipsOf = async (memberId: number) =>
  (await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Memberships').items.select('Id', 'MemberId', 'EndDate').top(5000)<Array<{ Id: number; MemberId: number; EndDate: string | null }>>()).filter((m) => m.MemberId === memberId);

async function electionTab() {
  const opened = await openArea(s);
  await userEvent.click(within(opened.panel).getByRole('tab', { name: 'After an election' }));
  return opened;
}

it('asks for a real date, typed the British way, and a file', async () => {
  const { panel } = await electionTab();
  const date = within(panel).getByLabelText('Election date');
  expect(date).toHaveAccessibleDescription('For example, 7/5/2026');
  await userEvent.type(date, '31/02/2026');
  await userEvent.click(within(panel).getByRole('button', { name: 'Check the election' }));
  expect(date).toHaveFocus();
  expect(date).toHaveAttribute('aria-invalid', 'true');
  expect(date).toHaveAccessibleDescription('For example, 7/5/2026 Election date must be a real date, written like 7/5/2026.');
  await userEvent.clear(date);
  await userEvent.type(date, '7/5/2026');
  await userEvent.click(within(panel).getByRole('button', { name: 'Check the election' }));
  expect(within(panel).getByLabelText('CSV file')).toHaveFocus();
  expect(within(panel).getByLabelText('CSV file')).toHaveAccessibleDescription('Choose a CSV file first.');
});

it('from a CSV of Members: the dry run names who leaves, what ends and who is added; only the confirmation applies it', async () => {
  const sheet = sheetOf((await serviceFor(s).exportList('members')).text);
  // Kwame Mensah (5) was not re-elected; Priya Raman was elected in Benn.
  sheet.rows.splice(sheet.rows.indexOf(sheet.byId(5)), 1);
  const row = sheet.header.map(() => '');
  sheet.set(row, 'Given name', 'Priya');
  sheet.set(row, 'Family name', 'Raman');
  sheet.set(row, 'Email', 'priya.raman@rugby.gov.uk');
  sheet.set(row, 'Ward', 'Benn');
  sheet.set(row, 'Term start', '08/05/2026');
  sheet.set(row, 'Status', 'Current');
  sheet.rows.push(row);
  const open = (await membershipsOf(5)).filter((m) => !m.EndDate);
  expect(open).toHaveLength(5);
  const before = await members();

  const { panel, written } = await electionTab();
  await userEvent.type(within(panel).getByLabelText('Election date'), '7/5/2026');
  await userEvent.upload(within(panel).getByLabelText('CSV file'), new File([sheet.text()], 'after-the-election.csv', { type: 'text/csv' }));
  await userEvent.click(within(panel).getByRole('button', { name: 'Check the election' }));

  const heading = await within(panel).findByRole('heading', { name: 'What the election would do' }, { timeout: 15000 });
  await waitFor(() => expect(heading).toHaveFocus());
  const leaving = within(panel).getByRole('heading', { name: 'To be marked as former (1)' }).nextElementSibling as HTMLElement;
  expect(within(leaving).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Cllr Kwame Mensah']);
  const ending = within(panel).getByRole('table', { name: 'Memberships that end on 7 May 2026' });
  expect(
    within(ending)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [within(r).getByRole('rowheader').textContent, ...within(r).getAllByRole('cell').map((c) => c.textContent)])
  ).toEqual(
    expect.arrayContaining([
      ['Cllr Kwame Mensah', 'Member', 'Full Council'],
      ['Cllr Kwame Mensah', 'Champion', 'Full Council'],
      ['Cllr Kwame Mensah', 'Member', 'Scrutiny Committee'],
      ['Cllr Kwame Mensah', 'Councillor', 'Warwickshire County Council']
    ])
  );
  expect(within(ending).getAllByRole('row')).toHaveLength(open.length + 1);
  const joining = within(panel).getByRole('heading', { name: 'Newly elected, to be added (1)' }).nextElementSibling as HTMLElement;
  expect(within(joining).getAllByRole('listitem').map((li) => li.textContent)).toEqual([`Row ${sheet.rows.length + 1}: Cllr Priya Raman`]);
  expect(await axeViolations(panel)).toEqual([]);
  expect(await members()).toEqual(before);

  // The first press only asks; "Go back" writes nothing.
  await userEvent.click(within(panel).getByRole('button', { name: 'Apply the election…' }));
  const confirm = await screen.findByRole('alertdialog', { name: 'Apply the election of 7 May 2026?' });
  expect(confirm).toHaveTextContent('1 councillor will be marked as former and 5 memberships will end on 7 May 2026; 1 councillor will be added.');
  expect(await axeViolations(confirm)).toEqual([]);
  await userEvent.click(within(confirm).getByRole('button', { name: 'Go back' }));
  await waitFor(() => expect(screen.queryByRole('alertdialog', { name: 'Apply the election of 7 May 2026?' })).toBeNull());
  expect(await members()).toEqual(before);

  await userEvent.click(within(panel).getByRole('button', { name: 'Apply the election…' }));
  await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Apply the election of 7 May 2026?' })).getByRole('button', { name: 'Apply the election' }));
  const done = await within(panel).findByRole('heading', { name: 'What the election did' }, { timeout: 15000 });
  await waitFor(() => expect(done).toHaveFocus());
  expect(within(panel).getByText('1 councillor marked as former; 5 memberships ended; 1 added and 0 updated.')).toBeInTheDocument();
  expect(within(panel).getAllByRole('status').map((e) => e.textContent)).toContain('Election applied: 1 councillor marked as former, 5 memberships ended.');
  expect(written()).toBe(0);

  // Midnight on 7 May (British Summer Time) on this GMT Standard Time site.
  expect(await item(s, 'Members', 5)).toMatchObject({ Status: 'Former', TermEnd: '2026-05-06T23:00:00Z' });
  expect((await membershipsOf(5)).filter((m) => open.some((o) => o.Id === m.Id)).map((m) => m.EndDate)).toEqual(open.map(() => '2026-05-06T23:00:00Z'));
  const after = await members();
  expect(after.filter((m) => m.Title === 'Priya Raman').map((m) => m.Status)).toEqual(['Current']);
  expect(after.filter((m) => m.Id !== 5 && before.some((b) => b.Id === m.Id))).toEqual(before.filter((m) => m.Id !== 5));
}, 60000);

it('from a CSV with a row that has a problem: refused, and nothing can be applied', async () => {
  const sheet = sheetOf((await serviceFor(s).exportList('members')).text);
  sheet.set(sheet.byId(1), 'Email', 'andrew.whitcombe@rugby');
  sheet.rows.splice(sheet.rows.indexOf(sheet.byId(2)), 1);
  const { panel } = await electionTab();
  await userEvent.type(within(panel).getByLabelText('Election date'), '7/5/2026');
  await userEvent.upload(within(panel).getByLabelText('CSV file'), new File([sheet.text()], 'after.csv', { type: 'text/csv' }));
  await userEvent.click(within(panel).getByRole('button', { name: 'Check the election' }));
  await within(panel).findByRole('heading', { name: 'What the election would do' }, { timeout: 15000 });
  expect(within(panel).getByRole('alert')).toHaveTextContent(/The election cannot be applied yet\. 1 row has problems/);
  const problems = within(panel).getByRole('table', { name: 'Problems in after.csv, by row and column' });
  expect(within(problems).getAllByRole('cell').map((c) => c.textContent)).toEqual(['2', 'Email', expect.stringMatching(/email address/)]);
  expect(within(panel).queryByRole('button', { name: 'Apply the election…' })).toBeNull();
  expect((await item(s, 'Members', 2)).Status).toBe('Current');
}, 30000);

it('from files saved from ModernGov: who leaves, and who is added', async () => {
  await clearLists(spFor(s.siteUrl, 'owner'));
  await importModernGov(spFor(s.siteUrl, 'democratic-services'), await answersFrom(FIXTURE), { today: '2026-11-20', dryRun: false });
  // ModernGov after the election: Bernard Okonkwo (301) is no longer listed.
  const councillors = fs.readFileSync(path.join(FIXTURE, 'GetCouncillorsByWard.xml'), 'utf8');
  const start = councillors.indexOf('<councillor>', councillors.indexOf('<councillorid>301') - 40);
  const end = councillors.indexOf('</councillor>', start) + '</councillor>'.length;
  expect(councillors.slice(start, end)).toContain('Cllr Bernard Okonkwo');
  const files = [
    new File([councillors.slice(0, start) + councillors.slice(end)], 'GetCouncillorsByWard.xml', { type: 'text/xml' }),
    new File([fs.readFileSync(path.join(FIXTURE, 'GetCommittees.xml'))], 'GetCommittees.xml', { type: 'text/xml' })
  ];
  const { panel } = await electionTab();
  await userEvent.type(within(panel).getByLabelText('Election date'), '7/5/2026');
  await userEvent.click(within(panel).getByRole('radio', { name: /^Files saved from ModernGov/ }));
  await userEvent.upload(within(panel).getByLabelText('Files saved from ModernGov'), files);
  await userEvent.click(within(panel).getByRole('button', { name: 'Check the election' }));
  await within(panel).findByRole('heading', { name: 'What the election would do' }, { timeout: 15000 });
  const leaving = within(panel).getByRole('heading', { name: 'To be marked as former (1)' }).nextElementSibling as HTMLElement;
  expect(within(leaving).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Cllr Bernard Okonkwo']);
  expect(within(panel).getByRole('heading', { name: 'Newly elected, to be added (0)' })).toBeInTheDocument();
  expect(within(panel).getByRole('button', { name: 'Apply the election…' })).toBeInTheDocument();
}, 60000);
