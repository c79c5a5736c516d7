/**
 * Fails closed: without the council's groups officer-owned free text is not allowed; a group with
 * one bad name or alias keeps its other names, and the bad term is reported.
 */
import { compileGroups } from '../../../src/domain/neutrality/screening/groups';
import { createScreener, type PoliticalGroupTerms } from '../../../src/domain/neutrality/screening';

describe('a screener that knows the groups could not be read', () => {
  const blind = createScreener({ groupsUnavailable: true });
  it('does not allow officer-owned text, but still reports what it finds', () => {
    expect(blind.screen('Green waste is collected on Mondays.', 'officer-owned')).toEqual({ allowed: false, findings: [], unavailable: true });
    const r = blind.screen('The Labour Party will meet.', 'officer-owned');
    expect(r).toMatchObject({ allowed: false, unavailable: true, findings: [{ rule: 'party-name', match: 'Labour Party' }] });
    expect(blind.groupsUnavailable).toBe(true);
  });
  it('screens values that are not free text for the national parties only, when asked', () => {
    expect(blind.screen('Sam Patel', 'officer-owned', { failClosed: false })).toEqual({ allowed: true, findings: [] });
    expect(blind.screen('Tory Smith', 'officer-owned', { failClosed: false }).allowed).toBe(false);
  });
  it("still screens a member's own profile for campaigning, and allows blank text", () => {
    expect(blind.screen('I chair the allotments society.', 'member-profile').allowed).toBe(true);
    expect(blind.screen('Vote Labour on Thursday!', 'member-profile').allowed).toBe(false);
    expect(blind.screen('  ', 'officer-owned').allowed).toBe(true);
  });
});

describe('a group with a bad name or alias keeps the rest', () => {
  const groups = [
    { name: 'Rugby Independents Group', shortName: 'RIG', aliases: ['Rugby Independents', 42, '', 'x', 'The', 'Line\nbreak', 'a'.repeat(130), 'Independents First'] },
    { name: null, shortName: 'DF', aliases: ['Dunchurch First'] },
    { shortName: 7, aliases: 'Residents for Rugby' }
  ] as unknown as PoliticalGroupTerms[];

  it('reports each bad term with the group, the field and the reason', () => {
    const { problems } = compileGroups(groups);
    expect(problems).toEqual([
      { group: 'Rugby Independents Group', field: 'aliases', reason: 'is a number, not text' },
      { group: 'Rugby Independents Group', field: 'aliases', term: '', reason: 'is blank' },
      { group: 'Rugby Independents Group', field: 'aliases', term: 'x', reason: 'is too short to look for: it needs at least two letters or digits' },
      { group: 'Rugby Independents Group', field: 'aliases', term: 'The', reason: 'is too common a word to look for on its own' },
      { group: 'Rugby Independents Group', field: 'aliases', term: 'Line\nbreak', reason: 'must be on one line' },
      { group: 'Rugby Independents Group', field: 'aliases', term: 'a'.repeat(130), reason: 'is longer than 120 characters' },
      { group: 'DF', field: 'name', reason: 'is empty, not text' },
      { group: 'Residents for Rugby', field: 'name', reason: 'is missing' },
      { group: 'Residents for Rugby', field: 'shortName', reason: 'is a number, not text' }
    ]);
  });

  it("keeps matching the group's valid names and aliases", () => {
    const screener = createScreener({ groups });
    expect(screener.groupProblems).toHaveLength(9);
    for (const [text, match] of [
      ['A note from the Rugby Independents Group.', 'Rugby Independents Group'],
      ['RIG members asked.', 'RIG'],
      ['Independents First stood in Benn.', 'Independents First'],
      ['Dunchurch First asked for a briefing.', 'Dunchurch First'],
      ['Residents for Rugby met.', 'Residents for Rugby']
    ]) {
      expect(screener.screen(text, 'officer-owned').findings.map((f) => [f.rule, f.match])).toContainEqual(['council-group', match]);
    }
    expect(screener.screen('The drilling rig was removed.', 'officer-owned').allowed).toBe(true);
  });
});
