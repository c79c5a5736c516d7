import * as React from 'react';
import styles from './OfficerDirectory.module.scss';

export interface TabDef<K extends string> {
  key: K;
  label: string;
}

export interface ITabsProps<K extends string> {
  idPrefix: string;
  label: string;
  tabs: ReadonlyArray<TabDef<K>>;
  selected: K;
  onSelect: (key: K) => void;
}

export const tabId = (prefix: string, key: string): string => `${prefix}-tab-${key}`;
export const panelId = (prefix: string, key: string): string => `${prefix}-panel-${key}`;

/**
 * The ARIA tabs pattern: one tab stop, arrow keys (and Home/End) move between tabs and select
 * them, each tab controls its panel.
 */
export function Tabs<K extends string>(props: ITabsProps<K>): JSX.Element {
  const refs = React.useRef(new Map<K, HTMLButtonElement>());
  const { tabs, selected, onSelect } = props;
  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>): void => {
    const i = tabs.findIndex((t) => t.key === selected);
    let next = -1;
    if (e.key === 'ArrowRight' || e.key === 'ArrowDown') next = (i + 1) % tabs.length;
    else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') next = (i - 1 + tabs.length) % tabs.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = tabs.length - 1;
    if (next < 0) return;
    e.preventDefault();
    onSelect(tabs[next].key);
    refs.current.get(tabs[next].key)?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.tablist}>
      {tabs.map((t) => (
        <button
          key={t.key}
          ref={(el) => {
            if (el) refs.current.set(t.key, el);
            else refs.current.delete(t.key);
          }}
          type="button"
          role="tab"
          id={tabId(props.idPrefix, t.key)}
          aria-selected={t.key === selected}
          aria-controls={panelId(props.idPrefix, t.key)}
          tabIndex={t.key === selected ? 0 : -1}
          className={styles.tab}
          onClick={() => onSelect(t.key)}
          onKeyDown={onKeyDown}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
