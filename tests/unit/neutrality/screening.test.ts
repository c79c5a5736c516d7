/**
 * The free-text screen: every rule, both channels, offsets, messages, the council's groups,
 * normalisation and speed. The large tables of ordinary and political sentences are in
 * screening-cases.test.ts.
 */
import { PROTOCOL } from '../../../src/domain/neutrality/protocol';
import {
  createScreener,
  screenText,
  SCREENING_RULES,
  type PoliticalGroupTerms,
  type ScreeningFinding,
  type ScreeningResult
} from '../../../src/domain/neutrality/screening';

const officer = (text: string, groups?: PoliticalGroupTerms[]): ScreeningResult => screenText(text, 'officer-owned', { groups });
const member = (text: string, groups?: PoliticalGroupTerms[]): ScreeningResult => screenText(text, 'member-profile', { groups });
const pairs = (r: ScreeningResult): Array<[string, string]> => r.findings.map((f) => [f.rule, f.match]);

function expectWellFormed(text: string, r: ScreeningResult): void {
  expect(r.allowed).toBe(r.findings.length === 0);
  let last = -1;
  for (const f of r.findings) {
    expect(Object.keys(f)).toEqual(['rule', 'match', 'start', 'end', 'message']);
    expect(SCREENING_RULES).toContain(f.rule);
    expect(text.slice(f.start, f.end)).toBe(f.match);
    expect(f.end).toBeGreaterThan(f.start);
    expect(f.start).toBeGreaterThanOrEqual(last);
    last = f.start;
  }
  // Never the same span twice.
  const spans = r.findings.map((f) => `${f.start}:${f.end}`);
  expect(new Set(spans).size).toBe(spans.length);
}

describe('party-name', () => {
  it.each([
    ['The Labour Party will hold a meeting.', 'Labour Party'],
    ['The Conservative and Unionist Party was founded in 1834.', 'Conservative and Unionist Party'],
    ['Liberal Democrats called for a review.', 'Liberal Democrats'],
    ['Reform UK has selected a candidate.', 'Reform UK'],
    ['The Green Party of England and Wales stood in every ward.', 'Green Party of England and Wales'],
    ['Plaid Cymru won the seat.', 'Plaid Cymru'],
    ['Sinn Féin and Sinn Fein are both spelt here.', 'Sinn Féin'],
    ['Scottish Greens proposed the amendment.', 'Scottish Greens'],
    ['The Women\u2019s Equality Party stood two candidates.', 'Women\u2019s Equality Party'],
    ['The Official Monster Raving Loony Party stood in Rugby.', 'Official Monster Raving Loony Party'],
    ['A Labour and Co-operative councillor chairs the panel.', 'Labour and Co-operative']
  ])('%s', (text, match) => {
    const r = officer(text);
    expectWellFormed(text, r);
    expect(pairs(r)).toContainEqual(['party-name', match]);
  });

  it('ordinary words name a party only in political context', () => {
    expect(pairs(officer('Labour councillors walked out.'))).toEqual([['party-name', 'Labour']]);
    expect(pairs(officer('the labour councillors walked out'))).toEqual([['party-name', 'labour']]);
    expect(pairs(officer('The Conservatives have run the council since 2019.'))).toEqual([['party-name', 'Conservatives']]);
    expect(pairs(officer('A Green councillor proposed the motion.'))).toEqual([['party-name', 'Green']]);
    expect(pairs(officer('Independent councillor Jo Smith asked a question.'))).toEqual([['party-name', 'Independent']]);
    expect(pairs(officer('Labour and the Conservatives backed it.'))).toEqual([
      ['party-name', 'Labour'],
      ['party-name', 'Conservatives']
    ]);
    expect(officer('Labour costs rose, a conservative estimate, an independent review, green waste, reform of the service').allowed).toBe(true);
    expect(officer('Green Lane, the Green Flag award, Labour Day, the Independent Remuneration Panel').allowed).toBe(true);
  });
});

