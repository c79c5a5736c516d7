import * as React from 'react';
import { strings } from '../loc/ui/strings';
import type { Screened } from '../model';
import styles from './OfficerDirectory.module.scss';

export interface IScreenedTextProps {
  value: Screened;
  /** What readers see when the text is withheld. */
  withheldNotice: string;
  /** Editors also see why, so they can fix it. */
  canEdit: boolean;
  className?: string;
}

/**
 * Officer-owned free text, after screening: shown as text (never as HTML), or withheld. Readers
 * see only that it is being reviewed; editors see the reasons (which quote no more than the
 * finding's own message).
 */
export function ScreenedText(props: IScreenedTextProps): JSX.Element | null {
  const v = props.value;
  if (v.status === 'none') return null;
  if (v.status === 'shown') return <p className={props.className}>{v.text}</p>;
  return (
    <div className={props.className}>
      <p className={styles.withheld}>{props.withheldNotice}</p>
      {props.canEdit && <p className={styles.editorDetail}>{strings.editorReasons(reasonsOf(v.findings.map((f) => f.rule)))}</p>}
    </div>
  );
}

/** The distinct reasons, in plain English. */
export function reasonsOf(rules: readonly string[]): string {
  return rules
    .map(ruleLabel)
    .filter((r, i, all) => all.indexOf(r) === i)
    .join(' ');
}

/** Editors are told which rule the text broke, without repeating the party-political words on an officer page. */
export function ruleLabel(rule: string): string {
  switch (rule) {
    case 'party-name':
      return 'Names a political party.';
    case 'party-abbreviation':
      return 'Uses a political party’s abbreviation.';
    case 'party-nickname':
      return 'Uses a political party’s nickname.';
    case 'party-hashtag':
      return 'Contains a party-political hashtag.';
    case 'party-web-address':
      return 'Links to a political party’s web site or account.';
    case 'council-group':
      return 'Names one of the council’s political groups.';
    case 'electioneering':
      return 'Contains electioneering (a call to vote, a pledge or an attack on a party).';
    default:
      return 'Contains party-political content.';
  }
}
