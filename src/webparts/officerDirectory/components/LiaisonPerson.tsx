import * as React from 'react';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { HistoryButton, LastUpdated } from '../../../components/History';
import { useIdPrefix } from '../../../components/common/ids';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import { PresentedText } from '../../../components/PresentedText';
import { strings } from '../loc/ui/strings';
import { plainText, shownText, type Presented } from '../../../domain/neutrality/screened';
import { attentionFor, personViewFor, type DirectoryModel, type LiaisonView } from '../model';
import type { OfficerEditing } from './editing';
import { PeopleCard } from './peopleCard';
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
  editing?: OfficerEditing;
  /** The service's name, for the Edit button. */
  service?: string;
}

const H = { 4: 'h4', 5: 'h5' } as const;

/** A liaison officer: photo, name, job title, wards covered, "what I can help with", and how to get in touch. */
export function LiaisonPerson(props: ILiaisonPersonProps): JSX.Element | null {
  const { model, view, compact } = props;
  const px = useIdPrefix();
  const person = personViewFor(model, view.liaison.officerId);
  if (!person) return null;
  const attention = attentionFor(model, view.liaison);
  // A leaver is never shown to councillors as a contact; Democratic Services see the entry, flagged.
  if (attention?.kind === 'left' && !props.canEdit) return null;
  const name = plainText(person.name);
  // Teams and the profile card know people by their sign-in name, which can differ from the email address.
  const signIn = person.signIn;
  const Heading = H[props.level];
  // A role that is blank or withheld reads as a liaison officer: the service named them.
  const role = view.liaison.role === 'Deputy Liaison Officer' ? strings.deputyLiaisonOfficer : strings.liaisonOfficer;
  const wards = view.liaison.wardIds
    .map((id) => model.views.ward(id)?.title)
    .filter((w): w is Presented => w !== undefined)
    .map(plainText)
    .sort((a, b) => a.localeCompare(b, 'en-GB'));
  const nowIn = attention?.kind === 'moved' ? plainText(model.views.service(attention.nowInId)?.title) : '';
  return (
    <div className={styles.person}>
      <PersonAvatar name={person.name} photoUrl={person.photoUrl} size={compact ? 48 : 64} />
      <div className={styles.personBody}>
        <p className={styles.role}>{role}</p>
        <Heading className={styles.personName}>
          <PeopleCard userPrincipalName={attention?.kind === 'left' ? undefined : shownText(signIn)}>
            <PresentedText value={person.name} canEdit={props.canEdit} inline={true} />
          </PeopleCard>
        </Heading>
        {props.canEdit && attention && (
          <p className={styles.note}>{attention.kind === 'left' ? strings.liaisonLeft(name, attention.leftOn) : strings.liaisonMoved(name, nowIn)}</p>
        )}
        <PresentedText value={person.jobTitle || undefined} canEdit={props.canEdit} />
        <p className={styles.hint}>{wards.length > 0 ? strings.covers(listOf(wards)) : strings.coversAll}</p>
        {!compact && view.profile !== undefined && (
          <>
            <p className={styles.helpHeading}>{strings.helpWith}</p>
            <PresentedText value={view.profile} canEdit={props.canEdit} />
          </>
        )}
        {attention?.kind !== 'left' && (
          <ContactActions name={person.name} email={person.email} phone={person.phone} mobile={compact ? undefined : person.mobile} teamsUser={signIn} compact={compact} />
        )}
        {!compact && <LastUpdated modified={model.liaisonModified[view.liaison.id]} />}
        {props.editing?.rights.liaisonOfficer?.edit && (
          <p>
            <EditButton
              label={strings.editLiaison(name, props.service ?? '')}
              onClick={() => props.editing?.open({ kind: 'liaisonOfficer', id: view.liaison.id, name: `${name} (${props.service ?? ''})` })}
            />
          </p>
        )}
        {/* Their own entry: SharePoint lets them edit this one item, and only their text and wards. */}
        {!props.editing?.rights.liaisonOfficer?.edit && props.editing?.own?.has(view.liaison.id) && (
          <p>
            <EditButton
              label={strings.editOwnEntry(props.service ?? '')}
              text={strings.editOwnEntryText}
              onClick={() => props.editing?.open({ kind: 'liaisonOfficer', id: view.liaison.id, name: props.service ?? name, own: true })}
            />
          </p>
        )}
        {!compact && props.editing?.history && (props.editing.rights.liaisonOfficer?.edit || props.editing.own?.has(view.liaison.id)) && (
          <HistoryButton
            kind="liaisonOfficer"
            load={() => props.editing?.history?.(view.liaison.id) ?? Promise.resolve([])}
            what={strings.liaisonHistoryOf(name, props.service ?? '')}
            idPrefix={`${px}-liaison-${view.liaison.id}`}
          />
        )}
      </div>
    </div>
  );
}

/** Ward names can hold commas and "and" ("Clifton, Newton and Churchover"), so they are separated by semicolons. */
export function listOf(items: readonly string[]): string {
  return items.join('; ');
}
