/**
 * The registry and the projections into views: only the fields a channel shows, every text field
 * screened, withheld in place with a neutral notice; and the compiler refuses unscreened text.
 */
import { bodyInputSchema, liaisonOfficerInputSchema, memberNeutralShape, memberPartyShape, membershipInputSchema, officerInputSchema, politicalGroupInputSchema, serviceAreaInputSchema, wardInputSchema } from '../../../src/domain/model';
import type { Member, Officer } from '../../../src/domain/model';
import {
  createScreener,
  createViewScreen,
  FIELD_REGISTRY,
  FREE_TEXT_FIELDS,
  fieldsShown,
  isWithheld,
  memberView,
  officerView,
  presentComposed,
  screenedFields,
  shownText,
  UNAVAILABLE_NOTICE,
  STATEMENTS_UNAVAILABLE_NOTICE,
  preElectionNotice,
  type OfficerMemberView,
  type OfficerView,
  type Presented,
  type ScreenedText,
  type Withheld
} from '../../../src/domain/neutrality';

const groups = [{ name: 'Rugby Independents Group', shortName: 'RIG', aliases: ['Rugby Independents'] }];
const screen = createViewScreen({ screener: createScreener({ groups }), channel: 'officer-owned', today: '2026-11-22' });

const officer: Officer = {
  id: 12,
  givenName: 'Sam',
  familyName: 'Patel',
  jobTitle: 'L a b o u r Party Liaison',
  serviceAreaId: 3,
  email: 'sam.patel@rugby.gov.uk',
  location: 'Town Hall, first floor',
  politicallyRestricted: true
};

const member = {
  id: 7,
  givenName: 'Jane',
  familyName: 'Smith',
  preferredName: 'Jan',
  email: 'jane.smith@rugby.gov.uk',
  wardId: 3,
  termStart: '2024-05-02',
  politicalGroupId: 2,
  partyWebsite: 'https://example.org/jane',
  skills: ['Planning', 'Rugby Independents organiser'],
  biography: 'I chair the allotments society.',
  publishPhone: true,
  publishMobile: false,
  publishAddress: false,
  status: 'Current'
} as Member;

function text(p: Presented | undefined): string | undefined {
  return p === undefined ? undefined : isWithheld(p) ? `[${p.reason}]` : p;
}

describe('the registry', () => {
  const shapes: Record<string, string[]> = {
    Ward: Object.keys(wardInputSchema.shape),
    PoliticalGroup: Object.keys(politicalGroupInputSchema.shape),
    Member: [...Object.keys(memberNeutralShape), ...Object.keys(memberPartyShape)],
    Body: Object.keys(bodyInputSchema.shape),
    Membership: Object.keys(membershipInputSchema.shape),
    ServiceArea: Object.keys(serviceAreaInputSchema.shape),
    Officer: Object.keys(officerInputSchema.shape),
    LiaisonOfficer: Object.keys(liaisonOfficerInputSchema.shape)
  };
  it.each(Object.entries(shapes))('classifies every field of %s, and no other', (entity, fields) => {
    expect(Object.keys(FIELD_REGISTRY[entity as keyof typeof FIELD_REGISTRY]).filter((f) => f !== 'id').sort()).toEqual([...fields].sort());
  });
  it('is the one list of screened fields: FREE_TEXT_FIELDS is read from it', () => {
    for (const entity of Object.keys(FREE_TEXT_FIELDS) as Array<keyof typeof FREE_TEXT_FIELDS>) {
      expect(FREE_TEXT_FIELDS[entity]).toEqual(screenedFields(entity));
    }
    // Every text field an officer page shows is screened: job titles, locations, names, contacts, links.
    expect(FREE_TEXT_FIELDS.Officer).toEqual(expect.arrayContaining(['givenName', 'familyName', 'jobTitle', 'location', 'email', 'phone', 'photoUrl']));
    expect(FREE_TEXT_FIELDS.Member).toEqual(expect.arrayContaining(['honorific', 'preferredName', 'postNominals', 'postalAddress', 'skills', 'biography']));
    expect(FREE_TEXT_FIELDS.ServiceArea).toEqual(expect.arrayContaining(['title', 'directorate', 'description', 'keywords']));
    expect(FREE_TEXT_FIELDS.Ward).toEqual(['title', 'description']);
    expect(FREE_TEXT_FIELDS.Body).toEqual(expect.arrayContaining(['title', 'description', 'webPage']));
    expect(FREE_TEXT_FIELDS.Membership).toEqual(['postTitle', 'portfolio']);
    expect(FREE_TEXT_FIELDS.PoliticalGroup).toEqual([]);
  });
  it('shows party fields only in the member channel', () => {
    expect(fieldsShown('Member', 'officer-owned')).not.toEqual(expect.arrayContaining(['politicalGroupId']));
    expect(fieldsShown('Member', 'officer-owned')).not.toContain('partyWebsite');
    expect(fieldsShown('Member', 'member-profile')).toEqual(expect.arrayContaining(['politicalGroupId', 'partyWebsite']));
    expect(fieldsShown('PoliticalGroup', 'officer-owned')).toEqual([]);
  });
});

