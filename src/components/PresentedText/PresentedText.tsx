import * as React from 'react';
import { isWithheld } from '../../domain/neutrality/screened';
import type { IPresentedTextProps, IWithheldNoticeProps } from './IPresentedTextProps';
import styles from './PresentedText.module.scss';

/** Editors are told which rule the text broke, without repeating party-political words on the page. */
export const SCREENING_RULE_LABELS: Record<string, string> = {
  'party-name': 'Names a political party.',
  'party-abbreviation': 'Uses a political party’s abbreviation.',
  'party-nickname': 'Uses a political party’s nickname.',
  'party-hashtag': 'Contains a party-political hashtag.',
  'party-web-address': 'Links to a political party’s web site or account.',
  'council-group': 'Names one of the council’s political groups.',
  electioneering: 'Contains electioneering (a call to vote, a pledge or an attack on a party).'
};

/** The reason for editors: for screening, the rules broken (never the words); otherwise the detail. */
export function editorReason(w: IWithheldNoticeProps['withheld']): string {
  if (w.reason === 'screening' && w.findings && w.findings.length > 0) {
    return w.findings
      .map((f) => SCREENING_RULE_LABELS[f.rule] ?? 'Contains party-political content.')
      .filter((r, i, all) => all.indexOf(r) === i)
      .join(' ');
  }
  return w.detail ?? '';
}

/**
 * A value that is not shown, in its place: a neutral notice for everyone and, for editors, the
 * reason. Invalid values and text that failed the screen look the same.
 */
export function WithheldNotice(props: IWithheldNoticeProps): JSX.Element {
  const reason = props.canEdit ? editorReason(props.withheld) : '';
  const Tag = props.inline ? 'span' : 'div';
  return (
    <Tag className={props.className ? `${styles.withheld} ${props.className}` : styles.withheld} data-withheld={props.withheld.reason}>
      <span className={styles.notice}>{props.withheld.notice}</span>
      {reason && <span className={styles.editor}> For editors: {reason} Correct it in its SharePoint list.</span>}
    </Tag>
  );
}

/** Officer-owned or member-authored text after screening: as text (never as HTML), or withheld. */
export function PresentedText(props: IPresentedTextProps): JSX.Element | null {
  const v = props.value;
  if (v === undefined || v === '') return null;
  if (isWithheld(v)) return <WithheldNotice withheld={v} canEdit={props.canEdit} className={props.className} inline={props.inline} />;
  if (!props.inline) return <p className={props.className}>{v}</p>;
  // Inline text stays a text node of its parent, unless it is styled.
  return props.className ? <span className={props.className}>{v}</span> : <>{v}</>;
}
