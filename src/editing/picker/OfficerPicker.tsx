/**
 * Choosing an officer among thousands: type part of their name and pick from the matches. It
 * searches the officers the page already holds (the Officer Directory's index, once it is
 * complete), else asks SharePoint by surname and email, which are indexed (never a list of all).
 * An editable combobox with list autocomplete (WAI-ARIA 1.2): Down/Up move, Enter chooses, Escape closes.
 */
import * as React from 'react';
import { format } from '../../components/common/format';
import type { OfficerOption } from '../../data/editing/types';
import styles from '../Editor.module.scss';
import { strings } from '../strings';

export interface IOfficerPickerProps {
  id: string;
  label: string;
  hint?: string;
  /** The chosen officer's id, as text ('' for none). */
  value: string;
  currentName?: string;
  onChange: (id: string, option?: OfficerOption) => void;
  onBlur?: () => void;
  /** Officers the page holds; undefined when it does not hold them all. */
  searchLocal?: (text: string) => OfficerOption[] | undefined;
  searchSharePoint: (text: string) => Promise<OfficerOption[]>;
  /** Ids of the field's hint, findings and error, for aria-describedby. */
  describedBy?: string;
  invalid?: boolean;
}

const DELAY_MS = 250;

export function OfficerPicker(props: IOfficerPickerProps): JSX.Element {
  const { id, searchLocal, searchSharePoint } = props;
  const [text, setText] = React.useState(props.currentName ?? '');
  const [options, setOptions] = React.useState<OfficerOption[]>([]);
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  const [searching, setSearching] = React.useState(false);
  const run = React.useRef(0);

  React.useEffect(() => setText(props.currentName ?? ''), [props.currentName]);

  const search = (q: string): void => {
    const mine = ++run.current;
    const query = q.trim();
    if (query.length < 2) {
      setOptions([]);
      setSearching(false);
      return;
    }
    const local = searchLocal?.(query);
    if (local) {
      setOptions(local.slice(0, 25));
      setActive(local.length ? 0 : -1);
      return;
    }
    setSearching(true);
    setTimeout(() => {
      if (mine !== run.current) return;
      searchSharePoint(query).then(
        (found) => {
          if (mine !== run.current) return;
          setOptions(found);
          setActive(found.length ? 0 : -1);
          setSearching(false);
        },
        () => {
          if (mine !== run.current) return;
          setOptions([]);
          setSearching(false);
        }
      );
    }, DELAY_MS);
  };

  const choose = (o: OfficerOption): void => {
    run.current++;
    setText(o.name);
    setOpen(false);
    setActive(-1);
    setOptions([]);
    props.onChange(String(o.id), o);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (options.length ? Math.min(a + 1, options.length - 1) : -1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (options.length ? Math.max(a - 1, 0) : -1));
    } else if (e.key === 'Enter' && open && active >= 0 && options[active]) {
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only; a second Esc reaches the panel (and cancels the edit).
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };

  const listId = `${id}-list`;
  const optionId = (o: OfficerOption): string => `${id}-opt-${o.id}`;
  const expanded = open && options.length > 0;
  const query = text.trim();
  const status = !open || query.length < 2 || query === props.currentName
    ? ''
    : searching
      ? strings.officerSearching
      : options.length === 0
        ? format(strings.officerNoMatch, { text: query })
        : options.length === 1
          ? strings.officerMatchesOne
          : format(strings.officerMatches, { count: options.length });
  const hintId = `${id}-hint`;
  return (
    <div className={styles.picker}>
      <label htmlFor={id} className={styles.label}>
        {props.label} <span className={styles.hint} style={{ display: 'inline' }}>{strings.required}</span>
      </label>
      {props.hint && (
        <span id={hintId} className={styles.hint}>
          {props.hint}
        </span>
      )}
      <input
        id={id}
        className={styles.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-required={true}
        aria-invalid={props.invalid || undefined}
        aria-describedby={[props.hint ? hintId : '', props.describedBy ?? ''].filter(Boolean).join(' ') || undefined}
        aria-activedescendant={expanded && active >= 0 && options[active] ? optionId(options[active]) : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          search(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          // Typed over but nothing chosen: the form keeps the officer it had.
          if (text.trim() !== (props.currentName ?? '')) setText(props.currentName ?? '');
          props.onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" aria-label={props.label} className={styles.options} hidden={!expanded}>
        {options.map((o, i) => (
          <li
            key={o.id}
            id={optionId(o)}
            role="option"
            aria-selected={i === active}
            className={i === active ? styles.active : undefined}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {o.name}
            {(o.jobTitle || o.serviceTitle) && <span className={styles.optionDetail}>{[o.jobTitle, o.serviceTitle].filter(Boolean).join(', ')}</span>}
          </li>
        ))}
      </ul>
      <span className={styles.visuallyHidden} role="status" aria-live="polite">
        {status}
      </span>
      {props.value && props.currentName && <span className={styles.hint}>{format(strings.officerChosen, { name: props.currentName })}</span>}
    </div>
  );
}