describe('officer-channel views', () => {
  it('withhold a field that names a party in place, and show the rest of the record', () => {
    const v = officerView.officer(officer, screen);
    expect(isWithheld(v.jobTitle)).toBe(true);
    const withheld = v.jobTitle as Withheld;
    expect(withheld).toMatchObject({ reason: 'screening', notice: expect.stringMatching(/not shown on this page/) });
    expect(withheld.findings?.[0]).toMatchObject({ match: 'L a b o u r Party' });
    expect(withheld.notice).not.toMatch(/Labour|L a b o u r/);
    expect([text(v.givenName), text(v.familyName), text(v.location), text(v.email)]).toEqual(['Sam', 'Patel', 'Town Hall, first floor', 'sam.patel@rugby.gov.uk']);
    expect(v.id).toBe(12);
    expect(v.politicallyRestricted).toBe(true);
  });

  it('carry no party field of a member at run time, not even in a copy of the record', () => {
    const v = officerView.member({ ...member, skills: ['Planning', 'Labour Party organiser'] }, screen);
    // What could be shown: every value but a withheld one's notice (its findings are for editors, never rendered as words).
    const showable = JSON.stringify(v, (_k, value: unknown) => (value && typeof value === 'object' && isWithheld(value as Presented) ? (value as Withheld).notice : value));
    expect(showable).not.toMatch(/example\.org|Labour|politicalGroupId|partyWebsite/);
    expect(v).toMatchObject({ id: 7, wardId: 3, termStart: '2024-05-02' });
  });

  it('withhold a statement that names the council’s own group, and show one that does not', () => {
    expect(officerView.member({ ...member, biography: 'Proud to serve with the Rugby Independents Group.' }, screen).biography).toMatchObject({ withheld: true, reason: 'screening' });
    expect(text(officerView.member({ ...member, biography: 'I have lived in Benn ward for twenty years.' }, screen).biography)).toBe('I have lived in Benn ward for twenty years.');
  });

  it('carry no party field of a member, and screen names, skills and the statement', () => {
    const v = officerView.member(member, screen);
    expect(v).not.toHaveProperty('politicalGroupId');
    expect(v).not.toHaveProperty('partyWebsite');
    expect(v.skills?.map(text)).toEqual(['Planning', '[screening]']);
    expect(text(v.biography)).toBe('I chair the allotments society.');
    expect(text(v.preferredName)).toBe('Jan');
    const own = memberView.member(member, createViewScreen({ screener: createScreener({ groups }), channel: 'member-profile', today: '2026-11-22' }));
    expect(own.politicalGroupId).toBe(2);
    expect(own.skills?.map(text)).toEqual(['Planning', 'Rugby Independents organiser']);
  });

  it('withhold statements during a pre-election period, with the notice, and keep the facts', () => {
    const during = createViewScreen({
      screener: createScreener(),
      channel: 'officer-owned',
      today: '2026-04-10',
      preElection: { start: '2026-03-23', end: '2026-05-07', election: 'borough council elections' }
    });
    const v = officerView.member(member, during);
    expect(v.biography).toMatchObject({ withheld: true, reason: 'pre-election', notice: expect.stringMatching(/pre-election period/) });
    expect(text(v.givenName)).toBe('Jane');
  });

  it('fail closed when the political groups could not be read: free text withheld, names still shown', () => {
    const blind = createViewScreen({ screener: createScreener({ groupsUnavailable: true }), channel: 'officer-owned', today: '2026-11-22' });
    const v = officerView.officer({ ...officer, jobTitle: 'Senior Planning Officer' }, blind);
    expect(v.jobTitle).toMatchObject({ withheld: true, reason: 'screening-unavailable', notice: UNAVAILABLE_NOTICE });
    expect(v.location).toMatchObject({ reason: 'screening-unavailable' });
    expect(text(v.givenName)).toBe('Sam');
    expect(text(v.email)).toBe('sam.patel@rugby.gov.uk');
    // A national party is still caught, and said so.
    expect(officerView.officer({ ...officer, givenName: 'Tory' }, blind).givenName).toMatchObject({ reason: 'screening' });
  });

  it('leave out party group roles and screen post titles', () => {
    expect(officerView.membership({ id: 1, memberId: 7, bodyId: 2, role: 'Group Leader' }, screen)).toBeUndefined();
    const m = officerView.membership({ id: 2, memberId: 7, bodyId: 2, role: 'Champion', postTitle: 'Rugby Independents champion' }, screen);
    expect(m?.postTitle).toMatchObject({ withheld: true, reason: 'screening' });
    // A role is a value from the schema's fixed list: the product's own word, kept as it is.
    expect(m?.role).toBe('Champion');
    expect(officerView.membership({ id: 3, memberId: 7, bodyId: 2, role: 'Deputy Group Leader' }, screen)).toBeUndefined();
    expect(officerView.membership({ id: 4, memberId: 7, bodyId: 2, role: 'Portfolio Holder', portfolio: 'Growth' }, screen)).toMatchObject({ id: 4, portfolio: 'Growth' });
  });

  it('name the election in the notice only when its name passes the screen', () => {
    const period = { start: '2026-03-23', end: '2026-05-07', election: 'borough council elections' };
    const at = (election: string) =>
      officerView.member(member, createViewScreen({ screener: createScreener({ groups }), channel: 'officer-owned', today: '2026-04-10', preElection: { ...period, election } })).biography as Withheld;
    expect(at('borough council elections').notice).toContain('for the borough council elections (23 March 2026 to 7 May 2026)');
    const partisan = at('Labour landslide elections');
    expect(partisan.notice).not.toMatch(/Labour|landslide/);
    expect(partisan.notice).toContain('pre-election period (23 March 2026 to 7 May 2026)');
  });

  it('withhold statements when the pre-election periods could not be read, and keep the facts', () => {
    const unknown = createViewScreen({ screener: createScreener({ groups }), channel: 'member-profile', today: '2026-11-22', preElectionUnknown: true });
    const v = memberView.member(member, unknown);
    expect(v.biography).toMatchObject({ withheld: true, notice: STATEMENTS_UNAVAILABLE_NOTICE });
    expect(v.skills?.every((s) => isWithheld(s))).toBe(true);
    expect([text(v.givenName), v.politicalGroupId]).toEqual(['Jane', 2]);
  });

  it('refuse a screen made for another channel', () => {
    const own = createViewScreen({ screener: createScreener(), channel: 'member-profile', today: '2026-11-22' });
    expect(() => officerView.officer(officer, own)).toThrow(/officer-owned channel/);
  });

  it('screen text put together from several values as a whole', () => {
    expect(presentComposed(screen, ['Rugby', 'Independents'])).toMatchObject({ withheld: true });
    expect(text(presentComposed(screen, ['Chair', 'Planning Committee'], ', '))).toBe('Chair, Planning Committee');
    expect(presentComposed(screen, [officerView.officer(officer, screen).jobTitle, 'x'])).toMatchObject({ withheld: true });
  });

  it('are made only by the screen: the compiler refuses an unscreened string', () => {
    const render = (value: Presented): string => (isWithheld(value) ? value.notice : value);
    const v = officerView.officer({ ...officer, jobTitle: 'Waste Manager' }, screen);
    expect(render(v.jobTitle)).toBe('Waste Manager');
    // @ts-expect-error a plain string is not screened text
    render('Labour Party organiser');
    // @ts-expect-error nor can a string be given the brand by assignment
    const forged: ScreenedText = 'Labour Party organiser';
    // @ts-expect-error a view's text field cannot hold an unscreened string
    const leaked: OfficerView = { ...v, jobTitle: 'Labour Party organiser' };
    // @ts-expect-error an officer-channel member view has no party field
    const party = officerView.member(member, screen).politicalGroupId;
    // @ts-expect-error a stored member (with its party and unscreened names) is not an officer-channel view
    const whole: OfficerMemberView = member;
    expect(whole.id).toBe(7);
    expect([forged, leaked.jobTitle, party, shownText(v.jobTitle)]).toEqual(['Labour Party organiser', 'Labour Party organiser', undefined, 'Waste Manager']);
  });
});

