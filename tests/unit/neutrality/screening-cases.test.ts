/**
 * Large tables: ordinary council language that must pass in the officer channel, and varied
 * party-political text that must be caught. Written from the rules, not from the implementation.
 */
import { createScreener, screenText, type ScreeningRule } from '../../../src/domain/neutrality/screening';

const describeFindings = (text: string, channel: 'officer-owned' | 'member-profile'): string =>
  JSON.stringify(screenText(text, channel).findings.map((f) => [f.rule, f.match]));

// At least 60 ordinary council sentences: waste, housing, planning, licensing, elections, HR, finance.
const ORDINARY: string[] = [
  // Waste and environment
  'Green waste collections resume on Monday 3 March.',
  'Please put your green bin out by 7am on your collection day.',
  'The green waste subscription costs £45 a year.',
  'Missed bin collections on Green Lane will be collected tomorrow.',
  'Fly-tipping on the green belt will be prosecuted.',
  'Garden waste is collected fortnightly from April to November.',
  'Recycling centres will close early on Christmas Eve.',
  'Join our campaign to reduce litter in the town centre.',
  "The council's recycling campaign has increased participation by 8%.",
  'Help us win the Britain in Bloom gold award this year.',
  'Our Keep Rugby Tidy campaign runs throughout May.',
  'The campaign to reduce food waste starts in June.',
  'A green space strategy has been adopted by Cabinet.',
  'The park has retained its Green Flag award for the fifth year.',
  'Nominations for the Green Champions awards close on Friday.',
  'Vote for your favourite park in the People\'s Choice award.',
  'Reduce, reuse, recycle #RecycleWeek #GreenWaste',
  'Visit www.rugby.gov.uk/green-waste to subscribe.',
  // Housing
  'The independent living scheme on Hillmorton Road has two vacancies.',
  'An independent review of the housing repairs service will report in June.',
  'Tenants can apply for a transfer through the housing register.',
  'Labour costs for the kitchen replacement programme rose by 6%.',
  'We use agency labour to cover peak demand in repairs.',
  'The labour market in Rugby remains tight, particularly for skilled trades.',
  'Damp and mould reports are triaged within 24 hours.',
  'Reform of the allocations policy will be consulted on this autumn.',
  'Parts and Labour: £350 plus VAT.',
  'Reform of the service will save £200,000 a year.',
  // Planning
  'The site lies within the conservation area and the green belt.',
  'A conservative estimate puts the number of new homes at 1,200.',
  'The Conservatory at 14 Church Street requires listed building consent.',
  'Planning permission was granted for a new green space at Cawston.',
  'Objections were received about the Greenway extension.',
  'The Local Plan review will be examined by an independent inspector.',
  'The Planning Committee refused the application by 7 votes to 3.',
  'The Reformation window in St Andrew\'s Church is being restored.',
  // Licensing
  'Reforms to the licensing regime come into force in April.',
  'The premises licence holder must display a summary of the licence.',
  'Taxi drivers must complete safeguarding training before renewal.',
  'A temporary event notice is needed for the Labour Day fair on the recreation ground.',
  'Street trading consents are renewed annually.',
  // Elections administration
  'Register to vote by midnight on 16 April.',
  'Polling stations are open from 7am to 10pm.',
  'You can apply for a postal vote or a proxy vote online.',
  'The election of a new Mayor will be on 20 May.',
  'Council elections are held every four years.',
  'The count will take place at the Benn Hall on Friday morning.',
  "Candidates' nomination papers must be delivered by 4pm on 8 April.",
  'The electoral register is updated every month.',
  'Electoral Services can be contacted on 01788 533533.',
  'How to vote by post: complete the application form and return it to us.',
  'The annual canvass asks every household to confirm who lives there.',
  'Voters will need to show photo ID at polling stations.',
  'Results will be published at www.rugby.gov.uk/elections after the count.',
  "Don't forget to #RegisterToVote before the deadline.",
  'Polling stations open at 7am #LocalElections2024',
  // Council business
  'The vote at Full Council was 25 to 12 in favour.',
  'Members voted to approve the budget.',
  'The Cabinet elected a vice-chair at its first meeting.',
  'Democratic Services support the democratic process.',
  'Members will vote for a new chair at the annual meeting.',
  'The Leader of the Council presented the Cabinet report.',
  "The Mayor's charity raised £12,000 this year.",
  'Independent members of the Audit and Standards Committee are appointed for four years.',
  'The Independent Remuneration Panel recommends members\' allowances.',
  'An article in The Independent praised the scheme.',
  'Details are in the Council Directory.',
  'Follow @RugbyBC for service updates.',
  'Email electoral.services@rugby.gov.uk for help.',
  // HR
  'Canvassing of councillors or officers by job applicants will disqualify them.',
  'Join our team of customer service advisers.',
  'The post is politically restricted under the Local Government and Housing Act 1989.',
  'Support for carers is available through the employee assistance programme.',
  'Staff can claim mileage at 45p per mile.',
  'Liberal arts graduates are welcome to apply.',
  'A liberal interpretation of the flexible working policy has been applied.',
  'The new Labourer role is graded at scale 3.',
  'The history of Rugby School is told in the museum.',
  // Finance
  'Council tax will rise by 2.99% from April.',
  'The budget gap is forecast at £1.2m on a conservative basis.',
  'The Alliance of Councils for Shared Services has approved the business case.',
  'The Co-operative Bank holds the council\'s payroll account.',
  'A snap decision was made to close the car park during the storm.',
  'Please support our local businesses this Christmas.',
  'Back our bid to become UK City of Culture.',
  // Headings, tables and risk ratings, where capitals are not political
  'Green Waste Subscription Renewals 2025/26',
  'Labour Costs and Materials Review',
  'Independent Living Schemes: Frequently Asked Questions',
  'Labour: £1,250; Materials: £800; Total: £2,050',
  'Conservative: £1.2m. Optimistic: £2.4m.',
  'The project is rated Green on the corporate risk register.',
  'Option A (Green) is the preferred route.',
  'Agency Labour Framework – call-off contract awarded.',
  'Working Party on Climate Change – terms of reference',
  'The Party Wall etc. Act 1996 applies to the works.',
  'Staff Party: Friday 12 December at the Benn Hall.',
  'The Conservative Club on Albert Street has renewed its premises licence.',
  'The Co-operative Group owns the Clifton Road store.',
  'New Labour Market Statistics were published by the ONS.',
  // More elections administration and council business
  'Candidates and agents are invited to the count.',
  'Vote at your allocated polling station between 7am and 10pm.',
  "Don't forget to vote on Thursday 2 May; polling stations are open from 7am to 10pm.",
  'Councillor vacancies: a by-election will be held in Benn ward on 6 June.',
  'The motion was carried with cross-party support.',
  'Councillors from all groups attended the briefing.',
  'Officers will be door-knocking in Brownsover to complete the annual canvass.',
  "We'll be out on the doorstep with our food waste caddies next week.",
  'Join our Green Champions network and help us cut waste.',
  'Help us cut fly-tipping by reporting it online.',
  'We support our candidates through the interview process.',
  'Join our party for volunteers on 5 December.'
];

