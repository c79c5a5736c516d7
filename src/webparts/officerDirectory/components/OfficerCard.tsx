import * as React from 'react';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import type { Officer } from '../../../domain/model/officer';
import { strings } from '../loc/ui/strings';
import { fullName, type DirectoryModel } from '../model';
import { urlWithOfficer } from './deepLink';
import { useIdPrefix } from './ids';
import styles from './OfficerDirectory.module.scss';

export interface IOfficerCardProps {
  model: DirectoryModel;
  officer: Officer;
  onClose: () => void;
}

/** An officer's card: who they are, where they sit, what they are liaison officer for, and how to contact them. */
export const OfficerCard = React.memo(
  React.forwardRef<HTMLHeadingElement, IOfficerCardProps>(function OfficerCard(props, headingRef) {
  const { model, officer } = props;
  const p = useIdPrefix();
  const name = fullName(officer);
  const service = model.serviceById.get(officer.serviceAreaId);
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
        <PersonAvatar name={name} photoUrl={officer.photoUrl} size={72} />
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            {name}
          </h3>
          <p>{officer.jobTitle}</p>
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
              {service.title} ({service.directorate})
            </dd>
          </>
        )}
        {officer.location && (
          <>
            <dt>{strings.location}</dt>
            <dd>{officer.location}</dd>
          </>
        )}
      </dl>
      {roles.length > 0 && (
        <ul className={styles.roles}>
          {roles.map((r) => (
            <li key={r.id}>
              {strings.liaisonFor(r.role === 'Liaison Officer' ? strings.liaisonOfficer : strings.deputyLiaisonOfficer, model.serviceById.get(r.serviceAreaId)?.title ?? '')}
            </li>
          ))}
        </ul>
      )}
      <ContactActions
        name={name}
        email={officer.email}
        phone={officer.phone}
        mobile={officer.mobile}
        teamsUser={officer.email}
        vCard={{
          formattedName: name,
          givenName: officer.givenName,
          familyName: officer.familyName,
          title: officer.jobTitle,
          organisation: service ? `${service.title}, ${service.directorate}` : undefined,
          email: officer.email,
          workPhone: officer.phone,
          mobile: officer.mobile,
          address: officer.location
        }}
      />
      <p>
        <a className={styles.webLink} href={urlWithOfficer(officer.id)}>
          {strings.linkToOfficer}
          <span className={styles.visuallyHidden}> ({name})</span>
        </a>
      </p>
    </section>
  );
})
);
