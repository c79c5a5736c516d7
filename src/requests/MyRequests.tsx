/**
 * A councillor's own change requests on their profile (loaded on demand): each with what it
 * asked for and what became of it, a declined one with Democratic Services' reason.
 */
import * as React from 'react';
import { dayOf, format } from '../components/common/format';
import type { ChangeRequest, IChangeRequests } from '../data/requests/types';
import { labelOf } from './SuggestChange';
import { strings } from './strings';
import { shown } from './values';

export interface IMyRequestsProps {
  requests: Promise<IChangeRequests>;
  /** Read again when this changes (a request was sent). */
  version: number;
  headingId: string;
  className?: string;
}

export function statusOf(r: ChangeRequest): string {
  const d = r.decision;
  if (!d) return strings.waiting;
  return d.decision === 'Approved' ? format(strings.approvedOn, { date: dayOf(d.at), by: d.by }) : format(strings.declinedOn, { date: dayOf(d.at), by: d.by });
}

export default function MyRequests(props: IMyRequestsProps): JSX.Element {
  const [state, setState] = React.useState<{ status: 'loading' | 'failed' } | { status: 'ready'; list: ChangeRequest[] }>({ status: 'loading' });
  React.useEffect(() => {
    let live = true;
    props.requests.then((r) => r.mine()).then(
      (list) => live && setState({ status: 'ready', list }),
      () => live && setState({ status: 'failed' })
    );
    return () => {
      live = false;
    };
  }, [props.version]);
  return (
    <section className={props.className} aria-labelledby={props.headingId} data-my-requests="">
      <h3 id={props.headingId}>{strings.mineHeading}</h3>
      {state.status === 'loading' && <p role="status">{strings.mineLoading}</p>}
      {state.status === 'failed' && <p role="alert">{strings.mineFailed}</p>}
      {state.status === 'ready' && state.list.length === 0 && <p>{strings.mineNone}</p>}
      {state.status === 'ready' && state.list.length > 0 && (
        <ul>
          {state.list.map((r) => (
            <li key={r.id} data-request={r.id}>
              <p>
                <strong>{format(strings.askedOn, { date: dayOf(r.created) })}</strong>
                {': '}
                {r.changes.map((c) => (c.field === 'photoUrl' ? `${labelOf(c.field)}: ${c.new === null ? strings.photoRemoved : 'a new photo'}` : `${labelOf(c.field)}: ${shown(c.field, c.new)}`)).join('. ')}
              </p>
              <p>{statusOf(r)}</p>
              {r.decision?.decision === 'Declined' && r.decision.reason && <p>{format(strings.declinedReason, { reason: r.decision.reason })}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
