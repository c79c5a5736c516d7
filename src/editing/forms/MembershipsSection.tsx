/**
 * A councillor's memberships, grouped as their profile shows them: Cabinet and portfolio,
 * committees, working parties, task and finish groups, additional responsibilities and outside
 * appointments. Each can be changed (every field) or ended; new ones are added per group.
 */
import * as React from 'react';
import { format } from '../../components/common/format';
import type { BodyKind } from '../../domain/model/body';
import { formatUkDate } from '../../domain/neutrality/preElection';
import type { Channel } from '../../domain/neutrality/channels';
import styles from '../Editor.module.scss';
import { strings } from '../strings';
import type { EditorChoices } from '../types';
import { fromDraftValue, todayUk } from '../form/convert';
import type { RecordDraft } from '../form/draft';
import { MEMBERSHIP_FIELDS } from '../form/fieldDefs';
import { fieldId, fieldProblems, SessionField } from '../form/SessionParts';
import type { Session } from '../form/useEditSession';

export type MembershipGroup = 'cabinet' | 'committee' | 'workingParty' | 'taskGroup' | 'additional' | 'outside';

interface GroupSpec {
  key: MembershipGroup;
  heading: string;
  add: string;
  kinds: readonly BodyKind[];
  /** The role a new membership of the group starts with. */
  role: string;
}

export const GROUPS: readonly GroupSpec[] = [
  { key: 'cabinet', heading: strings.groupCabinet, add: strings.addCabinet, kinds: ['Cabinet'], role: 'Portfolio Holder' },
  { key: 'committee', heading: strings.groupCommittee, add: strings.addCommittee, kinds: ['Committee'], role: 'Member' },
  { key: 'workingParty', heading: strings.groupWorkingParty, add: strings.addWorkingParty, kinds: ['Working Party'], role: 'Member' },
  { key: 'taskGroup', heading: strings.groupTaskGroup, add: strings.addTaskGroup, kinds: ['Task and Finish Group'], role: 'Member' },
  { key: 'additional', heading: strings.groupAdditional, add: strings.addAdditional, kinds: ['Council'], role: 'Champion' },
  { key: 'outside', heading: strings.groupOutside, add: strings.addOutside, kinds: ['Outside Body'], role: 'Representative' }
];

export function groupOfKind(kind: BodyKind | undefined): MembershipGroup {
  return GROUPS.find((g) => kind && g.kinds.includes(kind))?.key ?? 'committee';
}

/** "Chair, Planning Committee"; "Armed Forces Champion"; "Portfolio Holder for Growth". */
export function membershipSummary(r: RecordDraft, choices: EditorChoices): string {
  const d = r.draft;
  const body = choices.bodies?.find((b) => String(b.id) === d.bodyId)?.title ?? strings.membershipNoBody;
  const role = typeof d.role === 'string' && d.role ? d.role : '';
  const post = typeof d.postTitle === 'string' ? d.postTitle.trim() : '';
  const portfolio = typeof d.portfolio === 'string' ? d.portfolio.trim() : '';
  const what = post || [role, portfolio && `for ${portfolio}`].filter(Boolean).join(' ');
  return what ? `${what}, ${body}` : body;
}

function datesOf(r: RecordDraft): string {
  const iso = (f: string): string | undefined => fromDraftValue('date', r.draft[f], f).value as string | undefined;
  const end = iso('endDate');
  const start = iso('startDate');
  if (end) return format(strings.membershipEnded, { date: formatUkDate(end) });
  return start ? format(strings.membershipSince, { date: formatUkDate(start) }) : '';
}

export interface IMembershipsSectionProps {
  session: Session;
  prefix: string;
  choices: EditorChoices;
  channel: Channel;
  memberId: number;
  /** Which group each membership is listed in (fixed when it is first shown). */
  groupOf: (r: RecordDraft) => MembershipGroup;
  onAdd: (group: GroupSpec) => string;
  headingLevel?: 3;
}

