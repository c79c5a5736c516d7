/**
 * @jest-environment jsdom
 *
 * "Suggest a change": the councillor's own form (the editors' member form, limited to what a
 * councillor may change), against the local SharePoint server with the real PnPjs, acting as the
 * councillor. Sending adds a change request; the profile itself is not changed.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PnPChangeRequests } from '../../../src/data/requests/PnPChangeRequests';
import type { EditorOutcome } from '../../../src/editing/types';
import SuggestChange from '../../../src/requests/SuggestChange';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, choicesFor, editorFor, itemOf, rugby, startRugby } from '../editing/support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const ME = 11;
const count = async (): Promise<number> => (await spFor(s.siteUrl, 'owner').web.lists.getByTitle('Change Requests').select('ItemCount')()).ItemCount as number;

async function open(): Promise<{ dialog: HTMLElement; outcomes: EditorOutcome[] }> {
  const outcomes: EditorOutcome[] = [];
  await act(async () => {
    render(
      <SuggestChange
        editor={Promise.resolve(editorFor(s, 'member-profile', 'councillor'))}
        requests={Promise.resolve(new PnPChangeRequests(spFor(s.siteUrl, 'councillor')))}
        memberId={ME}
        name="Cllr Daniel Kowalski"
        choices={choicesFor('member-profile')}
        prefix="t"
        onClose={(o) => outcomes.push(o)}
      />
    );
  });
  const dialog = await screen.findByRole('dialog', { name: 'Suggest a change to your profile' });
  await within(dialog).findByRole('button', { name: 'Send to Democratic Services' }, { timeout: 10000 });
  return { dialog, outcomes };
}

describe('a councillor suggests a change to their own profile', () => {
  it('offers only what a councillor may change, in their words, and passes axe', async () => {
    const { dialog } = await open();
    for (const label of ['My skills, interests and expertise', 'About me', 'Show my phone number on my profile', 'Show my mobile number on my profile', 'Show my postal address on my profile']) {
      expect([label, within(dialog).getAllByLabelText(label).length]).toEqual([label, 1]);
    }
    expect(within(dialog).getByRole('button', { name: 'Choose a photo' })).toBeInTheDocument();
    for (const label of [/^First name/, /^Surname/, /^Ward/, /^Council email/, 'Phone', 'Political group', 'SharePoint account (their sign-in email)']) {
      expect(within(dialog).queryByLabelText(label)).toBeNull();
    }
    expect(within(dialog).queryByRole('button', { name: 'Add a committee' })).toBeNull();
    expect(within(dialog).getByLabelText('About me')).toHaveValue(rugby.members.find((m) => m.id === ME)!.biography);
    expect(await axeViolations()).toEqual([]);
  });

  it('electioneering in "About me" is explained at the field and nothing is sent', async () => {
    const { dialog, outcomes } = await open();
    const before = await count();
    const about = within(dialog).getByLabelText('About me');
    await userEvent.type(about, ' Vote Conservative on 7 May!');
    await userEvent.tab();
    const why = await within(dialog).findByRole('heading', { name: 'Why this cannot be saved here' });
    expect(why.parentElement).toHaveTextContent('Contains electioneering');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send to Democratic Services' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(outcomes).toEqual([]);
    expect(await count()).toBe(before);
  });

  it('sends the fields changed, old and new, with the version of the profile; the profile itself is unchanged', async () => {
    const { dialog, outcomes } = await open();
    const profile = await itemOf(s, 'Members', ME);
    const skills = within(dialog).getByLabelText('My skills, interests and expertise');
    await userEvent.clear(skills);
    await userEvent.type(skills, 'Logistics{enter}Cycling');
    await userEvent.click(within(dialog).getByRole('checkbox', { name: 'Show my mobile number on my profile' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send to Democratic Services' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: expect.stringMatching(/^your request/) }]));
    const [request] = await new PnPChangeRequests(spFor(s.siteUrl, 'councillor')).mine();
    expect(request.baseVersion).toBe(Number(String(profile['odata.etag']).replace(/\D/g, '')));
    expect(request.changes).toEqual([
      { field: 'skills', old: rugby.members.find((m) => m.id === ME)!.skills, new: ['Logistics', 'Cycling'] },
      { field: 'publishMobile', old: false, new: true }
    ]);
    expect(await itemOf(s, 'Members', ME)).toMatchObject({ Skills: profile.Skills, PublishMobile: false, 'odata.etag': profile['odata.etag'] });
  });

  it('with nothing changed, nothing is sent', async () => {
    const { dialog, outcomes } = await open();
    const before = await count();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Send to Democratic Services' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: false, what: 'Nothing was sent, because nothing was changed.' }]));
    expect(await count()).toBe(before);
  });
});
