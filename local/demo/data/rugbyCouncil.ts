/**
 * Rugby Borough Council's political groups, bodies and posts for the demo.
 *
 * Bodies: the committee names follow Rugby's committee structure (Cabinet, Planning Committee,
 * Licensing and Safety Committee, Regulatory Committee, Audit and Ethics Committee, Scrutiny
 * Committee, Employment Committee); the Member and Officer Working Task Group is the task group named
 * in the 2022 Member and Officer Protocol (seed 003). Working parties, the second task group and the
 * outside bodies are the kind Rugby appoints to; their exact current names were not all confirmed.
 * Cabinet portfolios follow the council's service groupings (Communities and Homes, Growth and
 * Investment, Operations and Traded Services, Leisure and Wellbeing, Regulation and Safety, Digital
 * and Communications, and Finance, Performance, Legal and Governance).
 *
 * People are referred to by "Given Family" as written in rugbyMembers.ts.
 */
import type { BodyKind, MembershipRole } from '../../../src/domain/model';
import type { GroupKey } from './rugbyMembers';

export interface GroupRow {
  key: GroupKey;
  name: string;
  shortName: string;
  aliases: string[];
}

/** Seats: Conservative 22, Labour 9, Liberal Democrat 7, Green 2, Independent 2 (42). */
export const RUGBY_GROUPS: readonly GroupRow[] = [
  { key: 'con', name: 'Conservative Group', shortName: 'Conservative', aliases: ['Rugby Conservatives', 'Conservatives', 'Tories', 'Tory'] },
  { key: 'lab', name: 'Labour Group', shortName: 'Labour', aliases: ['Rugby Labour', 'Labour Party', 'Labour'] },
  { key: 'ld', name: 'Liberal Democrat Group', shortName: 'Lib Dem', aliases: ['Liberal Democrats', 'Lib Dems', 'Lib Dem', 'Rugby Liberal Democrats'] },
  { key: 'grn', name: 'Green Party Group', shortName: 'Green', aliases: ['Green Party', 'Rugby Green Party', 'Greens'] },
  { key: 'ind', name: 'Independent Group', shortName: 'Independent', aliases: ['Independents', 'Rugby Independents'] }
];

export interface BodyRow {
  title: string;
  kind: BodyKind;
  description: string;
}

