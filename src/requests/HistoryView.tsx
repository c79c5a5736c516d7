/**
 * A record's history of changes, from SharePoint's versions (loaded on demand, for editors): each
 * version newest first, when and by whom, and the fields it changed, from and to.
 */
import * as React from 'react';
import { dayOf, format, timeOf } from '../components/common/format';
import { KIND_ENTITIES } from '../data/editing/kinds';
import type { HistoryEntry } from '../data/requests/history';
import { fieldDefsOf } from '../editing/form/fieldDefs';
import { fieldSpec } from '../domain/neutrality/registry';
import { strings } from './strings';

export interface IHistoryViewProps {
  kind: 'member' | 'liaisonOfficer';
  load: () => Promise<HistoryEntry[]>;
  headingId: string;
}

function labelFor(kind: IHistoryViewProps['kind'], field: string): string {
  return fieldDefsOf(kind).find((d) => d.field === field)?.label ?? fieldSpec(KIND_ENTITIES[kind], field)?.label ?? field;
}

export default function HistoryView(props: IHistoryViewProps): JSX.Element {
  const [state, setState] = React.useState<{ status: 'loading' | 'failed' } | { status: 'ready'; entries: HistoryEntry[] }>({ status: 'loading' });
  React.useEffect(() => {
    let live = true;
    props.load().then(
      (entries) => live && setState({ status: 'ready', entries }),
      () => live && setState({ status: 'failed' })
    );
    return () => {
      live = false;
    };
  }, []);
  return (
    <div data-history="">
      <h4 id={props.headingId}>{strings.historyHeading}</h4>
      {state.status === 'loading' && <p role="status">{strings.historyLoading}</p>}
      {state.status === 'failed' && <p role="alert">{strings.historyFailed}</p>}
      {state.status === 'ready' && state.entries.length === 0 && <p>{strings.historyNone}</p>}
      {state.status === 'ready' && state.entries.length > 0 && (
        <ol aria-labelledby={props.headingId}>
          {state.entries.map((e) => (
            <li key={e.label}>
              <p>
                <strong>{format(strings.historyVersion, { label: e.label, date: `${dayOf(e.at)} ${timeOf(e.at)}`.trim(), by: e.by })}</strong>
              </p>
              {e.first ? (
                <p>{strings.historyCreated}</p>
              ) : (
                <ul>
                  {e.changes.map((c) => (
                    <li key={c.field}>
                      {labelFor(props.kind, c.field)}: {strings.historyFrom} “{c.before || strings.historyBlank}” {strings.historyTo} “{c.after || strings.historyBlank}”
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
