/**
 * The rules learned from real councils (shared/MODERNGOV.md), one by one: names, parties,
 * keyposts, contacts, photos and terms of office.
 */
import { findEmail, findPhone, findPhoto, isPlaceholderPhoto } from '../../../src/data/import/moderngov/contacts';
import { attendeeRole, bodyKindOf, isPseudoWard } from '../../../src/data/import/moderngov/council';
import { readKeyPosts } from '../../../src/data/import/moderngov/keyposts';
import { isVacantSeat, parseFullName } from '../../../src/data/import/moderngov/names';
import { foldParty, newGroupFor, resolveParty, type GroupTerms } from '../../../src/data/import/moderngov/parties';
import { currentTerm } from '../../../src/data/import/moderngov/terms';

describe('names', () => {
  it.each([
    ['Cllr Bernard Okonkwo', { givenName: 'Bernard', familyName: 'Okonkwo' }],
    ['Chidi Hartley', { givenName: 'Chidi', familyName: 'Hartley' }],
    ['The Mayor. Councillor Dorothy Mbeki-Rowe', { civicTitle: 'The Mayor', givenName: 'Dorothy', familyName: 'Mbeki-Rowe' }],
    ["Mayor's Consort. Councillor Pat O'Brien", { civicTitle: "Mayor's Consort", givenName: 'Pat', familyName: "O'Brien" }],
    ['CouncillorMrs Eamon Fairbairn MBE', { honorific: 'Mrs', givenName: 'Eamon', familyName: 'Fairbairn', postNominals: 'MBE' }],
    ['Councillor Robert (Bob) SMITH, OBE, JP', { givenName: 'Robert', familyName: 'Smith', preferredName: 'Bob', postNominals: 'OBE JP' }],
    ['Cllr. Jo "JJ" Jones', { givenName: 'Jo', familyName: 'Jones', preferredName: 'JJ' }],
    ['Dr Jane van der Berg', { honorific: 'Dr', givenName: 'Jane', familyName: 'van der Berg' }],
    ['Councillor Sir John McDONALD KBE DL', { honorific: 'Sir', givenName: 'John', familyName: 'McDONALD', postNominals: 'KBE DL' }],
    ['Councillor Mary Anne Lewis-Jones', { givenName: 'Mary Anne', familyName: 'Lewis-Jones' }],
    ["Cllr Siân O'BRIEN", { givenName: 'Siân', familyName: "O'Brien" }]
  ])('%s', (full, expected) => {
    expect(parseFullName(full)).toEqual(expected);
  });

  it('a one-word name has no first name (the importer refuses it rather than guess)', () => {
    expect(parseFullName('Councillor Smith').givenName).toBeUndefined();
  });

  it('vacant seats are recognised, and people are not', () => {
    for (const v of ['Vacant seat', 'Vacancy', 'Seat vacant', 'Vacant (by-election 5 May 2027)', 'Councillor Vacant Seat']) expect([v, isVacantSeat(v)]).toEqual([v, true]);
    for (const p of ['Valerie Vacanti', 'Cllr Jo Bloggs', undefined]) expect([p, isVacantSeat(p)]).toEqual([p, false]);
  });
});

