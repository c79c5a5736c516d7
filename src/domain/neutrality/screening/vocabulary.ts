/**
 * The words the normaliser undoes tricks towards (deobfuscate.ts): the national parties' names,
 * nicknames and short forms, derived from the lexicon, and the words that join them.
 */
import { ABBREVIATIONS, AMBIGUOUS, FIXED_TERMS, PARTY } from './lexicon';

const NAME_STOPWORDS = new Set('the a an of and for political affiliation party'.split(' '));

/** A source without its look-arounds ("(?!\\s+Markets)"): the words a reader sees in the name. */
function withoutLookarounds(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source.startsWith('(?!', i) || source.startsWith('(?=', i) || source.startsWith('(?<!', i) || source.startsWith('(?<=', i)) {
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

/**
 * Words of the national parties' names, nicknames and short forms, lower case: what the
 * normaliser undoes tricks towards ("L4b0ur", "LabourParty"). Derived from the names above.
 */
export const NATIONAL_PARTY_WORDS: ReadonlySet<string> = new Set([
  ...Object.values(PARTY)
    .flatMap((name) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^a-z]+/))
    .filter((w) => w.length >= 3 && !NAME_STOPWORDS.has(w)),
  ...FIXED_TERMS.flatMap((f) => withoutLookarounds(f.source).match(/[A-Z][a-z]{2,}|[A-Z]{2,}/g) ?? []).map((w) => w.toLowerCase()).filter((w) => !NAME_STOPWORDS.has(w)),
  ...AMBIGUOUS.keys(),
  ...[...ABBREVIATIONS.keys()].map((a) => a.toLowerCase()),
  ...`uk tory tories libdem libdems lib dem dems snp ukip dup sdlp uup bnp tusc kipper corbynista corbynistas
    blairite blairites labourite labourites thatcherite thatcherites`.split(/\s+/)
]);

/**
 * Words that join party words in run-together names ("labourparty", "reformuk", "votegreen"),
 * and the short words and campaign words that digits stand in for ("h3lp u5 7o 3l3c7").
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set(
  `party uk the vote group of and for
  to in on at by us me my we our you your is it be an
  elect elected election reelect sign help join support back campaign campaigning canvass canvassing leaflet leaflets
  leafleting deliver volunteer volunteers promoted published printed behalf donate candidate need needed spare hour
  knock knocking door doors team get involved weekend`.split(/\s+/)
);
