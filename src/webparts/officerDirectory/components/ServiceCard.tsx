import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { PresentedText, WithheldNotice } from '../../../components/PresentedText';
import { isHttpsUrl } from '../../../domain/fields';
import type { StoredServiceArea } from '../../../domain/model/serviceArea';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel, LiaisonView } from '../model';
import { LiaisonPerson } from './LiaisonPerson';
import base from './OfficerDirectory.module.scss';
import own from './Services.module.scss';

const styles = { ...base, ...own };

export interface IServiceCardProps {
  model: DirectoryModel;
  service: StoredServiceArea;
  canEdit: boolean;
  /** The service's heading level: 3 in the topic results, 4 under a directorate heading. */
  level: 3 | 4;
  /** A chosen ward: only liaison officers covering it (or all wards) are shown. */
  wardId?: number;
  /** Keywords that matched the topic, to show why this service is here. */
  matchedKeywords?: readonly string[];
  /** Browse: compact people without profiles. */
  compact?: boolean;
}

/** The liaison officers who cover a ward: those named for it, and those who cover every ward. */
export function liaisonForWard(views: readonly LiaisonView[], wardId: number | undefined): LiaisonView[] {
  if (wardId === undefined) return views.slice();
  return views.filter((v) => v.liaison.wardIds.length === 0 || v.liaison.wardIds.includes(wardId));
}

/** A service area with its liaison officer and deputy, description and team contacts. */
export function ServiceCard(props: IServiceCardProps): JSX.Element {
  const { model, service, level, wardId } = props;
  const p = useIdPrefix();
  const headingId = `${p}-service-${service.id}-${props.compact ? 'b' : 't'}`;
  const Heading = level === 3 ? 'h3' : 'h4';
  const all = model.liaisonByService.get(service.id) ?? [];
  const people = liaisonForWard(all, wardId);
  const ward = wardId !== undefined ? model.wardById.get(wardId)?.title : undefined;
  const web = service.webPage && isHttpsUrl(service.webPage) ? service.webPage : undefined;
  return (
    <article className={styles.serviceCard} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.serviceTitle}>
        {service.title}
      </Heading>
      {/* Under a directorate heading (browse) the directorate goes without saying. */}
      {!props.compact && service.directorate && <p className={styles.directorate}>{service.directorate}</p>}
      {props.matchedKeywords && props.matchedKeywords.length > 0 && (
        <p className={styles.matched}>
          {strings.matchedTopics} {props.matchedKeywords.join(', ')}
        </p>
      )}
      <PresentedText value={model.descriptions.get(service.id)} canEdit={props.canEdit} className={styles.description} />
      {people.length > 0 ? (
        <div className={props.compact ? styles.compactPeople : styles.people}>
          {people.map((v) => (
            <LiaisonPerson key={v.liaison.id} model={model} view={v} canEdit={props.canEdit} level={level === 3 ? 4 : 5} compact={props.compact} />
          ))}
        </div>
      ) : (
        <p className={styles.note}>{ward && all.length > 0 ? strings.noLiaisonForWard(ward) : strings.noLiaison}</p>
      )}
      {(service.teamEmail || service.teamPhone || web || model.serviceWithheld.has(service.id)) && (
        <div className={styles.team}>
          {level === 3 ? <h4>{strings.teamContacts}</h4> : <h5>{strings.teamContacts}</h5>}
          <ContactActions name={strings.teamName(service.title)} email={service.teamEmail} phone={service.teamPhone} compact={props.compact} />
          {(['teamEmail', 'teamPhone', 'webPage'] as const).map((f) => {
            const w = model.serviceWithheld.get(service.id)?.[f];
            return w ? <WithheldNotice key={f} withheld={w} canEdit={props.canEdit} /> : null;
          })}
          {web && (
            <a className={styles.webLink} href={web} target="_blank" rel="noopener noreferrer">
              {strings.webPage(service.title)}
              <span className={styles.visuallyHidden}> (opens in a new tab)</span>
            </a>
          )}
        </div>
      )}
    </article>
  );
}