// At least 40 varied party-political texts that must be caught in the officer channel.
const POLITICAL: Array<[string, ScreeningRule]> = [
  ['The Labour Party will hold a public meeting in the town hall.', 'party-name'],
  ['The Conservatives have run the council since 2019.', 'party-name'],
  ['Liberal Democrats called for a review of parking charges.', 'party-name'],
  ['Reform UK has selected a candidate for Benn ward.', 'party-name'],
  ['The Green Party is standing in every ward.', 'party-name'],
  ['Plaid Cymru opposes the plan.', 'party-name'],
  ['The SNP government in Edinburgh takes a different approach.', 'party-abbreviation'],
  ['The Tories have cut funding for youth services.', 'party-nickname'],
  ['A Tory councillor raised the matter at Cabinet.', 'party-nickname'],
  ['The Lib Dems want to reopen the tip.', 'party-abbreviation'],
  ['Cllr Jo Smith (Lab) asked about pothole repairs.', 'party-abbreviation'],
  ['Cllr Sam Patel (Con) chaired the meeting.', 'party-abbreviation'],
  ['Labour councillors walked out of the meeting.', 'party-name'],
  ['The Labour group has tabled an amendment.', 'party-name'],
  ['The Labour-run council in Coventry has adopted the scheme.', 'party-nickname'],
  ['A Conservative-led administration took control in May.', 'party-nickname'],
  ["Labour's plans for the town centre were published yesterday.", 'party-nickname'],
  ['The Greens won two seats in the county elections.', 'party-name'],
  ['Independent councillor Jo Smith asked about parking enforcement.', 'party-name'],
  ['The Independent group on the council has asked for a briefing.', 'party-name'],
  ['A Green councillor has proposed a tree-planting motion.', 'party-name'],
  ['Labour and the Conservatives both backed the motion.', 'party-name'],
  ['The seat was won by Labour in 2021.', 'party-name'],
  ['UKIP and the Brexit Party stood candidates in 2019.', 'party-abbreviation'],
  ['Sinn Féin and the DUP share power at Stormont.', 'party-name'],
  ['The T0ries have failed us.', 'party-nickname'],
  ['A L@bour councillor spoke at the meeting.', 'party-name'],
  ['Corbynistas have taken over the local branch.', 'party-nickname'],
  ['New Labour introduced the policy in 1998.', 'party-nickname'],
  ['The Liberal Democrat candidate spoke at the hustings.', 'party-name'],
  ['The Labour MP for the area visited the depot.', 'party-name'],
  ['The election was won by the Conservative candidate.', 'party-name'],
  ["Women's Equality Party candidates stood in three wards.", 'party-name'],
  ['Plaid councillors in Gwynedd supported the plan.', 'party-name'],
  ['Our Lib Dem-controlled neighbours have done the same.', 'party-nickname'],
  ['Vote Labour on 2 May!', 'electioneering'],
  ["Don't vote Conservative on Thursday.", 'electioneering'],
  ['Re-elect Councillor Smith on 2 May.', 'electioneering'],
  ['Elect a Green councillor for Benn ward.', 'electioneering'],
  ['Keep Rugby Conservative!', 'electioneering'],
  ['Kick the Tories out!', 'electioneering'],
  ['Support our candidate in the Benn by-election.', 'electioneering'],
  ['Donate to our campaign today.', 'electioneering'],
  ['Join our party and make a difference.', 'electioneering'],
  ['Our manifesto commits to freezing parking charges.', 'electioneering'],
  ["Only we can fix Rugby's roads.", 'electioneering'],
  ['Labour will scrap the green waste charge.', 'electioneering'],
  ['Under the Conservatives the council has failed residents.', 'electioneering'],
  ['I have been out canvassing in Hillmorton all weekend.', 'electioneering'],
  ['As your candidate, I will fight for better buses.', 'electioneering'],
  ['Vote for me on 2 May.', 'electioneering'],
  ['I am standing for re-election in Benn ward.', 'electioneering'],
  ['Please sign our petition to stop the council closing the library.', 'electioneering'],
  ['Help us win Benn ward on Thursday!', 'electioneering'],
  ['Find out more at www.labour.org.uk/join.', 'party-web-address'],
  ['Visit greenparty.org.uk to find your local party.', 'party-web-address'],
  ['Follow @RugbyTories for updates.', 'party-web-address'],
  ['The details are on facebook.com/RugbyLibDems.', 'party-web-address'],
  ['Email jo.smith@libdems.org.uk to volunteer.', 'party-web-address'],
  ['#VoteLabour on Thursday.', 'party-hashtag'],
  ['Enough is enough #ToriesOut', 'party-hashtag'],
  ['#GE2024 results are in.', 'party-hashtag'],
  ['Cllr Smith, who sits for Labour in Benn ward, asked about bins.', 'party-name'],
  ['Jo was a Labour councillor for ten years.', 'party-name'],
  ['Since Labour took over, fees have doubled.', 'party-name'],
  ['The Tory administration at County Hall wants to close the library.', 'party-nickname'],
  ['A Lib Dem spokesperson said the plans were unaffordable.', 'party-abbreviation'],
  ['Residents voted Conservative in 2021.', 'party-name'],
  ['The Liberals won the seat in 1906.', 'party-name'],
  ['Hillmorton: Ind gain from Con.', 'party-abbreviation'],
  ['Con 1,234, Lab 987, LD 456, Grn 321', 'party-abbreviation'],
  ['She joined Labour in 2010.', 'party-name'],
  ['He defected to Reform UK last year.', 'party-name'],
  ['Go to votelabour.co.uk to find your polling station.', 'party-web-address'],
  ['Vote for change on 2 May.', 'electioneering'],
  ['Out canvassing in Benn ward this weekend!', 'electioneering'],
  ["The Lib Dems can't be trusted with your money.", 'electioneering'],
  ['Back Sam Patel for Benn ward!', 'electioneering']
];

