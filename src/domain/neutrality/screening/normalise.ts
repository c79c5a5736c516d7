/**
 * Text normalisation for screening: matching runs on normalised copies of the text, and every
 * span found there maps back to UTF-16 offsets in what the person wrote.
 *
 *   web    Unicode step (unicode.ts) and web-address tricks undone: for web and e-mail
 *          addresses, handles and hashtags.
 *   plain  `web` with the word-level tricks undone too (deobfuscate.ts): for party names,
 *          abbreviations, nicknames, the council's groups and electioneering.
 */
import { deobfuscateText, deobfuscateWeb, type Vocabulary } from './deobfuscate';
import { originalSpan, type Mapped } from './mapped';
import { normaliseUnicode } from './unicode';

export type { Mapped } from './mapped';
export type { Vocabulary } from './deobfuscate';

export interface NormalisedText {
  original: string;
  web: Mapped;
  plain: Mapped;
}

export function normalise(original: string, vocab: Vocabulary): NormalisedText {
  const web = deobfuscateWeb(normaliseUnicode(original));
  return { original, web, plain: deobfuscateText(web, vocab) };
}

/** Maps a [start, end) span of a normalised text to the original text. */
export function toOriginal(m: Mapped, start: number, end: number): { start: number; end: number } {
  return originalSpan(m, start, end);
}
