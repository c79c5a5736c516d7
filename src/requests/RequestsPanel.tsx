/**
 * Democratic Services' change requests (loaded on demand): those waiting for a decision, newest
 * first, each compared field by field and approved or declined in place; then those decided.
 */
import * as React from 'react';
import { AreaPanel, type IAreaPanelHost } from '../components/AreaPanel';
import { dayOf, format } from '../components/common/format';
import type { IDirectoryEditor } from '../data/editing/types';
import type { ChangeRequest, IChangeRequests } from '../data/requests/types';
import editorStyles from '../editing/Editor.module.scss';
import type { EditorChoices } from '../editing/types';
import { ReviewRequest, RequestDiff } from './ReviewRequest';
import { strings } from './strings';

export interface IRequestsPanelProps extends IAreaPanelHost {
  requests: Promise<IChangeRequests>;
  editor: Promise<IDirectoryEditor>;
  /** The requests as the launcher read them, shown while the panel reads them again (and after each decision). */
  initial: ChangeRequest[] | undefined;
  choices: EditorChoices;
  prefix: string;
  /** The requests as read again (for the count). */
  onList: (requests: ChangeRequest[]) => void;
  /** A decision was made: the page's profiles are read again. */
  onDecided: () => void;
}

export function decidedText(r: ChangeRequest): string {
  const d = r.decision;
  if (!d) return '';
  return d.decision === 'Approved' ? format(strings.decidedApproved, { date: dayOf(d.at), by: d.by }) : format(strings.decidedDeclined, { date: dayOf(d.at), by: d.by, reason: d.reason ?? '' });
}

export default function RequestsPanel(props: IRequestsPanelProps): JSX.Element {
  const [list, setList] = React.useState<ChangeRequest[] | undefined>(props.initial);
  const [failed, setFailed] = React.useState(false);
  const [announcement, setAnnouncement] = React.useState('');
  const load = React.useCallback(async (): Promise<void> => {
    setFailed(false);
    try {
      const all = await (await props.requests).all();
      setList(all);
      props.onList(all);
    } catch {
      setFailed(true);
    }
  }, [props.requests]);
  // Read afresh each time it opens (the launcher's list, read earlier, is shown meanwhile).
  React.useEffect(() => {
    if (props.isOpen) void load();
  }, [props.isOpen]);

  const waiting = (list ?? []).filter((r) => !r.decision);
  const decided = (list ?? []).filter((r) => !!r.decision).slice(0, 20);
  const px = props.prefix;
  return (
    <AreaPanel host={props} heading={strings.queueHeading} closeLabel={strings.close} lightDismiss={true} className={editorStyles.editor} marker="data-change-requests">
      <p role="status" aria-live="polite" className={editorStyles.status}>
        {announcement}
      </p>
      {!list && !failed && <p role="status">{strings.queueLoading}</p>}
      {failed && (
        <div role="alert" className={editorStyles.report}>
          <p>{strings.queueFailed}</p>
          <button type="button" className={editorStyles.button} onClick={() => void load()}>
            {strings.tryAgain}
          </button>
        </div>
      )}
      {list && (
        <>
          <section aria-labelledby={`${px}-waiting`}>
            <h3 id={`${px}-waiting`}>{format(strings.queueWaiting, { count: waiting.length })}</h3>
            {waiting.length === 0 && <p>{strings.queueNoneWaiting}</p>}
            {waiting.map((r) => {
              const headingId = `${px}-request-${r.id}`;
              return (
                <article key={r.id} aria-labelledby={headingId} className={editorStyles.section} data-request={r.id}>
                  <h4 id={headingId}>{format(strings.requestFrom, { member: r.memberName ?? r.authorName, author: r.authorName, date: dayOf(r.created) })}</h4>
                  <ReviewRequest
                    request={r}
                    editor={props.editor}
                    requests={props.requests}
                    choices={props.choices}
                    prefix={`${px}-r${r.id}`}
                    onDecided={(message) => {
                      setAnnouncement(message);
                      props.onDecided();
                      void load();
                    }}
                  />
                </article>
              );
            })}
          </section>
          <section aria-labelledby={`${px}-decided`}>
            <h3 id={`${px}-decided`}>{strings.queueDecided}</h3>
            {decided.length === 0 && <p>{strings.queueNoneDecided}</p>}
            {decided.map((r) => {
              const headingId = `${px}-decided-${r.id}`;
              return (
                <article key={r.id} aria-labelledby={headingId} className={editorStyles.section}>
                  <h4 id={headingId}>{format(strings.requestFrom, { member: r.memberName ?? r.authorName, author: r.authorName, date: dayOf(r.created) })}</h4>
                  <p>{decidedText(r)}</p>
                  <RequestDiff request={r} prefix={`${px}-d${r.id}`} />
                </article>
              );
            })}
          </section>
        </>
      )}
    </AreaPanel>
  );
}