describe('ordinary council language passes in the officer channel', () => {
  it('has at least 60 cases', () => expect(ORDINARY.length).toBeGreaterThanOrEqual(60));
  it.each(ORDINARY)('%s', (text) => {
    expect(describeFindings(text, 'officer-owned')).toBe('[]');
    expect(screenText(text, 'officer-owned').allowed).toBe(true);
  });
});

describe('party-political text is caught in the officer channel', () => {
  it('has at least 40 cases', () => expect(POLITICAL.length).toBeGreaterThanOrEqual(40));
  it.each(POLITICAL)('%s (%s)', (text, rule) => {
    const result = screenText(text, 'officer-owned');
    expect(result.allowed).toBe(false);
    expect(result.findings.map((f) => f.rule)).toContain(rule);
  });
});

// A member may state their party as a fact; these pass on the member's own profile. The flag says
// whether the text names a party, and so must be caught in an officer channel.
const MEMBER_FACTS: Array<[string, boolean]> = [
  ['I am the Labour councillor for Benn ward.', true],
  ['Conservative Group Leader and Portfolio Holder for Finance.', true],
  ['I was elected as a Liberal Democrat in 2019.', true],
  ['Member of the Green Party since 2010.', true],
  ['I was re-elected in 2023 and sit on the Planning Committee.', false],
  ['Independent councillor for Hillmorton.', true],
  ['I have campaigned for a new crossing on Clifton Road for several years.', false],
  ['Email me at jo.smith@rugby.gov.uk or follow me on X: @CllrJoSmith', false],
  ['Proud to be part of the #LibDems team on the council.', true],
  ['Deputy Leader of the Reform UK group. Interests: planning, transport and the green belt.', true],
  ['Cllr Jo Smith (Lab) represents Benn ward and chairs the Licensing Committee.', true],
  ['Former Tory group whip; now sits on the Audit and Standards Committee.', true]
];

