import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel } from '../model';
import { useIdPrefix } from '../../../components/common/ids';
import { readParam, writeParam } from '../../../components/common/urlParams';
import { useAnnouncement } from '../../../components/common/useAnnouncement';
import { InlineStatus } from '../../../components/StatusMessage/InlineStatus';
import { plainText } from '../../../domain/neutrality/screened';
import type { OfficerEditing } from './editing';
import { OfficerCard } from './OfficerCard';
import { VirtualOfficerList } from './VirtualOfficerList';
import base from './OfficerDirectory.module.scss';
import own from './Officers.module.scss';

const styles = { ...base, ...own };

export interface IOfficerSearchProps {
  model: DirectoryModel;
  indexVersion: number;
  /** Still reading officers in the background. */
  loading: boolean;
  /** From `?officer=<id>`. */
  initialOfficerId?: number;
  /** Editors see why a withheld detail is not shown. */
  canEdit: boolean;
  editing?: OfficerEditing;
  /** An officer's card is open: who may edit it is asked then (never for the first render). */
  onIntent?: () => void;
}

/** `?officer=<id>` opens that officer's card. */
export const OFFICER_PARAM = 'officer';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

/**
 * The officer directory: search as you type over name, job title, service and topic; filters for
 * directorate and service area; surname A–Z; a virtualised list; an officer's card.
 */
