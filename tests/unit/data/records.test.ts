/**
 * Field-level degradation, the rules themselves: an invalid field is withheld with the reason,
 * an invalid entry of a list-valued field is dropped, a rule about an absent field is noted, and
 * only a record without its identity is left out. And the neutrality layer's data-side half of
 * "fails closed": without the Political Groups, members' own text is withheld on an officer page.
 */
import { parseRows } from '../../../src/data/core/records';
import { fromItem, politicalGroupFromItem } from '../../../src/data/mappers/entities';
import { parseDirectory } from '../../../src/data/members/PnPMemberDirectoryRepository';
import { projectDirectory, STATEMENTS_UNAVAILABLE_NOTICE } from '../../../src/data/members/project';
import { UNAVAILABLE_NOTICE } from '../../../src/domain/neutrality/screened';
import { membershipSchema, MEMBERSHIP_IDENTITY, politicalGroupSchema, POLITICAL_GROUP_IDENTITY, wardSchema, WARD_IDENTITY } from '../../../src/domain/model';
import { createScreener } from '../../../src/domain/neutrality/screening/screener';

const wards = (rows: Array<Record<string, unknown>>) =>
  parseRows(rows, (r) => fromItem('wards', r), { list: 'Wards', label: 'a ward', schema: wardSchema, identity: WARD_IDENTITY });

describe('parseRows', () => {
  it('withholds an invalid field, keeps the record and its neighbours, and says why', () => {
    const r = wards([
      { Id: 1, Title: 'Benn', GssCode: 'E05012614', Seats: 3 },
      { Id: 2, Title: 'Bilton', GssCode: 'nonsense', Seats: 3 },
      { Id: 3, Title: 'Dunsmore', GssCode: null, Seats: null }
    ]);
    expect(r.records.map((w) => w.title)).toEqual(['Benn', 'Bilton', 'Dunsmore']);
    expect(r.records[1]).toEqual({ id: 2, title: 'Bilton', seats: 3 });
    expect(r.withheld.get(2)?.gssCode).toMatchObject({ withheld: true, reason: 'invalid', notice: 'Not shown until it is corrected.' });
    expect(r.problems).toEqual([
      { list: 'Wards', itemId: 2, outcome: 'withheld', fields: ['gssCode'], problems: ["GSS code must be the ward's official code: E05 and six digits, like E05012345."] }
    ]);
  });

  it('leaves out only a record without its identity, and reports it', () => {
    const r = wards([{ Id: 4, Title: '  ', GssCode: 'E05012614' }, { Id: 5, Title: 'Hillmorton' }]);
    expect(r.records.map((w) => w.id)).toEqual([5]);
    expect(r.problems).toEqual([expect.objectContaining({ list: 'Wards', itemId: 4, outcome: 'left-out' })]);
  });

  it('drops the one bad alias of a political group and keeps the rest (the screen still knows them)', () => {
    const r = parseRows([{ Id: 1, Title: 'Example Group', Aliases: `Examples\n${'y'.repeat(81)}\nThe Examples` }], politicalGroupFromItem, {
      list: 'Political Groups',
      label: 'a political group',
      schema: politicalGroupSchema,
      identity: POLITICAL_GROUP_IDENTITY
    });
    expect(r.records[0]).toMatchObject({ name: 'Example Group', aliases: ['Examples', 'The Examples'] });
    expect(r.problems[0]).toMatchObject({ outcome: 'withheld', fields: ['aliases'], problems: [expect.stringMatching(/80 characters or fewer: 1 entry is not shown\.$/)] });
  });

  it('keeps a Portfolio Holder whose portfolio is missing, and notes the rule for editors', () => {
    const r = parseRows([{ Id: 7, MemberId: 1, BodyId: 2, Role: 'Portfolio Holder' }], (x) => fromItem('memberships', x), {
      list: 'Memberships',
      label: 'a membership',
      schema: membershipSchema,
      identity: MEMBERSHIP_IDENTITY
    });
    expect(r.records).toEqual([{ id: 7, memberId: 1, bodyId: 2, role: 'Portfolio Holder' }]);
    expect(r.problems).toEqual([expect.objectContaining({ outcome: 'noted', problems: ['Portfolio is required for a Portfolio Holder.'] })]);
  });
});

describe('fails closed without the Political Groups', () => {
  const rows = {
    members: [{ Id: 1, Title: 'Jane Smith', GivenName: 'Jane', FamilyName: 'Smith', Email: 'jane@rugby.gov.uk', WardId: 1, Status: 'Current', Skills: 'Planning', Biography: 'I represent Benn ward.' }],
    wards: [{ Id: 1, Title: 'Benn' }],
    bodies: [],
    memberships: [],
    preElectionPeriods: []
  };

  it('an officer page withholds members’ own statements and skills, says why, and reports the unreadable list', () => {
    const d = projectDirectory(parseDirectory({ ...rows, politicalGroups: undefined }), 'officer-owned', '2025-09-01', createScreener);
    expect(d.screeningReady).toBe(false);
    // Free text (the statement, each skill, the ward's name) is withheld, with a notice saying why.
    expect(d.members[0].biography).toMatchObject({ withheld: true, reason: 'screening-unavailable', notice: UNAVAILABLE_NOTICE });
    expect(d.members[0].skills).toEqual([expect.objectContaining({ withheld: true, reason: 'screening-unavailable' })]);
    expect(d.wards[0].title).toMatchObject({ withheld: true, reason: 'screening-unavailable' });
    // The rest of the profile is there.
    expect(d.members[0]).toMatchObject({ givenName: 'Jane', email: 'jane@rugby.gov.uk', wardId: 1 });
  });

  it('without the pre-election periods, statements are withheld in either channel, and the facts shown', () => {
    for (const channel of ['officer-owned', 'member-profile'] as const) {
      const d = projectDirectory(parseDirectory({ ...rows, politicalGroups: [], preElectionPeriods: undefined }), channel, '2025-09-01', createScreener);
      expect(d.screeningReady).toBe(false);
      expect(d.members[0].biography).toMatchObject({ withheld: true, notice: STATEMENTS_UNAVAILABLE_NOTICE });
      expect(d.members[0]).toMatchObject({ givenName: 'Jane', email: 'jane@rugby.gov.uk' });
    }
  });

  it('with the groups read, the same statement is shown', () => {
    const d = projectDirectory(parseDirectory({ ...rows, politicalGroups: [] }), 'officer-owned', '2025-09-01', createScreener);
    expect(d.screeningReady).toBe(true);
    expect(d.members[0].biography).toBe('I represent Benn ward.');
    expect(d.members[0].skills).toEqual(['Planning']);
  });
});
