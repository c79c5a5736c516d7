/**
 * @jest-environment jsdom
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { spFor, type TestServer } from '../../support/localServer';
import { axeViolations, describedBy, itemOf, openEditor, rugby, startRugby } from './support';

const rugbyOfficer = (id: number) => rugby.officers.find((o) => o.id === id)!;
const rugbyMembership = (f: (m: (typeof rugby.memberships)[number]) => boolean) => rugby.memberships.find(f)!;
const wardId = (title: string): number => rugby.wards.find((w) => w.title === title)!.id;
const serviceId = (title: string): number => rugby.serviceAreas.find((x) => x.title === title)!.id;
const spForOwner = () => spFor(s.siteUrl, 'owner');

let s: TestServer;
beforeAll(async () => {
  s = await startRugby();
});
afterAll(() => s.stop());

describe('the ward form', () => {
  it('holds every field of the ward, says what is wrong as it is typed and again on save, and saves once it is right', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'ward', id: 1, name: 'Admirals and Cawston' });
    expect(within(dialog).getByRole('heading', { name: 'Edit ward: Admirals and Cawston' })).toBeInTheDocument();
    const name = within(dialog).getByLabelText(/^Ward name/);
    const code = within(dialog).getByLabelText('GSS code');
    const seats = within(dialog).getByLabelText('Seats');
    expect(within(dialog).getByLabelText('Ward description')).toBeInTheDocument();
    expect(name).toHaveValue('Admirals and Cawston');
    expect(name).toHaveFocus();

    await userEvent.clear(seats);
    await userEvent.type(seats, '5');
    await userEvent.tab();
    await waitFor(() => expect(seats).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(seats)).toContain('Number of seats must be 1, 2 or 3.');

    await userEvent.clear(code);
    await userEvent.type(code, 'X123');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((a) => a.textContent)).toEqual([
      "GSS code must be the ward's official code: E05 and six digits, like E05012345.",
      'Number of seats must be 1, 2 or 3.'
    ]);
    expect(outcomes).toEqual([]);
    expect((await itemOf(s, 'Wards', 1)).Seats).not.toBe(5);

    await userEvent.click(within(summary).getByRole('link', { name: /^Number of seats/ }));
    expect(seats).toHaveFocus();
    await userEvent.clear(seats);
    await userEvent.type(seats, '2');
    await userEvent.clear(code);
    await userEvent.type(code, 'e05012345');
    await waitFor(() => expect(seats).not.toHaveAttribute('aria-invalid', 'true'));
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: 'Admirals and Cawston' }]));
    expect(await itemOf(s, 'Wards', 1)).toMatchObject({ Seats: 2, GssCode: 'E05012345', Title: 'Admirals and Cawston' });
  });
});

describe('the body form', () => {
  it('offers the kinds of body, refuses a web page that is not https, and saves every field', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'body', id: 12, name: 'Cost of Living Task Group' });
    const kind = within(dialog).getByLabelText(/^Kind of body/);
    expect(within(kind).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose…',
      'Council',
      'Cabinet',
      'Committee',
      'Working Party',
      'Task and Finish Group',
      'Outside Body'
    ]);
    await userEvent.selectOptions(kind, 'Working Party');
    const web = within(dialog).getByLabelText('Web page');
    await userEvent.type(web, 'http://www.rugby.gov.uk/cost-of-living');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(web)).toContain('Web page must be a web address starting with https://'));
    await userEvent.clear(web);
    await userEvent.type(web, 'https://www.rugby.gov.uk/cost-of-living');
    await userEvent.clear(within(dialog).getByLabelText('Description'));
    await userEvent.type(within(dialog).getByLabelText('Description'), 'Looks at help for households.');
    const order = within(dialog).getByLabelText('Sort order');
    await userEvent.clear(order);
    await userEvent.type(order, 'twelve');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(order)).toContain('Sort order must be a number.'));
    await userEvent.clear(order);
    await userEvent.type(order, '12');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toEqual([{ saved: true, what: 'Cost of Living Task Group' }]));
    expect(await itemOf(s, 'Bodies', 12)).toMatchObject({
      Kind: 'Working Party',
      SortOrder: 12,
      Description: 'Looks at help for households.',
      WebPage: expect.objectContaining({ Url: 'https://www.rugby.gov.uk/cost-of-living' })
    });
  });
});

describe('the political group form', () => {
  it('keeps one alias per line', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'politicalGroup', id: 5, name: 'Independent Group' });
    const aliases = within(dialog).getByLabelText('Other names');
    expect(aliases).toHaveValue('Independents\nRugby Independents');
    await userEvent.type(aliases, '\nRugby Independent Alliance');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect((await itemOf(s, 'Political Groups', 5)).Aliases).toBe('Independents\nRugby Independents\nRugby Independent Alliance');
  });
});

describe('the service area form', () => {
  it('explains what the neutrality screen found (the words, the rule, the protocol) and will not save it', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'serviceArea', id: 2, name: 'Waste and Recycling' });
    const description = within(dialog).getByLabelText('Service description');
    await userEvent.clear(description);
    await userEvent.type(description, 'Bin collections, protected by the Liberal Democrats.');
    await userEvent.tab();
    const findings = await within(dialog).findByRole('heading', { name: 'Why this cannot be saved here' });
    const box = findings.parentElement as HTMLElement;
    expect(box).toHaveTextContent('“Liberal Democrats”');
    // The council's own group's alias: the rule says so.
    expect(box).toHaveTextContent('Names one of the council’s political groups.');
    expect(box).toHaveTextContent("Any clearly party-political communications must be through Members' own channels");
    expect(describedBy(description)).toContain('“Liberal Democrats”');
    expect(description).toHaveAttribute('aria-invalid', 'true');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByRole('alert', { name: 'There is a problem' });
    expect(outcomes).toEqual([]);
    expect((await itemOf(s, 'Service Areas', 2)).Description).not.toContain('Liberal Democrats');
    expect(await axeViolations()).toEqual([]);
  });

  it('keeps topic keywords as the list holds them, separated by commas', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'serviceArea', id: 2, name: 'Waste and Recycling' });
    const keywords = within(dialog).getByLabelText('Topic keywords');
    expect((keywords as HTMLTextAreaElement).value.startsWith('bins, missed collection, recycling')).toBe(true);
    await userEvent.clear(keywords);
    await userEvent.type(keywords, 'bins, wheelie bins,  Bins, bin day');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    // De-duplicated ignoring case, as the schema says.
    expect((await itemOf(s, 'Service Areas', 2)).Keywords).toBe('bins, wheelie bins, bin day');
  });
});

describe('the liaison officer form', () => {
  it('changes the officer through a search (never a list of everyone) and the wards they cover', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'liaisonOfficer', id: 3, name: 'Waste and Recycling' });
    const picker = within(dialog).getByRole('combobox', { name: /^Officer/ });
    const target = rugbyOfficer(40);
    expect(picker).toHaveValue(`${rugbyOfficer(6).givenName} ${rugbyOfficer(6).familyName}`);
    await userEvent.clear(picker);
    await userEvent.type(picker, `${target.givenName} ${target.familyName.slice(0, 3)}`);
    const option = await within(dialog).findByRole('option', { name: new RegExp(`^${target.givenName} ${target.familyName}`) }, { timeout: 5000 });
    expect(picker).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(option);
    expect(picker).toHaveValue(`${target.givenName} ${target.familyName}`);
    const wards = within(dialog).getByRole('group', { name: 'Wards covered' });
    await userEvent.click(within(wards).getByRole('checkbox', { name: 'Benn' }));
    await userEvent.click(within(wards).getByRole('checkbox', { name: 'Bilton' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    const stored = await itemOf(s, 'Liaison Officers', 3);
    expect(stored.OfficerId).toBe(target.id);
    expect((stored.WardsId as number[]).sort()).toEqual([wardId('Benn'), wardId('Bilton')].sort());
    expect(stored.Title).toBe(`${target.givenName} ${target.familyName} – Waste and Recycling`);
  });

  it('blocks a party-political phrase in the profile, naming it', async () => {
    const { dialog, outcomes } = await openEditor(s, { kind: 'liaisonOfficer', id: 4, name: 'Waste and Recycling' });
    const profile = within(dialog).getByLabelText(/^What I can help with/);
    await userEvent.clear(profile);
    await userEvent.type(profile, 'I make sure Tory councillors hear back about missed bins within two days.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('What I can help with: “Tory” cannot be saved here.');
    expect(within(dialog).getByRole('heading', { name: 'Why this cannot be saved here' }).parentElement).toHaveTextContent('Names one of the council’s political groups.');
    expect(outcomes).toEqual([]);
  });

  it('adds a liaison officer for a service', async () => {
    const before = (await spForOwner().web.lists.getByTitle('Liaison Officers').items.select('Id')()).length;
    const { dialog, outcomes } = await openEditor(s, { kind: 'liaisonOfficer', name: 'Licensing', serviceAreaId: serviceId('Licensing') });
    expect(within(dialog).getByRole('heading', { name: 'Add a liaison officer for Licensing' })).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Service area/)).toHaveValue(String(serviceId('Licensing')));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    const summary = await screen.findByRole('alert', { name: 'There is a problem' });
    expect(summary).toHaveTextContent('Officer is required.');
    const picker = within(dialog).getByRole('combobox', { name: /^Officer/ });
    const target = rugbyOfficer(41);
    await userEvent.type(picker, target.familyName.slice(0, 4));
    await within(dialog).findByRole('option', { name: new RegExp(`^${target.givenName} ${target.familyName}`) }, { timeout: 5000 });
    // Keyboard only: down to the officer, Enter to choose.
    const options = within(dialog).getAllByRole('option');
    const index = options.findIndex((o) => o.textContent?.startsWith(`${target.givenName} ${target.familyName}`));
    for (let i = 0; i < index; i++) await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await userEvent.selectOptions(within(dialog).getByLabelText(/^Role/), 'Deputy Liaison Officer');
    await userEvent.type(within(dialog).getByLabelText(/^What I can help with/), 'Licence applications, taxi licensing and premises reviews.');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect((await spForOwner().web.lists.getByTitle('Liaison Officers').items.select('Id')()).length).toBe(before + 1);
  });
});

describe('one membership', () => {
  it('checks the role against the body and the portfolio, then saves', async () => {
    const membership = rugbyMembership((m) => m.bodyId === 3 && m.role === 'Member');
    const { dialog, outcomes } = await openEditor(s, { kind: 'membership', id: membership.id, name: 'Planning Committee' });
    const role = within(dialog).getByLabelText(/^Role/);
    await userEvent.selectOptions(role, 'Portfolio Holder');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(role)).toContain('Role Portfolio Holder belongs to the Cabinet, but Planning Committee is a committee.'));
    await userEvent.selectOptions(role, 'Vice-Chair');
    const end = within(dialog).getByLabelText('End date');
    await userEvent.type(end, '31/02/2026');
    await userEvent.tab();
    await waitFor(() => expect(describedBy(end)).toContain('End date must be a real date, written like 13/05/2024.'));
    await userEvent.clear(end);
    await userEvent.type(end, '30/4/2026');
    expect(await axeViolations()).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(outcomes).toHaveLength(1));
    expect(await itemOf(s, 'Memberships', membership.id)).toMatchObject({ Role: 'Vice-Chair', EndDate: expect.stringMatching(/^2026-04-(29T23|30T00)/) });
  });
});