export const RUGBY_BODIES: readonly BodyRow[] = [
  { title: 'Full Council', kind: 'Council', description: 'All 42 councillors. Sets the budget and council tax, agrees the policy framework and the constitution, appoints the Leader and elects the Mayor.' },
  { title: 'Cabinet', kind: 'Cabinet', description: 'The Leader of the Council and the portfolio holders. Takes most executive decisions within the budget and policy framework set by Council.' },
  { title: 'Planning Committee', kind: 'Committee', description: 'Decides planning applications that are not delegated to officers, including those called in by ward councillors.' },
  { title: 'Licensing and Safety Committee', kind: 'Committee', description: 'The statutory licensing committee under the Licensing Act 2003 and the Gambling Act 2005; hears contested premises licence applications through its sub-committees.' },
  { title: 'Regulatory Committee', kind: 'Committee', description: 'Hears taxi and private hire driver cases and other regulatory matters not covered by the Licensing and Safety Committee.' },
  { title: 'Audit and Ethics Committee', kind: 'Committee', description: 'Oversees internal and external audit, risk management and the annual governance statement, and promotes high standards of conduct by councillors.' },
  { title: 'Scrutiny Committee', kind: 'Committee', description: 'Holds the Cabinet to account, reviews council services and policies, and sets up task groups for in-depth reviews.' },
  { title: 'Employment Committee', kind: 'Committee', description: 'Deals with staffing policies, the pay policy statement and the appointment of chief officers.' },
  { title: 'Local Plan Working Party', kind: 'Working Party', description: 'Cross-party working party advising the Cabinet on the review of the Local Plan.' },
  { title: 'Climate Change and Environment Working Party', kind: 'Working Party', description: 'Advises the Cabinet on the council’s climate change strategy and action plan.' },
  { title: 'Member and Officer Working Task Group', kind: 'Task and Finish Group', description: 'Reviews how the Member and Officer Working Protocol is working: member conversations, the officer directory and Councillor Liaison Officers, and member profiles.' },
  { title: 'Cost of Living Task Group', kind: 'Task and Finish Group', description: 'A Scrutiny task group reviewing the help available to residents with household costs.' },
  { title: 'Warwickshire County Council', kind: 'Outside Body', description: 'The upper-tier council for Warwickshire (highways, schools, social care, libraries). Some borough councillors are also county councillors.' },
  { title: 'Dunchurch Parish Council', kind: 'Outside Body', description: 'Parish council for Dunchurch.' },
  { title: 'Clifton upon Dunsmore Parish Council', kind: 'Outside Body', description: 'Parish council for Clifton upon Dunsmore.' },
  { title: 'Wolston Parish Council', kind: 'Outside Body', description: 'Parish council for Wolston.' },
  { title: 'Long Lawford Parish Council', kind: 'Outside Body', description: 'Parish council for Long Lawford.' },
  { title: 'Binley Woods Parish Council', kind: 'Outside Body', description: 'Parish council for Binley Woods.' },
  { title: 'Rugby Town Centre Partnership', kind: 'Outside Body', description: 'Partnership of businesses, the council and others working to improve the town centre.' },
  { title: 'Warwickshire Police and Crime Panel', kind: 'Outside Body', description: 'Scrutinises the Warwickshire Police and Crime Commissioner; each Warwickshire council appoints a member.' },
  { title: 'Local Government Association General Assembly', kind: 'Outside Body', description: 'The assembly of member councils of the Local Government Association.' },
  { title: 'Coventry and Warwickshire Local Enterprise Partnership', kind: 'Outside Body', description: 'Business-led partnership for economic growth in Coventry and Warwickshire.' },
  { title: 'Rugby Community Safety Partnership', kind: 'Outside Body', description: 'The council, police, fire and health partners working together to reduce crime and anti-social behaviour in the borough.' }
];

export interface PostRow {
  member: string;
  body: string;
  role: MembershipRole;
  postTitle?: string;
  portfolio?: string;
  startDate?: string;
}

const ANNUAL_MEETING_2024 = '2024-05-13';
const ANNUAL_MEETING_2025 = '2025-05-13';

export const RUGBY_CABINET: readonly PostRow[] = [
  { member: 'Andrew Whitcombe', body: 'Cabinet', role: 'Leader', postTitle: 'Leader of the Council', portfolio: 'Growth and Investment' },
  { member: 'Harpreet Sandhu', body: 'Cabinet', role: 'Deputy Leader', postTitle: 'Deputy Leader of the Council', portfolio: 'Finance, Performance, Legal and Governance' },
  { member: 'Catherine Fairbairn', body: 'Cabinet', role: 'Portfolio Holder', portfolio: 'Communities and Homes' },
  { member: 'Daniel Kowalski', body: 'Cabinet', role: 'Portfolio Holder', portfolio: 'Operations and Traded Services' },
  { member: 'Hugh Carrington', body: 'Cabinet', role: 'Portfolio Holder', portfolio: 'Leisure and Wellbeing' },
  { member: 'Mark Bellamy', body: 'Cabinet', role: 'Portfolio Holder', portfolio: 'Regulation and Safety' },
  { member: 'Martin Hollis', body: 'Cabinet', role: 'Portfolio Holder', portfolio: 'Digital and Communications' }
].map((p) => ({ ...p, role: p.role as MembershipRole, startDate: ANNUAL_MEETING_2024 }));

