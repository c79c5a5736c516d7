/**
 * The national parties of the UK: full names, abbreviations and nicknames that always name a
 * party, and the ordinary English words ("Labour", "Green", "Independent", "Reform") that name a
 * party only in political context. Data only; the logic that reads context is in references.ts.
 */

export type ReferenceRule = 'party-name' | 'party-abbreviation' | 'party-nickname' | 'council-group';

export const PARTY = {
  con: 'the Conservative Party',
  lab: 'the Labour Party',
  labCoop: 'Labour and Co-operative',
  coop: 'the Co-operative Party',
  ld: 'the Liberal Democrats',
  grn: 'the Green Party',
  scotGrn: 'the Scottish Greens',
  ref: 'Reform UK',
  brexit: 'the Brexit Party',
  ukip: 'the UK Independence Party',
  snp: 'the Scottish National Party',
  plaid: 'Plaid Cymru',
  dup: 'the Democratic Unionist Party',
  sf: 'Sinn Féin',
  sdlp: 'the Social Democratic and Labour Party',
  alliance: 'the Alliance Party',
  uup: 'the Ulster Unionist Party',
  wep: "the Women's Equality Party",
  workers: 'the Workers Party of Britain',
  yorks: 'the Yorkshire Party',
  heritage: 'the Heritage Party',
  sdp: 'the Social Democratic Party',
  loony: 'the Official Monster Raving Loony Party',
  tusc: 'the Trade Unionist and Socialist Coalition',
  liberal: 'the Liberal Party',
  bnp: 'the British National Party',
  other: 'a political party',
  independent: 'an Independent political affiliation',
  conFaction: 'a Conservative Party faction or organisation',
  labFaction: 'a Labour Party faction or organisation',
  ldFaction: 'a Liberal Democrat faction or organisation',
  momentum: 'Momentum, a Labour Party campaign group',
  democrats: 'a political party (Democrats)',
  unionist: 'a unionist party'
} as const;

/** A term that always names a party. `source` is a regular expression source. */
export interface FixedTerm {
  source: string;
  caseSensitive: boolean;
  rule: 'party-name' | 'party-abbreviation' | 'party-nickname';
  party: string;
}

const S = String.raw`\s+`;
const AND = String.raw`\s+(?:and|&)\s+`;
const COOP = String.raw`Co-?\s?op(?:erative)?`;
/** "Scottish Labour", "New Labour", but not "New Labour Market Statistics". */
const NOT_LABOUR_MARKET = String.raw`(?!\s+(?:[Mm]arkets?|MARKETS?|[Cc]osts?|[Ff]orces?|[Ss]hortages?|[Ss]upply|[Mm]igration|[Ll]aws?|[Mm]obility|[Ss]tatistics|[Rr]ates?|[Hh]ire))`;

function t(rule: FixedTerm['rule'], party: string, caseSensitive: boolean, ...sources: string[]): FixedTerm[] {
  return sources.map((source) => ({ source, caseSensitive, rule, party }));
}

