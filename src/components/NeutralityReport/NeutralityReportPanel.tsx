/**
 * The Neutrality report, in a Fluent Panel (its own chunk): runs the same scan as
 * `npm run neutrality -- scan` against the site and lists every violation (list, item, field,
 * the words, the rule, a link to the item), with "Download as CSV" for Excel. For Democratic
 * Services only: the words found are shown here so they can be corrected, never on the pages.
 */
import * as React from 'react';
import { AreaPanel, type IAreaPanelHost } from '../AreaPanel';
import { scanToCsv } from '../../data/scan/csv';
import type { ScanReport, ScanViolation } from '../../data/scan/types';
import { SCANNED } from '../../data/scan/lists';
import { SCREENING_RULE_LABELS } from '../PresentedText/PresentedText';
import type { RunNeutralityScan } from './NeutralityReportLauncher';
import { reportMessages as m } from './messages';
import styles from './NeutralityReport.module.scss';

export interface INeutralityReportPanelProps extends IAreaPanelHost {
  run: RunNeutralityScan;
}

type State =
  | { status: 'running'; done: number }
  | { status: 'done'; report: ScanReport }
  | { status: 'failed'; reason: string };

/** The file name: neutrality-report-2026-11-22.csv. */
export function reportFileName(report: Pick<ScanReport, 'scannedAt'>): string {
  return `neutrality-report-${report.scannedAt.slice(0, 10)}.csv`;
}

function download(report: ScanReport): void {
  // scanToCsv starts with a byte-order mark, so Excel reads the file as UTF-8.
  const blob = new Blob([scanToCsv(report)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = reportFileName(report);
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Links to SharePoint's own display form only. */
const isWebLink = (link: string): boolean => /^https?:\/\//i.test(link);

function Violations(props: { violations: readonly ScanViolation[] }): JSX.Element {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className={styles.visuallyHidden}>{m.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{m.columnList}</th>
            <th scope="col">{m.columnItem}</th>
            <th scope="col">{m.columnField}</th>
            <th scope="col">{m.columnWords}</th>
            <th scope="col">{m.columnRule}</th>
          </tr>
        </thead>
        <tbody>
          {props.violations.map((v, i) => (
            <tr key={i}>
              <td>{v.list}</td>
              <td>
                {v.itemTitle && <span>{v.itemTitle} </span>}
                {isWebLink(v.link) ? (
                  <a href={v.link} target="_blank" rel="noopener noreferrer">
                    {m.openItem(v.itemId)}
                    <span className={styles.visuallyHidden}>{m.openItemHidden(v.list)}</span>
                  </a>
                ) : (
                  m.openItem(v.itemId)
                )}
              </td>
              <td>{v.field}</td>
              <td className={styles.words}>{v.words}</td>
              <td>
                {SCREENING_RULE_LABELS[v.rule] ?? v.message}
                {v.channel === 'member-profile' ? m.memberRules : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Report(props: { report: ScanReport; onAgain: () => void }): JSX.Element {
  const { report } = props;
  const lists = new Set(report.violations.map((v) => v.list)).size;
  const items = report.lists.reduce((sum, l) => sum + l.items, 0);
  return (
    <>
      <p className={styles.summary} role="status">
        {report.violations.length === 0 ? m.none : m.found(report.violations.length, lists)}
      </p>
      <p>{m.checked(items, report.lists.length)}</p>
      {report.notices.length > 0 && (
        <div className={styles.notices}>
          <p>{m.incomplete}</p>
          <ul>
            {report.notices.map((n, i) => (
              <li key={i}>
                {n.list}
                {n.itemId !== undefined ? `, item ${n.itemId}` : ''}: {n.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.actions}>
        <button type="button" className={styles.button} aria-label={m.downloadLabel} onClick={() => download(report)}>
          {m.download}
        </button>
        <button type="button" className={styles.button} onClick={props.onAgain}>
          {m.runAgain}
        </button>
      </div>
      {report.violations.length > 0 && <Violations violations={report.violations} />}
    </>
  );
}

export default function NeutralityReportPanel(props: INeutralityReportPanelProps): JSX.Element {
  const { isOpen, run } = props;
  const [state, setState] = React.useState<State>({ status: 'running', done: 0 });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    if (!isOpen) return undefined;
    let live = true;
    setState({ status: 'running', done: 0 });
    // Each list scanned moves the count on.
    const onList = (): void => {
      if (live) setState((s) => (s.status === 'running' ? { status: 'running', done: s.done + 1 } : s));
    };
    run(onList).then(
      (report) => live && setState({ status: 'done', report }),
      (e: unknown) => live && setState({ status: 'failed', reason: e instanceof Error ? e.message.split('\n')[0] : String(e) })
    );
    return () => {
      live = false;
    };
  }, [isOpen, run, round]);

  return (
    <AreaPanel host={props} heading={m.title} closeLabel={m.close} lightDismiss={true} className={styles.content} marker="data-neutrality-report">
      <p>{m.intro}</p>
      {state.status === 'running' && (
        <p className={styles.status} role="status">
          {m.checking(state.done, SCANNED.length)}
        </p>
      )}
      {state.status === 'failed' && (
        <>
          <p role="alert">{m.failed(state.reason)}</p>
          <button type="button" className={styles.button} onClick={() => setRound((r) => r + 1)}>
            {m.runAgain}
          </button>
        </>
      )}
      {state.status === 'done' && <Report report={state.report} onAgain={() => setRound((r) => r + 1)} />}
    </AreaPanel>
  );
}