/** Posts held through Full Council: civic posts, group posts and member champions. */
export const RUGBY_COUNCIL_POSTS: readonly PostRow[] = [
  { member: 'Patricia Holloway', body: 'Full Council', role: 'Mayor', postTitle: 'Mayor of Rugby', startDate: ANNUAL_MEETING_2025 },
  { member: 'Colin Atwal', body: 'Full Council', role: 'Deputy Mayor', postTitle: 'Deputy Mayor of Rugby', startDate: ANNUAL_MEETING_2025 },
  { member: 'Andrew Whitcombe', body: 'Full Council', role: 'Group Leader', postTitle: 'Leader of the Conservative Group' },
  { member: 'Owen Pritchard', body: 'Full Council', role: 'Deputy Group Leader', postTitle: 'Deputy Leader of the Conservative Group' },
  { member: 'Nadia Hussain', body: 'Full Council', role: 'Group Leader', postTitle: 'Leader of the Labour Group' },
  { member: 'Paul Jarvis', body: 'Full Council', role: 'Deputy Group Leader', postTitle: 'Deputy Leader of the Labour Group' },
  { member: 'Jonathan Pryce', body: 'Full Council', role: 'Group Leader', postTitle: 'Leader of the Liberal Democrat Group' },
  { member: 'Hannah Greaves', body: 'Full Council', role: 'Deputy Group Leader', postTitle: 'Deputy Leader of the Liberal Democrat Group' },
  { member: 'Isla Fraser', body: 'Full Council', role: 'Group Leader', postTitle: 'Leader of the Green Party Group' },
  { member: 'Benjamin Okafor', body: 'Full Council', role: 'Deputy Group Leader', postTitle: 'Deputy Leader of the Green Party Group' },
  { member: 'Janet Copeland', body: 'Full Council', role: 'Group Leader', postTitle: 'Leader of the Independent Group' },
  { member: 'Roy Eastwood', body: 'Full Council', role: 'Deputy Group Leader', postTitle: 'Deputy Leader of the Independent Group' },
  { member: 'Owen Pritchard', body: 'Full Council', role: 'Champion', postTitle: 'Armed Forces Champion' },
  { member: 'Isla Fraser', body: 'Full Council', role: 'Champion', postTitle: 'Climate Change Champion' },
  { member: 'Gurpreet Bains', body: 'Full Council', role: 'Champion', postTitle: 'Equality and Diversity Champion' },
  { member: 'Colin Atwal', body: 'Full Council', role: 'Champion', postTitle: "Older People's Champion" },
  { member: 'Kwame Mensah', body: 'Full Council', role: 'Champion', postTitle: "Young People's Champion" },
  { member: 'Joanne Castell', body: 'Full Council', role: 'Champion', postTitle: 'Dementia Champion' },
  { member: 'Geoffrey Marsh', body: 'Full Council', role: 'Champion', postTitle: 'Rural Champion' }
];

export interface CommitteeRow {
  body: string;
  /** Seats including the Chair and Vice-Chair, shared between groups by political balance. */
  seats: number;
  chair: string;
  viceChair?: string;
  /** One named substitute per group represented. */
  substitutes?: boolean;
  /** Cabinet members may not sit on it (scrutiny and audit). */
  excludeCabinet?: boolean;
}

export const RUGBY_COMMITTEES: readonly CommitteeRow[] = [
  { body: 'Planning Committee', seats: 11, chair: 'James Whitfield', viceChair: 'Alison Pendry', substitutes: true },
  { body: 'Licensing and Safety Committee', seats: 11, chair: 'Richard Okonkwo', viceChair: 'Deborah Lyle', substitutes: true },
  { body: 'Regulatory Committee', seats: 9, chair: 'Joanne Castell', viceChair: 'Connor Flynn', substitutes: true },
  { body: 'Audit and Ethics Committee', seats: 9, chair: 'Jonathan Pryce', viceChair: 'Thomas Ashby', excludeCabinet: true },
  { body: 'Scrutiny Committee', seats: 11, chair: 'Paul Jarvis', viceChair: 'Vikram Bhardwaj', excludeCabinet: true },
  { body: 'Employment Committee', seats: 9, chair: 'Harpreet Sandhu', viceChair: 'Nadia Hussain' }
];

export interface GroupOfMembersRow {
  body: string;
  chair: string;
  members: string[];
}

