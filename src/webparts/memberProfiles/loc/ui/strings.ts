/**
 * Every user-facing string of the Member Profiles UI, in British English. A typed module (not
 * SPFx's AMD `MemberProfilesWebPartStrings`) so that the React tree reads the same strings in
 * SharePoint, on the local workbench and in jest; the property pane keeps loc/en-us.js.
 *
 * Placeholders are written {name} and filled by `format`.
 */
export const strings = {
  title: 'Member Profiles',

  // Before any data: configuration
  notConfiguredTitle: 'Not configured.',
  notConnectedTitle: 'No councillors to show yet.',
  notConnectedMessage: 'The member directory reads the Members list on {siteUrl}. {channelNote}',
  officerPageNote: 'This is an officer page, so political parties will not be shown.',
  memberPageNote: "This is the members' own page, so each councillor's declared party will be shown.",

  // Loading, throttling, errors, refresh
  loading: 'Loading councillors…',
  busy: 'SharePoint is busy; retrying…',
  loadFailedTitle: 'The councillors could not be loaded.',
  loadFailedMessage: 'SharePoint did not answer ({reason}). Check your connection and try again.',
  tryAgain: 'Try again',
  refresh: 'Refresh',
  refreshing: 'Refreshing…',
  refreshLabel: 'Refresh the member directory from SharePoint',
  problemsSummary: '{count} records in the lists could not be shown because they are incomplete or invalid.',
  problemsSummaryOne: '1 record in the lists could not be shown because it is incomplete or invalid.',
  problemsDetails: 'Which records',
  problemItem: '{list}, item {id}: {problems}',
  officerChannelNote: 'Political parties are not shown on this page.',

  // Tabs
  viewsLabel: 'Ways to find a councillor',
  tabDirectory: 'Directory',
  tabWard: 'By ward',
  tabBody: 'By committee',

  // Directory
  directoryHeading: 'All councillors',
  searchLabel: 'Search councillors',
  searchPlaceholder: 'Name, ward, committee, role, portfolio or skill',
  clearSearch: 'Clear search',
  azLabel: 'Surname starts with',
  azAll: 'All',
  azLetterLabel: 'Surnames starting with {letter}',
  sortLabel: 'Sort by',
  sortSurname: 'Surname',
  sortWard: 'Ward',
  layoutLabel: 'Show as',
  layoutCards: 'Cards',
  layoutList: 'List',
  filtersButton: 'Filters',
  filtersButtonActive: 'Filters ({count} applied)',
  clearFilters: 'Clear all filters',
  removeFilter: 'Remove filter: {label}',
  facetWard: 'Ward',
  facetGroup: 'Political group',
  facetBody: 'Committee or body',
  facetRoleKind: 'Role',
  roleKindCabinet: 'Cabinet',
  roleKindChair: 'Chair or Vice-Chair',
  roleKindOutside: 'Outside appointment',
  showMore: 'Show all {count}',
  showFewer: 'Show fewer',
  resultCount: '{count} councillors',
  resultCountOne: '1 councillor',
  resultCountNone: 'No councillors match.',
  noResultsHint: 'Try fewer words, or clear the filters.',
  columnName: 'Name',
  columnWard: 'Ward',
  columnGroup: 'Political group',
  columnRoles: 'Roles',
  columnEmail: 'Email',
  openProfile: 'Open the profile of {name}',
  wardOf: '{ward} ward',

  // Ward view
  wardHeading: 'Find the councillors for a ward',
  wardPickerLabel: 'Ward',
  wardPickerPlaceholder: 'Type part of the ward name',
  wardPickerNoMatch: 'No ward matches "{text}".',
  wardPickerOptions: '{count} wards match',
  wardAllWards: 'Or choose a ward',
  wardSeats: '{count} seats',
  wardSeatsOne: '1 seat',
  wardVacancies: '{count} of its seats are vacant or not listed.',
  wardVacancyOne: '1 of its seats is vacant or not listed.',
  wardCouncillorsHeading: 'Councillors for {ward}',
  wardNone: 'No current councillors are listed for this ward.',
  chooseAnotherWard: 'Choose another ward',

  // Body view
  bodyHeading: 'Who sits on a committee or body',
  bodyPickerLabel: 'Committee or body',
  bodyPickerPlaceholder: 'Choose a committee or body',
  bodyMembersHeading: 'Members of {body}',
  bodyNone: 'No current councillors are listed for this body.',
  bodyWebPage: 'Web page for {body}',
  columnRole: 'Role',
  columnCouncillor: 'Councillor',
  columnPortfolio: 'Portfolio',
  columnSince: 'Since',
  kindCouncil: 'Full Council',
  kindCabinet: 'Cabinet',
  kindCommittee: 'Committees',
  kindWorkingParty: 'Working parties',
  kindTaskGroup: 'Task and finish groups',
  kindOutsideBody: 'Outside bodies',

  // Roles and headlines
  roleOfTheCouncil: '{role} of the Council',
  portfolioHolderFor: 'Portfolio Holder for {portfolio}',
  roleOfBody: '{role}, {body}',
  since: 'since {date}',
  until: 'until {date}',
  fromTo: '{from} to {to}',
  moreRoles: '+{count} more',

  // Profile
  profileLabel: 'Profile of {name}',
  closeProfile: 'Close the profile',
  profileLoading: 'Opening the profile…',
  profileNotFoundTitle: 'Profile not found.',
  profileNotFound: 'The councillor in this link (number {id}) is not in the directory. They may no longer be a councillor.',
  dismiss: 'Dismiss',
  profileWard: 'Ward',
  profileGroup: 'Political group',
  profilePartyWebsite: 'Party web page',
  profileTerm: 'Term of office',
  profileContact: 'Contact',
  profileAddress: 'Address',
  profileAbout: 'About me',
  profileStatementWithheld: 'Not shown on this page',
  profileEditorsNote: 'For editors: what the check found',
  profileCabinet: 'Cabinet and portfolio',
  profileCommittees: 'Committees',
  profileWorkingParties: 'Working parties',
  profileTaskGroups: 'Task and finish groups',
  profileAdditional: 'Additional responsibilities',
  profileOutside: 'Outside appointments',
  profileNoRoles: 'No committee places or other roles are listed.',
  profileSkills: 'Skills, interests and expertise',
  profileNoSkills: 'None listed.',
  profileCopyLink: 'Copy link to this profile',
  profileLinkCopied: 'Link copied.',
  vCardTitle: 'Councillor for {ward} ward',
  preElectionBanner: 'Pre-election period: councillors’ own statements are not shown until {date}.'
} as const;

export type MemberProfilesStrings = typeof strings;

/** Fills {placeholders}: format('{count} councillors', { count: 3 }) → '3 councillors'. */
export function format(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
