/**
 * @jest-environment jsdom
 */
/**
 * Screened by construction: the components of officer-owned views take only `Presented` text
 * (screened by the screener, or withheld with a notice) for what they did not write themselves, so
 * handing them a plain string is a compile error. Each `@ts-expect-error` below is checked by
 * `npm run typecheck`: if a component ever accepts a plain string there, the directive is unused
 * and the type check fails. The tests beside them render the same components with screened text,
 * and with withheld text, to show what the page gets.
 */
import * as React from 'react';
import { render, screen } from '@testing-library/react';
import { Combobox } from '../../src/components/Combobox';
import { buildVCard, ContactActions, type VCardContact } from '../../src/components/ContactActions';
import { FacetFilters } from '../../src/components/FacetFilters';
import { PersonAvatar } from '../../src/components/PersonAvatar';
import { PresentedText } from '../../src/components/PresentedText';
import { createScreener } from '../../src/domain/neutrality/screening/screener';
import { screenForView, type Presented, type ScreenedText } from '../../src/domain/neutrality/screened';
import { createViewScreen, officerView } from '../../src/domain/neutrality/views';
import { MemberCard } from '../../src/webparts/memberProfiles/components/MemberCard';
import type { PersonView } from '../../src/webparts/memberProfiles/model/directoryView';
import { OfficerCard } from '../../src/webparts/officerDirectory/components/OfficerCard';
import { ServiceCard } from '../../src/webparts/officerDirectory/components/ServiceCard';
import { VirtualOfficerList } from '../../src/webparts/officerDirectory/components/VirtualOfficerList';
import type { DirectoryModel } from '../../src/webparts/officerDirectory/model';
import type { OfficerRow, PersonView as OfficerPersonView, ServiceView } from '../../src/webparts/officerDirectory/views';
import { screened as s } from './support/screened';

const screener = createScreener();
const withheld = screenForView(screener, 'Labour Party Liaison', 'officer-owned');

/**
 * Never called: these only have to compile, or fail to. Each line hands a component a plain
 * string where it takes screened text.
 */
export function refusals(person: PersonView, model: DirectoryModel, service: ServiceView, officer: OfficerPersonView, row: OfficerRow): JSX.Element[] {
  return [
    // @ts-expect-error PresentedText renders only screened (or withheld) text
    <PresentedText key={1} value="Labour Party" canEdit={false} />,
    // @ts-expect-error an avatar's name (its initials and accessible name) must be screened
    <PersonAvatar key={2} name="Labour Party" />,
    // @ts-expect-error nor can its photo address be a plain string
    <PersonAvatar key={3} name={s('Sam Patel')} photoUrl="/labour-party.jpg" />,
    // @ts-expect-error contact actions name the person in every link: screened
    <ContactActions key={4} name="Cllr Labour" />,
    // @ts-expect-error an email address shown as a link is screened too
    <ContactActions key={5} name={s('Sam Patel')} email="sam@labour.org.uk" />,
    // @ts-expect-error the contents of a contact card are screened
    <ContactActions key={6} name={s('Sam Patel')} vCard={{ formattedName: s('Sam Patel'), givenName: s('Sam'), familyName: s('Patel'), title: 'Labour organiser' }} />,
    // @ts-expect-error a facet's label (a ward's or a body's name) is screened
    <FacetFilters key={7} legend="Ward" idPrefix="f" options={[{ value: 1, label: 'Labour ward', count: 1 }]} selected={[]} onChange={() => undefined} />,
    // @ts-expect-error a combobox option (a ward's name) is screened
    <Combobox key={8} id="c" label="Ward" options={[{ key: '1', text: 'Labour ward' }]} onSelect={() => undefined} noMatchText={() => ''} countText={() => ''} />,
    // @ts-expect-error a councillor's card takes screened names
    <MemberCard key={9} view="directory" person={{ ...person, name: 'Cllr Labour' }} onOpen={() => undefined} canEdit={false} />,
    // @ts-expect-error and a screened ward
    <MemberCard key={10} view="directory" person={{ ...person, wardTitle: 'Labour ward' }} onOpen={() => undefined} canEdit={false} />,
    // @ts-expect-error and screened headline roles ("Deals with", "Chair of …")
    <MemberCard key={11} view="directory" person={{ ...person, headlines: ['Labour whip'] }} onOpen={() => undefined} canEdit={false} />,
    // @ts-expect-error a service's card takes its screened title
    <ServiceCard key={12} model={model} service={{ ...service, title: 'Labour Party office' }} canEdit={false} level={3} />,
    // @ts-expect-error and screened directorate
    <ServiceCard key={13} model={model} service={{ ...service, directorate: 'Conservative Directorate' }} canEdit={false} level={3} />,
    // @ts-expect-error and screened "Deals with:" keywords (search-match text)
    <ServiceCard key={14} model={model} service={service} matchedKeywords={['labour']} canEdit={false} level={3} />,
    // @ts-expect-error an officer's card takes a screened job title
    <OfficerCard key={15} model={model} officer={{ ...officer, jobTitle: 'Labour Party Liaison' }} onClose={() => undefined} canEdit={false} />,
    // @ts-expect-error and a screened location
    <OfficerCard key={16} model={model} officer={{ ...officer, location: 'Labour Club' }} onClose={() => undefined} canEdit={false} />,
    // @ts-expect-error nor can a stored officer record (unscreened) stand for the card's view
    <OfficerCard key={17} model={model} officer={{ id: 1, givenName: 'Sam', familyName: 'Patel', jobTitle: 'Manager' }} onClose={() => undefined} canEdit={false} />,
    // @ts-expect-error a row of the officer list shows only screened text
    <VirtualOfficerList key={18} positions={new Int32Array(1)} rowAt={() => ({ ...row, jobTitle: 'Labour Party Liaison' })} queryKey="" filterKey="" onOpen={() => undefined} />
  ];
}