export const FIXED_TERMS: readonly FixedTerm[] = [
  // Full names (case-insensitive).
  ...t('party-name', PARTY.con, false, `Conservatives?${AND}Unionists?(?:${S}Party)?`, `Conservative${S}Party`),
  ...t('party-name', PARTY.labCoop, false, `Labour${AND}${COOP}(?:${S}Party)?`, String.raw`Labour\s*/\s*${COOP}`),
  ...t('party-name', PARTY.lab, false, `Labour${S}Party`),
  ...t('party-name', PARTY.coop, false, `${COOP}${S}Party`),
  ...t('party-name', PARTY.ld, false, `Liberal${S}Democrats?`),
  ...t('party-name', PARTY.scotGrn, false, `Scottish${S}Greens(?:${S}Party)?`, `Scottish${S}Green${S}Party`),
  ...t('party-name', PARTY.brexit, false, `Brexit${S}Party`),
  ...t('party-name', PARTY.ukip, false, `UK${S}Independence${S}Party`),
  ...t('party-name', PARTY.snp, false, `Scottish${S}National${S}Party`),
  ...t('party-name', PARTY.plaid, false, `Plaid${S}Cymru(?:\\s*-\\s*the${S}Party${S}of${S}Wales)?`, `Party${S}of${S}Wales`),
  ...t('party-name', PARTY.dup, false, `Democratic${S}Unionists?(?:${S}Party)?`),
  ...t('party-name', PARTY.uup, false, `Ulster${S}Unionists?(?:${S}Party)?`),
  ...t('party-name', PARTY.sf, false, `Sinn${S}F[eéÉ]in`),
  ...t('party-name', PARTY.sdlp, false, `Social${S}Democratic${AND}Labour${S}Party`),
  ...t('party-name', PARTY.sdp, false, `Social${S}Democratic${S}Party`),
  ...t('party-name', PARTY.wep, false, `Women'?s${S}Equality${S}Party`),
  ...t('party-name', PARTY.bnp, false, `British${S}National${S}Party`),
  ...t('party-name', PARTY.tusc, false, `Trade${S}Unionist${AND}Socialist${S}Coalition`),
  ...t('party-name', PARTY.loony, false, `(?:Official${S})?Monster${S}Raving${S}Loony(?:${S}Party)?`, `Raving${S}Loony(?:${S}Party)?`),
  ...t(
    'party-name',
    PARTY.other,
    false,
    `Traditional${S}Unionist${S}Voice`,
    `Socialist${S}Labour${S}Party`,
    `Socialist${S}Workers'?${S}Party`,
    `Scottish${S}Socialist${S}Party`,
    `Alba${S}Party`,
    `English${S}Democrats`,
    `Christian${S}Peoples?'?${S}Alliance`
  ),
  // Full names whose words are ordinary English: the capitals are required.
  ...t('party-name', PARTY.grn, true, `(?:Green|GREEN)${S}(?:Party|party|PARTY)(?:${S}of${S}England${AND}Wales|${S}of${S}Northern${S}Ireland)?`),
  ...t('party-name', PARTY.ref, true, `(?:Reform|REFORM)${S}(?:UK|U\\.K\\.)`, `(?:Reform|REFORM)${S}(?:Party|party|PARTY)`),
  ...t(
    'party-name',
    PARTY.lab,
    true,
    `(?:Scottish|Welsh|SCOTTISH|WELSH)${S}(?:Labour|LABOUR)${NOT_LABOUR_MARKET}`
  ),
  ...t('party-name', PARTY.con, true, `(?:Scottish|Welsh)${S}Conservatives?`),
  ...t('party-name', PARTY.alliance, true, `(?:Alliance|ALLIANCE)${S}(?:Party|party|PARTY)(?:${S}of${S}Northern${S}Ireland)?`),
  ...t('party-name', PARTY.workers, true, `Workers'?${S}Party(?:${S}of${S}Britain)?`),
  ...t('party-name', PARTY.yorks, true, `Yorkshire${S}Party`),
  ...t('party-name', PARTY.heritage, true, `Heritage${S}Party`),
  ...t('party-name', PARTY.liberal, true, `Liberal${S}Party`),
  ...t('party-name', PARTY.other, true, `People${S}Before${S}Profit`, `Aont[uú]`, `Communist${S}Party(?:${S}of${S}Britain)?`, `Social${S}Democrats`),
  // Constituency and local parties: "Rugby Constituency Labour Party", "Rugby Conservative Association".
  ...t('party-name', PARTY.lab, true, `Constituency${S}Labour(?:${S}Party)?`, String.raw`CLPs?`),
  ...t('party-name', PARTY.con, true, `Conservatives?(?:${AND}Unionists?)?${S}(?:Association|Federation)`, `Constituency${S}Conservatives?`),
  ...t('party-name', PARTY.ld, true, `Constituency${S}Liberal${S}Democrats?`),
  // Factions, wings and campaign groups of the parties, and their youth and women's organisations.
  ...t(
    'party-name',
    PARTY.conFaction,
    true,
    `European${S}Research${S}Group`,
    `Tory${S}Reform${S}Group`,
    `Conservative${S}Way${S}Forward`,
    `One${S}Nation${S}Conservatives`,
    `Common${S}Sense${S}Group`,
    `Northern${S}Research${S}Group`,
    `Conservative${S}Democratic${S}Organisation`,
    `Young${S}Conservatives`,
    `Conservative${S}Future`,
    `Conservative${S}Women'?s${S}Organisation`,
    `Bow${S}Group`,
    `New${S}Conservatives`,
    'ConservativeHome',
    'ERG'
  ),
  ...t(
    'party-name',
    PARTY.labFaction,
    true,
    `Labour${S}(?:First|Together|Students|to${S}Win)`,
    `Young${S}Labour`,
    `Open${S}Labour`,
    `Socialist${S}Campaign${S}Group`,
    `Campaign${S}for${S}Labour${S}Party${S}Democracy`,
    `Fabian${S}Society`,
    'LabourList'
  ),
  ...t('party-name', PARTY.ldFaction, true, `Social${S}Liberal${S}Forum`, `Liberal${S}Reform(?=${S}(?:group|faction|members?|conference)|\\s*$)`, `Young${S}Liberals`, 'Liberator'),
  // Abbreviations.
  ...t('party-abbreviation', PARTY.ld, false, String.raw`Lib\s*-?\s*Dems?`),
  ...t('party-abbreviation', PARTY.ukip, false, 'UKIP'),
  ...t('party-abbreviation', PARTY.snp, true, 'SNP'),
  ...t('party-abbreviation', PARTY.dup, true, 'DUP'),
  ...t('party-abbreviation', PARTY.sdlp, true, 'SDLP'),
  ...t('party-abbreviation', PARTY.tusc, true, 'TUSC'),
  ...t('party-abbreviation', PARTY.uup, true, 'UUP'),
  ...t('party-abbreviation', PARTY.bnp, true, `BNP(?!${S}Paribas)`),
  ...t('party-abbreviation', PARTY.other, true, 'TUV', 'APNI', 'GPEW', 'OMRLP'),
  ...t('party-abbreviation', PARTY.labCoop, true, String.raw`Lab\s*/\s*Co-?op`, `Lab${S}Co-?op`),
  // Nicknames.
  ...t('party-nickname', PARTY.con, false, 'Tor(?:y|ies|yism|yland)', 'Thatcherites?', 'Cameroons', 'Cameronites?', 'Johnsonites?'),
  ...t('party-nickname', PARTY.lab, false, 'Corbynistas?', 'Corbynites?', 'Blairites?', 'Brownites?', 'Starmerites?', 'Starmerists?'),
  ...t('party-nickname', PARTY.ukip, false, 'Faragists?', 'Faragistes'),
  ...t('party-nickname', PARTY.lab, true, `(?:New|Old|Blue|Nu|NEW|OLD)${S}(?:Labour|LABOUR)${NOT_LABOUR_MARKET}`, "Labour's", "LABOUR'S", 'Labourites?'),
  ...t('party-nickname', PARTY.other, true, 'Con-?Dems?', 'CONDEMS?')
];

