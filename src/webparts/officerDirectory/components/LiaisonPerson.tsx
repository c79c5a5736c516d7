import * as React from 'react';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import { PresentedText } from '../../../components/PresentedText';
import { strings } from '../loc/ui/strings';
import { fullName, personFor, type DirectoryModel, type LiaisonView } from '../model';
import base from './OfficerDirectory.module.scss';
import own from './Services.module.scss';

const styles = { ...base, ...own };

export interface ILiaisonPersonProps {
  model: DirectoryModel;
  view: LiaisonView;
  canEdit: boolean;
  /** Heading level of the person's name. */
  level: 4 | 5;
  /** Browse: no profile, smaller photo. */
  compact?: boolean;
}

const H = { 4: 'h4', 5: 'h5' } as const;

/** A liaison officer: photo, name, job title, wards covered, "what I can help with", and how to get in touch. */
export function LiaisonPerson(props: ILiaisonPersonProps): JSX.Element | null {
  const { model, view, compact } = props;
  const person = personFor(model, view.liaison.officerId);
  if (!person) return null;
  const name = fullName(person);
  const Heading = H[props.level];
  // A role that is blank or withheld reads as a liaison officer: the service named them.
  const role = view.liaison.role === 'Deputy Liaison Officer' ? strings.deputyLiaisonOfficer : strings.liaisonOfficer;
  const wards = view.liaison.wardIds
    .map((id) => model.wardById.get(id)?.title)
    .filter((w): w is string => !!w)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  return (
    <div className={styles.person}>
      <PersonAvatar name={name} photoUrl={person.photoUrl} size={compact ? 48 : 64} />
      <div className={styles.personBody}>
        <p className={styles.role}>{role}</p>
        <Heading className={styles.personName}>{name}</Heading>
        {person.jobTitle && <p>{person.jobTitle}</p>}
        <p className={styles.hint}>{wards.length > 0 ? strings.covers(listOf(wards)) : strings.coversAll}</p>
        {!compact && view.profile !== undefined && (
          <>
            <p className={styles.helpHeading}>{strings.helpWith}</p>
            <PresentedText value={view.profile} canEdit={props.canEdit} />
          </>
        )}
        <ContactActions name={name} email={person.email} phone={person.phone} mobile={compact ? undefined : person.mobile} teamsUser={person.email} compact={compact} />
      </div>
    </div>
  );
}

/** Ward names can hold commas and "and" ("Clifton, Newton and Churchover"), so they are separated by semicolons. */
export function listOf(items: readonly string[]): string {
  return items.join('; ');
}
