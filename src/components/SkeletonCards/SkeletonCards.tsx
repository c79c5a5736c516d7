import * as React from 'react';
import styles from './SkeletonCards.module.scss';

export interface ISkeletonCardsProps {
  /** How many placeholder cards (default 6). */
  count?: number;
}

/**
 * Grey placeholders in the shape of person cards while data loads. Hidden from assistive
 * technology: say what is loading in a status message beside it.
 */
export function SkeletonCards(props: ISkeletonCardsProps): JSX.Element {
  const cards = Array.from({ length: props.count ?? 6 }, (_v, i) => i);
  return (
    <div className={styles.grid} aria-hidden="true" data-skeleton="true">
      {cards.map((i) => (
        <div key={i} className={styles.card}>
          <span className={styles.avatar} />
          <span className={styles.lines}>
            <span className={styles.line} />
            <span className={`${styles.line} ${styles.short}`} />
            <span className={`${styles.line} ${styles.shorter}`} />
          </span>
        </div>
      ))}
    </div>
  );
}
