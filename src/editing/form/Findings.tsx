/**
 * Why the neutrality screen refused a field's text, finding by finding: the words it found, the
 * rule they break, and the protocol clause behind the rule.
 */
import * as React from 'react';
import { SCREENING_RULE_LABELS } from '../../components/PresentedText/PresentedText';
import type { EditProblem } from '../../data/editing/specs';
import type { Channel } from '../../domain/neutrality/channels';
import { PROTOCOL, type ProtocolClause } from '../../domain/neutrality/protocol';
import type { ScreeningRule } from '../../domain/neutrality/screening/types';
import styles from '../Editor.module.scss';
import { strings } from '../strings';

/** The clauses a finding rests on: officer-owned pages carry nothing party-political; members' profiles must not campaign. */
export function clausesFor(rule: ScreeningRule, channel: Channel): ProtocolClause[] {
  if (channel === 'officer-owned') return [PROTOCOL.ownChannels];
  return rule === 'electioneering' || rule === 'party-hashtag' ? [PROTOCOL.ownChannels, PROTOCOL.publicityCode] : [PROTOCOL.ownChannels];
}

export function Findings(props: { id: string; problem: EditProblem; channel: Channel }): JSX.Element {
  const findings = props.problem.findings ?? [];
  return (
    <div id={props.id} className={styles.findings}>
      <h4>{strings.findingsTitle}</h4>
      {findings.length === 0 ? (
        <p>{strings.screeningUnavailable}</p>
      ) : (
        <ol>
          {findings.map((f, i) => (
            <li key={`${f.start}-${i}`}>
              <dl>
                <dt>{strings.findingWords}</dt>
                <dd>
                  <mark>“{f.match}”</mark>
                </dd>
                <dt>{strings.findingRule}</dt>
                <dd>{SCREENING_RULE_LABELS[f.rule] ?? f.message}</dd>
                <dt>{strings.findingProtocol}</dt>
                <dd>
                  {clausesFor(f.rule, props.channel).map((c) => (
                    <span key={c.cite} style={{ display: 'block' }}>
                      {c.cite}: “{c.text}”
                    </span>
                  ))}
                </dd>
              </dl>
              <p>{f.message}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
