/**
 * "There is a problem": every problem that stopped the save, each a link to its field. It takes
 * focus when a save is refused, so a keyboard or screen reader user hears what to correct.
 */
import * as React from 'react';
import styles from '../Editor.module.scss';
import { strings } from '../strings';

export interface SummaryItem {
  /** The id of the field's control ('' for a problem with the whole record). */
  target: string;
  message: string;
}

export const ErrorSummary = React.forwardRef<HTMLDivElement, { items: SummaryItem[]; idPrefix: string }>(function ErrorSummary(props, ref) {
  const headingId = `${props.idPrefix}-problems`;
  const go = (e: React.MouseEvent<HTMLAnchorElement>, target: string): void => {
    const el = document.getElementById(target);
    if (!el) return;
    e.preventDefault();
    el.focus();
    el.scrollIntoView?.({ block: 'center' });
  };
  return (
    <div ref={ref} className={styles.summary} role="alert" aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId}>{strings.errorSummaryTitle}</h3>
      <p>{strings.errorSummaryIntro}</p>
      <ul>
        {props.items.map((item, i) => (
          <li key={`${item.target}-${i}`}>
            {item.target ? (
              <a href={`#${item.target}`} onClick={(e) => go(e, item.target)}>
                {item.message}
              </a>
            ) : (
              item.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
});
