import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { DirectoryModel } from '../model';
import { useIdPrefix } from '../../../components/common/ids';
import { useAnnouncement } from '../../../components/common/useAnnouncement';
import { plainText } from '../../../domain/neutrality/screened';
import type { OfficerEditing } from './editing';
import { ServiceCard } from './ServiceCard';
import styles from './OfficerDirectory.module.scss';

export interface ITopicFinderProps {
  model: DirectoryModel;
  canEdit: boolean;
  /** Bumped when officers arrive, so photos and details fill in. */
  indexVersion: number;
  editing?: OfficerEditing;
  /** Someone reached for a result (pointed at it, or tabbed into it): time to ask who may edit. */
  onIntent?: () => void;
}

const FIRST_RESULTS = 6;

/**
 * "Who do I ask about fly-tipping in my ward?": a topic box, an optional ward, and the matching
 * services, best first, each with its liaison officer and deputy.
 */
export function TopicFinder(props: ITopicFinderProps): JSX.Element {
  const { model } = props;
  const p = useIdPrefix();
  const [query, setQuery] = React.useState('');
  const [wardId, setWardId] = React.useState<number | undefined>(undefined);
  const [showAll, setShowAll] = React.useState(false);
  const inputRef = React.useRef<HTMLInputElement>(null);
  const result = React.useMemo(() => model.topic.search(query), [model, query]);
  const trimmed = query.trim();
  const ward = wardId !== undefined ? model.views.ward(wardId) : undefined;
  const shown = showAll ? result.matches : result.matches.slice(0, FIRST_RESULTS);
  const countText = trimmed && result.terms.length > 0 ? strings.topicCount(result.matches.length, trimmed) : '';
  const announcement = useAnnouncement(countText);

  const choose = (topic: string): void => {
    setQuery(topic);
    setShowAll(false);
    inputRef.current?.focus();
  };

  return (
    <div>
      <div className={styles.controls}>
        <div className={`${styles.field} ${styles.wide}`}>
          <label htmlFor={`${p}-topic`}>{strings.topicLabel}</label>
          <span id={`${p}-topic-hint`} className={styles.hint}>
            {strings.topicHint}
          </span>
          <input
            ref={inputRef}
            id={`${p}-topic`}
            className={styles.input}
            type="search"
            autoComplete="off"
            spellCheck={false}
            aria-describedby={`${p}-topic-hint`}
            placeholder={strings.topicPlaceholder}
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setShowAll(false);
            }}
          />
        </div>
        {model.views.wards.length > 0 && (
          <div className={styles.field}>
            <label htmlFor={`${p}-ward`}>{strings.wardLabel}</label>
            <select
              id={`${p}-ward`}
              className={styles.select}
              value={wardId === undefined ? '' : String(wardId)}
              onChange={(e) => setWardId(e.target.value ? Number(e.target.value) : undefined)}
            >
              <option value="">{strings.wardAll}</option>
              {model.views.wards.map((w) => (
                <option key={w.id} value={w.id}>
                  {plainText(w.title)}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ul className={styles.suggestions} aria-label={strings.suggestionsLabel}>
        <li aria-hidden="true">{strings.suggestionsLabel}:</li>
        {strings.suggestions.map((s) => (
          <li key={s}>
            <button type="button" className={styles.chip} onClick={() => choose(s)}>
              {s}
            </button>
          </li>
        ))}
      </ul>
      <p className={styles.visuallyHidden} role="status">
        {announcement}
      </p>
      {!trimmed || result.terms.length === 0 ? (
        <p className={styles.note}>{strings.topicPrompt}</p>
      ) : (
        <>
          <p className={styles.count}>{countText}</p>
          {ward && <p className={styles.hint}>{strings.wardNarrowing(plainText(ward.title))}</p>}
          {result.countyHint && <p className={styles.note}>{strings.countyHint(result.countyHint)}</p>}
          {result.partial && <p className={styles.note}>{strings.topicPartial}</p>}
          {result.matches.length === 0 && !result.countyHint && <p className={styles.note}>{strings.topicNone}</p>}
          {shown.length > 0 && (
            <ol className={styles.results} aria-label={countText} onPointerEnter={props.onIntent} onFocus={props.onIntent}>
              {shown.map((m) => {
                const service = model.views.service(m.serviceId);
                return service ? (
                  <li key={m.serviceId}>
                    <ServiceCard
                      model={model}
                      service={service}
                      canEdit={props.canEdit}
                      level={3}
                      wardId={wardId}
                      matchedKeywords={model.views.keywords(m.serviceId, m.matchedKeywords)}
                      editing={props.editing}
                    />
                  </li>
                ) : null;
              })}
            </ol>
          )}
          {!showAll && result.matches.length > FIRST_RESULTS && (
            <p>
              <button type="button" className={styles.button} onClick={() => setShowAll(true)}>
                {strings.showAllServices(result.matches.length)}
              </button>
            </p>
          )}
        </>
      )}
    </div>
  );
}
