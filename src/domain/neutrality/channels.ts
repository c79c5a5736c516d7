/**
 * The channel registry: every list and every rendered view is declared here as
 * officer-owned or member-profile. Officer-owned channels carry nothing party-political;
 * the member-profile channel may state a member's party as a fact, but may not campaign.
 */

export type Channel = 'officer-owned' | 'member-profile';

export const CHANNELS: readonly Channel[] = ['officer-owned', 'member-profile'];

/** Where a list or view sits, and why. */
export interface ChannelEntry {
  channel: Channel;
  /** Plain-English reason, shown to Democratic Services in scans. */
  reason: string;
}

/** Every SharePoint list of the product, by title. */
export const LIST_CHANNELS = {
  Wards: { channel: 'officer-owned', reason: 'Wards are council geography, maintained by officers.' },
  'Political Groups': {
    channel: 'member-profile',
    reason: "The groups on the council: used to state a member's party on their own profile, and to screen officer text."
  },
  Members: {
    channel: 'member-profile',
    reason: "Members' profiles are the members' own channel; officer pages see them only through the officer projection."
  },
  Bodies: { channel: 'officer-owned', reason: 'Committees and outside bodies are council business, maintained by Democratic Services.' },
  Memberships: {
    channel: 'member-profile',
    reason: 'Memberships include party group roles; officer pages see them only through the officer projection.'
  },
  'Service Areas': { channel: 'officer-owned', reason: 'Service descriptions are written and owned by officers.' },
  Officers: { channel: 'officer-owned', reason: 'The officer directory is owned and supported by officers.' },
  'Liaison Officers': { channel: 'officer-owned', reason: 'Councillor Liaison Officer profiles are written by officers.' },
  'Change Requests': {
    channel: 'member-profile',
    reason: 'Changes members ask Democratic Services to make to their own profiles.'
  },
  'Change Request Decisions': {
    channel: 'member-profile',
    reason: "Democratic Services' decisions on the changes members ask for to their own profiles."
  },
  'Pre-election Periods': { channel: 'officer-owned', reason: 'Set by Democratic Services under the publicity code.' },
  'Member Channels': {
    channel: 'officer-owned',
    reason: "Democratic Services' record of which pages are members' own channels (memberChannels.ts)."
  }
} as const satisfies Record<string, ChannelEntry>;

export type ListTitle = keyof typeof LIST_CHANNELS;

/** Every rendered view of the product. A web part on an officer page is officer-owned. */
export const VIEW_CHANNELS = {
  'officer-directory': { channel: 'officer-owned', reason: 'The officer directory is an officer channel.' },
  'liaison-officers': { channel: 'officer-owned', reason: 'Liaison officer profiles are an officer channel.' },
  'member-profiles.officer-page': {
    channel: 'officer-owned',
    reason: 'Member Profiles placed on an officer page shows councillors through the officer projection.'
  },
  'member-profiles.member-channel': {
    channel: 'member-profile',
    reason: "Member Profiles on the members' own page may state each member's declared party."
  }
} as const satisfies Record<string, ChannelEntry>;

export type ViewName = keyof typeof VIEW_CHANNELS;

export function channelOfList(title: ListTitle): Channel {
  return LIST_CHANNELS[title].channel;
}

export function channelOfView(view: ViewName): Channel {
  return VIEW_CHANNELS[view].channel;
}

/** Parses the short names the CLI and property pane use ("officer", "member") as well as the full ones. */
export function parseChannel(value: string): Channel | undefined {
  const v = value.trim().toLowerCase();
  if (v === 'officer' || v === 'officer-owned') return 'officer-owned';
  if (v === 'member' || v === 'member-profile') return 'member-profile';
  return undefined;
}
