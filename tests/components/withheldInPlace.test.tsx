/**
 * @jest-environment jsdom
 */
/**
 * Withheld in place, field by field: party-political text typed into each officer-owned field a
 * page shows is replaced, where it would have been, by the neutral notice; editors are told the
 * rule, never the words; the rest of the record still shows. The oracle is the planted text
 * itself (and the council's group names), searched for in the page's text and attributes: never
 * the screener.
 */
import * as React from 'react';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { OfficerDirectory } from '../../src/webparts/officerDirectory/components';
import { OFFICER_NOTICE } from '../../src/domain/neutrality/screened';
import { FakeRepository as OfficerRepository, rugby as officerRugby } from './officerDirectory/fakeRepository';
import { FakeRepository as MemberRepository, GROUP_TERMS, groupTermsIn, openProfile, pressEscape, renderDirectory, rugby, rugbyRecords } from './memberProfiles/support';

beforeEach(() => window.history.replaceState(null, '', '/'));

/** Every planted text found in the page (text nodes and attributes), or a council group's name. */
function leaks(planted: readonly string[]): string[] {
  const haystack: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) haystack.push(n.nodeValue ?? '');
  for (const el of Array.from(document.body.querySelectorAll('*'))) for (const a of Array.from(el.attributes)) haystack.push(a.value);
  const text = haystack.join('\n');
  return [...planted.filter((p) => text.includes(p)), ...groupTermsIn()];
}

/** The notices shown in place of withheld text, in document order, within `root`. */
const notices = (root: HTMLElement): HTMLElement[] => Array.from(root.querySelectorAll<HTMLElement>('[data-withheld="screening"]'));

