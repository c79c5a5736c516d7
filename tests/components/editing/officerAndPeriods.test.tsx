/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SYNCED_FIELDS } from '../../../src/data/sync/officers/columns';
import { OFFICER_KEPT_FIELDS } from '../../../src/data/editing/specs';
import { LISTS } from '../../../src/data/lists';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, describedBy, editorFor, itemOf, openEditor, rugby, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const owner = () => spFor(s.siteUrl, 'owner');
const officerName = (id: number): string => {
  const o = rugby.officers.find((x) => x.id === id)!;
  return `${o.givenName} ${o.familyName}`;
};
/** Every column but those a save changes by its nature (and the one the form changed). */
function columnsBut(item: Record<string, unknown>, ...changed: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    if (['Modified', 'odata.etag', 'odata.editLink', 'odata.id', '__metadata', 'OData__UIVersionString', 'Editor', 'EditorId', ...changed].includes(k)) continue;
    out[k] = v;
  }
  return out;
}
const openOfficer = (id: number) => openEditor(s, { kind: 'officer', id, name: officerName(id) }, { channel: 'officer-owned' });

describe('the officer form', () => {
  it('offers only what people keep: the sync from Entra ID never writes them', () => {
    expect([...OFFICER_KEPT_FIELDS].sort()).toEqual(['photoUrl', 'politicallyRestricted']);
    for (const f of OFFICER_KEPT_FIELDS) expect(SYNCED_FIELDS as readonly string[]).not.toContain(f);
  });

  it('shows Entra ID’s details read-only, and saves the politically restricted flag and nothing else', async () => {
    const before = await itemOf(s, 'Officers', 2);
    expect(before.PoliticallyRestricted).toBe(false);
    const { dialog, outcomes } = await openOfficer(2);
    expect(within(dialog).getByRole('heading', { name: 'Edit officer: Gemma Jackson' })).toBeInTheDocument();
    // Nothing to type into: the photo (chosen or removed) and one tick box are all that can change.
    expect(within(dialog).queryAllByRole('textbox')).toEqual([]);
    expect(within(dialog).queryAllByRole('combobox')).toEqual([]);
    expect(within(dialog).getAllByRole('checkbox').map((c) => c.closest('div')?.textContent)).toEqual([expect.stringContaining('Politically restricted post')]);
    expect(within(dialog).getByRole('button', { name: 'Choose a photo' })).toBeInTheDocument();
    expect(within(dialog).getByText(/These details come from Entra ID and are changed there, by HR or IT\./)).toBeInTheDocument();
    const entra = within(dialog).getByRole('region', { name: 'From Entra ID' });
    expect(within(entra).getByText('Executive Support Manager')).toBeInTheDocument();
    expect(within(entra).getByText('gemma.jackson@rugby.gov.uk')).toBeInTheDocument();
    expect(within(entra).getByText(rugby.serviceAreas.find((x) => x.id === 1)!.title)).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);

    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Politically restricted post' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: 'Gemma Jackson' }]));
    const after = await itemOf(s, 'Officers', 2);
    expect(after.PoliticallyRestricted).toBe(true);
    expect(columnsBut(after, 'PoliticallyRestricted')).toEqual(columnsBut(before, 'PoliticallyRestricted'));
  });

  it('removes the photo, leaving every other column as it was', async () => {
    const before = await itemOf(s, 'Officers', 3);
    expect(before.Photo).toBeTruthy();
    const { dialog, outcomes } = await openOfficer(3);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Remove the photo' }));
    expect(within(dialog).getByText('The photo will be removed when you save.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: officerName(3) }]));
    const after = await itemOf(s, 'Officers', 3);
    expect(after.Photo ?? null).toBeNull();
    expect(columnsBut(after, 'Photo')).toEqual(columnsBut(before, 'Photo'));
  });

  it('saves the flag even when a synced field would not pass (a job title Entra ID left blank): that is not the editor’s to mend', async () => {
    await owner().web.lists.getByTitle('Officers').items.getById(4).update({ JobTitle: '' });
    const { dialog, outcomes } = await openOfficer(4);
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Politically restricted post' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: officerName(4) }]));
    expect(await itemOf(s, 'Officers', 4)).toMatchObject({ PoliticallyRestricted: !rugby.officers.find((o) => o.id === 4)!.politicallyRestricted, JobTitle: null });
  });

  it('the editing service never writes a synced field, whatever it is handed', async () => {
    const editor = editorFor(s, 'officer-owned');
    const copy = await editor.read('officer', 5);
    const before = await itemOf(s, 'Officers', 5);
    const result = await editor.save([
      { key: 'o', label: 'Officer', kind: 'officer', id: 5, etag: copy.etag, values: { ...copy.values, jobTitle: 'Chief Executive', email: 'someone@else.example', politicallyRestricted: true } }
    ]);
    expect(result.complete).toBe(true);
    const after = await itemOf(s, 'Officers', 5);
    expect(after).toMatchObject({ PoliticallyRestricted: true, JobTitle: before.JobTitle, Email: before.Email });
    expect(columnsBut(after, 'PoliticallyRestricted')).toEqual(columnsBut(before, 'PoliticallyRestricted'));
  });
});

describe('the pre-election periods form', () => {
  const periods = () => owner().web.lists.getByTitle(LISTS.preElectionPeriods.title).items;
  let may: number;
  let past: number;
  beforeAll(async () => {
    may = (await periods().add({ Title: 'Borough council elections, 7 May 2026', StartDate: '2026-03-27T00:00:00Z', EndDate: '2026-05-07T00:00:00Z' })).Id as number;
    past = (await periods().add({ Title: 'County council elections, 1 May 2025', StartDate: '2025-03-24T00:00:00Z', EndDate: '2025-05-01T00:00:00Z' })).Id as number;
  });
  const open = () => openEditor(s, { kind: 'preElectionPeriod', name: 'Pre-election periods' });

  it('lists the periods with British dates, and refuses an end before the start at the field, writing nothing', async () => {
    const { dialog, outcomes } = await open();
    expect(within(dialog).getByRole('heading', { name: 'Pre-election periods' })).toBeInTheDocument();
    const groups = within(dialog).getAllByRole('group');
    expect(groups.map((g) => within(g).getByLabelText(/^Election/)).map((i) => (i as HTMLInputElement).value)).toEqual([
      'Borough council elections, 7 May 2026',
      'County council elections, 1 May 2025'
    ]);
    const first = groups[0];
    expect(within(first).getByLabelText(/^Start date/)).toHaveValue('27/03/2026');
    const end = within(first).getByLabelText(/^End date/);
    expect(end).toHaveValue('07/05/2026');

    await userEvent.clear(end);
    await userEvent.type(end, '01/03/2026');
    await userEvent.tab();
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(end)).toContain('Pre-election period end must be on or after its start.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual(['Pre-election period end must be on or after its start.']);
    expect(outcomes).toEqual([]);
    expect(String((await itemOf(s, LISTS.preElectionPeriods.title, may)).EndDate)).toMatch(/^2026-05-0[67]/);

    // A date that is not real, and a period with no election named, are refused too.
    await userEvent.clear(end);
    await userEvent.type(end, '31/02/2026');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(end)).toContain('End date must be a real date, written like 13/05/2024.'));
    const title = within(first).getByLabelText(/^Election/);
    await userEvent.clear(title);
    await userEvent.tab();
    await waitFor(() => expect(describedBy(title)).toContain('Election is required.'));
    expect(await axeViolations()).toEqual([]);
  });

  it('adds, changes and removes periods in one save, each against the ETag it was read with', async () => {
    const { dialog, outcomes } = await open();
    const [first, second] = within(dialog).getAllByRole('group');
    const end = within(first).getByLabelText(/^End date/);
    await userEvent.clear(end);
    await userEvent.type(end, '8/5/2026');
    await userEvent.click(within(second).getByRole('button', { name: 'Remove County council elections, 1 May 2025' }));
    expect(within(second).getByText('This period will be removed when you save.')).toBeInTheDocument();

    await userEvent.click(within(dialog).getByRole('button', { name: 'Add a pre-election period' }));
    const added = within(dialog).getAllByRole('group').find((g) => within(g).queryByText('New pre-election period'))!;
    const addedTitle = within(added).getByLabelText(/^Election/);
    expect(addedTitle).toHaveFocus();
    await userEvent.type(addedTitle, 'Borough by-election, Benn ward, 4 December 2026');
    await userEvent.type(within(added).getByLabelText(/^Start date/), '30/10/2026');
    await userEvent.type(within(added).getByLabelText(/^End date/), '04/12/2026');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: 'pre-election periods' }]));

    const rows = (await periods().select('Id', 'Title', 'StartDate', 'EndDate')()) as Array<Record<string, unknown>>;
    expect(rows.map((r) => r.Id)).not.toContain(past);
    expect(String(rows.find((r) => r.Id === may)?.EndDate)).toMatch(/^2026-05-0[78]/);
    const fresh = rows.find((r) => r.Title === 'Borough by-election, Benn ward, 4 December 2026');
    expect(String(fresh?.StartDate)).toMatch(/^2026-10-(29|30)/);
    expect(rows).toHaveLength(2);
  });

  it('a period someone else changed meanwhile is not overwritten: both versions are shown', async () => {
    const { dialog, outcomes } = await open();
    await periods().getById(may).update({ Title: 'Borough council elections, 7 May 2026 (updated)' });
    const group = within(dialog).getByRole('group', { name: 'Pre-election period: Borough council elections, 7 May 2026' });
    const start = within(group).getByLabelText(/^Start date/);
    await userEvent.clear(start);
    await userEvent.type(start, '26/03/2026');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('heading', { name: 'Someone else saved this while you were editing' });
    expect(outcomes).toEqual([]);
    expect((await itemOf(s, LISTS.preElectionPeriods.title, may)).Title).toBe('Borough council elections, 7 May 2026 (updated)');
  });
});
