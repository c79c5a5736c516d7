import * as React from 'react';
import type { RecordProblem } from '../../../data/core/records';
import { format, strings } from '../loc/ui/strings';
import styles from './MemberProfiles.module.scss';

/** For editors of the lists: which records need correcting, and why (naming fields, never values). */
export function ProblemsForEditors(props: { problems: readonly RecordProblem[] }): JSX.Element | null {
  const { problems } = props;
  if (problems.length === 0) return null;
  return (
    <details className={styles.problems}>
      <summary>{problems.length === 1 ? strings.problemsSummaryOne : format(strings.problemsSummary, { count: problems.length })}</summary>
      <ul>
        {problems.map((p, i) => (
          <li key={i}>
            {format(strings.problemItem, { list: p.list, id: p.itemId ?? '?', problems: p.problems.join(' ') })}
            {p.outcome === 'left-out' ? ` ${strings.problemLeftOut}` : ''}
          </li>
        ))}
      </ul>
    </details>
  );
}
