import * as React from 'react';
import styles from './TabList.module.scss';

export interface ITab<K extends string> {
  key: K;
  label: string;
}

export interface ITabListProps<K extends string> {
  /** Accessible name of the tab list, e.g. "Ways to find a councillor". */
  label: string;
  tabs: ReadonlyArray<ITab<K>>;
  selectedKey: K;
  onSelect: (key: K) => void;
  /** Prefix for element ids: tabs are `${idPrefix}-tab-${key}`, panels `${idPrefix}-panel-${key}`. */
  idPrefix: string;
}

export const tabId = (idPrefix: string, key: string): string => `${idPrefix}-tab-${key}`;
export const tabPanelId = (idPrefix: string, key: string): string => `${idPrefix}-panel-${key}`;

/**
 * WAI-ARIA tabs with automatic activation: Left/Right (wrapping), Home and End move to a tab and
 * select it; only the selected tab is in the Tab sequence.
 */
export function TabList<K extends string>(props: ITabListProps<K>): JSX.Element {
  const { tabs, selectedKey, onSelect, idPrefix } = props;
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const move = (index: number): void => {
    const next = (index + tabs.length) % tabs.length;
    onSelect(tabs[next].key);
    refs.current[next]?.focus();
  };
  const onKeyDown = (e: React.KeyboardEvent, index: number): void => {
    const to = ({ ArrowRight: index + 1, ArrowDown: index + 1, ArrowLeft: index - 1, ArrowUp: index - 1, Home: 0, End: tabs.length - 1 } as Record<string, number>)[e.key];
    if (to === undefined) return;
    e.preventDefault();
    move(to);
  };
  return (
    <div role="tablist" aria-label={props.label} className={styles.tablist}>
      {tabs.map((t, i) => {
        const selected = t.key === selectedKey;
        return (
          <button
            key={t.key}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, t.key)}
            aria-selected={selected}
            aria-controls={tabPanelId(idPrefix, t.key)}
            tabIndex={selected ? 0 : -1}
            className={selected ? `${styles.tab} ${styles.selected}` : styles.tab}
            onClick={() => onSelect(t.key)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            {t.label}
          </button>
        );
      })}
    </div>
  );
}

export interface ITabPanelProps {
  idPrefix: string;
  tabKey: string;
  /** A panel kept mounted (its state kept) while another tab is selected. */
  hidden?: boolean;
  children?: React.ReactNode;
}

/**
 * The panel of a tab. Not a tab stop itself: every panel starts with a control, so Tab from the
 * tab list goes straight to it (one keystroke fewer to the search box).
 */
export function TabPanel(props: ITabPanelProps): JSX.Element {
  return (
    <div role="tabpanel" id={tabPanelId(props.idPrefix, props.tabKey)} aria-labelledby={tabId(props.idPrefix, props.tabKey)} hidden={props.hidden}>
      {props.children}
    </div>
  );
}
