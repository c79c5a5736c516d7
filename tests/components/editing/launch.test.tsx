/**
 * @jest-environment jsdom
 *
 * The Edit entry points in the read web parts: who sees Edit comes from SharePoint's effective
 * permissions, asked only once a record is reached for (never for the first render); the editor
 * loads on demand, focus comes back to Edit, and a save is announced and the page reads again.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EditRights } from '../../../src/data/editing/types';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components';
import type { TestServer } from '../../support/localServer';
import { FakeRepository as MemberRepository, renderDirectory } from '../memberProfiles/support';
import { FakeRepository as OfficerRepository } from '../officerDirectory/fakeRepository';
import { axeViolations, editorFor, itemOf, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());
beforeEach(() => window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx'));

const EVERYTHING: EditRights = {
  member: { edit: true, add: true },
  membership: { edit: true, add: true },
  body: { edit: true, add: true },
  ward: { edit: true, add: true },
  politicalGroup: { edit: true, add: true },
  serviceArea: { edit: true, add: true },
  liaisonOfficer: { edit: true, add: true }
};
const NOTHING: EditRights = Object.fromEntries(Object.keys(EVERYTHING).map((k) => [k, { edit: false, add: false }]));

/** The demo directory in memory, editing through the real editing service as the given user. */
class EditableMembers extends MemberRepository {
  public rightsAsked = 0;
  public constructor(private readonly rights: EditRights, private readonly user: 'democratic-services' | 'officer' = 'democratic-services') {
    super('member-profile');
  }
  public async editRights(): Promise<EditRights> {
    this.rightsAsked++;
    return this.rights;
  }
  public async openEditor() {
    return editorFor(s, 'member-profile', this.user);
  }
}

