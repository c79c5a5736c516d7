/**
 * @jest-environment jsdom
 *
 * The way in from both web parts: "Import and export" is offered to those SharePoint's effective
 * permissions let edit a list a CSV changes (asked through the real PnPjs, lazily, as the Edit
 * buttons are: never for the first render), and to nobody else; it opens the area. (After a write,
 * closing the area makes the page read SharePoint again: importExport.test.tsx.)
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readEditRights } from '../../../src/data/editing/rights';
import type { EditRights } from '../../../src/data/editing/types';
import type { IImportService } from '../../../src/data/import/service';
import { OfficerDirectory } from '../../../src/webparts/officerDirectory/components';
import type { LocalUserName, TestServer } from '../../support/localServer';
import { spFor } from '../../support/localServer';
import { FakeRepository as MemberRepository, renderDirectory } from '../memberProfiles/support';
import { FakeRepository as OfficerRepository } from '../officerDirectory/fakeRepository';
import { serviceFor, startRugby } from './support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());
beforeEach(() => window.history.replaceState(null, '', '/sites/council/SitePages/Councillors.aspx'));

/** The demo directory in memory; who may edit, and the import service, from the local SharePoint as `user`. */
class Members extends MemberRepository {
  public rightsAsked = 0;
  public constructor(private readonly user: LocalUserName) {
    super('officer-owned');
  }
  public async editRights(): Promise<EditRights> {
    this.rightsAsked++;
    return readEditRights(spFor(s.siteUrl, this.user), ['member', 'membership', 'body', 'ward']);
  }
  public async openImports(): Promise<IImportService> {
    return serviceFor(s, this.user);
  }
}

class Officers extends OfficerRepository {
  public constructor(private readonly user: LocalUserName) {
    super();
  }
  public async editRights(): Promise<EditRights> {
    return readEditRights(spFor(s.siteUrl, this.user), ['serviceArea', 'liaisonOfficer']);
  }
  public async openImports(): Promise<IImportService> {
    return serviceFor(s, this.user);
  }
}

const launcher = () => screen.queryByRole('button', { name: /^Import and export/ });

describe('Member Profiles', () => {
  it('offers it to Democratic Services once a record is reached for (not on the first render), and opens the area', async () => {
    const repository = new Members('democratic-services');
    await renderDirectory('officer-owned', repository as unknown as MemberRepository);
    expect(repository.rightsAsked).toBe(0);
    expect(launcher()).toBeNull();
    await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
    const profile = await screen.findByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
    await userEvent.click(within(profile).getByRole('button', { name: 'Close the profile' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Cllr Andrew Whitcombe' })).toBeNull());
    const open = await screen.findByRole('button', { name: /^Import and export/ }, { timeout: 10000 });
    expect(repository.rightsAsked).toBe(1);
    await userEvent.click(open);
    const panel = await screen.findByRole('dialog', { name: 'Import and export' }, { timeout: 10000 });
    expect(await within(panel).findByRole('tab', { name: 'Export' }, { timeout: 10000 })).toHaveAttribute('aria-selected', 'true');
    // Nothing written: closing does not read SharePoint again.
    const refreshes = repository.refreshes;
    await userEvent.click(within(panel).getByRole('button', { name: 'Close import and export' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Import and export' })).toBeNull());
    expect(repository.refreshes).toBe(refreshes);
  });

  for (const user of ['officer', 'councillor'] as const) {
    it(`is not offered to ${user === 'officer' ? 'an officer' : 'a councillor'}`, async () => {
      const repository = new Members(user);
      await renderDirectory('officer-owned', repository as unknown as MemberRepository);
      await userEvent.click(screen.getByRole('button', { name: 'Cllr Andrew Whitcombe' }));
      await screen.findByRole('dialog', { name: 'Cllr Andrew Whitcombe' });
      await waitFor(() => expect(repository.rightsAsked).toBe(1));
      // The rights have arrived (no Edit on the profile), and still no Import and export.
      await new Promise((r) => setTimeout(r, 200));
      expect(screen.queryAllByRole('button', { name: /^Edit/, hidden: true })).toEqual([]);
      expect(screen.queryByRole('button', { name: /^Import and export/, hidden: true })).toBeNull();
    });
  }
});

describe('the Officer Directory', () => {
  it('offers it to Democratic Services once services are browsed', async () => {
    await act(async () => {
      render(<OfficerDirectory repository={new Officers('democratic-services')} />);
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Browse services' }));
    expect(await screen.findByRole('button', { name: /^Import and export/ }, { timeout: 10000 })).toBeInTheDocument();
  });

  it('is not offered to an officer', async () => {
    await act(async () => {
      render(<OfficerDirectory repository={new Officers('officer')} />);
    });
    await userEvent.click(await screen.findByRole('tab', { name: 'Browse services' }));
    await screen.findAllByRole('heading', { name: 'Waste and Recycling' });
    await new Promise((r) => setTimeout(r, 200));
    expect(launcher()).toBeNull();
  });
});
