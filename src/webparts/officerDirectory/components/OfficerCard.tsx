import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { pageUrlWith } from '../../../components/common/urlParams';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import { WithheldNotice } from '../../../components/PresentedText';
import type { StoredOfficer } from '../../../domain/model/officer';
import { strings } from '../loc/ui/strings';
import { fullName, type DirectoryModel } from '../model';
import base from './OfficerDirectory.module.scss';
import own from './Officers.module.scss';

const styles = { ...base, ...own };

export interface IOfficerCardProps {
  model: DirectoryModel;
  officer: StoredOfficer;
  onClose: () => void;
  canEdit: boolean;
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
  const name = fullName(officer);
  const service = officer.serviceAreaId ? model.serviceById.get(officer.serviceAreaId) : undefined;
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
        <PersonAvatar name={name} photoUrl={officer.photoUrl} size={72} />
        <div>
          <h3 id={headingId} ref={headingRef} tabIndex={-1}>
            {name}
          </h3>
          {officer.jobTitle && <p>{officer.jobTitle}</p>}
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
            <dd>{service.directorate ? `${service.title} (${service.directorate})` : service.title}</dd>
          </>
        )}
        {officer.location && (
          <>
            <dt>{strings.location}</dt>
            <dd>{officer.location}</dd>
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
              {strings.liaisonFor(r.role === 'Deputy Liaison Officer' ? strings.deputyLiaisonOfficer : strings.liaisonOfficer, model.serviceById.get(r.serviceAreaId)?.title ?? '')}
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
          organisation: service ? [service.title, service.directorate].filter(Boolean).join(', ') : undefined,
          email: officer.email,
          workPhone: officer.phone,
          mobile: officer.mobile,
          address: officer.location
        }}
      />
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
