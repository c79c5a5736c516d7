import * as React from 'react';
import type { BodyKind } from '../../../domain/model/body';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { format, strings } from '../loc/ui/strings';
import { BODY_KIND_ORDER, type DirectoryView } from '../model/directoryView';
import { openButtonId } from './MemberCard';
import { useIdPrefix } from './ids';
import styles from './MemberProfiles.module.scss';

export interface IBodyPanelProps {
  view: DirectoryView;
  bodyId: number | undefined;
  onBodyChange: (id: number | undefined) => void;
  onOpen: (id: number) => void;
}

export const KIND_LABELS: Record<BodyKind, string> = {
  Council: strings.kindCouncil,
  Cabinet: strings.kindCabinet,
  Committee: strings.kindCommittee,
  'Working Party': strings.kindWorkingParty,
  'Task and Finish Group': strings.kindTaskGroup,
  'Outside Body': strings.kindOutsideBody
};

/** "Who sits on this committee, and who chairs it?": members in role order, with the portfolio for Cabinet. */
export function BodyPanel(props: IBodyPanelProps): JSX.Element {
  const { view, bodyId, onBodyChange, onOpen } = props;
  const px = useIdPrefix();
  const body = view.bodies.find((b) => b.id === bodyId);
  const memberChannel = view.channel === 'member-profile';
  const cabinet = body?.kind === 'Cabinet';
  return (
    <div>
      <h3>{strings.bodyHeading}</h3>
      <div className={`${styles.field} ${styles.picker}`}>
        <label htmlFor={`${px}-body-picker`}>{strings.bodyPickerLabel}</label>
        <select
          id={`${px}-body-picker`}
          className={styles.select}
          value={body ? String(body.id) : ''}
          onChange={(e) => onBodyChange(e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">{strings.bodyPickerPlaceholder}</option>
          {BODY_KIND_ORDER.map((kind) => {
            const bodies = view.bodies.filter((b) => b.kind === kind);
            return bodies.length === 0 ? null : (
              <optgroup key={kind} label={KIND_LABELS[kind]}>
                {bodies.map((b) => (
                  <option key={b.id} value={b.id}>
                    {b.title}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      {body && (
        <section>
          <h4>{format(strings.bodyMembersHeading, { body: body.title })}</h4>
          {body.description && <p className={styles.bodyDescription}>{body.description}</p>}
          {body.webPage && /^https:\/\//i.test(body.webPage) && (
            <p>
              <a href={body.webPage} target="_blank" rel="noopener noreferrer">
                {format(strings.bodyWebPage, { body: body.title })}
              </a>
            </p>
          )}
          {body.seats.length === 0 ? (
            <p>{strings.bodyNone}</p>
          ) : (
            <div className={styles.tableWrap} role="region" aria-labelledby={`${px}-body-caption`} tabIndex={0}>
              <table className={styles.table}>
                <caption id={`${px}-body-caption`} className={styles.visuallyHidden}>
                  {format(strings.bodyMembersHeading, { body: body.title })}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">{strings.columnRole}</th>
                    <th scope="col">{strings.columnCouncillor}</th>
                    <th scope="col">{strings.columnWard}</th>
                    {memberChannel && <th scope="col">{strings.columnGroup}</th>}
                    {cabinet && <th scope="col">{strings.columnPortfolio}</th>}
                    <th scope="col">{strings.columnSince}</th>
                  </tr>
                </thead>
                <tbody>
                  {body.seats.map(({ person, membership }) => (
                    <tr key={`${membership.id}-${person.id}`}>
                      <td>{membership.roleLabel}</td>
                      <th scope="row">
                        <button
                          id={openButtonId(px, `body-${body.id}`, person.id)}
                          type="button"
                          className={styles.linkButton}
                          aria-haspopup="dialog"
                          onClick={() => onOpen(person.id)}
                        >
                          {person.name}
                        </button>
                      </th>
                      <td>{person.wardTitle}</td>
                      {memberChannel && <td>{person.party?.name ?? ''}</td>}
                      {cabinet && <td>{membership.portfolio ?? ''}</td>}
                      <td>{membership.startDate ? formatUkDate(membership.startDate) : ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
