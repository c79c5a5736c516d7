import * as React from 'react';
import type { IShowMoreProps } from './IShowMoreProps';
import styles from './ShowMore.module.scss';

/**
 * Long lists are shown a page at a time, so the page under a web part stays within reach:
 * `usePaged` holds how many are shown (back to one page when the list changes), `ShowMore` says
 * how many and offers the next page. Focus moves to the first newly shown item, so `ShowMore`
 * must come straight after the list it extends.
 */
export function usePaged<T>(
  items: readonly T[],
  pageSize: number,
  resetKey: unknown,
  /** An item that must be shown (one whose details are open, so focus can come back to it). */
  reveal?: (item: T) => boolean
): { shown: readonly T[]; more: () => void; total: number } {
  const [state, setState] = React.useState({ key: resetKey, count: pageSize });
  const at = reveal ? items.findIndex(reveal) : -1;
  const base = state.key === resetKey ? state.count : pageSize;
  const count = at >= base ? Math.ceil((at + 1) / pageSize) * pageSize : base;
  const more = React.useCallback(() => setState({ key: resetKey, count: count + pageSize }), [resetKey, count, pageSize]);
  return { shown: items.slice(0, count), more, total: items.length };
}

export function ShowMore(props: IShowMoreProps): JSX.Element | null {
  const ref = React.useRef<HTMLDivElement>(null);
  if (props.shown >= props.total) return null;
  const next = Math.min(props.total - props.shown, props.pageSize);
  const onClick = (): void => {
    const list = ref.current?.previousElementSibling;
    const before = list?.children.length ?? 0;
    props.onMore();
    // After React has added the next page: focus its first item's first control.
    setTimeout(() => {
      const first = list?.children[before] as HTMLElement | undefined;
      first?.querySelector<HTMLElement>('button, a[href]')?.focus();
    }, 0);
  };
  return (
    <div ref={ref} className={styles.more}>
      <span>{props.status(props.shown, props.total)}</span>
      <button type="button" className={styles.button} onClick={onClick}>
        {props.label(next, props.total - props.shown)}
      </button>
    </div>
  );
}