/** How an ordinary English word becomes a party reference. */
export interface AmbiguousConfig {
  id: string;
  party: string;
  rule: ReferenceRule;
  /** Following words that make it a party on their own ("Labour councillors"). */
  strong: ReadonlySet<string>;
  /** Following words that need a capital, a determiner or a political sentence ("the Green group"). */
  weak: ReadonlySet<string>;
  /** Following words that make even the lower-case word a party ("labour councillors"). */
  lowerStrong: ReadonlySet<string>;
  /** A capitalised mid-sentence use among lower-case words is enough ("won by Labour"). */
  midSentence: boolean;
  /** Capitalised, it always names a party ("Conservatives"). */
  alwaysCapitalised: boolean;
  /** "the Greens": 'loose' fires on lower-case neighbours, 'cue' needs a political sentence. */
  thePlural?: 'loose' | 'cue';
  /** "Labour won", "Reform said": a political verb after it is enough. */
  subjectVerbs: boolean;
  /** May be the subject of a pledge or attack ("Labour will scrap…") without other context. */
  pledge: boolean;
  /** Compounds ("-run", "-led") name a party on their own, or only before a council noun. */
  compound: 'always' | 'noun';
  /** Following words that make it ordinary English ("Labour costs", "Conservative estimate"). */
  common: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean));

/** Titles written in capitals: "Labour MP", "Green MSP". Matched only when written in capitals. */
export const CAPS_TITLES = set('mp mps mep meps msp msps ms mss mla mlas am ams pcc');

const FULL_STRONG = set(`councillor councillors cllr cllrs mp mps mep meps msp msps ms mss mla mlas am ams pcc
  candidate candidates government govt administration administrations party group groups leader leaders leadership
  voters voter supporters supporter activists activist campaigners campaign campaigns manifesto peer peers minister
  ministers whip whips majority minority gain gains hold seat seats council councils opposition mayor spokesperson
  spokesman spokeswoman politician politicians member members association associations branch branches heartland
  heartlands stronghold strongholds vote votes victory landslide cabinet colleague colleagues frontbench frontbencher
  frontbenchers backbench backbencher backbenchers shadow grandee grandees donor donors membership conference policy
  policies pledge pledges control nominee nominees challenger hopeful hopefuls incumbent agent agents chair chairman
  selection mayoral`);
