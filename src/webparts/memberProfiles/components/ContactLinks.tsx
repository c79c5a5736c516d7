import * as React from 'react';
import { mailtoHref, teamsChatHref, telHref } from '../../../components/ContactActions/links';
import { buildVCard, vCardFileName, type VCardContact } from '../../../components/ContactActions/vCard';
import shared from '../../../components/ContactActions/ContactActions.module.scss';
import { format, strings } from '../loc/ui/strings';

export interface IContactLinksProps {
  name: string;
  email: string;
  phone?: string;
  mobile?: string;
  /** Offer a Teams chat with this sign-in name. */
  teamsUser?: string;
  vCard?: VCardContact;
}

/**
 * Email, phone, mobile, Teams chat and the contact card, with the shared ContactActions' links,
 * vCard and look. Drawn here because ContactActions' Teams link and vCard button have accessible
 * names that do not contain their visible text (WCAG 2.5.3 Label in Name, which axe reports);
 * every name here begins with what the link or button says.
 */
export function ContactLinks(props: IContactLinksProps): JSX.Element {
  const { name, email, phone, mobile, teamsUser, vCard } = props;
  const download = (): void => {
    if (!vCard) return;
    const url = URL.createObjectURL(new Blob([buildVCard(vCard)], { type: 'text/vcard;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = vCardFileName(vCard.formattedName);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <ul className={shared.actions} aria-label={format(strings.contactListLabel, { name })}>
      <li>
        <a className={shared.action} href={mailtoHref(email)} aria-label={format(strings.contactEmail, { email, name })}>
          {email}
        </a>
      </li>
      {phone && (
        <li>
          <a className={shared.action} href={telHref(phone)} aria-label={format(strings.contactPhone, { phone, name })}>
            {phone}
          </a>
        </li>
      )}
      {mobile && (
        <li>
          <a className={shared.action} href={telHref(mobile)} aria-label={format(strings.contactMobile, { phone: mobile, name })}>
            {mobile}
          </a>
        </li>
      )}
      {teamsUser && (
        <li>
          <a
            className={shared.action}
            href={teamsChatHref(teamsUser)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={format(strings.contactTeamsLabel, { name })}
          >
            {strings.contactTeams}
          </a>
        </li>
      )}
      {vCard && (
        <li>
          <button type="button" className={shared.action} onClick={download} aria-label={format(strings.contactVCardLabel, { name })}>
            {strings.contactVCard}
          </button>
        </li>
      )}
    </ul>
  );
}