describe('party-abbreviation', () => {
  it.each([
    ['The SNP opposed it.', 'SNP'],
    ['UKIP stood in 2015.', 'UKIP'],
    ['The DUP and the SDLP met.', 'DUP'],
    ['The Lib Dems want to reopen the tip.', 'Lib Dems'],
    ['The LibDems want to reopen the tip.', 'LibDems'],
    ['TUSC stood one candidate.', 'TUSC'],
    ['Cllr Jo Smith (Lab) asked about potholes.', 'Lab'],
    ['Cllr Sam Patel (Con) chaired the meeting.', 'Con'],
    ['Benn: Lab gain from Con.', 'Lab'],
    ['Dunsmore: Con hold.', 'Con'],
    ['Hillmorton: LD gain.', 'LD']
  ])('%s', (text, match) => {
    const r = officer(text);
    expectWellFormed(text, r);
    expect(pairs(r)).toContainEqual(['party-abbreviation', match]);
  });

  it('"Con", "Lab" and "LD" alone are not party abbreviations', () => {
    for (const text of [
      'The lab results are due on Monday.',
      'Lab 3 is booked for the training session.',
      'The Con Court meeting room is on the second floor.',
      'Support for adults with LD is commissioned by the county.',
      'A snap decision was made.'
    ]) {
      expect(officer(text)).toEqual({ allowed: true, findings: [] });
    }
  });
});

describe('party-nickname', () => {
  it.each([
    ['The Tories have cut funding.', 'Tories'],
    ['A Tory councillor raised it.', 'Tory'],
    ["Labour's plans were published.", "Labour's"],
    ['New Labour introduced it in 1998.', 'New Labour'],
    ['Corbynistas have taken over the branch.', 'Corbynistas'],
    ['The Labour-run council in Coventry adopted it.', 'Labour-run'],
    ['The Tory-run county council disagreed.', 'Tory-run'],
    ['Our Lib Dem-controlled neighbours did the same.', 'Lib Dem-controlled'],
    ['A Conservative-led council took control.', 'Conservative-led']
  ])('%s', (text, match) => {
    const r = officer(text);
    expectWellFormed(text, r);
    expect(pairs(r)).toContainEqual(['party-nickname', match]);
  });

  it('"Tory" inside other words is not a nickname', () => {
    expect(officer('The history of the territory is in the directory at the laboratory.').allowed).toBe(true);
  });
});

describe('party-hashtag', () => {
  it('flags party and election hashtags in officer channels', () => {
    expect(pairs(officer('Great night #LibDems'))).toEqual([['party-hashtag', '#LibDems']]);
    expect(pairs(officer('#GE2024 results are in'))).toEqual([['party-hashtag', '#GE2024']]);
    expect(pairs(officer('Out today #VoteLabour'))).toEqual([['party-hashtag', '#VoteLabour']]);
    expect(pairs(officer('#ToriesOut'))).toEqual([['party-hashtag', '#ToriesOut']]);
  });
  it('flags only campaigning hashtags on member profiles', () => {
    expect(member('Great night #LibDems').allowed).toBe(true);
    expect(member('#GE2024 results are in').allowed).toBe(true);
    expect(pairs(member('Out today #VoteLabour'))).toEqual([['party-hashtag', '#VoteLabour']]);
    expect(pairs(member('Enough #ToriesOut'))).toEqual([['party-hashtag', '#ToriesOut']]);
  });
  it('leaves council hashtags alone', () => {
    expect(officer('#RegisterToVote #GreenWaste #RecycleWeek #LocalElections2024 #PollingDay #Rugby').allowed).toBe(true);
  });
});

describe('party-web-address', () => {
  it.each([
    ['Join at https://labour.org.uk/join today.', 'https://labour.org.uk/join'],
    ['See www.conservatives.com for more.', 'www.conservatives.com'],
    ['Visit rugby.libdems.org.uk/news.', 'rugby.libdems.org.uk/news'],
    ['greenparty.org.uk has the manifesto', 'greenparty.org.uk'],
    ['Go to reformparty.uk now', 'reformparty.uk'],
    ['More at snp.org and plaid.cymru', 'snp.org'],
    ['Local news: rugbylabour.org.uk', 'rugbylabour.org.uk'],
    ['Follow @RugbyTories for updates.', '@RugbyTories'],
    ['It is on facebook.com/RugbyLibDems now.', 'facebook.com/RugbyLibDems'],
    ['Email agent@libdems.org.uk to help.', 'agent@libdems.org.uk']
  ])('%s', (text, match) => {
    for (const r of [officer(text), member(text)]) {
      expectWellFormed(text, r);
      expect(pairs(r)).toContainEqual(['party-web-address', match]);
    }
  });
  it('leaves council and neutral addresses alone', () => {
    for (const text of [
      'Visit www.rugby.gov.uk/green-waste or email bins@rugby.gov.uk.',
      'The Electoral Commission is at electoralcommission.org.uk.',
      'Follow @RugbyBC and see rugbyhistory.org.uk.',
      'See https://www.legislation.gov.uk/ukpga/1989/42 for the Act.'
    ]) {
      expect(officer(text).allowed).toBe(true);
    }
  });
});

