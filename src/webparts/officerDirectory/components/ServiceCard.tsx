import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { ContactActions } from '../../../components/ContactActions/ContactActions';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { PresentedText, WithheldNotice } from '../../../components/PresentedText';
import { isHttpsUrl } from '../../../domain/fields';
import { plainText, shownText, type Presented } from '../../../domain/neutrality/screened';
import { presentBuilt, presentComposed } from '../../../domain/neutrality/views';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel, LiaisonView } from '../model';
import type { ServiceView } from '../views';
import type { OfficerEditing } from './editing';
import { LiaisonPerson } from './LiaisonPerson';
import base from './OfficerDirectory.module.scss';
import own from './Services.module.scss';

const styles = { ...base, ...own };

export interface IServiceCardProps {
  model: DirectoryModel;
  /** The service as the page may show it: every text screened. */
  service: ServiceView;
  canEdit: boolean;
  /** The service's heading level: 3 in the topic results, 4 under a directorate heading. */
  level: 3 | 4;
  /** A chosen ward: only liaison officers covering it (or all wards) are shown. */
  wardId?: number;
  /** Keywords that matched the topic, to show why this service is here (screened). */
  matchedKeywords?: readonly Presented[];
  /** Browse: compact people without profiles. */
  compact?: boolean;
  /** Edit, for those SharePoint lets edit Service Areas and Liaison Officers. */
  editing?: OfficerEditing;
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
  // Leavers are left out for councillors (LiaisonPerson shows them, flagged, to Democratic Services).
  const people = liaisonForWard(all, wardId).filter((v) => props.canEdit || !model.leavers.has(v.liaison.officerId));
  const ward = wardId !== undefined ? model.views.ward(wardId)?.title : undefined;
  const webPage = shownText(service.webPage);
  const web = webPage && isHttpsUrl(webPage) ? webPage : undefined;
  const title = plainText(service.title);
  return (
    <article className={styles.serviceCard} aria-labelledby={headingId}>
      <Heading id={headingId} className={styles.serviceTitle}>
        <PresentedText value={service.title} canEdit={props.canEdit} inline={true} />
      </Heading>
      {props.editing?.rights.serviceArea?.edit && (
        <p>
          <EditButton label={strings.editService(title)} onClick={() => props.editing?.open({ kind: 'serviceArea', id: service.id, name: title })} />
        </p>
      )}
      {/* Under a directorate heading (browse) the directorate goes without saying. */}
      {!props.compact && service.directorate && <PresentedText value={service.directorate} canEdit={props.canEdit} className={styles.directorate} />}
      {props.matchedKeywords && props.matchedKeywords.length > 0 && (
        <p className={styles.matched}>
          {strings.matchedTopics} <PresentedText value={presentComposed(model.views.screen, props.matchedKeywords, ', ')} canEdit={props.canEdit} inline={true} />
        </p>
      )}
      <PresentedText value={service.description} canEdit={props.canEdit} className={styles.description} />
      {people.length > 0 ? (
        <div className={props.compact ? styles.compactPeople : styles.people}>
          {people.map((v) => (
            <LiaisonPerson key={v.liaison.id} model={model} view={v} canEdit={props.canEdit} level={level === 3 ? 4 : 5} compact={props.compact} editing={props.editing} service={title} />
          ))}
        </div>
      ) : (
        <p className={styles.note}>{ward !== undefined && all.length > 0 ? strings.noLiaisonForWard(plainText(ward)) : strings.noLiaison}</p>
      )}
      {props.editing?.rights.liaisonOfficer?.add && (
        <p>
          <EditButton
            label={strings.addLiaison(title)}
            text={strings.addLiaisonText}
            onClick={() => props.editing?.open({ kind: 'liaisonOfficer', name: title, serviceAreaId: service.id })}
          />
        </p>
      )}
      {(service.teamEmail || service.teamPhone || web || model.serviceWithheld.has(service.id)) && (
        <div className={styles.team}>
          {level === 3 ? <h4>{strings.teamContacts}</h4> : <h5>{strings.teamContacts}</h5>}
          <ContactActions
            name={presentBuilt(model.views.screen, [service.title], ([t]) => strings.teamName(t))}
            email={service.teamEmail}
            phone={service.teamPhone}
            compact={props.compact}
          />
          {(['teamEmail', 'teamPhone', 'webPage'] as const).map((f) => {
            const w = model.serviceWithheld.get(service.id)?.[f];
            return w ? <WithheldNotice key={f} withheld={w} canEdit={props.canEdit} /> : null;
          })}
          {web && (
            <a className={styles.webLink} href={web} target="_blank" rel="noopener noreferrer">
              {strings.webPage(title)}
              <span className={styles.visuallyHidden}> (opens in a new tab)</span>
            </a>
          )}
        </div>
      )}
    </article>
  );
}
