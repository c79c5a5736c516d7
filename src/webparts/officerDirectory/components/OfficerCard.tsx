import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { pageUrlWith } from '../../../components/common/urlParams';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import { PresentedText, WithheldNotice } from '../../../components/PresentedText';
import { plainText, shownText } from '../../../domain/neutrality/screened';
import { presentComposed } from '../../../domain/neutrality/views';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel } from '../model';
import type { PersonView } from '../views';
import type { OfficerEditing } from './editing';
import { PeopleCard } from './peopleCard';
import base from './OfficerDirectory.module.scss';
import own from './Officers.module.scss';

const styles = { ...base, ...own };

export interface IOfficerCardProps {
  model: DirectoryModel;
  /** The officer as the page may show them: every text screened. */
  officer: PersonView;
  onClose: () => void;
  canEdit: boolean;
  editing?: OfficerEditing;
}

/** Details that may be withheld, with their labels. */
const DETAILS: ReadonlyArray<[string, string]> = [
  ['jobTitle', strings.jobTitle],
  ['serviceAreaId', strings.service],
  ['email', strings.email],
  ['phone', strings.phone],
  ['mobile', strings.mobile],
  ['location', strings.location],
  ['photoUrl', strings.photo]
];

/** An officer's card: who they are, where they sit, what they are liaison officer for, and how to contact them. */
export const OfficerCard = React.memo(
  React.forwardRef<HTMLHeadingElement, IOfficerCardProps>(function OfficerCard(props, headingRef) {
  const { model, officer } = props;
  const p = useIdPrefix();
  const name = plainText(officer.name);
  const service = model.views.service(officer.serviceAreaId);
  const withheld = model.officerWithheld.get(officer.id) ?? {};
  const notShown = DETAILS.filter(([field]) => withheld[field]);
  const roles = model.liaisonRolesByOfficer.get(officer.id) ?? [];
  const headingId = `${p}-card-${officer.id}`;
  return (
    <section
      className={styles.officerCard}
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          props.onClose();
        }
      }}
    >
      <div className={styles.cardHeader}>
        <PersonAvatar name={officer.name} photoUrl={officer.photoUrl} size={72} />
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            <PeopleCard userPrincipalName={shownText(officer.signIn)}>
              <PresentedText value={officer.name} canEdit={props.canEdit} inline={true} />
            </PeopleCard>
          </h3>
          <PresentedText value={officer.jobTitle || undefined} canEdit={props.canEdit} />
          {officer.politicallyRestricted && <p className={styles.badge}>{strings.restricted}</p>}
        </div>
        <button type="button" className={styles.button} onClick={props.onClose} aria-label={strings.closeCard(name)}>
          {strings.close}
        </button>
      </div>
      <dl>
        {service && (
          <>
            <dt>{strings.service}</dt>
            <dd>
              <PresentedText value={model.views.serviceWithDirectorate(service)} canEdit={props.canEdit} inline={true} />
            </dd>
          </>
        )}
        {officer.location && (
          <>
            <dt>{strings.location}</dt>
            <dd>
              <PresentedText value={officer.location} canEdit={props.canEdit} inline={true} />
            </dd>
          </>
        )}
        {notShown.map(([field, label]) => (
          <React.Fragment key={field}>
            <dt>{label}</dt>
            <dd>
              <WithheldNotice withheld={withheld[field]} canEdit={props.canEdit} inline={true} />
            </dd>
          </React.Fragment>
        ))}
      </dl>
      {roles.length > 0 && (
        <ul className={styles.roles}>
          {roles.map((r) => (
            <li key={r.id}>
              {strings.liaisonFor(r.role === 'Deputy Liaison Officer' ? strings.deputyLiaisonOfficer : strings.liaisonOfficer, plainText(model.views.service(r.serviceAreaId)?.title))}
            </li>
          ))}
        </ul>
      )}
      <ContactActions
        name={officer.name}
        email={officer.email}
        phone={officer.phone}
        mobile={officer.mobile}
        teamsUser={officer.signIn}
        vCard={{
          formattedName: officer.name,
          givenName: officer.givenName,
          familyName: officer.familyName,
          title: officer.jobTitle || undefined,
          organisation: service ? presentComposed(model.views.screen, [service.title, service.directorate], ', ') : undefined,
          email: officer.email,
          workPhone: officer.phone,
          mobile: officer.mobile,
          address: officer.location
        }}
      />
      {props.editing?.rights.officer?.edit && (
        <p>
          <EditButton label={strings.editOfficer(name)} onClick={() => props.editing?.open({ kind: 'officer', id: officer.id, name })} />
        </p>
      )}
      <p>
        <a className={styles.webLink} href={pageUrlWith('officer', officer.id)}>
          {strings.linkToOfficer}
          <span className={styles.visuallyHidden}> ({name})</span>
        </a>
      </p>
    </section>
  );
})
);