describe('electioneering', () => {
  it.each([
    ['Vote Labour on 2 May!', 'Vote Labour'],
    ['Please vote for me on Thursday.', 'vote for me'],
    ["Don't vote Conservative.", 'vote Conservative'],
    ['Re-elect Councillor Smith on 2 May.', 'Re-elect Councillor Smith'],
    ['Elect a Green councillor for Benn.', 'Elect a Green'],
    ['Keep Rugby Conservative!', 'Keep Rugby Conservative'],
    ['Kick the Tories out!', 'Kick the Tories out'],
    ['Labour out!', 'Labour out'],
    ['Support our candidate in the by-election.', 'Support our candidate'],
    ['Donate to our campaign today.', 'Donate to our campaign'],
    ['Help us win Benn ward!', 'Help us win'],
    ['Our manifesto promises lower fees.', 'Our manifesto'],
    ['Only we can fix the roads.', 'Only we can'],
    ['Labour will scrap the charge.', 'Labour will scrap'],
    ['Under the Conservatives the council has failed.', 'Under the Conservatives the council has failed'],
    ['I have been out canvassing in Hillmorton.', 'I have been out canvassing'],
    ['As your candidate I will listen.', 'As your candidate'],
    ['Sign our petition to stop the council.', 'Sign our petition'],
    ['Tory cuts have hit Rugby.', 'Tory cuts']
  ])('%s', (text, match) => {
    for (const r of [officer(text), member(text)]) {
      expectWellFormed(text, r);
      expect(pairs(r)).toContainEqual(['electioneering', match]);
    }
  });

  it.each([
    'Register to vote by 16 April.',
    'How to vote by post.',
    'Polling stations open 7am to 10pm.',
    'The count will take place at the Benn Hall.',
    "Candidates' nomination papers are due by noon.",
    'The vote at Full Council was 25 to 12.',
    'Members voted to approve the budget.',
    'The Cabinet elected a vice-chair.',
    'The campaign to reduce litter starts in June.',
    "The council's recycling campaign is working.",
    'Support for carers is available.',
    'The election of a new Mayor will be on 20 May.',
    'Members will vote for a new chair at the annual meeting.',
    'Council will be asked to elect Councillor Jo Smith as Mayor.'
  ])('neutral civic language passes in both channels: %s', (text) => {
    expect(officer(text).findings).toEqual([]);
    expect(member(text).findings).toEqual([]);
  });
});

describe('channels', () => {
  it('member profiles may state a party as a fact', () => {
    const text = 'I am the Labour councillor for Benn ward and Conservative? No: Labour Group whip.';
    expect(member(text)).toEqual({ allowed: true, findings: [] });
    expect(officer(text).allowed).toBe(false);
  });
  it('member profiles report only electioneering, campaigning hashtags and party web addresses', () => {
    const text = 'Labour councillor. Vote Labour! #VoteLabour #LabourDoorstep labour.org.uk The Tories have failed.';
    const m = member(text);
    expectWellFormed(text, m);
    expect(new Set(m.findings.map((f) => f.rule))).toEqual(new Set(['electioneering', 'party-hashtag', 'party-web-address']));
    const o = officer(text);
    expectWellFormed(text, o);
    expect(o.findings.length).toBeGreaterThan(m.findings.length);
    expect(o.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['party-name', 'party-nickname', 'electioneering']));
  });
  it('rejects an unknown channel', () => {
    expect(() => screenText('text', 'public' as never)).toThrow(/Unknown channel/);
  });
});

describe('messages', () => {
  it('names the reason, quotes the match and cites the protocol clause', () => {
    const [f] = officer('The Labour Party will meet.').findings;
    expect(f.message).toBe(
      `Names a political party ("Labour Party"). Party-political content belongs in members' own channels, not officer-owned ones — ${PROTOCOL.ownChannels.cite}.`
    );
  });
  it('every officer-channel message cites the own-channels clause', () => {
    const text = 'Vote Labour! The Tories (Con) and the SNP, #ToriesOut, labour.org.uk, the Rugby Independents.';
    const r = officer(text, [{ name: 'Rugby Independents' }]);
    expect(new Set(r.findings.map((f) => f.rule)).size).toBe(SCREENING_RULES.length);
    for (const f of r.findings) {
      expect(f.message).toContain(PROTOCOL.ownChannels.cite);
      expect(f.message).toContain(`"${f.match}"`);
    }
  });
  it('member-channel messages explain that profiles must not campaign, citing the publicity code', () => {
    for (const f of member('Vote Labour! #VoteLabour labour.org.uk').findings) {
      expect(f.message).toContain(PROTOCOL.publicityCode.cite);
      expect(f.message).toMatch(/must not campaign/);
    }
  });
});

