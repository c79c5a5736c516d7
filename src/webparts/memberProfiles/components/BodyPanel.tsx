import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import type { BodyKind } from '../../../domain/model/body';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { format, strings } from '../loc/ui/strings';
import { BODY_KIND_ORDER, type DirectoryView } from '../model/directoryView';
import { openButtonId } from './MemberCard';
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
          {[...BODY_KIND_ORDER, undefined].map((kind) => {
            const bodies = view.bodies.filter((b) => b.kind === kind);
            return bodies.length === 0 ? null : (
              <optgroup key={kind ?? 'other'} label={kind ? KIND_LABELS[kind] : strings.kindOther}>
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
        <div>
          <h4 id={`${px}-body-heading`}>{format(strings.bodyMembersHeading, { body: body.title })}</h4>
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
            // Explicit roles keep the table a table for screen readers when a narrow screen lays
            // each row out as a block (see .reflow in the stylesheet).
            <table className={`${styles.table} ${styles.reflow}`} role="table" aria-labelledby={`${px}-body-heading`}>
              <thead role="rowgroup">
                <tr role="row">
                  <th scope="col" role="columnheader">{strings.columnRole}</th>
                  <th scope="col" role="columnheader">{strings.columnCouncillor}</th>
                  <th scope="col" role="columnheader">{strings.columnWard}</th>
                  {memberChannel && <th scope="col" role="columnheader">{strings.columnGroup}</th>}
                  {cabinet && <th scope="col" role="columnheader">{strings.columnPortfolio}</th>}
                  <th scope="col" role="columnheader">{strings.columnSince}</th>
                </tr>
              </thead>
              <tbody role="rowgroup">
                {body.seats.map(({ person, membership }) => (
                  <tr key={`${membership.id}-${person.id}`} role="row">
                    <td role="cell" data-label={strings.columnRole}>{membership.roleLabel}</td>
                    <th scope="row" role="rowheader">
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
                    <td role="cell" data-label={strings.columnWard}>{person.wardTitle}</td>
                    {memberChannel && <td role="cell" data-label={strings.columnGroup}>{person.party?.name ?? ''}</td>}
                    {cabinet && <td role="cell" data-label={strings.columnPortfolio}>{membership.portfolio ?? ''}</td>}
                    <td role="cell" data-label={strings.columnSince} className={styles.date}>
                      {membership.startDate ? formatUkDate(membership.startDate) : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
