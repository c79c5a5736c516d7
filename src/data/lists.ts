/**
 * List titles and internal field names. The data layer is the only code that knows them; they
 * match sharepoint/assets (the single definition of every list).
 */
export const LIST_TITLES = {
  wards: 'Wards',
  politicalGroups: 'Political Groups',
  members: 'Members',
  bodies: 'Bodies',
  memberships: 'Memberships',
  serviceAreas: 'Service Areas',
  officers: 'Officers',
  liaisonOfficers: 'Liaison Officers',
  changeRequests: 'Change Requests',
  preElectionPeriods: 'Pre-election Periods'
} as const;

export type ListKey = keyof typeof LIST_TITLES;

/** The `$select` for each list: only what the product reads. */
export const SELECTS: Record<Exclude<ListKey, 'changeRequests'>, string[]> = {
  wards: ['Id', 'Title', 'GssCode', 'Seats', 'Description'],
  politicalGroups: ['Id', 'Title', 'ShortName', 'Aliases', 'Website'],
  members: [
    'Id', 'Title', 'Honorific', 'GivenName', 'FamilyName', 'PreferredName', 'PostNominals', 'Photo', 'Email', 'Phone', 'Mobile',
    'PostalAddress', 'PublishPhone', 'PublishMobile', 'PublishAddress', 'WardId', 'PoliticalGroupId', 'PartyWebsite', 'TermStart',
    'TermEnd', 'Skills', 'Biography', 'Status', 'AccountId'
  ],
  bodies: ['Id', 'Title', 'Kind', 'Description', 'WebPage', 'SortOrder'],
  memberships: ['Id', 'MemberId', 'BodyId', 'Role', 'PostTitle', 'Portfolio', 'StartDate', 'EndDate'],
  serviceAreas: ['Id', 'Title', 'Directorate', 'Description', 'Keywords', 'TeamEmail', 'TeamPhone', 'WebPage'],
  officers: [
    'Id', 'Title', 'GivenName', 'FamilyName', 'JobTitle', 'ServiceAreaId', 'Email', 'Phone', 'Mobile', 'Location', 'Photo',
    'PoliticallyRestricted', 'AccountId'
  ],
  liaisonOfficers: ['Id', 'OfficerId', 'ServiceAreaId', 'Role', 'Profile', 'WardsId'],
  preElectionPeriods: ['Id', 'Title', 'StartDate', 'EndDate']
};
