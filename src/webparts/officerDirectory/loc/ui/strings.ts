/**
 * The Officer Directory's words, in British English. Components import this module directly
 * (jest cannot resolve SPFx's AMD strings module); loc/en-us.js stays for the property pane.
 */
import { dayOf, n } from '../../../../components/common/format';

const plural = (count: number, one: string, many: string): string => `${n(count)} ${count === 1 ? one : many}`;

export const strings = {
  title: 'Officer Directory',
  /** What the loading messages call what is loading. */
  what: 'the officer directory',
  skipLinksLabel: 'Officer Directory: shortcuts',
  skipToSearch: 'Skip to the topic search',
  skipPast: 'Skip past the Officer Directory',
  loadingOfficers: (loaded: number, expected: number): string => `Loading officers… ${n(loaded)} of about ${n(expected)}`,
  tryAgain: 'Try again',

  officersIncompleteTitle: 'Some officers are missing.',
  officersIncomplete: (loaded: number, reason: string): string => `${n(loaded)} officers are shown, but the rest could not be loaded. ${reason}`,

  tabsLabel: 'Ways to find an officer',
  tabTopic: 'Find a liaison officer',
  tabBrowse: 'Browse services',
  tabOfficers: 'Officer directory',

  topicLabel: 'What do you need help with?',
  topicHint: 'Type a topic or a service, for example bins, fly-tipping, council tax or planning enforcement.',
  topicPlaceholder: 'For example: fly-tipping',
  suggestionsLabel: 'Popular topics',
  suggestions: ['bins', 'fly-tipping', 'council tax', 'planning enforcement', 'housing repairs', 'licensing'],
  wardLabel: 'Your ward (optional)',
  wardAll: 'All wards',
  wardNarrowing: (ward: string): string => `Showing the liaison officers who cover ${ward}.`,
  topicPrompt: 'Type a topic to see the services that deal with it, and their liaison officers.',
  topicCount: (count: number, query: string): string =>
    count === 0 ? `No services match “${query}”.` : `${plural(count, 'service matches', 'services match')} “${query}”.`,
  topicNone: 'Try another word, or browse all services.',
  topicPartial: 'No service matches every word, so these match some of them.',
  countyHint: (what: string): string =>
    `Looking for ${what}? These are usually County Council services, not the borough council’s. Customer Services can pass a report on.`,
  showAllServices: (count: number): string => `Show all ${n(count)} matching services`,
  /** Why a service is in the results, in a councillor's words. */
  matchedTopics: 'Deals with:',

  liaisonOfficer: 'Councillor Liaison Officer',
  deputyLiaisonOfficer: 'Deputy Liaison Officer',
  coversAll: 'Covers all wards',
  covers: (wards: string): string => `Covers: ${wards}`,
  helpWith: 'What I can help with',
  noLiaisonForWard: (ward: string): string => `No liaison officer for this service covers ${ward}; contact the team below.`,
  noLiaison: 'This service has no liaison officer yet; contact the team below.',
  teamContacts: 'Team contacts',
  teamName: (service: string): string => `the ${service} team`,
  webPage: (service: string): string => `${service} on the council website`,
  editorBanner: (count: number): string =>
    `${plural(count, 'text is', 'texts are')} not shown on this page because ${count === 1 ? 'it contains' : 'they contain'} party-political content. ` +
    'Officer pages must stay politically neutral (Member and Officer Protocol). Correct them in their SharePoint lists: the Neutrality report lists each one.',
  problemsBanner: (count: number): string =>
    `${plural(count, 'record needs', 'records need')} correcting: ${count === 1 ? 'it is' : 'they are'} shown without the details named, or left out.`,
  leftOut: '(not shown)',
  editService: (service: string): string => `Edit the service ${service}`,
  editOfficer: (name: string): string => `Edit ${name}’s photo and politically restricted post`,
  editLiaison: (name: string, service: string): string => `Edit ${name}, liaison officer for ${service}`,
  addLiaison: (service: string): string => `Add a liaison officer for ${service}`,
  addLiaisonText: 'Add a liaison officer',
  editOwnEntry: (service: string): string => `Edit what you can help with, as liaison officer for ${service}`,
  editOwnEntryText: 'Edit what I can help with',
  liaisonHistoryOf: (name: string, service: string): string => `${name}'s entry as liaison officer for ${service}`,

  browseIntro: 'Every council service, by directorate, with its liaison officer and team contacts.',
  browseJump: 'Jump to a directorate',
  servicesIn: (count: number): string => plural(count, 'service', 'services'),

  officersLabel: 'Search officers',
  officersHint: 'Search by name, job title, service or topic.',
  officersPlaceholder: 'For example: planning enforcement team leader',
  directorateLabel: 'Directorate',
  directorateAll: 'All directorates',
  serviceLabel: 'Service area',
  serviceAll: 'All service areas',
  azLabel: 'Surname A to Z',
  azAll: 'All',
  azLetter: (letter: string): string => `Surnames starting with ${letter}`,
  clearFilters: 'Clear search and filters',
  officerCount: (count: number, total: number, loading: boolean): string =>
    (count === total ? plural(count, 'officer', 'officers') : `${n(count)} of ${plural(total, 'officer', 'officers')}`) +
    (loading ? ' (more still loading)' : ''),
  closeMatches: (query: string): string => `Nothing matches “${query}” exactly, so these are close matches.`,
  noOfficers: 'No officers match. Check the spelling, or clear the filters.',
  listLabel: 'Officers',
  listKeys: 'Use the up and down arrow keys to move through the list, and Enter to open an officer’s card.',

  close: 'Close',
  closeCard: (name: string): string => `Close ${name}’s card`,
  restricted: 'Politically restricted post',
  liaisonFor: (role: string, service: string): string => `${role} for ${service}`,
  location: 'Location',
  jobTitle: 'Job title',
  email: 'Email',
  phone: 'Phone',
  mobile: 'Mobile',
  photo: 'Photo',
  service: 'Service',
  linkToOfficer: 'Link to this card',
  findingOfficer: 'Finding the officer from the link…',
  officerNotFound: (id: string): string => `No officer with the number ${id} is in the directory. They may have left the council.`,

  // Liaison officers who have left or moved (from the sync with Entra ID), for Democratic Services.
  liaisonLeft: (name: string, leftOn: string | undefined): string =>
    `${name} has left the council${leftOn ? ` (since ${longDate(leftOn)})` : ''}. Councillors no longer see them here: choose a new liaison officer.`,
  liaisonMoved: (name: string, service: string): string => `${name} now works in ${service || 'another service'}. Check they are still the right liaison officer here.`,
  attentionTitle: (count: number): string => `${plural(count, 'liaison entry needs', 'liaison entries need')} attention, because the officer has left or moved service.`,
  attentionLeft: (name: string, role: string, service: string, leftOn: string | undefined): string =>
    `${name} (${role}, ${service}) has left the council${leftOn ? ` (since ${longDate(leftOn)})` : ''}.`,
  attentionMoved: (name: string, role: string, service: string, nowIn: string): string => `${name} (${role}, ${service}) now works in ${nowIn || 'another service'}.`
};

/** "2026-06-01" → "1 June 2026" (midday, so the day is the same in any UK time); as given when it is not a date. */
const longDate = (iso: string): string => dayOf(`${iso.slice(0, 10)}T12:00:00Z`) || iso;

export type OfficerDirectoryStrings = typeof strings;