describe('offsets are UTF-16 offsets into the original text', () => {
  it.each([
    'Labour\u2019s plans \u2014 and the T0ries\u2019 reply.',
    '\u{1F5F3}\uFE0F Vote\u00A0Labour on 2\u00A0May! \u{1F389}',
    'The Tor\u00ADies and the Lib\u200BDems met.',
    'Line one.\r\nVote   Labour\r\n#VoteLabour',
    '\u201CKick the Tories out!\u201D said the leaflet.',
    'caf\u00E9 owners \u2013 Liberal\u2011Democrats \u2013 and L@bour councillors'
  ])('%s', (text) => {
    const r = officer(text);
    expectWellFormed(text, r);
    expect(r.allowed).toBe(false);
  });
  it('maps spans across removed invisible characters', () => {
    const text = 'The Tor\u00ADies met.';
    const [f] = officer(text).findings;
    expect(f).toMatchObject({ rule: 'party-nickname', match: 'Tor\u00ADies', start: 4, end: 11 });
  });
  it('reports a party named inside a call to vote once as each rule, sorted by start', () => {
    const r = officer('Please Vote Labour.');
    expect(r.findings.map((f) => [f.rule, f.start, f.end])).toEqual([
      ['electioneering', 7, 18],
      ['party-name', 12, 18]
    ]);
  });
});

describe('council groups', () => {
  const groups: PoliticalGroupTerms[] = [
    { name: 'Rugby Independents Group', shortName: 'RIG', aliases: ['Rugby Independents', 'Independents'] },
    { name: 'Rugby Residents\u2019 Association', shortName: 'RRA' },
    { name: 'Labour Group', shortName: 'LAB' },
    { name: 'Dunchurch First', shortName: 'Df' },
    { name: 'Newbold Independent Alliance', shortName: 'Ind' }
  ];
  const screener = createScreener({ groups });
  const o = (text: string): Array<[string, string]> => pairs(screener.screen(text, 'officer-owned'));

  it('matches names and aliases case-insensitively, whole words, tolerant of spacing, hyphens and apostrophes', () => {
    expect(o('A statement from the Rugby Independents Group.')).toEqual([['council-group', 'Rugby Independents Group']]);
    expect(o("The Rugby Independents' leader spoke.")).toEqual([['council-group', "Rugby Independents'"]]);
    expect(o('the rugby  independents asked')).toEqual([['council-group', 'rugby  independents']]);
    expect(o('The Rugby-Independents met.')).toEqual([['council-group', 'Rugby-Independents']]);
    expect(o('Rugby Residents Association and Rugby Residents\u2019 Association')).toEqual([
      ['council-group', 'Rugby Residents Association'],
      ['council-group', 'Rugby Residents\u2019 Association']
    ]);
    expect(o('Dunchurch First has asked for a briefing.')).toEqual([['council-group', 'Dunchurch First']]);
    expect(o('The Rugby Independentsville fete')).toEqual([]);
  });
  it('matches all-capital short names only in capitals, as whole tokens', () => {
    expect(o('RIG members voted against.')).toEqual([['council-group', 'RIG']]);
    expect(o('The drilling rig was removed; the Rig Lane works; RIGHT of way.')).toEqual([]);
    expect(o('LAB members asked.')).toEqual([['council-group', 'LAB']]);
    expect(o('The lab and the Lab are fine.')).toEqual([]);
  });
  it('needs context for short names and aliases that are ordinary words', () => {
    expect(o('The Independents voted against the budget.')).toEqual([['council-group', 'Independents']]);
    expect(o('An independent review; independents in the retail sector.')).toEqual([]);
    expect(o('Ind councillors asked.')).toEqual([['council-group', 'Ind']]);
    expect(o('Cllr Jo Smith (Ind) asked.')).toEqual([['council-group', 'Ind']]);
    expect(o('Ind. Est. units and the Ind category are fine.')).toEqual([]);
  });
  it('matches short names that are not words case-sensitively, as whole tokens', () => {
    expect(o('Df is fine.')).toEqual([['council-group', 'Df']]);
    expect(o('The DF and df and Dfx are not it.')).toEqual([]);
  });
  it('names "Labour Group" as the council group rather than the national party', () => {
    expect(o('The Labour Group tabled an amendment.')).toEqual([['council-group', 'Labour Group']]);
  });
  it('finds the groups in web addresses, handles and hashtags', () => {
    expect(o('See rugbyindependents.org.uk')).toEqual([['party-web-address', 'rugbyindependents.org.uk']]);
    expect(o('Follow @RugbyIndependents')).toEqual([['party-web-address', '@RugbyIndependents']]);
    expect(o('#VoteRIG')).toEqual([['party-hashtag', '#VoteRIG']]);
    expect(pairs(screener.screen('#VoteRIG', 'member-profile'))).toEqual([['party-hashtag', '#VoteRIG']]);
  });
  it('uses the groups in electioneering', () => {
    expect(pairs(screener.screen('Vote for the Rugby Independents on 2 May!', 'member-profile'))).toEqual([
      ['electioneering', 'Vote for the Rugby Independents']
    ]);
  });
  it('lets a member state their group', () => {
    expect(screener.screen('I am the Rugby Independents councillor for Benn and RIG whip.', 'member-profile').allowed).toBe(true);
  });
  it('names the group in the message', () => {
    const [f] = screener.screen('RIG members voted against.', 'officer-owned').findings;
    expect(f.message).toContain('Rugby Independents Group');
    expect(f.message).toContain(PROTOCOL.ownChannels.cite);
  });
  it('keeps groups to the screener that was given them', () => {
    expect(createScreener().screen('The Rugby Independents met.', 'officer-owned').allowed).toBe(true);
    expect(screenText('The Rugby Independents met.', 'officer-owned').allowed).toBe(true);
  });
  it('ignores blank and malformed terms', () => {
    const s = createScreener({ groups: [{ name: '' }, { name: 'X' }, { name: 'Valid Group', aliases: ['', ' '] }] as PoliticalGroupTerms[] });
    expect(s.screen('Some text about the Valid Group.', 'officer-owned').findings.map((f) => f.match)).toEqual(['Valid Group']);
  });
});

