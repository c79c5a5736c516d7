/**
 * @jest-environment jsdom
 */
/**
 * The Neutrality report panel: offered only to those SharePoint lets edit an officer-owned list,
 * it runs the real site scan (src/data/scan, with the real PnPjs against the local SharePoint
 * server) and lists every violation with its list, item, field, words, rule and a link to the
 * item, with "Download as CSV" (UTF-8 with a byte-order mark). Checked with axe.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import Papa from 'papaparse';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { mayRunNeutralityReport, NeutralityReportLauncher, OFFICER_OWNED_KINDS } from '../../../src/components/NeutralityReport';
import { KIND_LISTS, EDITABLE_KINDS } from '../../../src/data/editing/kinds';
import { LISTS } from '../../../src/data/lists';
import { channelOfList, type ListTitle } from '../../../src/domain/neutrality/channels';
import { PnPOfficerDirectoryRepository } from '../../../src/data/officers/PnPOfficerDirectoryRepository';
import type { ScanReport } from '../../../src/data/scan/types';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { axeViolations } from '../memberProfiles/support';

let s: TestServer;
const rugby = rugbyDataset();
const waste = rugby.serviceAreas.find((x) => x.title === 'Waste and Recycling')!;
const officer = rugby.officers[0];
const PLANTED = { description: 'Run jointly with the L a b o u r Party office.', jobTitle: 'Tory Campaign Manager' };

beforeAll(async () => {
  s = await startTestServer();
  seedCouncil(s.server!, rugby);
  // Two violations, typed in as Democratic Services or HR might have typed them.
  const lists = spFor(s.siteUrl, 'owner').web.lists;
  await lists.getByTitle('Service Areas').items.getById(waste.id).update({ Description: PLANTED.description });
  await lists.getByTitle('Officers').items.getById(officer.id).update({ JobTitle: PLANTED.jobTitle });
}, 60000);
afterAll(() => s?.stop());

/** Rugby's own groups include Labour and the Conservatives (alias "Tory"), so either rule may name them. */
const PARTY_RULE = /^Names (a political party|one of the council’s political groups)\.$/;
const editor = { liaisonOfficer: { edit: true, add: true } };

function scanAs(user: 'democratic-services' | 'officer') {
  const repository = new PnPOfficerDirectoryRepository(spFor(s.siteUrl, user), { siteUrl: s.siteUrl, officerCache: false });
  return (onList: Parameters<NonNullable<typeof repository.runNeutralityScan>>[0]) => repository.runNeutralityScan(onList);
}

