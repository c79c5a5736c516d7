/**
 * Pieces the area's sections share: the live status line and the error under it, one action at a
 * time, a heading that takes focus, tables with a caption, and a heading with a count over its lines.
 */
import * as React from 'react';
import type { CsvProblem } from '../../data/import/csv/rows';
import { failureText } from './failure';
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

/** A table row: an optional row header (the record it is about), then its cells; the last may span the columns left. */
export interface TableRow {
  key: React.Key;
  header?: React.ReactNode;
  cells: readonly React.ReactNode[];
  lastSpan?: number;
}

/** A table with a caption and column headings, wide tables scrolling on their own. */
export function Table(props: { caption: string; columns: readonly string[]; rows: readonly TableRow[] }): JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((r) => (
            <tr key={r.key}>
              {r.header !== undefined && <th scope="row">{r.header}</th>}
              {r.cells.map((c, i) => (
                <td key={i} colSpan={i === r.cells.length - 1 ? r.lastSpan : undefined}>
                  {c}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Problems by row and column, as a spreadsheet numbers them. */
export function ProblemTable(props: { problems: readonly CsvProblem[]; caption: string }): JSX.Element {
  return (
    <Table
      caption={props.caption}
      columns={[s.columnRow, s.columnColumn, s.columnProblem]}
      rows={props.problems.map((p, i) => ({ key: i, cells: [p.row ?? s.wholeFile, p.column ?? (p.row === undefined ? '' : s.wholeRow), p.message] }))}
    />
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

/** A heading with a count ("To add (3)"), then what it counts; nothing at all when the count is nought. */
export function Counted(props: { count: number; heading: (count: number) => string; children: React.ReactNode }): JSX.Element | null {
  if (props.count === 0) return null;
  return (
    <>
      <h4>{props.heading(props.count)}</h4>
      {props.children}
    </>
  );
}

/** A heading with a count, then the lines it counts. */
export function CountedLines(props: { heading: (count: number) => string; items: readonly string[] }): JSX.Element | null {
  return (
    <Counted count={props.items.length} heading={props.heading}>
      <Lines items={props.items} />
    </Counted>
  );
}

/** The live status line, and under it what went wrong, if anything. */
export function Outcome(props: { status: string; error: string }): JSX.Element {
  return (
    <>
      <Status text={props.status} />
      {props.error && (
        <p className={styles.error} role="alert">
          {props.error}
        </p>
      )}
    </>
  );
}

/** The file could not be read: said as such, not as a SharePoint failure. */
class UnreadableFile extends Error {}

/** Reads the chosen files; if the browser cannot, the action fails with "the file could not be read". */
export async function readChosen<T>(reading: Promise<T>): Promise<T> {
  try {
    return await reading;
  } catch {
    throw new UnreadableFile(s.readFailed);
  }
}

/** What a check says when it fails: the file could not be read, or what SharePoint or the import said. */
export function checkFailure(e: unknown): string {
  return e instanceof UnreadableFile ? s.readFailed : failureText(e);
}

export interface Action {
  busy: boolean;
  status: string;
  error: string;
  setStatus: (text: string) => void;
  setError: (text: string) => void;
  /**
   * Runs one action at a time: says what it is doing, then the work sets the result's status;
   * if it fails, the status is cleared and the failure said in the action's words.
   */
  run: (doing: string, work: () => Promise<void>, failed?: (e: unknown) => string) => Promise<void>;
  /** Back to the start: no status, no error. */
  clear: () => void;
}

export function useAction(): Action {
  const [busy, setBusy] = React.useState(false);
  const [status, setStatus] = React.useState('');
  const [error, setError] = React.useState('');
  const run = async (doing: string, work: () => Promise<void>, failed: (e: unknown) => string = failureText): Promise<void> => {
    if (busy) return;
    setBusy(true);
    setError('');
    setStatus(doing);
    try {
      await work();
    } catch (e) {
      setStatus('');
      setError(failed(e));
    } finally {
      setBusy(false);
    }
  };
  const clear = (): void => {
    setStatus('');
    setError('');
  };
  return { busy, status, error, setStatus, setError, run, clear };
}