describe('parties', () => {
  const groups: GroupTerms[] = [
    { id: 1, name: 'Labour Group', aliases: [] },
    { id: 2, name: 'Conservative Group', shortName: 'Con', aliases: ['Conservatives'] },
    { id: 3, name: 'Fernside Residents', aliases: ['Fernside Residents Association'] },
    { id: 4, name: 'Independent Group', shortName: 'Independent', aliases: [] }
  ];
  const groupOf = (spelling: string | undefined, surname?: string): number | string => {
    const r = resolveParty(spelling, groups, surname);
    return r.kind === 'group' ? (r.group.id as number) : r.kind;
  };

  it('many spellings of one party map to its group, by name or through the national party', () => {
    for (const s of ['Labour', 'Labour Party', 'The Labour Party', 'LABOUR PARTY', 'Labour and Co-operative Party', 'LABOUR AND CO-OPERATIVE PARTY', 'Labour & Co-op']) expect([s, groupOf(s)]).toEqual([s, 1]);
    for (const s of ['Conservative', 'The Conservative Party', 'Conservative and Unionist Party', 'conservatives']) expect([s, groupOf(s)]).toEqual([s, 2]);
    expect(groupOf('Fernside Residents Association')).toBe(3);
    expect(groupOf('Independent')).toBe(4);
  });

  it('blank, "Non-Aligned", "Unaligned" and "Non Specified" are no group', () => {
    for (const s of [undefined, 'Non-Aligned', 'Unaligned', 'Non Specified', 'None']) expect([s, groupOf(s)]).toEqual([s, 'none']);
  });

  it('what cannot be mapped is reported, not guessed', () => {
    const local = resolveParty('Fernside First', groups);
    expect(local).toEqual({ kind: 'unmapped', reason: expect.stringMatching(/^"Fernside First" does not match the name, short name or other names of any Political Group/) });
    const own = resolveParty('Independent Councillor Smith', groups, 'Smith');
    expect(own).toEqual({ kind: 'unmapped', reason: expect.stringMatching(/names the councillor rather than a group/) });
    expect(resolveParty('Green Party', groups).kind).toBe('unmapped');
    const twoLabours = resolveParty('Labour Party', [...groups, { id: 9, name: 'Labour and Co-operative Group', aliases: [] }]);
    expect(twoLabours).toMatchObject({ kind: 'group', group: { id: 1 } });
    expect(resolveParty('Lab', [{ id: 1, name: 'Labour', aliases: [] }, { id: 9, name: 'Welsh Labour', aliases: [] }]).kind).toBe('unmapped');
  });

  it('a first import names new groups by the national party, or the spelling tidied', () => {
    expect(newGroupFor('LABOUR AND CO-OPERATIVE PARTY')).toEqual({ key: 'labour', name: 'Labour' });
    expect(newGroupFor('The Green Party')).toEqual({ key: 'green', name: 'Green Party' });
    expect(newGroupFor('FERNSIDE RESIDENTS')).toEqual({ key: 'fernside residents', name: 'Fernside Residents' });
    expect(foldParty('The Labour Party')).toBe(foldParty('labour'));
  });
});

describe('keyposts', () => {
  const kinds = (k: string) => readKeyPosts(k).map((p) => [p.kind, p.body ?? p.portfolio ?? p.text]);
  it('splits on ",", ";", " and ", "&" without cutting a portfolio or a committee in two', () => {
    expect(kinds('Leader of the Council, Portfolio Holder for Growth & Investment')).toEqual([['leader', 'Leader of the Council'], ['portfolio', 'Growth & Investment']]);
    expect(kinds('Vice-Chairman of Licensing Committee and Armed Forces Champion')).toEqual([['vice-chair', 'Licensing Committee'], ['champion', 'Armed Forces Champion']]);
    expect(kinds('Group Leader; Deputy Chair of Overview and Scrutiny Committee')).toEqual([['group-leader', 'Group Leader'], ['vice-chair', 'Overview and Scrutiny Committee']]);
    expect(kinds('Portfolio Holder for Finance, Performance and Legal')).toEqual([['portfolio', 'Finance, Performance and Legal']]);
    expect(kinds('Chairman of Audit and Standards Committee & Vice Chair of Planning')).toEqual([['chair', 'Audit and Standards Committee'], ['vice-chair', 'Planning']]);
    expect(kinds('Deputy Leader and Cabinet Member - Environment')).toEqual([['deputy-leader', 'Deputy Leader'], ['portfolio', 'Environment']]);
  });
  it('posts that are not memberships are kept as they are', () => {
    expect(kinds('Shadow Cabinet Member for Finance; Chief Whip')).toEqual([['unmapped', 'Shadow Cabinet Member for Finance'], ['unmapped', 'Chief Whip']]);
    expect(kinds('Mayor')).toEqual([['mayor', 'Mayor']]);
    expect(kinds('Provost')).toEqual([['mayor', 'Provost']]);
    expect(kinds('Leader of the Conservative Group')).toEqual([['group-leader', 'Leader of the Conservative Group']]);
    expect(readKeyPosts('  ')).toEqual([]);
  });
});