describe('Member Profiles', () => {
  it('asks who may edit only once a profile is opened, and shows Edit to nobody SharePoint does not allow', async () => {
    const repository = new EditableMembers(NOTHING, 'officer');
    await renderDirectory('member-profile', repository as unknown as MemberRepository);
    expect(repository.rightsAsked).toBe(0);
    expect(screen.queryAllByRole('button', { name: /^Edit/ })).toEqual([]);
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
    const dialog = await screen.findByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    expect(within(dialog).queryByRole('button', { name: /^Edit/ })).toBeNull();
    await userEvent.click(screen.getByRole('tab', { name: 'By committee', hidden: true }));
    expect(repository.rightsAsked).toBe(1);
  });

  it('an editor edits from the profile; focus returns to Edit, the save is announced and the page reads SharePoint again', async () => {
    const repository = new EditableMembers(EVERYTHING);
    await renderDirectory('member-profile', repository as unknown as MemberRepository);
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
    const profile = await screen.findByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
    const edit = await within(profile).findByRole('button', { name: 'Edit Cllr Andrew Whitcombe’s profile and memberships' });
    expect(within(profile).getByRole('button', { name: 'Edit the political group Conservative Group' })).toBeInTheDocument();
    expect(await axeViolations(profile)).toEqual([]);

    await userEvent.click(edit);
    const editor = await screen.findByRole('dialog', { name: 'Edit Cllr Andrew Whitcombe' });
    await userEvent.click(await within(editor).findByRole('button', { name: 'Cancel' }, { timeout: 10000 }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Edit Cllr Andrew Whitcombe' })).toBeNull());
    await waitFor(() => expect(edit).toHaveFocus());

    const loads = repository.loads;
    await userEvent.click(edit);
    const again = await screen.findByRole('dialog', { name: 'Edit Cllr Andrew Whitcombe' });
    const post = await within(again).findByLabelText('Letters after name', undefined, { timeout: 10000 });
    await userEvent.type(post, 'DL');
    await userEvent.click(within(again).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByText('Saved: Cllr Andrew Whitcombe’s profile. The page now shows the change.')).toBeInTheDocument());
    expect(screen.getByText(/^Saved: /)).toHaveAttribute('role', 'status');
    expect(repository.refreshes).toBe(1);
    await waitFor(() => expect(repository.loads).toBe(loads + 1));
    expect((await itemOf(s, 'Members', 1)).PostNominals).toBe('DL');
  });

  it('Edit on a committee, each of its memberships, and a ward, once chosen', async () => {
    const repository = new EditableMembers(EVERYTHING);
    await renderDirectory('member-profile', repository as unknown as MemberRepository);
    await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
    expect(repository.rightsAsked).toBe(0);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Committee or body' }), 'Planning Committee');
    await screen.findByRole('button', { name: 'Edit Planning Committee' });
    expect(repository.rightsAsked).toBe(1);
    const table = screen.getByRole('table', { name: 'Members of Planning Committee' });
    const memberships = within(table).getAllByRole('button', { name: /^Edit the membership of / });
    expect(memberships.length).toBe(within(table).getAllByRole('row').length - 1);
    await userEvent.click(screen.getByRole('tab', { name: 'By ward' }));
    await userEvent.click(screen.getByRole('button', { name: 'Hillmorton' }));
    expect(await screen.findByRole('button', { name: 'Edit the ward Hillmorton' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});

class EditableOfficers extends OfficerRepository {
  public rightsAsked = 0;
  public constructor(private readonly rights: EditRights) {
    super();
  }
  public async editRights(): Promise<EditRights> {
    this.rightsAsked++;
    return this.rights;
  }
  public async openEditor() {
    return editorFor(s, 'officer-owned');
  }
}

describe('the Officer Directory', () => {
  it('asks who may edit only when services are browsed or a result is reached for, then offers Edit on services and liaison officers', async () => {
    const repository = new EditableOfficers(EVERYTHING);
    await act(async () => {
      render(<OfficerDirectory repository={repository} />);
    });
    const topic = await screen.findByLabelText('What do you need help with?');
    await userEvent.type(topic, 'bins');
    await screen.findAllByRole('heading', { name: 'Waste and Recycling' });
    expect(repository.rightsAsked).toBe(0);
    expect(screen.queryAllByRole('button', { name: /^Edit/ })).toEqual([]);
    await userEvent.click(screen.getByRole('tab', { name: 'Browse services' }));
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    const edit = await screen.findByRole('button', { name: 'Edit the service Waste and Recycling' });
    expect(screen.getAllByRole('button', { name: /^Edit .*, liaison officer for Waste and Recycling$/ })).toHaveLength(2);
    await userEvent.click(edit);
    const editor = await screen.findByRole('dialog', { name: 'Edit service: Waste and Recycling' });
    expect(await within(editor).findByLabelText('Topic keywords', undefined, { timeout: 10000 })).toBeInTheDocument();
  });

  it('shows no Edit to someone SharePoint does not let edit', async () => {
    const repository = new EditableOfficers(NOTHING);
    await act(async () => {
      render(<OfficerDirectory repository={repository} />);
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Browse services' }));
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    await screen.findAllByRole('heading', { name: 'Waste and Recycling' });
    expect(screen.queryAllByRole('button', { name: /^(Edit|Add a liaison)/ })).toEqual([]);
  });
});

describe('officers and pre-election periods', () => {
  it('Member Profiles: "Pre-election periods" for those who may edit that list, once a record is reached for; it opens the periods form', async () => {
    const none = new EditableMembers({ ...EVERYTHING, preElectionPeriod: { edit: false, add: false } });
    const first = await renderDirectory('member-profile', none as unknown as MemberRepository);
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
    await waitFor(() => expect(none.rightsAsked).toBe(1));
    expect(screen.queryByRole('button', { name: /^Pre-election periods/, hidden: true })).toBeNull();
    first.unmount();
    window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx');

    const repository = new EditableMembers({ ...EVERYTHING, preElectionPeriod: { edit: true, add: true } });
    await renderDirectory('member-profile', repository as unknown as MemberRepository);
    expect(screen.queryByRole('button', { name: /^Pre-election periods/ })).toBeNull();
    expect(repository.rightsAsked).toBe(0);
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    await userEvent.click(await screen.findByRole('button', { name: 'Close the profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Cllr Andrew Whitcombe' })).toBeNull());
    const button = await screen.findByRole('button', { name: 'Pre-election periods: add, change or remove them' });
    await userEvent.click(button);
    const editor = await screen.findByRole('dialog', { name: 'Pre-election periods' });
    expect(await within(editor).findByRole('button', { name: 'Add a pre-election period' }, { timeout: 10000 })).toBeInTheDocument();
  });

  it('the Officer Directory: Edit on an officer’s card for those who may edit Officers, asked once a card is opened', async () => {
    const repository = new EditableOfficers({ ...EVERYTHING, officer: { edit: true, add: true } });
    window.history.replaceState(null, '', '/sites/council/SitePages/Officers.aspx?officer=2');
    await act(async () => {
      render(<OfficerDirectory repository={repository} />);
    });
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    await userEvent.click(await screen.findByRole('button', { name: 'Edit Gemma Jackson’s photo and politically restricted post' }));
    const editor = await screen.findByRole('dialog', { name: 'Edit officer: Gemma Jackson' });
    expect(await within(editor).findByRole('checkbox', { name: 'Politically restricted post' }, { timeout: 10000 })).toBeInTheDocument();
  });

  it('no Edit on an officer’s card for anyone else', async () => {
    const repository = new EditableOfficers({ ...NOTHING, officer: { edit: false, add: false } });
    window.history.replaceState(null, '', '/sites/council/SitePages/Officers.aspx?officer=2');
    await act(async () => {
      render(<OfficerDirectory repository={repository} />);
    });
    await waitFor(() => expect(repository.rightsAsked).toBe(1));
    await screen.findByRole('region', { name: 'Gemma Jackson' });
    expect(screen.queryAllByRole('button', { name: /^Edit/ })).toEqual([]);
  });
});
