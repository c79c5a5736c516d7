/**
 * Screened text for component tests, made the only way the product makes it: by the real
 * screener. A value that does not pass throws, so a test cannot quietly render a notice.
 */
import { isWithheld, screenForView, type ScreenedText } from '../../../src/domain/neutrality/screened';
import { createScreener } from '../../../src/domain/neutrality/screening/screener';

const screener = createScreener();

export function screened(text: string): ScreenedText {
  const p = screenForView(screener, text, 'officer-owned', { freeText: false });
  if (isWithheld(p)) throw new Error(`"${text}" did not pass the screen, so it cannot stand for screened text in a test.`);
  return p;
}
