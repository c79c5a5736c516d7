/**
 * Every list title and internal column name the product uses, defined once, with the domain
 * field each column holds. The data layer reads, selects and writes through these definitions;
 * tests/unit/data/listDefinitions.test.ts checks them against sharepoint/assets (the single
 * definition of every list) column by column: name, type, lookup target and Required.
 */

/** How a column travels on the wire (and which SharePoint field type it is). */
export type ColumnKind =
  /** Id: the item's number. */
  | 'counter'
  /** Single line of text. */
  | 'text'
  /** Multiple lines of plain text. */
  | 'note'
  /** Multiple lines of text holding one entry per line. */
  | 'lines'
  /** Multiple lines of text holding entries separated by commas. */
  | 'commaList'
  | 'choice'
  | 'number'
  | 'boolean'
  /** Date-only column. */
  | 'date'
  /** Hyperlink: {Description, Url}. */
  | 'url'
  /** Image column: JSON text. */
  | 'image'
  /** Lookup: read and written as `<Name>Id`. */
  | 'lookup'
  /** Multi-value lookup: `<Name>Id` is an array. */
  | 'lookupMulti'
  /** Person column: `<Name>Id`. */
  | 'user';

export interface ColumnDef {
  /** The internal name, as in the list schema. */
  readonly name: string;
  readonly kind: ColumnKind;
  /** The list a lookup points at (its title). */
  readonly lookupList?: string;
}

export interface ListDef<F extends string = string> {
  readonly title: string;
  /** Domain field → column. */
  readonly fields: { readonly [K in F]: ColumnDef };
  /**
   * Set when the list's Title is a label the product writes for people browsing the list in
   * SharePoint (a member's display name, "Jane Smith – Planning Committee"), not a domain field.
   * Members' and officers' names fall back to it when the name columns are blank.
   */
  readonly titleIsLabel?: boolean;
}

const col = (name: string, kind: ColumnKind, lookupList?: string): ColumnDef => (lookupList ? { name, kind, lookupList } : { name, kind });

function list<F extends string>(title: string, fields: { [K in F]: ColumnDef }, titleIsLabel = false): ListDef<F> {
  return titleIsLabel ? { title, fields, titleIsLabel } : { title, fields };
}

