import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { PersonAvatar } from '../../../components/PersonAvatar';
import { PresentedText, WithheldNotice } from '../../../components/PresentedText';
import { format, strings } from '../loc/ui/strings';
import type { PersonView } from '../model/directoryView';
import styles from './MemberProfiles.module.scss';

const MAX_HEADLINES = 4;

export interface IMemberCardProps {
  person: PersonView;
  onOpen: (id: number) => void;
  /** Show the published contact details (the ward view). */
  withContact?: boolean;
  /** Editors see why a withheld detail is not shown. */
  canEdit: boolean;
}

/** The id of the button that opens a person's profile, so focus can return to it. */
export const openButtonId = (idPrefix: string, view: string, id: number): string => `${idPrefix}-${view}-open-${id}`;

/**
 * A councillor as a card: photo or initials, name (the button that opens the profile; the whole
 * card is clickable too), ward, declared group on the members' own page, headline roles.
 */
export function MemberCard(props: IMemberCardProps & { view: string }): JSX.Element {
  const { person, onOpen, withContact } = props;
  const px = useIdPrefix();
  const shown = person.headlines.slice(0, MAX_HEADLINES);
  const more = person.headlines.length - shown.length;
  return (
    <li className={withContact ? `${styles.card} ${styles.contactCard}` : styles.card}>
      <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={56} />
      <div className={styles.cardBody}>
        <h4>
          <button
            id={openButtonId(px, props.view, person.id)}
            type="button"
            className={withContact ? styles.nameButton : `${styles.nameButton} ${styles.stretched}`}
            aria-haspopup="dialog"
            onClick={() => onOpen(person.id)}
          >
            <PresentedText value={person.name} canEdit={props.canEdit} inline={true} />
          </button>
        </h4>
        <p className={styles.ward}>
          {person.wardLabel ? (
            <PresentedText value={person.wardLabel} canEdit={props.canEdit} inline={true} />
          ) : person.withheld.wardId ? (
            <WithheldNotice withheld={person.withheld.wardId} canEdit={props.canEdit} inline={true} />
          ) : (
            strings.wardNotShown
          )}
        </p>
        {person.party && <PresentedText value={person.party.name} canEdit={props.canEdit} className={styles.party} />}
        {shown.length > 0 && (
          <ul className={styles.headlines}>
            {shown.map((h, i) => (
              <li key={i}>
                <PresentedText value={h} canEdit={props.canEdit} inline={true} />
              </li>
            ))}
            {more > 0 && <li>{format(strings.moreRoles, { count: more })}</li>}
          </ul>
        )}
        {withContact && (
          <ContactActions name={person.name} email={person.email} phone={person.phone} mobile={person.mobile} teamsUser={person.email} />
        )}
      </div>
    </li>
  );
}