/**
 * Following words that name a party even inside a run of capitals ("Rugby Labour councillors");
 * the others ("Agency Labour policy", "International Labour Conference") do not.
 */
export const CORE_FOLLOW = set(`councillor councillors cllr cllrs mp mps mep meps msp msps ms mss mla mlas am ams pcc
  candidate candidates government govt party group voters voter supporters activists manifesto peer peers minister
  ministers whip whips gain gains hold seat seats spokesperson spokesman spokeswoman politician politicians
  administration leader leaders leadership majority minority opposition mayor heartland heartlands stronghold
  strongholds frontbench frontbencher frontbenchers backbench backbencher backbenchers grandee grandees donor donors
  nominee nominees hopeful hopefuls mayoral co-leader co-leaders members member council councils`);
const PARTY_STRONG = set(`councillor councillors cllr cllrs mp mps mep meps msp msps ms mss mla mlas am ams pcc
  candidate candidates party voters voter government govt manifesto peer peers politician politicians gain gains hold
  seat seats majority minority spokesperson spokesman spokeswoman whip whips co-leader co-leaders nominee nominees
  hopeful hopefuls mayoral`);
const PARTY_WEAK = set(`group groups leader leaders leadership members member council councils administration
  supporters supporter activists campaigners conference policy policies colleagues colleague vote cabinet opposition
  coalition association branch mayor minister ministers`);
/**
 * Following words that make a party of the word whatever its case ("labour councillors", "THE
 * REFORM CANDIDATE", "A Green Spokesperson"): people and posts of party politics.
 */
const CONTEXT_STRONG = set(`councillor councillors cllr cllrs mp mps candidate candidates voters supporters activists
  manifesto spokesperson spokesman spokeswoman spokespeople administration mayoral peer peers whip whips`);
const LOWER_STRONG = set(`${[...CONTEXT_STRONG].join(' ')} government govt party group groups leader leadership gain
  gains hold seat seats majority minister ministers`);
const NONE: ReadonlySet<string> = new Set();

const LABOUR_COMMON = set(`costs cost market markets shortage shortages force forces rate rates hours supply law laws
  relations turnover intensive saving savings charge charges element content only day requirement requirements
  productivity mobility pool pools agency agencies exploitation standards rights and`);
const CONSERVATIVE_COMMON = set(`estimate estimates approach figure figures assumption assumptions view views scenario
  scenarios forecast forecasts projection projections basis side measure measures reading assessment`);

function config(id: string, party: string, over: Partial<AmbiguousConfig>): AmbiguousConfig {
  return {
    id,
    party,
    rule: 'party-name',
    strong: PARTY_STRONG,
    weak: PARTY_WEAK,
    lowerStrong: NONE,
    midSentence: false,
    alwaysCapitalised: false,
    subjectVerbs: false,
    pledge: false,
    compound: 'noun',
    common: NONE,
    ...over
  };
}

