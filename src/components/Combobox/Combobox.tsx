import * as React from 'react';
import { plainText, type Presented } from '../../domain/neutrality/screened';
import { foldText as fold } from '../../domain/text';
import styles from './Combobox.module.scss';

export interface IComboboxOption {
  key: string;
  /** The option's name, screened (or the notice in its place). */
  text: Presented;
}

export interface IComboboxProps {
  /** Base id: the input gets it; the list `${id}-list`, options `${id}-opt-${key}`. */
  id: string;
  label: string;
  placeholder?: string;
  options: readonly IComboboxOption[];
  /** The chosen option, shown in the box. */
  selectedKey?: string;
  onSelect: (key: string) => void;
  /** 'No ward matches "xyz".' */
  noMatchText: (text: string) => string;
  /** '5 wards match', announced politely while typing. */
  countText: (count: number) => string;
}

/**
 * An editable combobox with list autocomplete (WAI-ARIA 1.2): typing part of a name narrows the
 * list and highlights the first match; Down/Up move, Enter chooses, Escape closes (then clears).
 */
export function Combobox(props: IComboboxProps): JSX.Element {
  const { id, options, selectedKey, onSelect } = props;
  const selected = options.find((o) => o.key === selectedKey);
  const selectedText = selected ? plainText(selected.text) : '';
  const [text, setText] = React.useState(selectedText);
  const [open, setOpen] = React.useState(false);
  const [active, setActive] = React.useState(-1);
  const listRef = React.useRef<HTMLUListElement>(null);

  React.useEffect(() => setText(selectedText), [selectedText]);

  const filtered = React.useMemo(() => {
    const q = fold(text);
    if (!q || text === selectedText) return options;
    return options.filter((o) => fold(plainText(o.text)).includes(q));
  }, [options, text, selectedText]);

  React.useEffect(() => {
    if (!open || active < 0) return;
    const el = listRef.current?.children[active] as HTMLElement | undefined;
    el?.scrollIntoView?.({ block: 'nearest' });
  }, [open, active]);

  const choose = (o: IComboboxOption): void => {
    setText(plainText(o.text));
    setOpen(false);
    setActive(-1);
    onSelect(o.key);
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>): void => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((a) => (filtered.length ? Math.min(a + 1, filtered.length - 1) : -1));
        break;
      case 'ArrowUp':
        e.preventDefault();
        if (!open) setOpen(true);
        setActive((a) => (filtered.length ? Math.max(a - 1, 0) : -1));
        break;
      case 'Enter':
        if (open && active >= 0 && filtered[active]) {
          e.preventDefault();
          choose(filtered[active]);
        }
        break;
      case 'Escape':
        if (open) {
          e.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (text) {
          e.preventDefault();
          setText('');
        }
        break;
      default:
        break;
    }
  };

  const listId = `${id}-list`;
  const optionId = (o: IComboboxOption): string => `${id}-opt-${o.key}`;
  const expanded = open && filtered.length > 0;
  return (
    <div className={styles.combobox}>
      <label htmlFor={id} className={styles.label}>
        {props.label}
      </label>
      <input
        id={id}
        className={styles.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 && filtered[active] ? optionId(filtered[active]) : undefined}
        placeholder={props.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(e.target.value.trim() ? 0 : -1);
        }}
        onKeyDown={onKeyDown}
        onClick={() => setOpen(!open)}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul id={listId} ref={listRef} role="listbox" aria-label={props.label} className={styles.list} hidden={!expanded}>
        {filtered.map((o, i) => (
          <li
            key={o.key}
            id={optionId(o)}
            role="option"
            aria-selected={i === active}
            className={i === active ? `${styles.option} ${styles.active}` : styles.option}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(o)}
          >
            {plainText(o.text)}
          </li>
        ))}
      </ul>
      {open && filtered.length === 0 && <p className={styles.noMatch} aria-hidden="true">{props.noMatchText(text)}</p>}
      <span className={styles.visuallyHidden} aria-live="polite">
        {open && text.trim() && text !== selectedText ? (filtered.length ? props.countText(filtered.length) : props.noMatchText(text)) : ''}
      </span>
    </div>
  );
}
