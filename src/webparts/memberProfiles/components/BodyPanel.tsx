import * as React from 'react';
import { useIdPrefix } from '../../../components/common/ids';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { PresentedText } from '../../../components/PresentedText';
import { plainText, shownText } from '../../../domain/neutrality/screened';
import type { BodyKind } from '../../../domain/model/body';
import { formatUkDate } from '../../../domain/neutrality/preElection';
import { format, strings } from '../loc/ui/strings';
import { BODY_KIND_ORDER, type DirectoryView } from '../model/directoryView';
import type { MemberEditing } from './editing';
import { openButtonId } from './MemberCard';
import styles from './MemberProfiles.module.scss';

export interface IBodyPanelProps {
  view: DirectoryView;
  bodyId: number | undefined;
  onBodyChange: (id: number | undefined) => void;
  onOpen: (id: number) => void;
  /** Edit, for those SharePoint lets edit Bodies and Memberships. */
  editing?: MemberEditing;
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
  const editing = props.editing;
  const editMemberships = !!editing?.rights.membership?.edit;
  const title = plainText(body?.title);
  const webPage = shownText(body?.webPage);
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
                    {plainText(b.title)}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </div>
      {body && (
        <div>
          <h4 id={`${px}-body-heading`}>{format(strings.bodyMembersHeading, { body: title })}</h4>
          {editing?.rights.body?.edit && (
            <p>
              <EditButton label={format(strings.editBody, { body: title })} onClick={() => editing.open({ kind: 'body', id: body.id, name: title })} />
            </p>
          )}
          <PresentedText value={body.description} canEdit={false} className={styles.bodyDescription} />
          {webPage && /^https:\/\//i.test(webPage) && (
            <p>
              <a href={webPage} target="_blank" rel="noopener noreferrer">
                {format(strings.bodyWebPage, { body: title })}
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
                  {editMemberships && <th scope="col" role="columnheader"><span className={styles.visuallyHidden}>{strings.columnEdit}</span></th>}
                </tr>
              </thead>
              <tbody role="rowgroup">
                {body.seats.map(({ person, membership }) => (
                  <tr key={`${membership.id}-${person.id}`} role="row">
                    <td role="cell" data-label={strings.columnRole}>
                      <PresentedText value={membership.roleLabel} canEdit={false} inline={true} />
                    </td>
                    <th scope="row" role="rowheader">
                      <button
                        id={openButtonId(px, `body-${body.id}`, person.id)}
                        type="button"
                        className={styles.linkButton}
                        aria-haspopup="dialog"
                        onClick={() => onOpen(person.id)}
                      >
                        <PresentedText value={person.name} canEdit={false} inline={true} />
                      </button>
                    </th>
                    <td role="cell" data-label={strings.columnWard}>
                      <PresentedText value={person.wardTitle} canEdit={false} inline={true} />
                    </td>
                    {memberChannel && (
                      <td role="cell" data-label={strings.columnGroup}>
                        <PresentedText value={person.party?.name} canEdit={false} inline={true} />
                      </td>
                    )}
                    {cabinet && (
                      <td role="cell" data-label={strings.columnPortfolio}>
                        <PresentedText value={membership.portfolio} canEdit={false} inline={true} />
                      </td>
                    )}
                    <td role="cell" data-label={strings.columnSince} className={styles.date}>
                      {membership.startDate ? formatUkDate(membership.startDate) : ''}
                    </td>
                    {editMemberships && editing && (
                      <td role="cell" data-label={strings.columnEdit}>
                        <EditButton
                          label={format(strings.editMembership, { name: plainText(person.name), role: plainText(membership.roleLabel), body: title })}
                          onClick={() =>
                            editing.open({ kind: 'membership', id: membership.id, name: `${plainText(person.name)}: ${plainText(membership.roleLabel)}, ${title}` })
                          }
                        />
                      </td>
                    )}
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
