/**
 * "ModernGov differences": the last drift report the ModernGov command saved in Site Assets (it
 * changes nothing): per councillor every detail that differs, councillors in one and not the
 * other, memberships that differ, and when it was made. Read when the tab is first opened.
 */
import * as React from 'react';
import type { DriftReport } from '../../data/import/drift';
import type { IImportService } from '../../data/import/service';
import { formatUkDate } from '../../domain/neutrality/preElection';
import { failureText } from './failure';
import { Lines, Status } from './parts';
import styles from './ImportExport.module.scss';
import { importStrings as s } from './strings';

type State = { status: 'loading' } | { status: 'none' } | { status: 'ready'; report: DriftReport } | { status: 'failed'; reason: string };

/** "on 20 November 2026 at 09:30", in UK time. */
export function madeWhen(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(d)
      .map((p) => [p.type, p.value])
  );
  return `on ${formatUkDate(`${parts.year}-${parts.month}-${parts.day}`)} at ${parts.hour}:${parts.minute}`;
}

function agree(r: DriftReport): boolean {
  return r.members.differ.length + r.members.onlyInModernGov.length + r.members.onlyInSharePoint.length + r.memberships.differ.length + r.memberships.onlyInModernGov.length + r.memberships.onlyInSharePoint.length + r.other.length === 0;
}

function Report(props: { report: DriftReport }): JSX.Element {
  const r = props.report;
  const post = (p?: string): string => (p ? ` (${p})` : '');
  return (
    <>
      <p>{s.driftMade(madeWhen(r.generated), r.source)}</p>
      {agree(r) && <p>{s.driftAgree}</p>}
      {r.members.differ.length > 0 && (
        <>
          <h4>{s.driftMembersDiffer(r.members.differ.length)}</h4>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>{s.driftMembersCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.columnMember}</th>
                  <th scope="col">{s.columnDetail}</th>
                  <th scope="col">{s.columnSharePoint}</th>
                  <th scope="col">{s.columnModernGov}</th>
                </tr>
              </thead>
              <tbody>
                {r.members.differ.flatMap((m) =>
                  m.fields.map((f, i) => (
                    <tr key={`${m.id}-${i}`}>
                      <th scope="row">{m.name}</th>
                      <td>{f.label}</td>
                      <td>{f.sharePoint}</td>
                      <td>{f.modernGov}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      {r.members.onlyInModernGov.length > 0 && (
        <>
          <h4>{s.driftOnlyModernGov(r.members.onlyInModernGov.length)}</h4>
          <Lines items={r.members.onlyInModernGov.map((m) => `${m.name}${m.ward ? `, ${m.ward}` : ''}`)} />
        </>
      )}
      {r.members.onlyInSharePoint.length > 0 && (
        <>
          <h4>{s.driftOnlySharePoint(r.members.onlyInSharePoint.length)}</h4>
          <Lines items={r.members.onlyInSharePoint.map((m) => m.name)} />
        </>
      )}
      {r.memberships.differ.length > 0 && (
        <>
          <h4>{s.driftMembershipsDiffer(r.memberships.differ.length)}</h4>
          <div className={styles.tableWrap}>
            <table className={styles.table}>
              <caption>{s.driftMembershipsCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{s.columnMember}</th>
                  <th scope="col">{s.columnRole}</th>
                  <th scope="col">{s.columnBody}</th>
                  <th scope="col">{s.columnDetail}</th>
                  <th scope="col">{s.columnSharePoint}</th>
                  <th scope="col">{s.columnModernGov}</th>
                </tr>
              </thead>
              <tbody>
                {r.memberships.differ.flatMap((m) =>
                  m.fields.map((f, i) => (
                    <tr key={`${m.id}-${i}`}>
                      <th scope="row">{m.member}</th>
                      <td>{m.role}</td>
                      <td>{m.body}</td>
                      <td>{f.label}</td>
                      <td>{f.sharePoint}</td>
                      <td>{f.modernGov}</td>
                    </tr>
                  ))
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
      {r.memberships.onlyInModernGov.length > 0 && (
        <>
          <h4>{s.driftMembershipsOnlyModernGov(r.memberships.onlyInModernGov.length)}</h4>
          <Lines items={r.memberships.onlyInModernGov.map((m) => `${m.member}, ${m.role}, ${m.body}${post(m.post)}`)} />
        </>
      )}
      {r.memberships.onlyInSharePoint.length > 0 && (
        <>
          <h4>{s.driftMembershipsOnlySharePoint(r.memberships.onlyInSharePoint.length)}</h4>
          <Lines items={r.memberships.onlyInSharePoint.map((m) => `${m.member}, ${m.role}, ${m.body}${post(m.post)}`)} />
        </>
      )}
      {r.other.length > 0 && (
        <>
          <h4>{s.driftOther(r.other.length)}</h4>
          <Lines items={r.other.map((o) => `${o.list}: ${o.name}: ${o.change}`)} />
        </>
      )}
      {r.posts.length > 0 && (
        <>
          <h4>{s.driftPosts(r.posts.length)}</h4>
          <Lines items={r.posts.map((p) => `${p.member}: \u201c${p.post}\u201d (${p.reason})`)} />
        </>
      )}
      {r.vacancies > 0 && <p>{s.driftVacancies(r.vacancies)}</p>}
      {r.problems.length > 0 && (
        <>
          <h4>{s.driftProblems(r.problems.length)}</h4>
          <Lines items={r.problems.map((p) => p.message)} />
        </>
      )}
    </>
  );
}

export function DriftSection(props: { service: IImportService }): JSX.Element {
  const [state, setState] = React.useState<State>({ status: 'loading' });
  const [round, setRound] = React.useState(0);
  React.useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    props.service.lastDriftReport().then(
      (report) => live && setState(report ? { status: 'ready', report } : { status: 'none' }),
      (e: unknown) => live && setState({ status: 'failed', reason: failureText(e) })
    );
    return () => {
      live = false;
    };
  }, [props.service, round]);

  return (
    <section className={styles.section} data-drift-report="">
      <h3>{s.driftHeading}</h3>
      <p>{s.driftIntro}</p>
      <Status text={state.status === 'loading' ? s.driftLoading : ''} />
      {state.status === 'none' && <p>{s.driftNone}</p>}
      {state.status === 'failed' && (
        <p className={styles.error} role="alert">
          {state.reason}
        </p>
      )}
      {state.status === 'ready' && <Report report={state.report} />}
      {state.status !== 'loading' && (
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => setRound((x) => x + 1)}>
            {state.status === 'failed' ? s.tryAgain : s.driftRefresh}
          </button>
        </div>
      )}
    </section>
  );
}
