/**
 * @jest-environment jsdom
 */
import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { screened as s } from '../support/screened';
import { buildVCard, ContactActions, mailtoHref, teamsChatHref, telHref, vCardFileName } from '../../../src/components/ContactActions';
import { initialsOf, PersonAvatar } from '../../../src/components/PersonAvatar';

describe('ContactActions', () => {
  it('offers email, phone, mobile and Teams with names that say whom they contact', async () => {
    const { container } = render(
      <ContactActions name={s('Cllr Jane Smith')} email={s('jane.smith@rugby.gov.uk')} phone={s('01788 533522')} mobile={s('07700 900123')} teamsUser={s('jane.smith@rugby.gov.uk')} />
    );
    const list = screen.getByRole('list', { name: 'Contact Cllr Jane Smith' });
    expect(within(list).getByRole('link', { name: 'Email Cllr Jane Smith at jane.smith@rugby.gov.uk' })).toHaveAttribute('href', 'mailto:jane.smith@rugby.gov.uk');
    expect(within(list).getByRole('link', { name: 'Call Cllr Jane Smith on 01788 533522' })).toHaveAttribute('href', 'tel:+441788533522');
    expect(within(list).getByRole('link', { name: "Call Cllr Jane Smith's mobile on 07700 900123" })).toHaveAttribute('href', 'tel:+447700900123');
    const teams = within(list).getByRole('link', { name: 'Chat in Teams with Cllr Jane Smith (opens in a new tab)' });
    expect(teams).toHaveAttribute('href', 'https://teams.microsoft.com/l/chat/0/0?users=jane.smith%40rugby.gov.uk');
    expect(teams).toHaveAttribute('rel', 'noopener noreferrer');
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('names every action with its visible text first (WCAG 2.5.3 label in name)', () => {
    render(<ContactActions name={s('Cllr Jane Smith')} email={s('jane.smith@rugby.gov.uk')} teamsUser={s('jane.smith@rugby.gov.uk')} vCard={{ formattedName: s('Cllr Jane Smith'), givenName: s('Jane'), familyName: s('Smith') }} compact={true} />);
    for (const control of [...screen.getAllByRole('link'), ...screen.getAllByRole('button')]) {
      const visible = (control.textContent ?? '').trim().toLowerCase();
      expect((control.getAttribute('aria-label') ?? '').toLowerCase()).toContain(visible);
    }
    expect(screen.getByRole('button', { name: 'Download contact card for Cllr Jane Smith' })).toBeInTheDocument();
  });

  it('renders nothing when there is no way to get in touch', () => {
    const { container } = render(<ContactActions name={s('Someone')} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('encodes hostile values so they cannot become another kind of link', () => {
    expect(mailtoHref('a?cc=evil@x.com')).toBe('mailto:a%3Fcc%3Devil@x.com');
    expect(teamsChatHref('x&message=hi')).toBe('https://teams.microsoft.com/l/chat/0/0?users=x%26message%3Dhi');
    expect(telHref('javascript:alert(1)')).toBe('tel:+441');
  });
});

describe('vCard', () => {
  it('writes a vCard 3.0 that escapes commas, semicolons and new lines', () => {
    const card = buildVCard({
      formattedName: s('Cllr Jane Smith'),
      givenName: s('Jane'),
      familyName: s('Smith'),
      honorificPrefix: s('Cllr'),
      organisation: s('Rugby Borough Council'),
      title: s('Councillor for Benn ward'),
      email: s('jane.smith@rugby.gov.uk'),
      workPhone: s('01788 533522'),
      address: s('Town Hall; Evreux Way,\nRugby')
    });
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Jane;;Cllr;\r\nFN:Cllr Jane Smith\r\n')).toBe(true);
    expect(card).toContain('ADR;TYPE=WORK:;;Town Hall\\; Evreux Way\\,\\nRugby;;;;');
    expect(card).toContain('TEL;TYPE=WORK,VOICE:01788 533522');
    expect(card.endsWith('END:VCARD\r\n')).toBe(true);
    expect(card.split('\r\n').every((l) => l.length <= 75)).toBe(true);
    expect(vCardFileName(s('Cllr Jane O’Smith'))).toBe('cllr-jane-osmith.vcf');
  });
});

describe('PersonAvatar', () => {
  it('shows a photo, or initials when there is none or it is unsafe', () => {
    const { container, rerender } = render(<PersonAvatar name={s('Cllr Jane Smith')} photoUrl={s('/sites/council/SiteAssets/Photos/m1.svg')} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    rerender(<PersonAvatar name={s('Cllr Jane Smith')} photoUrl={s('javascript:alert(1)')} decorative={false} />);
    expect(screen.getByRole('img', { name: 'Cllr Jane Smith' })).toHaveTextContent('JS');
    expect(initialsOf('Dr Ravi Anand-Kumar')).toBe('RK');
    expect(initialsOf('')).toBe('?');
  });
});
