import * as React from 'react';
import { Combobox } from '../../../components/Combobox';
import { useIdPrefix } from '../../../components/common/ids';
import { EditButton } from '../../../components/EditLauncher/EditButton';
import { PresentedText } from '../../../components/PresentedText';
import { plainText } from '../../../domain/neutrality/screened';
import { format, strings } from '../loc/ui/strings';
import type { DirectoryView } from '../model/directoryView';
import type { MemberEditing } from './editing';
import { MemberCard } from './MemberCard';
import styles from './MemberProfiles.module.scss';

export interface IWardPanelProps {
  view: DirectoryView;
  wardId: number | undefined;
  onWardChange: (id: number | undefined) => void;
  onOpen: (id: number) => void;
  canEdit: boolean;
  /** Edit, for those SharePoint lets edit the Wards list. */
  editing?: MemberEditing;
}

/** "Who are the councillors for this ward?": pick or type a ward, see its one to three councillors and how to reach them. */
export function WardPanel(props: IWardPanelProps): JSX.Element {
  const { view, wardId, onWardChange, onOpen } = props;
  const px = useIdPrefix();
  const ward = view.wards.find((w) => w.id === wardId);
  const options = React.useMemo(() => view.wards.map((w) => ({ key: String(w.id), text: w.title })), [view.wards]);
  // A ward whose number of seats is blank or withheld is shown without it.
  const vacancies = ward?.seats !== undefined ? ward.seats - ward.people.length : 0;
  return (
    <div>
      <h3>{strings.wardHeading}</h3>
      <div className={styles.picker}>
        <Combobox
          id={`${px}-ward-picker`}
          label={strings.wardPickerLabel}
          placeholder={strings.wardPickerPlaceholder}
          options={options}
          selectedKey={ward ? String(ward.id) : undefined}
          onSelect={(key) => onWardChange(Number(key))}
          noMatchText={(text) => format(strings.wardPickerNoMatch, { text })}
          countText={(count) => format(strings.wardPickerOptions, { count })}
        />
      </div>
      {ward ? (
        <section className={styles.wardResult} aria-labelledby={`${px}-ward-heading`}>
          <h4 id={`${px}-ward-heading`}>{format(strings.wardCouncillorsHeading, { ward: plainText(ward.title) })}</h4>
          {props.editing?.rights.ward?.edit && (
            <p>
              <EditButton label={format(strings.editWard, { ward: plainText(ward.title) })} onClick={() => props.editing?.open({ kind: 'ward', id: ward.id, name: plainText(ward.title) })} />
            </p>
          )}
          {ward.seats !== undefined && (
            <p className={styles.note}>
              {ward.seats === 1 ? strings.wardSeatsOne : format(strings.wardSeats, { count: ward.seats })}
              {vacancies > 0 && ` ${vacancies === 1 ? strings.wardVacancyOne : format(strings.wardVacancies, { count: vacancies })}`}
            </p>
          )}
          <PresentedText value={ward.description} canEdit={props.canEdit} className={styles.bodyDescription} />
          {ward.people.length === 0 ? (
            <p>{strings.wardNone}</p>
          ) : (
            <ul className={styles.cards} aria-labelledby={`${px}-ward-heading`}>
              {ward.people.map((p) => (
                <MemberCard key={p.id} view="ward" person={p} onOpen={onOpen} withContact={true} canEdit={props.canEdit} />
              ))}
            </ul>
          )}
          <p>
            <button type="button" className={styles.linkButton} onClick={() => onWardChange(undefined)}>
              {strings.chooseAnotherWard}
            </button>
          </p>
        </section>
      ) : (
        <section aria-labelledby={`${px}-ward-all`}>
          <h4 id={`${px}-ward-all`}>{strings.wardAllWards}</h4>
          <ul className={styles.wardList}>
            {view.wards.map((w) => (
              <li key={w.id}>
                <button type="button" className={styles.linkButton} onClick={() => onWardChange(w.id)}>
                  <PresentedText value={w.title} canEdit={props.canEdit} inline={true} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
