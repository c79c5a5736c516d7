/**
 * Public types of the free-text screen for party-political content.
 * See DESIGN.md, "The political-neutrality layer" (text screening).
 */
import type { Channel } from '../channels';

export type ScreeningRule =
  /** A political party named: "Labour Party", "the Conservatives", "Liberal Democrats", "Reform UK"... */
  | 'party-name'
  /** A party's abbreviation: "Lib Dems", "SNP", "UKIP", and "Con", "Lab", "LD" where unambiguous in context. */
  | 'party-abbreviation'
  /** A party's nickname: "Tories", "Labour's", "New Labour", "Tory-run", "Corbynistas"... */
  | 'party-nickname'
  /** A hashtag embedding a party name or nickname, or vote/elect: "#VoteLabour", "#ToriesOut", "#GE2024". */
  | 'party-hashtag'
  /** A party's web site, e-mail domain or social media handle: "labour.org.uk", "@RugbyTories". */
  | 'party-web-address'
  /** One of the council's own political groups, supplied at run time. */
  | 'council-group'
  /** Electioneering: calls to vote for or against a party or candidate, pledges, attack lines, canvassing. */
  | 'electioneering';

export const SCREENING_RULES: readonly ScreeningRule[] = [
  'party-name',
  'party-abbreviation',
  'party-nickname',
  'party-hashtag',
  'party-web-address',
  'council-group',
  'electioneering'
];

export interface ScreeningFinding {
  rule: ScreeningRule;
  /** The matched text, exactly as it appears in the original: `text.slice(start, end) === match`. */
  match: string;
  /** UTF-16 offset into the original text. */
  start: number;
  /** UTF-16 offset into the original text (exclusive). */
  end: number;
  /** Plain British English for a Democratic Services officer, citing the protocol clause. */
  message: string;
}

export interface ScreeningResult {
  /** True when no finding applies in the channel. */
  allowed: boolean;
  /** Only the findings that apply in the channel, sorted by start. */
  findings: ScreeningFinding[];
}

/** A political group on the council (the "Political Groups" list). */
export interface PoliticalGroupTerms {
  name: string;
  shortName?: string;
  aliases?: string[];
}

export interface ScreenerOptions {
  groups?: PoliticalGroupTerms[];
}

export interface Screener {
  screen(text: string, channel: Channel): ScreeningResult;
}
