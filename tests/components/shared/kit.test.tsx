/**
 * @jest-environment jsdom
 *
 * The shared kit's behaviour that a test can see in jsdom: skip links move focus, paged lists,
 * withheld values in place, labelled phone numbers and emails that break at sensible places.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactActions } from '../../../src/components/ContactActions';
import { PersonAvatar } from '../../../src/components/PersonAvatar';
import { PresentedText, WithheldNotice } from '../../../src/components/PresentedText';
import { SkipLinks } from '../../../src/components/SkipLinks';
import { invalidField } from '../../../src/data/core/records';
import { screened as s } from '../support/screened';

describe('SkipLinks', () => {
  it('moves focus to the search box, or past the web part, without changing the address', async () => {
    render(
      <>
        <SkipLinks label="Councillors: shortcuts" links={[{ label: 'Skip to the councillor search', targetId: 'q' }, { label: 'Skip past the councillors', targetId: 'end' }]} />
        <button type="button">Refresh</button>
        <input id="q" aria-label="Search" />
        <span id="end" />
      </>
    );
    const nav = screen.getByRole('navigation', { name: 'Councillors: shortcuts' });
    await userEvent.tab();
    expect(document.activeElement).toBe(within(nav).getByRole('link', { name: 'Skip to the councillor search' }));
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Search' }));
    await userEvent.click(within(nav).getByRole('link', { name: 'Skip past the councillors' }));
    expect(document.activeElement?.id).toBe('end');
    expect(window.location.hash).toBe('');
  });
});

describe('WithheldNotice and PresentedText', () => {
  it('shows the neutral notice to everyone and the reason only to editors', () => {
    const w = invalidField('Phone must be a UK phone number, like 01788 533522 or 07700 900123.');
    const { rerender, container } = render(<WithheldNotice withheld={w} canEdit={false} />);
    expect(container).toHaveTextContent('Not shown until it is corrected.');
    expect(container).not.toHaveTextContent('UK phone number');
    rerender(<WithheldNotice withheld={w} canEdit={true} />);
    expect(container).toHaveTextContent('For editors: Phone must be a UK phone number');
  });

  it('renders screened text as text, never as HTML; for screening, editors see the rule, never the words', () => {
    const { container, rerender } = render(<PresentedText value={s('<b>bins</b>')} canEdit={false} />);
    expect(container.querySelector('b')).toBeNull();
    expect(container).toHaveTextContent('<b>bins</b>');
    const screened = { withheld: true as const, reason: 'screening' as const, notice: 'This text is not shown on this page.', detail: 'Names the Labour Party.', findings: [{ rule: 'party-name' as const, match: 'Labour Party', start: 0, end: 12, message: 'x' }] };
    rerender(<PresentedText value={screened} canEdit={true} />);
    expect(container).toHaveTextContent('For editors: Names a political party.');
    expect(container).not.toHaveTextContent('Labour');
  });
});

describe('ContactActions and PersonAvatar', () => {
  it('labels the two numbers "Phone" and "Mobile", and lets an email break only after "@" and before dots', () => {
    const { container } = render(<ContactActions name={s('Cllr Jane Smith')} email={s('jane.smith@rugby.gov.uk')} phone={s('01788 533522')} mobile={s('07700 900123')} />);
    const items = within(screen.getByRole('list', { name: 'Contact Cllr Jane Smith' })).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual(['jane.smith@rugby.gov.uk', 'Phone 01788 533522', 'Mobile 07700 900123']);
    const email = screen.getByRole('link', { name: 'Email Cllr Jane Smith at jane.smith@rugby.gov.uk' });
    expect(email.innerHTML).toBe('jane<wbr>.smith<wbr>@rugby<wbr>.gov<wbr>.uk');
    expect(container.querySelectorAll('wbr')).toHaveLength(4);
  });

  it('draws the same person the same way with or without the photo loaded: same initials, same colour', () => {
    const { container } = render(
      <>
        <PersonAvatar name={s('Sam Patel')} size={40} />
        <PersonAvatar name={s('Sam Patel')} photoUrl={s('/sites/council/SiteAssets/Photos/officer-4.svg')} size={72} />
      </>
    );
    const [row, card] = Array.from(container.querySelectorAll<HTMLElement>('[data-avatar-colour]'));
    expect(row.dataset.avatarColour).toBe(card.dataset.avatarColour);
    expect(row.textContent).toBe('SP');
    expect(card.textContent).toBe('SP');
    expect(card.querySelector('img')).toHaveAttribute('src', '/sites/council/SiteAssets/Photos/officer-4.svg');
  });

  it('holds back a new photo while a list defers them, then shows it; a photo already shown is shown at once', () => {
    const url = '/sites/council/SiteAssets/Photos/officer-77.svg';
    const { container, rerender } = render(<PersonAvatar name={s('Ann Lee')} photoUrl={s(url)} deferPhoto={true} />);
    expect(container.querySelector('img')).toBeNull();
    expect(container.textContent).toBe('AL');
    rerender(<PersonAvatar name={s('Ann Lee')} photoUrl={s(url)} deferPhoto={false} />);
    const img = container.querySelector('img') as HTMLImageElement;
    expect(img).toHaveAttribute('src', url);
    fireEvent.load(img);
    rerender(<PersonAvatar name={s('Ann Lee')} photoUrl={s(url)} deferPhoto={true} />);
    expect(container.querySelector('img')).toHaveAttribute('src', url);
  });
});