export function OfficerSearch(props: IOfficerSearchProps): JSX.Element {
  const { model, loading } = props;
  const p = useIdPrefix();
  const index = model.index;
  const [text, setText] = React.useState('');
  // The directorate's position in the list: its name is matched, never put in the page as a value.
  const [directorate, setDirectorate] = React.useState('');
  const [serviceId, setServiceId] = React.useState<number | undefined>(undefined);
  const [letter, setLetter] = React.useState('');
  const [selectedId, setSelectedId] = React.useState<number | undefined>(props.initialOfficerId);
  const [linkPending, setLinkPending] = React.useState(props.initialOfficerId !== undefined);
  const cardHeading = React.useRef<HTMLHeadingElement>(null);
  const { onIntent } = props;
  React.useEffect(() => {
    if (selectedId !== undefined) onIntent?.();
  }, [selectedId, onIntent]);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const lastOpener = React.useRef<HTMLElement | null>(null);
  const focusCard = React.useRef(false);

  const result = React.useMemo(
    () => index.search({ text, directorate: directorate ? model.directorates[Number(directorate)]?.name : undefined, serviceAreaId: serviceId, letter: letter || undefined }),
    // indexVersion: officers were added to the (mutable) index.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, model, text, directorate, serviceId, letter, props.indexVersion]
  );
  const count = result.positions.length;
  const countText = strings.officerCount(count, index.size, loading);
  const announcement = useAnnouncement(index.size > 0 ? countText : '');
  const selected = selectedId !== undefined ? index.get(selectedId) : undefined;
  const rowAt = React.useCallback((position: number) => model.views.row(index.at(position)), [model, index]);

  React.useEffect(() => {
    if (focusCard.current && selected) {
      focusCard.current = false;
      cardHeading.current?.focus();
    }
  });
  // A deep link's officer may arrive in a later page; once found, its card takes focus.
  React.useEffect(() => {
    if (linkPending && selected) {
      setLinkPending(false);
      cardHeading.current?.focus();
    }
  }, [linkPending, selected]);

  const open = React.useCallback((id: number): void => {
    lastOpener.current = document.activeElement as HTMLElement | null;
    setSelectedId(id);
    setLinkPending(false);
    writeParam(OFFICER_PARAM, id);
    focusCard.current = true;
  }, []);
  const close = React.useCallback((): void => {
    setSelectedId(undefined);
    setLinkPending(false);
    writeParam(OFFICER_PARAM, undefined);
    const back = lastOpener.current;
    if (back && document.contains(back)) back.focus();
    else inputRef.current?.focus();
  }, []);
  const clear = (): void => {
    setText('');
    setDirectorate('');
    setServiceId(undefined);
    setLetter('');
    inputRef.current?.focus();
  };

  const onDirectorate = React.useCallback((value: string) => {
    setDirectorate(value);
    setServiceId(undefined);
  }, []);

  const linkMissing = props.initialOfficerId !== undefined && linkPending && !selected && !loading;
  const filtered = !!(text || directorate || serviceId !== undefined || letter);

  return (
    <div>
      <div className={styles.controls}>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor={`${p}-officer-search`}>{strings.officersLabel}</label>
          <span id={`${p}-officer-hint`} className={styles.hint}>
            {strings.officersHint}
          </span>
          <input
            ref={inputRef}
            id={`${p}-officer-search`}
            className={styles.input}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${p}-officer-hint`}
            aria-controls={`${p}-officer-list`}
            placeholder={strings.officersPlaceholder}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </div>
        <Filters model={model} directorate={directorate} serviceId={serviceId} onDirectorate={onDirectorate} onService={setServiceId} />
      </div>
      <AzBar letter={letter} onLetter={setLetter} />
      <p className={styles.visuallyHidden} role="status">
        {announcement}
      </p>
      <div className={styles.statusLine}>
        <span className={styles.count} aria-hidden="true">
          {countText}
        </span>
        {/* Always there (hidden when there is nothing to clear), so the first keystroke moves nothing. */}
        <button
          type="button"
          className={styles.linkButton}
          onClick={clear}
          style={filtered ? undefined : { visibility: 'hidden' }}
          aria-hidden={filtered ? undefined : true}
          tabIndex={filtered ? undefined : -1}
        >
          {strings.clearFilters}
        </button>
      </div>
      {result.closeMatches && <p className={styles.note}>{strings.closeMatches(text.trim())}</p>}
      {linkPending && !selected && loading && <InlineStatus kind="busy">{strings.findingOfficer}</InlineStatus>}
      {linkMissing && <InlineStatus kind="warning">{strings.officerNotFound(readParam(OFFICER_PARAM) ?? String(props.initialOfficerId))}</InlineStatus>}
      <div className={selected ? `${styles.directoryLayout} ${styles.withCard}` : undefined}>
        <div id={`${p}-officer-list`}>
          <span id={`${p}-list-keys`} className={styles.visuallyHidden}>
            {strings.listKeys}
          </span>
          {count === 0 && index.size > 0 && <p className={styles.note}>{strings.noOfficers}</p>}
          <VirtualOfficerList
            rowAt={rowAt}
            positions={result.positions}
            queryKey={text}
            filterKey={`${directorate}|${serviceId ?? ''}|${letter}`}
            selectedId={selectedId}
            onOpen={open}
            describedBy={`${p}-list-keys`}
          />
        </div>
        {selected && (
          <div className={styles.cardColumn}>
            <OfficerCard ref={cardHeading} model={model} officer={model.views.person(selected)} onClose={close} canEdit={props.canEdit} editing={props.editing} />
          </div>
        )}
      </div>
    </div>
  );
}

interface IFiltersProps {
  model: DirectoryModel;
  directorate: string;
  serviceId: number | undefined;
  onDirectorate: (value: string) => void;
  onService: (id: number | undefined) => void;
}

/** Directorate and service area: memoised, so typing does not re-render them. */
const Filters = React.memo(function Filters(props: IFiltersProps): JSX.Element {
  const p = useIdPrefix();
  const { model, directorate, serviceId } = props;
  const services = directorate ? (model.directorateViews[Number(directorate)]?.services ?? []) : model.views.services;
  return (
    <>
      <div className={styles.field}>
        <label htmlFor={`${p}-directorate`}>{strings.directorateLabel}</label>
        <select id={`${p}-directorate`} className={styles.select} value={directorate} onChange={(e) => props.onDirectorate(e.target.value)}>
          <option value="">{strings.directorateAll}</option>
          {model.directorateViews.map((d, i) => (
            <option key={i} value={String(i)}>
              {plainText(d.label)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${p}-service`}>{strings.serviceLabel}</label>
        <select
          id={`${p}-service`}
          className={styles.select}
          value={serviceId === undefined ? '' : String(serviceId)}
          onChange={(e) => props.onService(e.target.value ? Number(e.target.value) : undefined)}
        >
          <option value="">{strings.serviceAll}</option>
          {services.map((s) => (
            <option key={s.id} value={s.id}>
              {plainText(s.title)}
            </option>
          ))}
        </select>
      </div>
    </>
  );
});

/** Surname A–Z: a toolbar (one tab stop, arrow keys), each letter a toggle. */
const AzBar = React.memo(function AzBar(props: { letter: string; onLetter: (letter: string) => void }): JSX.Element {
  const [focused, setFocused] = React.useState<string | undefined>(undefined);
  const current = focused ?? props.letter;
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>): void => {
    const buttons = Array.from(e.currentTarget.querySelectorAll<HTMLButtonElement>('button'));
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const next = ({ ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: buttons.length - 1 } as Record<string, number>)[e.key];
    if (next === undefined) return;
    e.preventDefault();
    buttons[(next + buttons.length) % buttons.length].focus();
  };
  return (
    <div role="toolbar" aria-label={strings.azLabel} className={styles.az} onKeyDown={onKeyDown}>
      {['', ...LETTERS].map((l) => (
        <button
          key={l || 'all'}
          type="button"
          className={styles.azButton}
          aria-pressed={props.letter === l}
          aria-label={l ? strings.azLetter(l) : undefined}
          tabIndex={l === current ? 0 : -1}
          onFocus={() => setFocused(l)}
          onClick={() => props.onLetter(l)}
        >
          {l || strings.azAll}
        </button>
      ))}
    </div>
  );
});