describe('who is offered the report', () => {
  it('the launcher’s officer-owned kinds are exactly those the channel registry says are kept in officer-owned lists', () => {
    const fromRegistry = EDITABLE_KINDS.filter((k) => channelOfList(LISTS[KIND_LISTS[k]].title as ListTitle) === 'officer-owned');
    expect([...OFFICER_OWNED_KINDS].sort()).toEqual(fromRegistry.sort());
  });

  it('those who may edit an officer-owned list, from the rights SharePoint gave', () => {
    expect(mayRunNeutralityReport(editor)).toBe(true);
    expect(mayRunNeutralityReport({ ward: { edit: true, add: false } })).toBe(true);
    // Members, Memberships and Political Groups are members' own lists; reading is not editing.
    expect(mayRunNeutralityReport({ member: { edit: true, add: true }, politicalGroup: { edit: true, add: true } })).toBe(false);
    expect(mayRunNeutralityReport({ serviceArea: { edit: false, add: false }, liaisonOfficer: { edit: false, add: true } })).toBe(false);
    expect(mayRunNeutralityReport({})).toBe(false);
  });

  it('nobody else sees the button at all', () => {
    const { container } = render(<NeutralityReportLauncher rights={{ member: { edit: true, add: true } }} run={scanAs('officer')} />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('the report', () => {
  it('runs the site scan and lists every violation with a link to its item; Download as CSV is UTF-8 with a byte-order mark', async () => {
    const created: Blob[] = [];
    const downloaded: string[] = [];
    URL.createObjectURL = (b: Blob) => {
      created.push(b);
      return 'blob:report';
    };
    URL.revokeObjectURL = () => undefined;
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      downloaded.push(this.download);
    });
    try {
      render(<NeutralityReportLauncher rights={editor} run={scanAs('democratic-services')} />);
      const open = screen.getByRole('button', { name: /^Neutrality report/ });
      await userEvent.click(open);
      const panel = await screen.findByRole('dialog', { name: 'Neutrality report' }, { timeout: 10000 });
      await within(panel).findByText('2 problems found in 2 lists. Each is withheld from the pages until it is corrected.', undefined, { timeout: 20000 });

      const rows = within(within(panel).getByRole('table')).getAllByRole('row').slice(1);
      const cells = rows.map((r) => within(r).getAllByRole('cell').map((c) => c.textContent ?? ''));
      expect(cells).toEqual(
        expect.arrayContaining([
          ['Service Areas', expect.stringMatching(new RegExp(`^Waste and Recycling Open item ${waste.id}`)), 'Service description', 'L a b o u r Party', expect.stringMatching(PARTY_RULE)],
          ['Officers', expect.stringMatching(new RegExp(`Open item ${officer.id}`)), 'Job title', 'Tory', expect.stringMatching(PARTY_RULE)]
        ])
      );
      const row = rows.find((r) => r.textContent?.includes('Service Areas'))!;
      const link = within(row).getByRole('link', { name: `Open item ${waste.id} in the Service Areas list (opens in a new tab)` });
      expect(link.getAttribute('href')).toBe(`${new URL(s.siteUrl).origin}/sites/council/Lists/ServiceAreas/DispForm.aspx?ID=${waste.id}`);
      expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      expect(await axeViolations(panel)).toEqual([]);

      await userEvent.click(within(panel).getByRole('button', { name: 'Download as CSV: the neutrality report, for Excel' }));
      expect(downloaded).toEqual([expect.stringMatching(/^neutrality-report-\d{4}-\d{2}-\d{2}\.csv$/)]);
      const bytes = new Uint8Array(await bytesOf(created[0]));
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const csv = Papa.parse<string[]>(new TextDecoder().decode(bytes.slice(3))).data;
      expect(csv[0]).toEqual(['List', 'Item', 'Item title', 'Field', 'Words found', 'Rule', 'Why', 'Link']);
      expect(csv.slice(1).map((r) => [r[0], r[3], r[4]])).toEqual(expect.arrayContaining([['Service Areas', 'Service description', 'L a b o u r Party']]));
    } finally {
      click.mockRestore();
    }
  }, 60000);

  it('says what could not be read and that the check is incomplete', async () => {
    // What the scan reports when a list could not be read (its own tests, tests/integration/neutrality, read real sites).
    const report: ScanReport = {
      site: s.siteUrl,
      scannedAt: '2026-11-22T09:30:00Z',
      lists: [{ list: 'Wards', items: 16 }],
      violations: [],
      notices: [{ list: 'Officers', message: 'This list could not be read (you do not have permission to read it), so it was not scanned.' }],
      complete: false
    };
    render(<NeutralityReportLauncher rights={editor} run={() => Promise.resolve(report)} />);
    await userEvent.click(screen.getByRole('button', { name: /^Neutrality report/ }));
    const panel = await screen.findByRole('dialog', { name: 'Neutrality report' });
    await within(panel).findByText('No party-political content was found.');
    expect(panel).toHaveTextContent('The check is not complete:');
    expect(panel).toHaveTextContent('Officers: This list could not be read (you do not have permission to read it), so it was not scanned.');
    expect(within(panel).queryByRole('table')).toBeNull();
  });

  it('a failure says so and offers to check again', async () => {
    let calls = 0;
    const run = () => (++calls === 1 ? Promise.reject(new Error('Retry count exceeded (3) for this request. 429: Too Many Requests;')) : Promise.resolve({ site: s.siteUrl, scannedAt: '2026-11-22T09:30:00Z', lists: [], violations: [], notices: [], complete: true }));
    render(<NeutralityReportLauncher rights={editor} run={run} />);
    await userEvent.click(screen.getByRole('button', { name: /^Neutrality report/ }));
    const panel = await screen.findByRole('dialog', { name: 'Neutrality report' });
    expect(await within(panel).findByRole('alert')).toHaveTextContent('The check could not be run: Retry count exceeded (3)');
    await act(async () => {
      await userEvent.click(within(panel).getByRole('button', { name: 'Check again' }));
    });
    await waitFor(() => expect(panel).toHaveTextContent('No party-political content was found.'));
    expect(calls).toBe(2);
  });
});

function bytesOf(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}