describe('contacts', () => {
  it('email: one valid address is taken; notes, two addresses and cut-off domains are reported', () => {
    expect(findEmail('Jo.Bloggs@Fernside.gov.uk', 'Council email')).toEqual({ value: 'jo.bloggs@fernside.gov.uk' });
    expect(findEmail('see surgery details; or cllr.office@fernside.example.gov.', 'Council email')).toEqual({ problem: expect.stringMatching(/is not an email address, so it was not imported/) });
    expect(findEmail('a@x.gov.uk; b@y.gov.uk', 'Council email')).toEqual({ value: 'a@x.gov.uk', problem: expect.stringMatching(/more than one address/) });
    expect(findEmail('01632 960000', 'Council email').value).toBeUndefined();
    expect(findEmail(undefined, 'Council email')).toEqual({});
  });
  it('phone: labels are taken off and marked; prose is reported', () => {
    expect(findPhone('Home: 01632 960103', 'Phone')).toEqual({ value: '01632 960103', home: true, mobile: false });
    expect(findPhone('Tel: 01632960103', 'Phone')).toEqual({ value: '01632 960103', home: false, mobile: false });
    expect(findPhone('+44 7700 900123', 'Phone')).toEqual({ value: '07700 900123', home: false, mobile: true });
    expect(findPhone('Please ring the Members’ Office', 'Phone').problem).toMatch(/is not a UK phone number/);
  });
  it('photos: placeholders are no photo; http becomes https; relative addresses need the site', () => {
    expect(isPlaceholderPhoto('https://x.example/mgimages/missingbigmug.gif')).toBe(true);
    expect(findPhoto('https://x.example/mgimages/missingsmallmug.gif', undefined)).toEqual({});
    expect(findPhoto('http://x.example/UserData/1/Info00000001/bigpic.jpg', undefined)).toEqual({ value: 'https://x.example/UserData/1/Info00000001/bigpic.jpg' });
    expect(findPhoto('/UserData/1/bigpic.jpg', 'https://x.example/moderngov/')).toEqual({ value: 'https://x.example/UserData/1/bigpic.jpg' });
    expect(findPhoto('UserData/1/bigpic.jpg', 'https://x.example/moderngov/')).toEqual({ value: 'https://x.example/moderngov/UserData/1/bigpic.jpg' });
    expect(findPhoto('/UserData/1/bigpic.jpg', undefined).problem).toMatch(/relative address/);
    expect(findPhoto('javascript:alert(1)', undefined).problem).toMatch(/not a web address/);
  });
});

describe('terms of office', () => {
  const today = '2026-11-20';
  it('the current term is the latest open one; zero-length and "unspecified" terms are ignored', () => {
    expect(currentTerm([{ start: '2019-05-02', end: '2023-05-03' }, { start: '2023-05-04' }], today)).toEqual({ start: '2023-05-04', end: undefined, ended: false, problems: [] });
    const t = currentTerm([{ start: '2023-05-04' }, { start: '2023-05-04', end: '2023-05-04' }], today);
    expect(t).toMatchObject({ start: '2023-05-04', ended: false });
    expect(t.problems).toEqual(['A term of office starts and ends on the same day (4 May 2023), so it was ignored.']);
    expect(currentTerm([{ rawStart: 'unspecified', rawEnd: 'unspecified' }], today)).toEqual({ ended: false, problems: [] });
    expect(currentTerm([], today)).toEqual({ ended: false, problems: [] });
  });
  it('terms that have all ended are reported, never taken as retirement', () => {
    const t = currentTerm([{ start: '2015-05-07', end: '2019-05-02' }], today);
    expect(t).toMatchObject({ start: '2015-05-07', end: '2019-05-02', ended: true });
    expect(t.problems[0]).toMatch(/They were not marked as former/);
  });
});

describe('wards, bodies and attendees', () => {
  it('pseudo-wards are not wards', () => {
    for (const w of ['Borough Member', 'Mayor', 'Co-opted Members', 'Elected Mayor']) expect([w, isPseudoWard(w)]).toEqual([w, true]);
    for (const w of ['Dunmore - Eastgate', 'Mayorsfield', 'Abbey & Kingsway']) expect([w, isPseudoWard(w)]).toEqual([w, false]);
  });
  it('a body is a kind from its title first, then its free-text category', () => {
    expect(bodyKindOf('Cabinet', 'Executive')).toBe('Cabinet');
    expect(bodyKindOf('Cabinet Advisory Panel', 'Executive')).toBe('Committee');
    expect(bodyKindOf('Full Council', 'Council')).toBe('Council');
    expect(bodyKindOf('Town Centre Task & Finish Group', 'Task and Finish')).toBe('Task and Finish Group');
    expect(bodyKindOf('Climate Emergency Working Party', 'Working Groups')).toBe('Working Party');
    expect(bodyKindOf('Joint Waste Partnership (expired)', 'Partnerships')).toBe('Outside Body');
    expect(bodyKindOf('Planning Committee', 'Regulatory')).toBe('Committee');
  });
  it("attendees' role descriptions", () => {
    expect(['Chair', 'Chairman', 'Vice-Chair', 'Vice Chairman', 'Committee Member', 'Substitute', 'Reserve', 'Observer', 'Lead Questioner'].map(attendeeRole)).toEqual([
      'Chair', 'Chair', 'Vice-Chair', 'Vice-Chair', 'Member', 'Substitute', 'Substitute', 'Observer', 'unknown'
    ]);
  });
});
