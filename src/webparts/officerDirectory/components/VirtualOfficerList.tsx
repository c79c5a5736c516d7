import * as React from 'react';
import { PersonAvatar } from '../../../components/PersonAvatar/PersonAvatar';
import { PresentedText } from '../../../components/PresentedText';
import { plainText } from '../../../domain/neutrality/screened';
import { strings } from '../loc/ui/strings';
import type { OfficerRow } from '../views';
import base from './OfficerDirectory.module.scss';
import own from './Officers.module.scss';

const styles = { ...base, ...own };

export interface IVirtualOfficerListProps {
  /** Index positions to show, in order. */
  positions: Int32Array;
  /** The row for an index position: only screened text (projected when first shown). */
  rowAt: (position: number) => OfficerRow;
  /** What the list shows (the search text): a new value starts again at the top. Exposed as data-query. */
  queryKey: string;
  /** Changes when the filters change, also starting again at the top. */
  filterKey: string;
  selectedId?: number;
  onOpen: (officerId: number) => void;
  describedBy?: string;
}

/** Fixed row height: the list's geometry is arithmetic, so 20,000 rows cost the same as 20. */
export const ROW_HEIGHT = 60;
const OVERSCAN = 2;
const DEFAULT_VIEWPORT = 560;
/** How long the search must rest before new photos load in the rows. */
const PHOTO_PAUSE_MS = 300;

/**
 * A list of officers that renders only the rows in view (plus a few either side): a real list
 * (each row says "n of N" through aria-posinset/aria-setsize), one tab stop, and the arrow keys,
 * Home, End, Page Up and Page Down to move through all of it.
 */
export function VirtualOfficerList(props: IVirtualOfficerListProps): JSX.Element {
  const { rowAt, positions } = props;
  const total = positions.length;
  const viewportRef = React.useRef<HTMLDivElement>(null);
  const listKey = `${props.queryKey}\u0000${props.filterKey}`;
  // Scroll position and active row belong to one list: a new search starts at the top, with no
  // extra render and no layout read (this runs on every keystroke).
  const [scroll, setScroll] = React.useState({ key: listKey, top: 0 });
  const [activeRow, setActiveRow] = React.useState({ key: listKey, row: 0 });
  const scrollTop = scroll.key === listKey ? scroll.top : 0;
  const active = activeRow.key === listKey ? Math.min(activeRow.row, Math.max(0, total - 1)) : 0;
  const setScrollTop = (top: number): void => setScroll({ key: listKey, top });
  const setActive = (row: number): void => setActiveRow({ key: listKey, row });
  const [height, setHeight] = React.useState(DEFAULT_VIEWPORT);
  const focusRow = React.useRef<number | undefined>(undefined);
  // New photos wait until typing pauses (see PersonAvatar's deferPhoto).
  const [restingKey, setRestingKey] = React.useState(listKey);
  React.useEffect(() => {
    const t = setTimeout(() => setRestingKey(listKey), PHOTO_PAUSE_MS);
    return () => clearTimeout(t);
  }, [listKey]);
  const scrolled = React.useRef(false);
  React.useLayoutEffect(() => {
    if (scrolled.current && viewportRef.current) viewportRef.current.scrollTop = 0;
    scrolled.current = false;
  }, [listKey]);

  React.useEffect(() => {
    const el = viewportRef.current;
    if (!el) return undefined;
    const measure = (): void => setHeight(el.clientHeight || DEFAULT_VIEWPORT);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(total, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);
  const firstVisible = Math.min(total - 1, Math.ceil(scrollTop / ROW_HEIGHT));
  // One row is always in the tab order, and it is always rendered.
  const tabbable = active >= first && active < last ? active : Math.max(0, firstVisible);

  React.useEffect(() => {
    if (focusRow.current === undefined) return;
    const row = focusRow.current;
    focusRow.current = undefined;
    viewportRef.current?.querySelector<HTMLButtonElement>(`button[data-row="${row}"]`)?.focus();
  });

  const moveTo = (i: number): void => {
    const el = viewportRef.current;
    const target = Math.max(0, Math.min(total - 1, i));
    if (el) {
      const top = target * ROW_HEIGHT;
      if (top < el.scrollTop) el.scrollTop = top;
      else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
      setScrollTop(el.scrollTop);
    }
    setActive(target);
    focusRow.current = target;
  };

  const onKeyDown = (e: React.KeyboardEvent<HTMLButtonElement>, i: number): void => {
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: total - 1, PageDown: i + page, PageUp: i - page };
    if (!(e.key in moves)) return;
    e.preventDefault();
    moveTo(moves[e.key]);
  };

  const rows: JSX.Element[] = [];
  for (let i = first; i < last; i++) {
    const o = rowAt(positions[i]);
    const name = plainText(o.name);
    const job = plainText(o.jobTitle);
    const service = plainText(o.service);
    const selected = o.id === props.selectedId;
    rows.push(
      <li
        key={i}
        className={selected ? `${styles.row} ${styles.rowSelected}` : styles.row}
        style={{ top: i * ROW_HEIGHT, height: ROW_HEIGHT }}
        aria-setsize={total}
        aria-posinset={i + 1}
      >
        {/* The same avatar as the officer's card (photo over initials of the same colour); new
            photos wait until typing pauses, so each keystroke's frame is the search's alone. */}
        <PersonAvatar name={o.name} photoUrl={o.photoUrl} size={40} deferPhoto={restingKey !== listKey} />
        <div className={styles.rowText}>
          <button
            type="button"
            className={styles.rowButton}
            data-row={i}
            tabIndex={i === tabbable ? 0 : -1}
            aria-label={`${name}${job ? `, ${job}` : ''}${service ? `, ${service}` : ''}`}
            aria-current={selected ? 'true' : undefined}
            onClick={() => {
              setActive(i);
              props.onOpen(o.id);
            }}
            onFocus={() => setActive(i)}
            onKeyDown={(e) => onKeyDown(e, i)}
          >
            <PresentedText value={o.name} canEdit={false} inline={true} />
          </button>
          <span aria-hidden="true">
            <PresentedText value={o.jobTitle} canEdit={false} inline={true} />
            {o.service && (
              <>
                {o.jobTitle ? ' · ' : ''}
                <PresentedText value={o.service} canEdit={false} inline={true} />
              </>
            )}
          </span>
        </div>
      </li>
    );
  }

  return (
    <div
      className={total === 0 ? `${styles.viewport} ${styles.viewportEmpty}` : styles.viewport}
      ref={viewportRef}
      onScroll={(e) => {
        scrolled.current = e.currentTarget.scrollTop > 0;
        setScrollTop(e.currentTarget.scrollTop);
      }}
    >
      <ul
        className={styles.rows}
        role="list"
        aria-label={strings.listLabel}
        aria-describedby={props.describedBy}
        data-query={props.queryKey}
        data-count={total}
        style={{ height: total * ROW_HEIGHT }}
      >
        {rows}
      </ul>
    </div>
  );
}