describe('robustness', () => {
  it('allows empty and blank text', () => {
    expect(officer('')).toEqual({ allowed: true, findings: [] });
    expect(officer(' \n\t ')).toEqual({ allowed: true, findings: [] });
  });
  it('is case-insensitive where it should be', () => {
    expect(officer('VOTE LABOUR ON THURSDAY').allowed).toBe(false);
    expect(officer('GREEN WASTE COLLECTIONS RESUME').allowed).toBe(true);
    expect(officer('the tories and the lib dems').findings.map((f) => f.rule)).toEqual(['party-nickname', 'party-abbreviation']);
  });
  it('copes with a long text', () => {
    const text = 'Green waste is collected on Mondays. '.repeat(3000) + 'Vote Labour!';
    const r = officer(text);
    expectWellFormed(text, r);
    expect(pairs(r)).toEqual([
      ['electioneering', 'Vote Labour'],
      ['party-name', 'Labour']
    ]);
  });
});

describe('speed', () => {
  it('screens a 2,000-character text in well under 1 ms with ten council groups', () => {
    const groups = Array.from({ length: 10 }, (_, i) => ({
      name: `Rugby Group ${i} Alliance`,
      shortName: `G${i}X`,
      aliases: [`Rugby Alias ${i}`, `Ward ${i} Independents`]
    }));
    const screener = createScreener({ groups });
    const base =
      'The green waste service is run by officers. Labour costs rose by 6% and the Conservatives said it was too much. ' +
      'Vote for me on 2 May! Visit www.rugby.gov.uk/bins or follow @RugbyBC #RecycleWeek. Cllr Jo Smith (Lab) asked about an independent review. ';
    const text = base.repeat(Math.ceil(2000 / base.length)).slice(0, 2000);
    for (let i = 0; i < 200; i++) screener.screen(text, 'officer-owned');
    // The best of several batches, so that a busy machine does not make the test flaky.
    let best = Infinity;
    let findings: ScreeningFinding[] = [];
    for (let batch = 0; batch < 5; batch++) {
      const runs = 100;
      const t0 = performance.now();
      for (let i = 0; i < runs; i++) findings = screener.screen(text, i % 2 ? 'officer-owned' : 'member-profile').findings;
      best = Math.min(best, (performance.now() - t0) / runs);
    }
    expect(findings.length).toBeGreaterThan(0);
    expect(best).toBeLessThan(1);
  });
});