describe('member-channel views', () => {
  const own = createViewScreen({ screener: createScreener({ groups }), channel: 'member-profile', today: '2026-11-22' });
  it('keep the declared party and its web page, and screen only for campaigning', () => {
    const v = memberView.member({ ...member, biography: 'Labour councillor for Benn since 2019.' }, own);
    expect([v.politicalGroupId, text(v.partyWebsite), text(v.biography)]).toEqual([2, 'https://example.org/jane', 'Labour councillor for Benn since 2019.']);
    expect(memberView.member({ ...member, biography: 'Re-elect Jane Smith on 7 May!' }, own).biography).toMatchObject({ withheld: true, reason: 'screening', notice: expect.stringMatching(/campaigning/) });
    expect(memberView.politicalGroup({ id: 2, name: 'Rugby Independents Group', shortName: 'RIG' }, own)).toEqual({ id: 2, name: 'Rugby Independents Group', shortName: 'RIG' });
  });
});

describe('the pre-election period', () => {
  const period = { start: '2026-03-23', end: '2026-05-07', election: 'borough council elections' };
  const on = (today: string, channel: 'officer-owned' | 'member-profile') =>
    createViewScreen({ screener: createScreener({ groups }), channel, today, preElection: period });
  it('withholds members’ own statements in both channels while it runs, with the notice', () => {
    for (const v of [officerView.member(member, on('2026-04-10', 'officer-owned')), memberView.member(member, on('2026-04-10', 'member-profile'))]) {
      expect(v.biography).toEqual({ withheld: true, reason: 'pre-election', notice: preElectionNotice(period) });
    }
    expect(preElectionNotice(period)).toBe(
      "Councillors' own statements are not shown during the pre-election period for the borough council elections (23 March 2026 to 7 May 2026), under the Code of Recommended Practice on Local Authority Publicity. Their contact details, ward and roles are shown as usual."
    );
  });
  it('shows them on the days either side, and keeps the factual fields on its last day', () => {
    expect(text(memberView.member(member, on('2026-03-22', 'member-profile')).biography)).toBe(member.biography);
    expect(text(memberView.member(member, on('2026-05-08', 'member-profile')).biography)).toBe(member.biography);
    const last = officerView.member(member, on('2026-05-07', 'officer-owned'));
    expect(isWithheld(last.biography)).toBe(true);
    expect([text(last.email), last.wardId]).toEqual(['jane.smith@rugby.gov.uk', 3]);
  });
  it('does not put a notice in place of a blank statement', () => {
    expect(officerView.member({ ...member, biography: '  ' }, on('2026-04-10', 'officer-owned')).biography).toBe('  ');
  });
});