export const RUGBY_WORKING_GROUPS: readonly GroupOfMembersRow[] = [
  { body: 'Local Plan Working Party', chair: 'Andrew Whitcombe', members: ['James Whitfield', 'Lorraine Fenwick', 'Paul Jarvis', 'Janet Copeland', 'Isla Fraser', 'Vikram Bhardwaj'] },
  { body: 'Climate Change and Environment Working Party', chair: 'Daniel Kowalski', members: ['Eleanor Vance', 'Isla Fraser', 'Chloe Barnett', 'Anil Mehta', 'Roy Eastwood'] },
  { body: 'Member and Officer Working Task Group', chair: 'Hannah Greaves', members: ['Sunita Rao', 'Kwame Mensah', 'Helen Davenport', 'Benjamin Okafor'] },
  { body: 'Cost of Living Task Group', chair: 'Donna Whitaker', members: ['Angela Moorcroft', 'Gareth Llewellyn', 'Rosemary Atherton', 'Shauna Doyle'] }
];

const COUNTY_ELECTION_2025 = '2025-05-05';

export const RUGBY_OUTSIDE_APPOINTMENTS: readonly PostRow[] = [
  { member: 'Geoffrey Marsh', body: 'Warwickshire County Council', role: 'Councillor', postTitle: 'County Councillor', startDate: COUNTY_ELECTION_2025 },
  { member: 'Alison Pendry', body: 'Warwickshire County Council', role: 'Councillor', postTitle: 'County Councillor', startDate: COUNTY_ELECTION_2025 },
  { member: 'Jonathan Pryce', body: 'Warwickshire County Council', role: 'Councillor', postTitle: 'County Councillor', startDate: COUNTY_ELECTION_2025 },
  { member: 'Kwame Mensah', body: 'Warwickshire County Council', role: 'Councillor', postTitle: 'County Councillor', startDate: COUNTY_ELECTION_2025 },
  { member: 'James Whitfield', body: 'Dunchurch Parish Council', role: 'Councillor', postTitle: 'Parish Councillor' },
  { member: 'Geoffrey Marsh', body: 'Clifton upon Dunsmore Parish Council', role: 'Councillor', postTitle: 'Parish Councillor' },
  { member: 'Janet Copeland', body: 'Wolston Parish Council', role: 'Councillor', postTitle: 'Parish Councillor' },
  { member: 'Roy Eastwood', body: 'Long Lawford Parish Council', role: 'Councillor', postTitle: 'Parish Councillor' },
  { member: 'Deborah Lyle', body: 'Binley Woods Parish Council', role: 'Councillor', postTitle: 'Parish Councillor' },
  { member: 'Helen Davenport', body: 'Rugby Town Centre Partnership', role: 'Representative', postTitle: 'Council representative' },
  { member: 'Mark Bellamy', body: 'Warwickshire Police and Crime Panel', role: 'Representative', postTitle: 'Council representative' },
  { member: 'Andrew Whitcombe', body: 'Local Government Association General Assembly', role: 'Representative', postTitle: 'Council representative' },
  { member: 'Vikram Bhardwaj', body: 'Coventry and Warwickshire Local Enterprise Partnership', role: 'Representative', postTitle: 'Council representative' },
  { member: 'Mark Bellamy', body: 'Rugby Community Safety Partnership', role: 'Representative', postTitle: 'Council representative' },
  { member: 'Connor Flynn', body: 'Rugby Community Safety Partnership', role: 'Observer', postTitle: 'Scrutiny observer' }
];

/** Memberships of former members, with end dates, for history. */
export const RUGBY_PAST_MEMBERSHIPS: readonly (PostRow & { endDate: string })[] = [
  { member: 'Nigel Barraclough', body: 'Planning Committee', role: 'Member', startDate: '2021-05-17', endDate: '2024-05-06' },
  { member: 'Keith Allsop', body: 'Licensing and Safety Committee', role: 'Member', startDate: ANNUAL_MEETING_2024, endDate: '2024-12-31' },
  { member: 'Leonard Haines', body: 'Local Plan Working Party', role: 'Member', startDate: '2021-05-17', endDate: '2024-05-06' }
];

export const RUGBY_ANNUAL_MEETING = ANNUAL_MEETING_2024;