const LABOUR = config('labour', PARTY.lab, {
  strong: FULL_STRONG, weak: NONE, lowerStrong: LOWER_STRONG, midSentence: true, subjectVerbs: true, pledge: true,
  compound: 'always', common: LABOUR_COMMON
});
const CONSERVATIVE = config('conservative', PARTY.con, {
  strong: FULL_STRONG, weak: NONE, lowerStrong: LOWER_STRONG, midSentence: true, pledge: true, compound: 'always',
  common: CONSERVATIVE_COMMON
});
const CONSERVATIVES = config('conservatives', PARTY.con, {
  strong: FULL_STRONG, weak: NONE, lowerStrong: LOWER_STRONG, alwaysCapitalised: true, subjectVerbs: true, pledge: true,
  compound: 'always'
});
const CS = CONTEXT_STRONG;
const GREEN = config('green', PARTY.grn, { lowerStrong: CS });
const GREENS = config('greens', PARTY.grn, { thePlural: 'loose', subjectVerbs: true, pledge: true, lowerStrong: CS });
const LIBERAL = config('liberal', PARTY.liberal, { lowerStrong: CS });
const LIBERALS = config('liberals', PARTY.liberal, { thePlural: 'cue', subjectVerbs: true, lowerStrong: CS });
const INDEPENDENT_PEOPLE = 'councillor councillors cllr cllrs candidate candidates mp mps spokesperson spokesman spokeswoman';
const INDEPENDENT = config('independent', PARTY.independent, {
  strong: set(`${INDEPENDENT_PEOPLE} gain gains hold seat seats`),
  weak: set('group groups leader alliance administration coalition voters supporters'),
  lowerStrong: set(INDEPENDENT_PEOPLE)
});
const INDEPENDENTS = config('independents', PARTY.independent, {
  strong: set('councillor councillors candidate candidates gain gains hold seat seats'),
  weak: set('group groups leader alliance administration coalition voters supporters'),
  thePlural: 'cue', subjectVerbs: true, lowerStrong: set(INDEPENDENT_PEOPLE)
});
const REFORM = config('reform', PARTY.ref, { subjectVerbs: true, common: set('of to act bill programme agenda'), lowerStrong: CS });
const REFORMERS = config('reformers', PARTY.ref, { thePlural: 'cue', rule: 'party-nickname' });
const ALLIANCE = config('alliance', PARTY.alliance, { strong: set('councillor councillors cllr candidate candidates mp mps mla mlas party') });
const DEMOCRATS = config('democrats', PARTY.democrats, { thePlural: 'cue', subjectVerbs: true });
const COOPERATIVE = config('co-operative', PARTY.coop, {
  strong: set('councillor councillors cllr candidate candidates mp mps party'), weak: NONE
});
const UNIONISTS = config('unionists', PARTY.unionist, { thePlural: 'cue', subjectVerbs: true });
const PLAID = config('plaid', PARTY.plaid, { strong: FULL_STRONG, weak: NONE, midSentence: true, subjectVerbs: true, pledge: true, compound: 'always', lowerStrong: LOWER_STRONG });
const NICKNAME_CUE = { thePlural: 'cue' as const, rule: 'party-nickname' as const, weak: NONE };
const KIPPERS = config('kippers', PARTY.ukip, NICKNAME_CUE);
const NATS = config('nats', PARTY.snp, NICKNAME_CUE);
const REDS = config('reds', PARTY.lab, NICKNAME_CUE);
/** "Momentum" capitalised mid-sentence, or before "activists", "members"…; "momentum" is ordinary English. */
const MOMENTUM = config('momentum', PARTY.momentum, {
  midSentence: true,
  strong: set('activists activist members member supporters supporter group groups branch branches candidate candidates slate founder organiser organisers'),
  lowerStrong: set('activists activist supporters supporter branch branches slate'),
  weak: NONE,
  compound: 'always'
});

/** Ordinary words that may name a party, by lower-case form. */
export const AMBIGUOUS: ReadonlyMap<string, AmbiguousConfig> = new Map([
  ['labour', LABOUR],
  ['conservative', CONSERVATIVE],
  ['conservatives', CONSERVATIVES],
  ['green', GREEN],
  ['greens', GREENS],
  ['liberal', LIBERAL],
  ['liberals', LIBERALS],
  ['independent', INDEPENDENT],
  ['independents', INDEPENDENTS],
  ['reform', REFORM],
  ['reformers', REFORMERS],
  ['alliance', ALLIANCE],
  ['democrat', config('democrat', PARTY.democrats, {})],
  ['democrats', DEMOCRATS],
  ['co-operative', COOPERATIVE],
  ['cooperative', COOPERATIVE],
  ['unionist', config('unionist', PARTY.unionist, {})],
  ['unionists', UNIONISTS],
  ['plaid', PLAID],
  ['kippers', KIPPERS],
  ['nats', NATS],
  ['reds', REDS],
  ['momentum', MOMENTUM]
]);

/** Source of the ambiguous-word candidates: capitalised, or all capitals. */
export const AMBIGUOUS_SOURCE = String.raw`(?:Labour|Conservatives?|Greens?|Liberals?|Independents?|Reform|Reformers|Alliance|Democrats?|Co-?operative|Unionists?|Plaid|Kippers|Nats|Reds|Momentum|LABOUR|CONSERVATIVES?|GREENS?|LIBERALS?|INDEPENDENTS?|REFORM|ALLIANCE|PLAID|MOMENTUM)`;
/** Lower-case forms that can still name a party before "councillors", "party" and so on. */
export const LOWER_SOURCE = String.raw`(?:labour|conservatives?|greens?|liberals?|independents?|reform|plaid|momentum)`;

