import * as React from 'react';
import { isWithheld, plainText, shownText, type Presented, type ScreenedText } from '../../domain/neutrality/screened';
import { WithheldNotice } from '../PresentedText/PresentedText';
import type { IContactActionsProps } from './IContactActionsProps';
import { mailtoHref, teamsChatHref, telHref } from './links';
import { buildVCard, vCardFileName } from './vCard';
import styles from './ContactActions.module.scss';

/** An email address that wraps after the @ and before dots, never in the middle of a word. */
export function breakableEmail(email: ScreenedText): React.ReactNode[] {
  const parts = email.split(/(?=[@.])/);
  return parts.flatMap((p, i) => (i === 0 ? [p] : [<wbr key={i} />, p]));
}

/**
 * Email, phone, Teams chat and "download contact card" for one person. Every action is a real
 * link or button with an accessible name that says whom it contacts; the two numbers are
 * labelled "Phone" and "Mobile".
 */
export function ContactActions(props: IContactActionsProps): JSX.Element | null {
  const { vCard, compact } = props;
  // Every value is screened: one that is withheld is a notice in its place, never a link.
  const name = plainText(props.name);
  const email = shownText(props.email);
  const phone = shownText(props.phone);
  const mobile = shownText(props.mobile);
  const teamsUser = shownText(props.teamsUser);
  const withheld = [props.email, props.phone, props.mobile].filter((v): v is Presented => v !== undefined && isWithheld(v));
  const download = React.useCallback(() => {
    if (!vCard) return;
    const blob = new Blob([buildVCard(vCard)], { type: 'text/vcard;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = vCardFileName(vCard.formattedName);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }, [vCard]);
  if (!email && !phone && !mobile && !teamsUser && !vCard && withheld.length === 0) return null;
  const cls = compact ? `${styles.actions} ${styles.compact}` : styles.actions;
  return (
    <ul className={cls} aria-label={`Contact ${name}`}>
      {email && (
        <li>
          <a className={styles.action} href={mailtoHref(email)} aria-label={`Email ${name} at ${email}`}>
            {compact ? 'Email' : breakableEmail(email)}
          </a>
        </li>
      )}
      {phone && (
        <li>
          {!compact && <span className={styles.label}>Phone </span>}
          <a className={styles.action} href={telHref(phone)} aria-label={`Call ${name} on ${phone}`}>
            {compact ? 'Call' : phone}
          </a>
        </li>
      )}
      {mobile && (
        <li>
          {!compact && <span className={styles.label}>Mobile </span>}
          <a className={styles.action} href={telHref(mobile)} aria-label={`Call ${name}'s mobile on ${mobile}`}>
            {compact ? 'Mobile' : mobile}
          </a>
        </li>
      )}
      {withheld.map((w, i) => (
        <li key={`withheld-${i}`}>{isWithheld(w) && <WithheldNotice withheld={w} canEdit={false} inline={true} />}</li>
      ))}
      {teamsUser && (
        <li>
          <a
            className={styles.action}
            href={teamsChatHref(teamsUser)}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={`Chat in Teams with ${name} (opens in a new tab)`}
          >
            Chat in Teams
          </a>
        </li>
      )}
      {vCard && (
        <li>
          <button type="button" className={styles.action} onClick={download} aria-label={`Download contact card for ${name}`}>
            Download contact card
          </button>
        </li>
      )}
    </ul>
  );
}
