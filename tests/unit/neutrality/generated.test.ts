/**
 * Generated tests: every party name and alias (national and a council's own groups), written in
 * every evasion family, in bare, sentence and job-title positions, must be blocked in the officer
 * channel; campaign material in every family must be blocked on a member's own profile; and the
 * corpus of ordinary council language, as written and in lower case, capitals and Title Case,
 * must pass. The oracle is how each text was made (support/), never the screen.
 */
import fc from 'fast-check';
import { createScreener, type ScreeningResult } from '../../../src/domain/neutrality/screening';
import { CASE_FAMILIES, EVASIONS, fromInts } from './support/evasions';
import {
  campaignSample,
  CONTEXT_FAMILIES,
  contextSample,
  familiesFor,
  memberNegatives,
  ordinaryNegatives,
  termSampleAt,
  webSample
} from './support/generated';
import { ALL_TERMS, COUNCIL_GROUPS, CONTEXT_PARTY_WORDS, POSITIONS } from './support/terms';

const screener = createScreener({ groups: COUNCIL_GROUPS });
const RUNS = { numRuns: Number(process.env.NEUTRALITY_RUNS ?? 2500) };
const choices = fc.array(fc.nat({ max: 1_000_000 }), { minLength: 8, maxLength: 48 });

/** Findings point at what was written: the match is the original text at the span. */
function wellFormed(text: string, r: ScreeningResult): boolean {
  return r.findings.every((f) => f.end > f.start && text.slice(f.start, f.end) === f.match);
}

/** Fails with the text itself, so a counterexample reads as what was written. */
function check(ok: boolean, what: string, text: string, r: ScreeningResult): true {
  if (!ok) throw new Error(`${what}: ${JSON.stringify(text)} gave ${JSON.stringify(r.findings.map((f) => [f.rule, f.match]))}`);
  return true;
}

describe('the officer channel blocks every party name and alias, however it is written', () => {
  it('in every family and position', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ALL_TERMS), fc.constantFrom(...EVASIONS), fc.constantFrom(...POSITIONS), choices, (term, family, position, ints) => {
        fc.pre(familiesFor(term).includes(family));
        const { text, at } = termSampleAt(term, family, position, fromInts(ints));
        const r = screener.screen(text, 'officer-owned');
        // Blocked, and a finding covers (part of) where the term was written.
        return check(!r.allowed && wellFormed(text, r) && r.findings.some((f) => f.start < at[1] && at[0] < f.end), 'not blocked where the term is', text, r);
      }),
      RUNS
    );
  });

  it('in web addresses, plain, with hidden dots or with look-alike letters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...ALL_TERMS),
        fc.constantFrom('none' as const, 'obfuscated' as const, 'lookalike' as const),
        fc.constantFrom('bare' as const, 'sentence' as const),
        choices,
        (term, trick, position, ints) => {
          const text = webSample(term, trick, position, fromInts(ints));
          const r = screener.screen(text, 'officer-owned');
          return check(!r.allowed && wellFormed(text, r) && r.findings.some((f) => f.rule === 'party-web-address'), 'address not blocked', text, r);
        }
      ),
      { numRuns: RUNS.numRuns / 4 }
    );
  });

  it('ordinary words in a political context ("Labour councillors", "vote Green"), in every family', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONTEXT_PARTY_WORDS), fc.constantFrom(...CONTEXT_FAMILIES), choices, (word, family, ints) => {
        const text = contextSample(word, family, fromInts(ints));
        const r = screener.screen(text, 'officer-owned');
        return check(!r.allowed && wellFormed(text, r), 'not blocked', text, r);
      }),
      { numRuns: RUNS.numRuns / 2 }
    );
  });
});

describe("a member's own profile blocks campaign material, however it is written", () => {
  it('calls to vote, election imprints and recruiting helpers, in every family', () => {
    fc.assert(
      fc.property(fc.constantFrom(...EVASIONS.filter((f) => f !== 'joined')), choices, (family, ints) => {
        const text = campaignSample(family, fromInts(ints));
        const r = screener.screen(text, 'member-profile');
        const rules = ['electioneering', 'party-hashtag', 'party-web-address'];
        return check(!r.allowed && wellFormed(text, r) && r.findings.every((f) => rules.includes(f.rule)), 'campaigning not blocked', text, r);
      }),
      { numRuns: RUNS.numRuns }
    );
  });
});

describe('ordinary council language passes', () => {
  it('in the officer channel, as written and in lower case, capitals and Title Case', () => {
    const negatives = ordinaryNegatives();
    expect(negatives.length).toBeGreaterThan(1500);
    const withheld = negatives.filter((n) => !screener.screen(n.text, 'officer-owned').allowed).map((n) => `[${n.family}] ${n.text}`);
    expect(withheld).toEqual([]);
  });

  it("on a member's own profile, with members' statements of their party", () => {
    const negatives = memberNegatives();
    const withheld = negatives.filter((n) => !screener.screen(n.text, 'member-profile').allowed).map((n) => `[${n.family}] ${n.text}`);
    expect(withheld).toEqual([]);
  });

  it('the case families change only the case', () => {
    expect(CASE_FAMILIES).toEqual(['lower', 'upper', 'title']);
  });
});
