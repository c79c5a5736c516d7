/** Pieces the area's sections share: the live status line, the problems table, and a heading that takes focus. */
import * as React from 'react';
import type { CsvProblem } from '../../data/import/csv/rows';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

/**
 * A polite live region, always on the page, so that what it is given (progress, then the result)
 * is announced; sighted people read it where the action was.
 */
export function Status(props: { text: string }): JSX.Element {
  return (
    <p className={styles.status} role="status" aria-live="polite">
      {props.text}
    </p>
  );
}

/** A heading that takes focus when it appears (the result of an action), so keyboard users land on it. */
export function ResultHeading(props: { level?: 3 | 4; children: React.ReactNode }): JSX.Element {
  const ref = React.useRef<HTMLHeadingElement>(null);
  React.useEffect(() => {
    ref.current?.focus();
  }, []);
  const Tag = props.level === 4 ? 'h4' : 'h3';
  return (
    <Tag ref={ref} tabIndex={-1}>
      {props.children}
    </Tag>
  );
}

/** Problems by row and column, as a spreadsheet numbers them. */
export function ProblemTable(props: { problems: readonly CsvProblem[]; caption: string }): JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{s.columnRow}</th>
            <th scope="col">{s.columnColumn}</th>
            <th scope="col">{s.columnProblem}</th>
          </tr>
        </thead>
        <tbody>
          {props.problems.map((p, i) => (
            <tr key={i}>
              <td>{p.row ?? s.wholeFile}</td>
              <td>{p.column ?? (p.row === undefined ? '' : s.wholeRow)}</td>
              <td>{p.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A plain list of lines, or "None." */
export function Lines(props: { items: readonly string[] }): JSX.Element {
  if (props.items.length === 0) return <p>{s.none}</p>;
  return (
    <ul>
      {props.items.map((t, i) => (
        <li key={i}>{t}</li>
      ))}
    </ul>
  );
}
