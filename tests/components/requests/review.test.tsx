/**
 * @jest-environment jsdom
 *
 * Democratic Services' change requests panel, against the local SharePoint server with the real
 * PnPjs: the field-by-field comparison, approving (written against the version the councillor
 * changed; a profile saved since shows the editors' three-way view), and declining with a reason.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PnPChangeRequests } from '../../../src/data/requests/PnPChangeRequests';
import type { FieldChange } from '../../../src/data/requests/types';
import MyRequests from '../../../src/requests/MyRequests';
import RequestsPanel from '../../../src/requests/RequestsPanel';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, choicesFor, editorFor, itemOf, startRugby } from '../editing/support';

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

const ME = 11;
const councillor = () => new PnPChangeRequests(spFor(s.siteUrl, 'councillor'));

async function ask(changes: FieldChange[]): Promise<number> {
  const profile = await itemOf(s, 'Members', ME);
  return councillor().submit({ memberId: ME, memberName: 'Cllr Daniel Kowalski', baseVersion: Number(String(profile['odata.etag']).replace(/\D/g, '')), changes, details: 'test' });
}

async function openPanel(): Promise<{ panel: HTMLElement; decided: number[] }> {
  const decided: number[] = [];
  await act(async () => {
    render(
      <RequestsPanel
        isOpen={true}
        requests={Promise.resolve(new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')))}
        editor={Promise.resolve(editorFor(s, 'member-profile'))}
        initial={undefined}
        choices={choicesFor('member-profile')}
        prefix="q"
        onDismiss={() => undefined}
        onList={() => undefined}
        onDecided={() => decided.push(1)}
      />
    );
  });
  const panel = await screen.findByRole('dialog', { name: 'Change requests from councillors' });
  await within(panel).findByRole('heading', { name: /^Waiting for a decision/ }, { timeout: 10000 });
  return { panel, decided };
}

const request = (panel: HTMLElement, id: number): HTMLElement => panel.querySelector(`[data-request="${id}"]`) as HTMLElement;

describe('Democratic Services decide change requests', () => {
  it('list what waits, newest first, field by field: when they asked, on the profile now, and what they ask for', async () => {
    const first = await ask([{ field: 'publishPhone', old: true, new: false }]);
    const second = await ask([{ field: 'skills', old: ['Logistics', 'Fleet management', 'Waste and recycling', 'Project management'], new: ['Logistics', 'Cycling'] }]);
    const { panel } = await openPanel();
    expect(within(panel).getByRole('heading', { name: 'Waiting for a decision (2)' })).toBeInTheDocument();
    const articles = within(panel).getAllByRole('article');
    expect(articles[0]).toBe(request(panel, second));
    expect(articles[1]).toBe(request(panel, first));
    const table = within(request(panel, second)).getByRole('table');
    const row = within(table).getByRole('row', { name: /My skills, interests and expertise/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Logistics; Fleet management; Waste and recycling; Project management',
      'Logistics; Fleet management; Waste and recycling; Project management',
      'Logistics; Cycling'
    ]);
    expect(within(request(panel, second)).getByRole('heading', { level: 4 })).toHaveTextContent(/^Cllr Daniel Kowalski, asked for by Daniel Kowalski on \d{1,2} \w+ \d{4}$/);
    expect(await axeViolations()).toEqual([]);
  });

  it('approve: the profile gets the change, the decision is recorded, and the councillor sees it', async () => {
    const { panel, decided } = await openPanel();
    const all = await new PnPChangeRequests(spFor(s.siteUrl, 'democratic-services')).all();
    const target = all.find((r) => !r.decision && r.changes[0].field === 'skills')!;
    await userEvent.click(within(request(panel, target.id)).getByRole('button', { name: 'Approve the change request from Cllr Daniel Kowalski' }));
    await within(panel).findByText('Approved: the change is on Cllr Daniel Kowalski’s profile.', {}, { timeout: 10000 });
    expect(decided.length).toBeGreaterThan(0);
    expect((await itemOf(s, 'Members', ME)).Skills).toBe('Logistics\nCycling');
    const mine = (await councillor().mine()).find((r) => r.id === target.id)!;
    expect(mine.decision).toMatchObject({ decision: 'Approved', by: 'Helen Okafor' });
  });

  it('a profile saved since the request shows both versions field by field, and nothing is overwritten until chosen', async () => {
    const id = await ask([{ field: 'biography', old: null, new: 'I manage a distribution centre and coach a junior football team.' }]);
    // Democratic Services change the same field meanwhile.
    const ed = editorFor(s, 'member-profile');
    const now = await ed.read('member', ME);
    await ed.save([{ key: 'member', label: 'x', kind: 'member', id: ME, etag: now.etag, values: { ...now.values, biography: 'Changed meanwhile by Democratic Services.' }, fields: ['biography'] }]);
    const { panel } = await openPanel();
    const mine = request(panel, id);
    expect(mine).toHaveTextContent(/The profile has been changed since/);
    await userEvent.click(within(mine).getByRole('button', { name: 'Approve the change request from Cllr Daniel Kowalski' }));
    const conflict = await within(mine).findByRole('table', { name: 'Cllr Daniel Kowalski’s profile' }, { timeout: 10000 });
    expect(within(conflict).getByRole('columnheader', { name: 'Their version' })).toBeInTheDocument();
    expect(conflict).toHaveTextContent('Changed meanwhile by Democratic Services.');
    expect((await itemOf(s, 'Members', ME)).Biography).toBe('Changed meanwhile by Democratic Services.');
    const save = within(mine).getByRole('button', { name: 'Save with these choices' });
    expect(save).toBeDisabled();
    await userEvent.click(within(conflict).getByRole('radio', { name: 'Keep yours' }));
    await userEvent.click(save);
    await within(panel).findByText('Approved: the change is on Cllr Daniel Kowalski’s profile.', {}, { timeout: 10000 });
    expect((await itemOf(s, 'Members', ME)).Biography).toBe('I manage a distribution centre and coach a junior football team.');
  });

  it('decline: a reason is needed, and the councillor then sees it on their profile', async () => {
    const id = await ask([{ field: 'publishAddress', old: false, new: true }]);
    const { panel } = await openPanel();
    const mine = request(panel, id);
    await userEvent.click(within(mine).getByRole('button', { name: 'Decline the change request from Cllr Daniel Kowalski' }));
    await userEvent.click(within(mine).getByRole('button', { name: 'Decline the request' }));
    expect(await within(mine).findByRole('alert')).toHaveTextContent('Say why the request is declined: the councillor will see it.');
    await userEvent.type(within(mine).getByLabelText('Why it is declined (the councillor will see this)'), 'Your address is not published on officer pages.');
    await userEvent.click(within(mine).getByRole('button', { name: 'Decline the request' }));
    await within(panel).findByText('Declined: Cllr Daniel Kowalski will see your reason on their profile.', {}, { timeout: 10000 });

    await act(async () => {
      render(<MyRequests requests={Promise.resolve(councillor())} version={0} headingId="mine" />);
    });
    const list = await screen.findByRole('region', { name: 'Your change requests' });
    const item = await within(list).findByText(/Show my postal address on my profile/);
    expect(item.closest('li')).toHaveTextContent(/Declined on .* by Helen Okafor\.Why: Your address is not published on officer pages\./);
    expect(within(list).getAllByText('Waiting for Democratic Services.').length).toBeGreaterThan(0);
    expect(await axeViolations(list)).toEqual([]);
  });
});