export function MembershipsSection(props: IMembershipsSectionProps): JSX.Element {
  const { session, prefix, choices, channel } = props;
  const [open, setOpen] = React.useState<ReadonlySet<string>>(new Set());
  const [focusTarget, setFocusTarget] = React.useState<string | undefined>();
  const memberships = session.records.filter((r) => r.kind === 'membership');

  React.useEffect(() => {
    if (!focusTarget) return;
    document.getElementById(focusTarget)?.focus();
    setFocusTarget(undefined);
  }, [focusTarget]);

  const toggle = (key: string, on?: boolean): void =>
    setOpen((s) => {
      const next = new Set(s);
      if (on ?? !next.has(key)) next.add(key);
      else next.delete(key);
      return next;
    });

  const hasProblems = (r: RecordDraft): boolean =>
    MEMBERSHIP_FIELDS.some((d) => fieldProblems(session, r, d.field).length > 0);

  return (
    <section className={styles.section} aria-labelledby={`${prefix}-roles`}>
      <h3 id={`${prefix}-roles`}>{strings.sectionRoles}</h3>
      {GROUPS.map((g) => {
        const rows = memberships.filter((r) => props.groupOf(r) === g.key);
        const headingId = `${prefix}-group-${g.key}`;
        return (
          <div key={g.key}>
            <h4 id={headingId}>{g.heading}</h4>
            {rows.length === 0 ? (
              <p className={styles.hint}>{strings.noMemberships}</p>
            ) : (
              <ul className={styles.memberships} aria-labelledby={headingId}>
                {rows.map((r) => {
                  const summary = membershipSummary(r, choices);
                  const expanded = open.has(r.key) || !r.copy || hasProblems(r);
                  const fieldsId = `${prefix}-${r.key}-fields`;
                  const ended = !!fromDraftValue('date', r.draft.endDate, '').value;
                  return (
                    <li key={r.key} data-membership={r.key}>
                      <div className={styles.membershipLine}>
                        <span className={styles.membershipSummary}>{r.copy ? summary : format(strings.membershipNew, { summary })}</span>
                        <span className={styles.membershipDates}>{datesOf(r)}</span>
                        {(session.evaluated.get(r.key)?.changed.length ?? 0) > 0 && r.copy && <span className={styles.hint}>{strings.membershipUnsaved}</span>}
                        {r.copy && (
                          <button
                            type="button"
                            className={styles.linkButton}
                            aria-expanded={expanded}
                            aria-controls={fieldsId}
                            aria-label={expanded ? `${strings.membershipDone}: ${summary}` : format(strings.membershipChangeLabel, { summary })}
                            onClick={() => toggle(r.key, !expanded)}
                          >
                            {expanded ? strings.membershipDone : strings.membershipChange}
                          </button>
                        )}
                        {r.copy && !ended && (
                          <button
                            type="button"
                            className={styles.linkButton}
                            aria-label={format(strings.membershipEndLabel, { summary })}
                            onClick={() => {
                              session.setValue(r.key, 'endDate', todayUk(choices.today));
                              toggle(r.key, true);
                              setFocusTarget(fieldId(prefix, r.key, 'endDate'));
                            }}
                          >
                            {strings.membershipEnd}
                          </button>
                        )}
                        {!r.copy && (
                          <button type="button" className={styles.linkButton} aria-label={format(strings.membershipRemoveNewLabel, { summary })} onClick={() => session.remove(r.key)}>
                            {strings.membershipRemoveNew}
                          </button>
                        )}
                      </div>
                      {expanded && (
                        <fieldset id={fieldsId} className={styles.membershipFields}>
                          <legend>{summary}</legend>
                          {MEMBERSHIP_FIELDS.map((def) => (
                            <SessionField key={def.field} session={session} record={r} def={def} prefix={prefix} choices={choices} channel={channel} />
                          ))}
                        </fieldset>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            <button
              type="button"
              className={styles.button}
              onClick={() => {
                const key = props.onAdd(g);
                setFocusTarget(fieldId(prefix, key, 'bodyId'));
              }}
            >
              {g.add}
            </button>
          </div>
        );
      })}
    </section>
  );
}
