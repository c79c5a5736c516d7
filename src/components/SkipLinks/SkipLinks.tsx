import * as React from 'react';
import type { ISkipLinksProps } from './ISkipLinksProps';
import styles from './SkipLinks.module.scss';

/**
 * Links that appear on keyboard focus at the start of a web part: straight to its search box,
 * or past it to the rest of the page. Focus moves to the target (made focusable for the moment
 * if it is not), without changing the page's address.
 */
export function SkipLinks(props: ISkipLinksProps): JSX.Element {
  const go = (e: React.MouseEvent<HTMLAnchorElement>, targetId: string): void => {
    const target = document.getElementById(targetId);
    if (!target) return;
    e.preventDefault();
    if (!target.matches('a[href], button, input, select, textarea, [tabindex]')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView?.({ block: 'nearest' });
  };
  return (
    <nav className={styles.skip} aria-label={props.label}>
      {props.links.map((l) => (
        <a key={l.targetId} href={`#${l.targetId}`} className={styles.link} onClick={(e) => go(e, l.targetId)}>
          {l.label}
        </a>
      ))}
    </nav>
  );
}
