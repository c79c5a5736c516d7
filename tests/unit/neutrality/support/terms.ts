/**
 * What the generated tests are built from: the names and aliases of the national parties and of a
 * council's own groups, the positions they are written in, and campaign material for the member
 * channel. Facts about parties (their names, web sites), not the screen's rules.
 */
import { RUGBY_GROUPS } from '../../../../local/demo/data/rugbyCouncil';
import type { PoliticalGroupTerms } from '../../../../src/domain/neutrality/screening';
import type { Pick } from './evasions';

export interface Term {
  text: string;
  /** The term names a party even written all in lower case or capitals (so the case families apply). */
  anyCase: boolean;
  /** Where the term comes from. */
  source: 'national' | 'council';
}

const national = (text: string, anyCase = true): Term => ({ text, anyCase, source: 'national' });

/** Names, short forms, nicknames and factions that name a party wherever they are written. */
export const NATIONAL_TERMS: readonly Term[] = [
  national('Labour Party'),
  national('Conservative Party'),
  national('Conservative and Unionist Party'),
  national('Liberal Democrats'),
  national('Lib Dems'),
  national('Green Party'),
  national('Reform UK'),
  national('Tories'),
  national('Tory'),
  national('Conservatives', false),
  national('Scottish National Party'),
  national('SNP'),
  national('Plaid Cymru'),
  national('UKIP'),
  national('Brexit Party'),
  national('Sinn Féin'),
  national('Democratic Unionist Party'),
  national('Scottish Greens'),
  national('Co-operative Party'),
  national("Women's Equality Party"),
  national('Labour and Co-operative Party'),
  national('Alba Party'),
  national('Social Democratic Party'),
  national('Workers Party of Britain'),
  national('Monster Raving Loony Party'),
  national('Constituency Labour Party'),
  national('European Research Group', false),
  national('Tory Reform Group')
];

/**
 * A council's own groups: Rugby's, as the demo council holds them, and a second council's with
 * names made of ordinary words, whose capitals are what make them names.
 */
export const COUNCIL_GROUPS: PoliticalGroupTerms[] = [
  ...RUGBY_GROUPS.map((g) => ({ name: g.name, shortName: g.shortName, aliases: [...g.aliases] })),
  { name: 'Dunchurch First', shortName: 'DF', aliases: ['Dunchurch First Independents'] },
  { name: 'Rugby Residents Association', shortName: 'RRA', aliases: ['Residents for Rugby'] }
];

/** Words that are ordinary English in lower case: a group named only by one of them is tested in context instead. */
const ORDINARY_WORDS = new Set('labour conservative conservatives green greens independent independents liberal reform'.split(' '));

/** Every name and alias of the council's groups that is more than one ordinary word. */
export const COUNCIL_TERMS: readonly Term[] = (() => {
  const out: Term[] = [];
  const seen = new Set<string>();
  for (const g of COUNCIL_GROUPS) {
    for (const t of [g.name, g.shortName, ...(g.aliases ?? [])]) {
      if (!t || seen.has(t) || ORDINARY_WORDS.has(t.toLowerCase())) continue;
      seen.add(t);
      // "Labour Group" in lower case could be any group working on labour; "Rugby Green Party" could not.
      const anyCase = /party|democrat|lib dem|\btor(?:y|ies)\b/i.test(t);
      out.push({ text: t, anyCase, source: 'council' });
    }
  }
  return out;
})();

export const ALL_TERMS: readonly Term[] = [...NATIONAL_TERMS, ...COUNCIL_TERMS];

export const POSITIONS = ['bare', 'sentence', 'job-title'] as const;
export type Position = (typeof POSITIONS)[number];

const SENTENCES = [
  'A letter from the {t} was passed to the service manager.',
  'Officers met representatives of the {t} about the depot.',
  'Leaflets for the {t} were left at the Town Hall reception.',
  'This service works closely with the {t} on local priorities.',
  'Information about the {t} is available from this team.',
  'Contact me about the {t} and its plans for the town centre.'
];
const JOB_TITLES = ['{t} Liaison Officer', 'Support Officer ({t})', 'Campaign Co-ordinator, {t}', 'Officer for the {t}', '{t} Link Officer'];

/** The term in a position, and where it sits in the result: [start, end). */
export function placed(position: Position, term: string, pick: Pick): { text: string; at: [number, number] } {
  if (position === 'bare') return { text: term, at: [0, term.length] };
  const templates = position === 'sentence' ? SENTENCES : JOB_TITLES;
  const t = templates[pick(templates.length)];
  const i = t.indexOf('{t}');
  return { text: t.replace('{t}', term), at: [i, i + term.length] };
}

