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
import { Counted, CountedLines, Status, Table } from './parts';
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
      <Counted count={r.members.differ.length} heading={s.driftMembersDiffer}>
        <Table
          caption={s.driftMembersCaption}
          columns={[s.columnMember, s.columnDetail, s.columnSharePoint, s.columnModernGov]}
          rows={r.members.differ.flatMap((m) => m.fields.map((f, i) => ({ key: `${m.id}-${i}`, header: m.name, cells: [f.label, f.sharePoint, f.modernGov] })))}
        />
      </Counted>
      <CountedLines heading={s.driftOnlyModernGov} items={r.members.onlyInModernGov.map((m) => `${m.name}${m.ward ? `, ${m.ward}` : ''}`)} />
      <CountedLines heading={s.driftOnlySharePoint} items={r.members.onlyInSharePoint.map((m) => m.name)} />
      <Counted count={r.memberships.differ.length} heading={s.driftMembershipsDiffer}>
        <Table
          caption={s.driftMembershipsCaption}
          columns={[s.columnMember, s.columnRole, s.columnBody, s.columnDetail, s.columnSharePoint, s.columnModernGov]}
          rows={r.memberships.differ.flatMap((m) => m.fields.map((f, i) => ({ key: `${m.id}-${i}`, header: m.member, cells: [m.role, m.body, f.label, f.sharePoint, f.modernGov] })))}
        />
      </Counted>
      <CountedLines heading={s.driftMembershipsOnlyModernGov} items={r.memberships.onlyInModernGov.map((m) => `${m.member}, ${m.role}, ${m.body}${post(m.post)}`)} />
      <CountedLines heading={s.driftMembershipsOnlySharePoint} items={r.memberships.onlyInSharePoint.map((m) => `${m.member}, ${m.role}, ${m.body}${post(m.post)}`)} />
      <CountedLines heading={s.driftOther} items={r.other.map((o) => `${o.list}: ${o.name}: ${o.change}`)} />
      <CountedLines heading={s.driftPosts} items={r.posts.map((p) => `${p.member}: \u201c${p.post}\u201d (${p.reason})`)} />
      {r.vacancies > 0 && <p>{s.driftVacancies(r.vacancies)}</p>}
      <CountedLines heading={s.driftProblems} items={r.problems.map((p) => p.message)} />
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
