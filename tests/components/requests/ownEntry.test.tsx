/**
 * @jest-environment jsdom
 *
 * A liaison officer's own entry (the editors' liaison officer form, limited to what they can help
 * with and the wards they cover), and a record's history, against the local SharePoint server
 * with the real PnPjs, acting as the liaison officer and as Democratic Services.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HistoryButton, LastUpdated } from '../../../src/components/History';
import { LISTS } from '../../../src/data/lists';
import { readHistory } from '../../../src/data/requests/history';
import EditorHost from '../../../src/editing/EditorHost';
import type { EditorOutcome } from '../../../src/editing/types';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, choicesFor, editorFor, itemOf, rugby, startRugby } from '../editing/support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const GEMMA = rugby.officers.find((o) => o.givenName === 'Gemma' && o.familyName === 'Lloyd')!;
const ENTRY = rugby.liaisonOfficers.find((l) => l.officerId === GEMMA.id)!;

async function openOwn(): Promise<{ dialog: HTMLElement; outcomes: EditorOutcome[] }> {
  const outcomes: EditorOutcome[] = [];
  await act(async () => {
    render(
      <EditorHost
        editor={Promise.resolve(editorFor(s, 'officer-owned', 'liaison-officer'))}
        target={{ kind: 'liaisonOfficer', id: ENTRY.id, name: 'Waste and Recycling', own: true }}
        choices={choicesFor('officer-owned')}
        prefix="t"
        onClose={(o) => outcomes.push(o)}
      />
    );
  });
  const dialog = await screen.findByRole('dialog', { name: 'Your liaison officer entry: Waste and Recycling' });
  await within(dialog).findByRole('button', { name: 'Save' }, { timeout: 10000 });
  return { dialog, outcomes };
}

describe('a liaison officer edits their own entry', () => {
  it('offers only what they can help with and the wards they cover, and passes axe', async () => {
    const { dialog } = await openOwn();
    expect(within(dialog).getByLabelText('What I can help with')).toHaveValue(ENTRY.profile);
    expect(within(dialog).getByRole('group', { name: 'Wards covered' })).toBeInTheDocument();
    expect(within(dialog).queryByLabelText(/^Officer/)).toBeNull();
    expect(within(dialog).queryByLabelText(/^Service area/)).toBeNull();
    expect(within(dialog).queryByLabelText(/^Role/)).toBeNull();
    expect(await axeViolations()).toEqual([]);
  });

  it('a party name is explained and blocked: this is an officer page', async () => {
    const { dialog, outcomes } = await openOwn();
    const profile = within(dialog).getByLabelText('What I can help with');
    await userEvent.type(profile, ' Labour councillors can ask me about bins.');
    await userEvent.tab();
    const why = await within(dialog).findByRole('heading', { name: 'Why this cannot be saved here' });
    expect(why.parentElement).toHaveTextContent('Labour');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(outcomes).toEqual([]);
    expect((await itemOf(s, 'Liaison Officers', ENTRY.id)).Profile).toBe(ENTRY.profile);
  });

  it('saves their text and wards, and nothing else of the entry', async () => {
    const { dialog, outcomes } = await openOwn();
    const before = await itemOf(s, 'Liaison Officers', ENTRY.id);
    const profile = within(dialog).getByLabelText('What I can help with');
    await userEvent.clear(profile);
    await userEvent.type(profile, 'I run the collection rounds: missed bins, crews, and assisted collections.');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Benn' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: 'Waste and Recycling' }]));
    const after = await itemOf(s, 'Liaison Officers', ENTRY.id);
    expect(after).toMatchObject({ Profile: 'I run the collection rounds: missed bins, crews, and assisted collections.', WardsId: [2], EditorId: 14 });
    expect(after).toMatchObject({ Title: before.Title, OfficerId: before.OfficerId, ServiceAreaId: before.ServiceAreaId, Role: before.Role });
  });
});

describe('a record’s history', () => {
  it('“last updated” for everyone; the history, read only when asked, says who changed what, from what to what', async () => {
    const sp = spFor(s.siteUrl, 'democratic-services');
    const loads: number[] = [];
    await act(async () => {
      render(
        <>
          <LastUpdated modified={String((await itemOf(s, 'Liaison Officers', ENTRY.id)).Modified)} />
          <HistoryButton
            kind="liaisonOfficer"
            what="Gemma Lloyd’s entry"
            idPrefix="h"
            load={() => {
              loads.push(1);
              return readHistory(sp, LISTS.liaisonOfficers, ENTRY.id, Object.keys(LISTS.liaisonOfficers.fields).filter((f) => f !== 'id'));
            }}
          />
        </>
      );
    });
    expect(screen.getByText(/^Last updated on \d{1,2} \w+ \d{4}\.$/)).toBeInTheDocument();
    expect(loads).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Show the history of changes to Gemma Lloyd’s entry' }));
    const list = await screen.findByRole('list', { name: 'History of changes' }, { timeout: 10000 });
    const [latest] = within(list).getAllByRole('listitem').filter((li) => li.parentElement === list);
    expect(latest).toHaveTextContent(/^Version 2\.0: .* by Gemma Lloyd/);
    expect(latest).toHaveTextContent(`What I can help with: from “${ENTRY.profile}” to “I run the collection rounds: missed bins, crews, and assisted collections.”`);
    expect(latest).toHaveTextContent('Wards covered: from “(blank)” to “Benn”');
    expect(loads).toEqual([1]);
    expect(screen.getByRole('button', { name: 'Hide the history of changes' })).toHaveAttribute('aria-expanded', 'true');
    expect(await axeViolations()).toEqual([]);
  });
});