export function place(position: Position, term: string, pick: Pick): string {
  return placed(position, term, pick).text;
}

/** Party web sites (facts), and the address a group's name makes. */
export const PARTY_SITES: Record<string, string> = {
  'Labour Party': 'labour.org.uk',
  'Conservative Party': 'conservatives.com',
  'Liberal Democrats': 'libdems.org.uk',
  'Green Party': 'greenparty.org.uk',
  'Reform UK': 'reformparty.uk',
  'Scottish National Party': 'snp.org',
  'Plaid Cymru': 'partyof.wales',
  UKIP: 'ukip.org'
};

export function addressFor(term: string, pick: Pick): string {
  const site = PARTY_SITES[term] ?? `${term.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]/g, '')}.org.uk`;
  const forms = [site, `www.${site}`, `https://${site}/join`, `info@${site}`];
  return forms[pick(forms.length)];
}

/** Ways of hiding the dots (and the @) of an address. */
export function obfuscateAddress(address: string, pick: Pick): string {
  const dots = ['[.]', '(.)', ' dot ', '(dot)', ' [dot] ', '{.}'];
  const dot = dots[pick(dots.length)];
  const ats = [' [at] ', '(at)', ' at '];
  return address.replace(/\./g, dot).replace('@', ats[pick(ats.length)]);
}

/** Ordinary words that name a party in political context, each in such a context. */
export const CONTEXT_PARTY_WORDS = ['Labour', 'Conservative', 'Green', 'Independent', 'Reform', 'Liberal Democrat'];
/**
 * Political contexts. `anyCase`: the context alone makes the word a party, so it stays political
 * written in lower case, capitals or Title Case; otherwise only its capital does ("the Independent
 * administration" against "an independent administration").
 */
const CONTEXTS: ReadonlyArray<{ text: string; anyCase: boolean }> = [
  { text: '{w} councillors walked out of the meeting.', anyCase: true },
  { text: 'The {w} candidate for Benn ward spoke at the hustings.', anyCase: true },
  { text: 'Vote {w} on Thursday.', anyCase: true },
  { text: 'The {w} group has tabled an amendment.', anyCase: true },
  { text: 'Cllr Jo Smith ({w}) asked about potholes.', anyCase: true },
  { text: 'She was elected as a {w} councillor in 2021.', anyCase: true },
  { text: 'The {w} administration has cut the grant.', anyCase: false },
  { text: 'A {w} spokesperson said the plan was unaffordable.', anyCase: true }
];

export function inContext(word: string, pick: Pick, anyCaseOnly = false): string {
  const contexts = anyCaseOnly ? CONTEXTS.filter((c) => c.anyCase) : CONTEXTS;
  return contexts[pick(contexts.length)].text.replace('{w}', word);
}

/** Campaign material for the member channel: calls to vote, election imprints, recruiting helpers. */
export const CAMPAIGN_TEMPLATES = [
  'Vote {p} on Thursday 7 May!',
  'Please vote for me on 7 May.',
  'Re-elect Jo Smith for Benn ward on 7 May.',
  'Promoted by Sam Patel on behalf of Jo Smith ({p}), both at 1 High Street, Rugby CV21 2AB.',
  'Promoted by Sam Patel on behalf of {p}, 1 High Street, Rugby.',
  'Published by Sam Patel for {p} at 1 High Street, Rugby.',
  'Printed by Rugby Print Ltd. Promoted by Sam Patel, 1 High Street, Rugby.',
  'Sign up to help our campaign in Benn ward.',
  'Join us leafleting in Hillmorton this Saturday.',
  'We need volunteers to deliver leaflets in Bilton.',
  'Can you spare an hour to help us knock on doors this weekend?',
  'Volunteer for our campaign team and help us win.',
  'Join me canvassing on Saturday morning; meet at the Clock Tower at 10am.',
  'Help us get Jo elected: sign up to deliver leaflets.'
];

export const CAMPAIGN_PARTIES = ['Labour', 'the Conservatives', 'the Liberal Democrats', 'the Green Party', 'Reform UK', 'Rugby Independents'];

export function campaign(pick: Pick): string {
  const t = CAMPAIGN_TEMPLATES[pick(CAMPAIGN_TEMPLATES.length)];
  return t.replace('{p}', CAMPAIGN_PARTIES[pick(CAMPAIGN_PARTIES.length)]);
}