/** Plain strings cannot be given the brand by assignment either. */
export function forgeries(): Array<ScreenedText | Presented | VCardContact> {
  // @ts-expect-error a string is not screened text
  const forged: ScreenedText = 'Labour Party';
  // @ts-expect-error a view's text field cannot hold a plain string
  const view: ReturnType<typeof officerView.officer<{ jobTitle: string }>> = { jobTitle: 'Labour Party Liaison' };
  // @ts-expect-error nor a contact card's
  const card: VCardContact = { formattedName: 'Cllr Labour', givenName: s('A'), familyName: s('B') };
  return [forged, view.jobTitle as Presented, card];
}

describe('screened text on the page', () => {
  it('is shown as text; withheld text is the neutral notice in its place, and editors are told the rule, never the words', () => {
    const { container, rerender } = render(<PresentedText value={s('Waste Manager')} canEdit={false} />);
    expect(container).toHaveTextContent('Waste Manager');
    rerender(<PresentedText value={withheld} canEdit={true} />);
    expect(container).toHaveTextContent('This text is not shown on this page because it may contain party-political content.');
    expect(container).toHaveTextContent('For editors: Names a political party.');
    expect(container).not.toHaveTextContent(/Labour/);
  });

  it('an avatar with a withheld name has no initials and says the notice, never the name', () => {
    render(<PersonAvatar name={withheld} decorative={false} />);
    const img = screen.getByRole('img');
    expect(img).toHaveTextContent('?');
    expect(img.getAttribute('aria-label')).not.toMatch(/Labour/);
  });

  it('contact actions leave out a withheld address, and a contact card leaves out a withheld value', () => {
    const email = screenForView(screener, 'office@labour.org.uk', 'officer-owned', { freeText: false });
    render(<ContactActions name={s('Sam Patel')} email={email} phone={s('01788 533522')} />);
    expect(screen.queryByRole('link', { name: /Email/ })).toBeNull();
    expect(screen.getByRole('link', { name: 'Call Sam Patel on 01788 533522' })).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/labour/i);
    const card = buildVCard({ formattedName: s('Sam Patel'), givenName: s('Sam'), familyName: s('Patel'), title: withheld, email });
    expect(card).toContain('FN:Sam Patel');
    expect(card).not.toMatch(/labour|TITLE|EMAIL/i);
  });

  it('the projections are what components are handed: a view of a stored officer has only Presented text', () => {
    const v = officerView.officer({ id: 3, givenName: 'Sam', familyName: 'Patel', jobTitle: 'Labour Party Liaison' }, createViewScreen({ screener, channel: 'officer-owned', today: '2026-11-22' }));
    render(<PresentedText value={v.jobTitle} canEdit={false} />);
    expect(document.body).toHaveTextContent('This text is not shown on this page');
    expect(document.body).not.toHaveTextContent(/Labour/);
  });
});