// Campaigning that is caught even on a member's own profile.
const MEMBER_CAMPAIGNING: string[] = [
  'Vote Labour on 2 May.',
  'Re-elect me on 2 May so I can keep fighting for Benn ward.',
  'Please vote for me in the by-election.',
  "I'm standing as the Labour candidate for Benn ward.",
  'Donate to my re-election campaign.',
  'Tory cuts have devastated our services.',
  'Find out more at rugbylabour.org.uk',
  'Join the conversation #VoteLabour',
  'Get the Tories out! #ToriesOut',
  'Only the Liberal Democrats can win here.',
  'Join our campaign to save Rugby St Cross hospital.',
  'The Conservatives will scrap the garden waste charge.'
];

describe('member-profile channel', () => {
  it.each(MEMBER_FACTS)('a stated fact passes: %s', (text) => {
    expect(describeFindings(text, 'member-profile')).toBe('[]');
  });
  it.each(MEMBER_FACTS)('in an officer channel the same text is caught only if it names a party: %s', (text, namesParty) => {
    expect(screenText(text, 'officer-owned').allowed).toBe(!namesParty);
  });
  it.each(MEMBER_CAMPAIGNING)('campaigning is caught: %s', (text) => {
    const result = screenText(text, 'member-profile');
    expect(result.allowed).toBe(false);
    for (const f of result.findings) expect(['electioneering', 'party-hashtag', 'party-web-address']).toContain(f.rule);
  });
});

describe('a screener built once is reused', () => {
  const screener = createScreener();
  it('gives the same answers as screenText', () => {
    for (const text of [...ORDINARY.slice(0, 10), ...POLITICAL.slice(0, 10).map(([t]) => t)]) {
      expect(screener.screen(text, 'officer-owned')).toEqual(screenText(text, 'officer-owned'));
    }
  });
});
