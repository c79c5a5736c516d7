import {
  memberFromItem,
  memberToItem,
  liaisonOfficerFromItem,
  liaisonOfficerToItem,
  officerFromItem,
  officerToItem,
  serviceAreaFromItem,
  serviceAreaToItem,
  politicalGroupFromItem,
  politicalGroupToItem,
  membershipFromItem,
  membershipToItem,
  fromSpImage,
  fromSpIds
} from '../../../src/data/mappers';
import {
  liaisonOfficerInputSchema,
  liaisonOfficerSchema,
  memberInputSchema,
  memberSchema,
  membershipSchema,
  membershipWriteSchema,
  officerInputSchema,
  officerSchema,
  serviceAreaInputSchema,
  serviceAreaSchema
} from '../../../src/domain';

describe('item mapping', () => {
  it('round-trips a member through a SharePoint item', () => {
    const input = memberInputSchema.parse({
      givenName: 'Jane',
      familyName: 'Smith',
      preferredName: 'Jan',
      email: 'jane.smith@rugby.gov.uk',
      phone: '01632 960001',
      wardId: 3,
      politicalGroupId: 2,
      partyWebsite: 'https://example.org',
      termStart: '2024-05-02',
      skills: ['Planning', 'Finance'],
      photoUrl: '/sites/council/SiteAssets/Photos/member-1.svg'
    });
    const item = { Id: 9, ...memberToItem(input) };
    expect(item).toMatchObject({
      Title: 'Jan Smith',
      WardId: 3,
      PoliticalGroupId: 2,
      // the site's midnight (GMT Standard Time: summer time in May) in UTC, as the list form writes it
      TermStart: '2024-05-01T23:00:00Z',
      Skills: 'Planning\nFinance',
      PartyWebsite: { Description: 'https://example.org', Url: 'https://example.org' }
    });
    expect(memberSchema.parse(memberFromItem(item))).toEqual({ ...input, id: 9 });
  });

  it('writes every column, clearing the ones the record leaves empty', () => {
    const item = memberToItem(memberInputSchema.parse({ givenName: 'A', familyName: 'B', email: 'a.b@rugby.gov.uk', wardId: 1, termStart: '2024-05-02' }));
    expect(item).toMatchObject({ Phone: null, Biography: null, TermEnd: null, PoliticalGroupId: null, Photo: null, Skills: '' });
  });

  it('round-trips officers, service areas, liaison officers, groups and memberships', () => {
    const o = officerInputSchema.parse({ givenName: 'Sam', familyName: 'Patel', jobTitle: 'Waste Manager', serviceAreaId: 4, email: 'sam.patel@rugby.gov.uk' });
    expect(officerSchema.parse(officerFromItem({ Id: 1, ...officerToItem(o) }))).toEqual({ ...o, id: 1 });
    const s = serviceAreaInputSchema.parse({ title: 'Waste', directorate: 'Operations', keywords: ['bins', 'fly-tipping'] });
    expect(serviceAreaSchema.parse(serviceAreaFromItem({ Id: 1, ...serviceAreaToItem(s) }))).toEqual({ ...s, id: 1 });
    const l = liaisonOfficerInputSchema.parse({ officerId: 1, serviceAreaId: 4, role: 'Liaison Officer', profile: 'Missed bins and fly-tipping reports.', wardIds: [2, 5] });
    expect(liaisonOfficerSchema.parse(liaisonOfficerFromItem({ Id: 1, ...liaisonOfficerToItem(l, 'x') }))).toEqual({ ...l, id: 1 });
    const g = { name: 'Rugby Independents', shortName: 'RIG', aliases: ['Independents'], website: 'https://example.org' };
    expect(politicalGroupFromItem({ Id: 2, ...politicalGroupToItem(g) })).toEqual({ id: 2, ...g });
    const m = membershipWriteSchema.parse({ memberId: 1, bodyId: 2, role: 'Portfolio Holder', portfolio: 'Growth', startDate: '2024-05-13' });
    expect(membershipSchema.parse(membershipFromItem({ Id: 3, ...membershipToItem(m, 'x') }))).toEqual({ ...m, id: 3 });
  });

  it('reads image columns and multi-lookups in every form SharePoint sends', () => {
    expect(fromSpImage(JSON.stringify({ serverRelativeUrl: '/sites/c/a.png' }))).toBe('/sites/c/a.png');
    expect(fromSpImage(JSON.stringify({ serverUrl: 'https://c.sharepoint.com', serverRelativeUrl: '/sites/c/a.png' }))).toBe(
      'https://c.sharepoint.com/sites/c/a.png'
    );
    expect(fromSpImage('not json')).toBeUndefined();
    expect(fromSpImage(null)).toBeUndefined();
    expect(fromSpIds([1, 2])).toEqual([1, 2]);
    expect(fromSpIds({ results: [3] })).toEqual([3]);
    expect(fromSpIds(null)).toEqual([]);
  });
});
