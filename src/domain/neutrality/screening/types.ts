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
  /** True when no finding applies in the channel (and the screen could run in full). */
  allowed: boolean;
  /** Only the findings that apply in the channel, sorted by start. */
  findings: ScreeningFinding[];
  /**
   * The council's political groups could not be read, so the screen could not run in full: in an
   * officer-owned channel the text is not allowed even without findings (it fails closed).
   */
  unavailable?: true;
}

/** A political group on the council (the "Political Groups" list). */
export interface PoliticalGroupTerms {
  name: string;
  shortName?: string;
  aliases?: string[];
}

export interface ScreenerOptions {
  groups?: PoliticalGroupTerms[];
  /**
   * The council's Political Groups could not be read. Officer-owned text is then not allowed
   * (`unavailable` in the result), because the screen cannot know the council's own groups.
   */
  groupsUnavailable?: boolean;
}

export interface ScreenOptions {
  /**
   * Whether text fails closed when the groups could not be read (default true). Only for values
   * that are not free text (a person's name, a phone number), still screened for the national parties.
   */
  failClosed?: boolean;
}

/** A name, short name or alias of a group that the screen could not look for: skipped, the rest kept. */
export interface GroupTermProblem {
  /** The group, by the best name it has (its name, else its short name or first alias), or its position. */
  group: string;
  field: 'name' | 'shortName' | 'aliases';
  /** The term as given (text only). */
  term?: string;
  /** Plain English, for Democratic Services. */
  reason: string;
}

export interface Screener {
  /** Screens one text for a channel. Results are shared: do not change them. */
  screen(text: string, channel: Channel, options?: ScreenOptions): ScreeningResult;
  /** True when built knowing that the council's groups could not be read (fails closed). */
  readonly groupsUnavailable?: boolean;
  /** Group terms that could not be looked for (skipped; the rest of each group is kept). */
  readonly groupProblems?: readonly GroupTermProblem[];
}
