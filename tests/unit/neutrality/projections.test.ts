import {
  createScreener,
  memberSchema,
  preElectionNotice,
  presentStatement,
  toMemberChannelMember,
  toOfficerChannelMember,
  toOfficerChannelMemberships,
  type Member,
  type Membership,
  type OfficerChannelMember
} from '../../../src/domain';

const screener = createScreener({ groups: [{ name: 'Rugby Independents Group', shortName: 'RIG', aliases: [] }] });
const member = memberSchema.parse({
  id: 7,
  givenName: 'Jane',
  familyName: 'Smith',
  email: 'jane.smith@rugby.gov.uk',
  wardId: 3,
  termStart: '2024-05-02',
  politicalGroupId: 2,
  partyWebsite: 'https://example.org/jane',
  skills: ['Planning', 'Labour Party organiser'],
  biography: 'I have lived in Benn ward for twenty years and chair the allotments society.'
}) as Member;
const policy = { screener, today: '2026-11-22' };

describe('officer-channel projection', () => {
  it('carries no party-political property at run time', () => {
    const projected = toOfficerChannelMember(member, policy);
    expect(projected).not.toHaveProperty('politicalGroupId');
    expect(projected).not.toHaveProperty('partyWebsite');
    expect(projected).not.toHaveProperty('biography');
    expect(JSON.stringify(projected)).not.toMatch(/example\.org|Labour/);
    expect(projected).toMatchObject({ id: 7, givenName: 'Jane', wardId: 3 });
  });
  it('drops skills that name a party and screens the statement', () => {
    const projected = toOfficerChannelMember(member, policy);
    expect(projected.skills).toEqual(['Planning']);
    expect(projected.statement).toEqual({ status: 'shown', text: member.biography });
    const campaigning = toOfficerChannelMember({ ...member, biography: 'Proud to serve with the Rugby Independents Group.' }, policy);
    expect(campaigning.statement).toMatchObject({ status: 'withheld', reason: 'screening' });
  });
  it('cannot be given a full member at compile time', () => {
    // @ts-expect-error a Member carries party-political fields, which an OfficerChannelMember may not
    const leaked: OfficerChannelMember = { ...member, statement: { status: 'none' } };
    expect(leaked.id).toBe(7);
  });
  it('drops party group roles from memberships and keeps the rest', () => {
    const ms: Membership[] = [
      { id: 1, memberId: 7, bodyId: 1, role: 'Group Leader' },
      { id: 2, memberId: 7, bodyId: 2, role: 'Chair' },
      { id: 3, memberId: 7, bodyId: 3, role: 'Deputy Group Leader' },
      { id: 4, memberId: 7, bodyId: 4, role: 'Portfolio Holder', portfolio: 'Growth' }
    ];
    expect(toOfficerChannelMemberships(ms).map((m) => m.id)).toEqual([2, 4]);
  });
});

describe('member-channel projection', () => {
  it('keeps the declared party and screens only for campaigning', () => {
    const m = toMemberChannelMember({ ...member, biography: 'Labour councillor for Benn since 2019.' }, policy);
    expect(m.politicalGroupId).toBe(2);
    expect(m.skills).toEqual(['Planning', 'Labour Party organiser']);
    expect(m.statement).toEqual({ status: 'shown', text: 'Labour councillor for Benn since 2019.' });
    const c = toMemberChannelMember({ ...member, biography: 'Re-elect Jane Smith on 7 May!' }, policy);
    expect(c.statement).toMatchObject({ status: 'withheld', reason: 'screening' });
  });
});

describe('pre-election period', () => {
  const period = { start: '2026-03-23', end: '2026-05-07', election: 'borough council elections' };
  it('withholds member statements everywhere while it runs, with a notice', () => {
    const during = { ...policy, preElection: period, today: '2026-04-10' };
    for (const channel of ['officer-owned', 'member-profile'] as const) {
      expect(presentStatement('I chair the allotments society.', channel, during)).toEqual({
        status: 'withheld',
        reason: 'pre-election',
        notice: preElectionNotice(period)
      });
    }
    expect(preElectionNotice(period)).toBe(
      "Councillors' own statements are not shown during the pre-election period for the borough council elections (23 March 2026 to 7 May 2026), under the Code of Recommended Practice on Local Authority Publicity. Their contact details, ward and roles are shown as usual."
    );
  });
  it('shows them on the days either side, and keeps factual fields during it', () => {
    expect(presentStatement('Hello', 'member-profile', { ...policy, preElection: period, today: '2026-03-22' }).status).toBe('shown');
    expect(presentStatement('Hello', 'member-profile', { ...policy, preElection: period, today: '2026-05-08' }).status).toBe('shown');
    const m = toOfficerChannelMember(member, { ...policy, preElection: period, today: '2026-05-07' });
    expect(m.statement.status).toBe('withheld');
    expect(m.email).toBe('jane.smith@rugby.gov.uk');
    expect(m.wardId).toBe(3);
  });
  it('has nothing to show for a blank statement', () => {
    expect(presentStatement('  ', 'officer-owned', policy)).toEqual({ status: 'none' });
  });
});
