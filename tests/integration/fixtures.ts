/**
 * A small, known data set for the conformance tests (fictional people; real Rugby ward names).
 */
import type { TestServer } from '../support/localServer';

export async function seedCouncil(s: TestServer): Promise<void> {
  await s.seed('Wards', {
    items: [
      { Title: 'Benn', GssCode: 'E05012345', Seats: 3 },
      { Title: 'Bilton', GssCode: 'E05012346', Seats: 2 },
      { Title: 'Dunsmore', GssCode: 'E05012347', Seats: 1 },
    ],
  });
  await s.seed('Political Groups', { items: [{ Title: 'Example Party', ShortName: 'EXP' }, { Title: 'Independent Group', ShortName: 'IND' }] });
  await s.seed('Members', {
    items: [
      { Title: 'Jane Smith', FamilyName: 'Smith', WardId: 1, PoliticalGroupId: 1, Status: 'Current', PublishPhone: true, TermStart: '2023-05-04T00:00:00Z', AccountId: 11, Skills: 'Planning\nFinance' },
      { Title: "Sean O'Brien", FamilyName: "O'Brien", WardId: 1, PoliticalGroupId: 2, Status: 'Current', TermStart: '2019-05-02T00:00:00Z' },
      { Title: 'Amrit Kaur', FamilyName: 'Kaur', WardId: 2, PoliticalGroupId: 1, Status: 'Current', PublishPhone: true, TermStart: '2023-05-04T00:00:00Z' },
      { Title: 'Peter Jones', FamilyName: 'Jones', WardId: 3, Status: 'Former', TermStart: '2015-05-07T00:00:00Z', TermEnd: '2019-05-02T00:00:00Z' },
      { Title: 'Mary Adams', FamilyName: 'Adams', WardId: 2, PoliticalGroupId: 2, Status: 'Current', PartyWebsite: { Url: 'https://example.org/mary', Description: 'Mary online' } },
    ],
  });
  await s.seed('Service Areas', {
    items: [
      { Title: 'Waste and Recycling', Directorate: 'Operations', Keywords: 'bins, missed collection, fly-tipping' },
      { Title: 'Council Tax', Directorate: 'Finance', Keywords: 'council tax, bills' },
    ],
  });
  await s.seed('Officers', {
    items: [
      { Title: 'Olu Adebayo', FamilyName: 'Adebayo', JobTitle: 'Waste Manager', ServiceAreaId: 1, Email: 'olu.adebayo@council.local' },
      { Title: 'Rhiannon Price', FamilyName: 'Price', JobTitle: 'Revenues Lead', ServiceAreaId: 2, Email: 'rhiannon.price@council.local', PoliticallyRestricted: true },
    ],
  });
  await s.seed('Liaison Officers', {
    items: [
      { Title: 'Waste CLO', OfficerId: 1, ServiceAreaId: 1, Role: 'Liaison Officer', WardsId: [1, 2] },
      { Title: 'Tax CLO', OfficerId: 2, ServiceAreaId: 2, Role: 'Deputy Liaison Officer', WardsId: [3] },
    ],
  });
}