export const LISTS = {
  wards: list('Wards', {
    id: col('Id', 'counter'),
    title: col('Title', 'text'),
    gssCode: col('GssCode', 'text'),
    seats: col('Seats', 'number'),
    description: col('Description', 'note')
  }),
  politicalGroups: list('Political Groups', {
    id: col('Id', 'counter'),
    name: col('Title', 'text'),
    shortName: col('ShortName', 'text'),
    aliases: col('Aliases', 'lines'),
    website: col('Website', 'url')
  }),
  members: list(
    'Members',
    {
      id: col('Id', 'counter'),
      honorific: col('Honorific', 'text'),
      givenName: col('GivenName', 'text'),
      familyName: col('FamilyName', 'text'),
      preferredName: col('PreferredName', 'text'),
      postNominals: col('PostNominals', 'text'),
      photoUrl: col('Photo', 'image'),
      email: col('Email', 'text'),
      phone: col('Phone', 'text'),
      mobile: col('Mobile', 'text'),
      postalAddress: col('PostalAddress', 'note'),
      publishPhone: col('PublishPhone', 'boolean'),
      publishMobile: col('PublishMobile', 'boolean'),
      publishAddress: col('PublishAddress', 'boolean'),
      wardId: col('Ward', 'lookup', 'Wards'),
      politicalGroupId: col('PoliticalGroup', 'lookup', 'Political Groups'),
      partyWebsite: col('PartyWebsite', 'url'),
      termStart: col('TermStart', 'date'),
      termEnd: col('TermEnd', 'date'),
      skills: col('Skills', 'lines'),
      biography: col('Biography', 'note'),
      status: col('Status', 'choice'),
      accountId: col('Account', 'user')
    },
    true
  ),
  bodies: list('Bodies', {
    id: col('Id', 'counter'),
    title: col('Title', 'text'),
    kind: col('Kind', 'choice'),
    description: col('Description', 'note'),
    webPage: col('WebPage', 'url'),
    sortOrder: col('SortOrder', 'number')
  }),
  memberships: list(
    'Memberships',
    {
      id: col('Id', 'counter'),
      memberId: col('Member', 'lookup', 'Members'),
      bodyId: col('Body', 'lookup', 'Bodies'),
      role: col('Role', 'choice'),
      postTitle: col('PostTitle', 'text'),
      portfolio: col('Portfolio', 'text'),
      startDate: col('StartDate', 'date'),
      endDate: col('EndDate', 'date')
    },
    true
  ),
  serviceAreas: list('Service Areas', {
    id: col('Id', 'counter'),
    title: col('Title', 'text'),
    directorate: col('Directorate', 'text'),
    description: col('Description', 'note'),
    keywords: col('Keywords', 'commaList'),
    teamEmail: col('TeamEmail', 'text'),
    teamPhone: col('TeamPhone', 'text'),
    webPage: col('WebPage', 'url')
  }),
  officers: list(
    'Officers',
    {
      id: col('Id', 'counter'),
      givenName: col('GivenName', 'text'),
      familyName: col('FamilyName', 'text'),
      jobTitle: col('JobTitle', 'text'),
      serviceAreaId: col('ServiceArea', 'lookup', 'Service Areas'),
      email: col('Email', 'text'),
      phone: col('Phone', 'text'),
      mobile: col('Mobile', 'text'),
      location: col('Location', 'text'),
      photoUrl: col('Photo', 'image'),
      politicallyRestricted: col('PoliticallyRestricted', 'boolean'),
      accountId: col('Account', 'user'),
      entraId: col('EntraObjectId', 'text'),
      userPrincipalName: col('UserPrincipalName', 'text'),
      status: col('Status', 'choice'),
      leftOn: col('LeftOn', 'date'),
      department: col('Department', 'text')
    },
    true
  ),
  liaisonOfficers: list(
    'Liaison Officers',
    {
      id: col('Id', 'counter'),
      officerId: col('Officer', 'lookup', 'Officers'),
      serviceAreaId: col('ServiceArea', 'lookup', 'Service Areas'),
      role: col('Role', 'choice'),
      profile: col('Profile', 'note'),
      wardIds: col('Wards', 'lookupMulti', 'Wards')
    },
    true
  ),
  /** A councillor's request to change their own profile: whose it is, is who made it (Created By). */
  changeRequests: list(
    'Change Requests',
    {
      id: col('Id', 'counter'),
      details: col('Details', 'note'),
      changes: col('Changes', 'note'),
      baseVersion: col('BaseVersion', 'number'),
      newPhoto: col('NewPhoto', 'note')
    },
    true
  ),
  /** Democratic Services' decision on a change request (who and when: Created By and Created). */
  changeRequestDecisions: list(
    'Change Request Decisions',
    {
      id: col('Id', 'counter'),
      requestId: col('Request', 'lookup', 'Change Requests'),
      decision: col('Decision', 'choice'),
      reason: col('Reason', 'note'),
      appliedVersion: col('AppliedVersion', 'number')
    },
    true
  ),
  preElectionPeriods: list(
    'Pre-election Periods',
    {
      id: col('Id', 'counter'),
      election: col('Title', 'text'),
      start: col('StartDate', 'date'),
      end: col('EndDate', 'date')
    },
    // The election's name is read from the Title, but a period without one is still a period.
    true
  ),
  /** Democratic Services' record of the pages and sites that are members' own channels. */
  memberChannels: list('Member Channels', {
    id: col('Id', 'counter'),
    name: col('Title', 'text'),
    address: col('Address', 'url'),
    scope: col('Scope', 'choice')
  })
} as const;

export type ListKey = keyof typeof LISTS;

/**
 * The column that holds a record's ModernGov id (the councillorid, the committeeid, the ward's
 * ModernGov title, a group's folded name), on the lists the ModernGov import keeps in step. Not a
 * domain field: only the import reads and writes it, so it is not in `LISTS` (nor in their selects).
 */
export const MODERNGOV_ID_COLUMN = 'ModernGovId';
export const LISTS_WITH_MODERNGOV_ID: readonly ListKey[] = ['wards', 'politicalGroups', 'members', 'bodies'];

/** List titles by key: the scan, the commands and the local seed use these. */
export const LIST_TITLES = Object.fromEntries(Object.entries(LISTS).map(([k, l]) => [k, l.title])) as {
  readonly [K in ListKey]: (typeof LISTS)[K]['title'];
};

export type FieldOf<K extends ListKey> = keyof (typeof LISTS)[K]['fields'] & string;

/** The property a column is read from and written to: lookups and people travel as `<Name>Id`. */
export function wireName(c: ColumnDef): string {
  return c.kind === 'lookup' || c.kind === 'lookupMulti' || c.kind === 'user' ? `${c.name}Id` : c.name;
}

/** The `$select` for a list's fields, leaving out `omit`; a labelled list also selects its Title. */
export function selectOf<K extends ListKey>(key: K, omit: readonly FieldOf<K>[] = []): string[] {
  const def: ListDef = LISTS[key];
  const out = Object.entries(def.fields)
    .filter(([field]) => !(omit as readonly string[]).includes(field))
    .map(([, c]) => wireName(c));
  if (def.titleIsLabel && !out.includes('Title')) out.splice(1, 0, 'Title');
  return out;
}

/** The `$select` of every list the product reads, all fields. */
export const SELECTS = Object.fromEntries((Object.keys(LISTS) as ListKey[]).map((k) => [k, selectOf(k)])) as Record<ListKey, string[]>;
