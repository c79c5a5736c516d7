/**
 * Free-text screening for party-political content (DESIGN.md, "The political-neutrality layer").
 *
 *   const screener = createScreener({ groups });         // once, with the council's Political Groups
 *   const { allowed, findings } = screener.screen(text, 'officer-owned');
 *
 * In officer-owned channels every rule applies; in the member-profile channel a member may state
 * their party, so only electioneering, campaigning hashtags and party web addresses apply.
 */
export type {
  ScreeningRule,
  ScreeningFinding,
  ScreeningResult,
  PoliticalGroupTerms,
  ScreenerOptions,
  ScreenOptions,
  Screener,
  GroupTermProblem
} from './types';
export { SCREENING_RULES } from './types';
export { createScreener, screenText } from './screener';