describe('Member Profiles on an officer page', () => {
  const member = rugby.members.find((m) => m.status === 'Current' && m.familyName === 'Sandhu')!;
  const ward = rugby.wards.find((w) => w.id === member.wardId)!;
  const body = rugby.bodies.find((b) => b.kind === 'Committee')!;
  const seat = rugby.memberships.find((m) => m.bodyId === body.id && m.memberId === member.id) ?? rugby.memberships.find((m) => m.bodyId === body.id)!;
  const P = {
    honorific: 'Labour Party',
    preferredName: 'Tory',
    postNominals: 'Lib Dems',
    postalAddress: 'c/o Rugby Conservative Association, High Street',
    skill: 'Liberal Democrats campaigner',
    biography: 'Proud to be the Green Party spokesperson.',
    wardTitle: 'Rugby Labour Heartlands',
    wardDescription: 'A Conservative stronghold since 1997.',
    bodyTitle: 'Reform UK Scrutiny Panel',
    bodyDescription: 'Set up by the Labour Party group.',
    postTitle: 'Tory Whip',
    portfolio: 'Labour Party Policy'
  };
  const planted = Object.values(P);

  function records() {
    const base = rugbyRecords();
    return {
      ...base,
      members: base.members.map((m) =>
        m.id === member.id
          ? { ...m, honorific: P.honorific, preferredName: P.preferredName, postNominals: P.postNominals, postalAddress: P.postalAddress, publishAddress: true, skills: ['Planning', P.skill], biography: P.biography }
          : m
      ),
      wards: base.wards.map((w) => (w.id === ward.id ? { ...w, title: P.wardTitle, description: P.wardDescription } : w)),
      bodies: base.bodies.map((b) => (b.id === body.id ? { ...b, title: P.bodyTitle, description: P.bodyDescription } : b)),
      memberships: base.memberships.map((m) => (m.id === seat.id ? { ...m, postTitle: P.postTitle, portfolio: P.portfolio } : m))
    };
  }

  it('withholds each planted field in place, in the directory, the ward, the committee and the profile; the rest of the record shows', async () => {
    expect(GROUP_TERMS.length).toBeGreaterThan(0);
    const repository = new MemberRepository('officer-owned', records());
    await renderDirectory('officer-owned', repository);
    expect(leaks(planted)).toEqual([]);

    // The card: the name (built from the planted preferred name) and the ward are notices; the rest is there.
    const cards = screen.getByRole('list', { name: 'All councillors' });
    // Their name is built from the planted preferred name: the button that opens their profile says the notice.
    const card = within(cards).getByRole('button', { name: OFFICER_NOTICE }).closest('li') as HTMLElement;
    expect(notices(card).length).toBeGreaterThanOrEqual(2);

    // The profile: each planted field has its notice; the email and skills that pass still show.
    await userEvent.click(within(card).getByRole('button', { name: OFFICER_NOTICE }));
    const dialog = await screen.findByRole('dialog');
    expect(dialog).toHaveTextContent(member.email!);
    expect(within(dialog).getByRole('region', { name: 'Skills, interests and expertise' })).toHaveTextContent('Planning');
    expect(notices(within(dialog).getByRole('region', { name: 'Skills, interests and expertise' }))).toHaveLength(1);
    expect(notices(within(dialog).getByRole('region', { name: 'About me' }))).toHaveLength(1);
    expect(within(dialog).getByText(/^Address:/).closest('p')!.querySelector('[data-withheld="screening"]')).not.toBeNull();
    expect(leaks(planted)).toEqual([]);
    pressEscape();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    // The ward: its name and description are notices; its councillors are listed.
    await userEvent.click(screen.getByRole('tab', { name: 'By ward' }));
    const wardButtons = screen.getAllByRole('button').filter((b) => b.textContent === OFFICER_NOTICE);
    expect(wardButtons).toHaveLength(1);
    await userEvent.click(wardButtons[0]);
    const result = screen.getByRole('region', { name: /^Councillors for / });
    expect(notices(result).length).toBeGreaterThanOrEqual(1);
    expect(within(result).getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(leaks(planted)).toEqual([]);

    // The committee: its name in the picker and heading, its description, the planted post title.
    await userEvent.click(screen.getByRole('tab', { name: 'By committee' }));
    const picker = screen.getByRole('combobox', { name: 'Committee or body' });
    const option = within(picker).getAllByRole('option').find((o) => o.textContent === OFFICER_NOTICE)!;
    expect(option).toBeDefined();
    await userEvent.selectOptions(picker, option);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row').length).toBeGreaterThan(1);
    expect(leaks(planted)).toEqual([]);
  }, 60000);

  it('editors see the rule each withheld field broke, never its words', async () => {
    const repository = new MemberRepository('officer-owned', records());
    repository.canEdit = true;
    await renderDirectory('officer-owned', repository);
    // Editors: the card's name says why it is withheld (the rule, never the words).
    const button = await within(screen.getByRole('list', { name: 'All councillors' })).findByRole('button', { name: new RegExp(`^${OFFICER_NOTICE.replace(/\./g, '\\.')} For editors: `) });
    expect(button).toHaveTextContent(/For editors: Names (a political party|one of the council’s political groups)\./);
    expect(screen.getByText(/texts? in the lists (is|are) not shown on this page because (it|they) may contain party-political content/)).toBeInTheDocument();
    await userEvent.click(button);
    const dialog = await screen.findByRole('dialog');
    const about = within(dialog).getByRole('region', { name: 'About me' });
    await waitFor(() => expect(about).toHaveTextContent(/For editors: Names (a political party|one of the council’s political groups)\./));
    expect(leaks(planted)).toEqual([]);
  });
});

describe('the Officer Directory', () => {
  const data = officerRugby();
  const service = data.serviceAreas.find((s) => s.title === 'Waste and Recycling')!;
  const liaison = data.liaisonOfficers.find((l) => l.serviceAreaId === service.id && l.role === 'Liaison Officer')!;
  const officer = data.officers.find((o) => o.id === liaison.officerId)!;
  const P = {
    title: 'Labour Party Bins',
    directorate: 'Rugby Conservatives Directorate',
    description: 'Bins, run with the Green Party.',
    keyword: 'tory bins',
    jobTitle: 'Liberal Democrats Organiser',
    location: 'Rugby Labour Club',
    profile: 'Ask me about the Reform UK manifesto.',
    ward: 'Rugby Labour Heartlands'
  };
  const planted = Object.values(P);
  const ward = data.wards[0];

  function planted_data() {
    return {
      ...data,
      serviceAreas: data.serviceAreas.map((s) => (s.id === service.id ? { ...s, title: P.title, directorate: P.directorate, description: P.description, keywords: [...s.keywords, P.keyword] } : s)),
      officers: data.officers.map((o) => (o.id === officer.id ? { ...o, jobTitle: P.jobTitle, location: P.location } : o)),
      liaisonOfficers: data.liaisonOfficers.map((l) => (l.id === liaison.id ? { ...l, profile: P.profile, wardIds: [ward.id] } : l)),
      wards: data.wards.map((w) => (w.id === ward.id ? { ...w, title: P.ward } : w))
    };
  }

  it('withholds each planted field in place in the topic results, the service list and the officer card; the rest shows', async () => {
    render(<OfficerDirectory repository={new OfficerRepository({ data: planted_data() })} />);
    await screen.findByRole('tab', { name: 'Find a liaison officer' });
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(leaks(planted)).toEqual([]);

    // A topic that finds the planted keyword: the service's name, directorate, description and that keyword are notices.
    // (What the test types is the reader's own words, so it is not one of the planted texts.)
    await userEvent.type(screen.getByRole('searchbox', { name: 'What do you need help with?' }), 'tory');
    const results = await screen.findByRole('list', { name: /match/ });
    const card = within(results)
      .getAllByRole('article')
      .find((a) => within(a).getByRole('heading', { level: 3 }).textContent === OFFICER_NOTICE)!;
    expect(card).toBeDefined();
    expect(notices(card).length).toBeGreaterThanOrEqual(4);
    // The liaison officer: their name and contacts show; the planted job title and profile are notices.
    expect(card).toHaveTextContent(`${officer.givenName} ${officer.familyName}`);
    expect(within(card).getByRole('link', { name: new RegExp(`^Email ${officer.givenName} ${officer.familyName}`) })).toBeInTheDocument();
    expect(card).toHaveTextContent(`Covers: ${OFFICER_NOTICE}`);
    expect(leaks(planted)).toEqual([]);

    // The ward picker: the planted ward's name is the notice.
    expect(within(screen.getByRole('combobox', { name: 'Your ward (optional)' })).getAllByRole('option').map((o) => o.textContent)).toContain(OFFICER_NOTICE);

    // Browse: the directorate heading and jump link, the service heading.
    await userEvent.click(screen.getByRole('tab', { name: 'Browse services' }));
    const nav = screen.getByRole('navigation', { name: /directorate/i });
    expect(within(nav).getAllByRole('link').map((a) => a.textContent)).toContain(OFFICER_NOTICE);
    expect(leaks(planted)).toEqual([]);

    // The officer directory: their row and card.
    await userEvent.click(screen.getByRole('tab', { name: 'Officer directory' }));
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search officers' }), officer.familyName);
    const row = await screen.findByRole('button', { name: new RegExp(`^${officer.givenName} ${officer.familyName}`) });
    expect(row.getAttribute('aria-label')).toContain(OFFICER_NOTICE);
    await act(async () => {
      row.click();
    });
    const officerCard = await screen.findByRole('region', { name: `${officer.givenName} ${officer.familyName}` });
    expect(notices(officerCard).length).toBeGreaterThanOrEqual(3); // job title, service (its planted name), location
    expect(officerCard).toHaveTextContent(officer.email!);
    expect(leaks(planted)).toEqual([]);
  }, 60000);
});