/** Short forms used in election results and lists of councillors: "Cllr Jo Smith (Con)", "Lab gain". */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['Lab', PARTY.lab], ['LAB', PARTY.lab], ['Con', PARTY.con], ['CON', PARTY.con], ['LD', PARTY.ld], ['Lib', PARTY.ld],
  ['Grn', PARTY.grn], ['GRN', PARTY.grn], ['Ind', PARTY.independent], ['IND', PARTY.independent], ['Ref', PARTY.ref],
  ['RUK', PARTY.ref], ['SDP', PARTY.sdp]
]);
export const ABBREVIATION_SOURCE = String.raw`(?:Lab|LAB|Con|CON|LD|Lib|Grn|GRN|Ind|IND|Ref|RUK|SDP)`;
export const ABBREVIATION_FOLLOW = set('councillor councillors cllr cllrs candidate candidates mp mps gain hold majority group members');

/** Words between a party word and its noun that may be skipped: "Labour county councillor". */
export const SKIPPABLE = set('county borough district parish town city ward local deputy former shadow prospective parliamentary new newly');

/** Verbs that make a capitalised party word the subject of political news: "Labour won", "Reform said". */
export const SUBJECT_VERBS = set(`won wins gained gains lost loses took takes controls controlled runs ran formed forms
  pledged pledges promised promises vowed vows says said claims claimed wants wanted proposes proposed opposes opposed
  backed backs supports supported voted votes abstained announced accused accuses criticised criticized blamed blames
  attacked attacks argued argues insisted insists retained regained selected nominated launched unveiled campaigned
  campaigns defended seized gained swept topped called calls demanded demands urged urges tabled condemned slammed
  welcomed questioned challenged`);

/** "Labour is calling for…", "the Greens are fielding…". */
export const PROGRESSIVE_VERBS = set(`calling urging demanding proposing promising pledging campaigning opposing backing
  fielding standing blaming accusing criticising criticizing vowing leading targeting`);

/** Words that make a sentence political. */
export const POLITICAL_CUES = set(`councillor councillors cllr cllrs election elections by-election elected vote votes
  voted voting voters seat seats party parties manifesto campaign campaigns campaigned campaigning candidate candidates
  mp mps government opposition majority coalition won lost gained defeated polls ballot ballots leader group
  administration politics political politician politicians hustings canvassing constituency minister ministers
  westminster parliament`);
/** The subset that is political without the help of anything else ("won" is also used of football). */
export const STRONG_CUES = set(`councillor councillors cllr cllrs election elections by-election vote votes voted voting
  voters seat seats party parties manifesto candidate candidates mp mps government opposition coalition ballot polls
  hustings canvassing constituency political politics politician politicians amendment amendments tabled`);

/** Cues for nicknames that are also ordinary words ("the Reds" of football, "kippers" for breakfast). */
export const NICKNAME_CUES: ReadonlySet<string> = new Set([...STRONG_CUES, 'ward', 'wards', 'councils', 'council']);

/** Web sites of the national parties (and anything under them). */
export const PARTY_DOMAINS: ReadonlyMap<string, string> = new Map([
  ['labour.org.uk', PARTY.lab], ['labour.co.uk', PARTY.lab], ['scottishlabour.org.uk', PARTY.lab],
  ['welshlabour.wales', PARTY.lab], ['conservatives.com', PARTY.con], ['conservatives.org.uk', PARTY.con],
  ['conservatives.wales', PARTY.con], ['scottishconservatives.com', PARTY.con], ['libdems.org.uk', PARTY.ld],
  ['libdems.org', PARTY.ld], ['greenparty.org.uk', PARTY.grn], ['greens.scot', PARTY.scotGrn],
  ['scottishgreens.org.uk', PARTY.scotGrn], ['reformparty.uk', PARTY.ref], ['reformuk.org', PARTY.ref],
  ['brexitparty.org', PARTY.brexit], ['snp.org', PARTY.snp], ['partyof.wales', PARTY.plaid], ['plaid.cymru', PARTY.plaid],
  ['ukip.org', PARTY.ukip], ['mydup.com', PARTY.dup], ['sinnfein.ie', PARTY.sf], ['sdlp.ie', PARTY.sdlp],
  ['allianceparty.org', PARTY.alliance], ['uup.org', PARTY.uup], ['womensequality.org.uk', PARTY.wep],
  ['workerspartybritain.org', PARTY.workers], ['yorkshireparty.org.uk', PARTY.yorks], ['heritageparty.org', PARTY.heritage],
  ['sdp.org.uk', PARTY.sdp], ['party.coop', PARTY.coop], ['tusc.org.uk', PARTY.tusc],
  ['officialmonsterravingloony.co.uk', PARTY.loony], ['englishdemocrats.party', PARTY.other]
]);
