/**
 * Which pages are members' own channels is Democratic Services' decision, held in the Member
 * Channels list (sharepoint/assets/schema-member-channels.xml). A web part's property pane may
 * ask for the member channel, but gets it only on a page (or site) that the list names; it may
 * always narrow to the officer channel. When the list cannot be read, the answer is the officer
 * channel: nothing party-political is shown by mistake.
 */
import { z } from 'zod';
import type { Channel } from './channels';
import { parseChannel } from './channels';

export const MEMBER_CHANNEL_SCOPES = ['This page', 'Every page on this site'] as const;
export type MemberChannelScope = (typeof MEMBER_CHANNEL_SCOPES)[number];

/** One row of the Member Channels list. */
export const memberChannelEntrySchema = z
  .object({
    name: z.string({ required_error: 'Name is required.' }).trim().min(1, 'Name is required.').max(150, 'Name must be 150 characters or fewer.'),
    /** An absolute https address, or a server-relative one ("/sites/members/SitePages/Councillors.aspx"). */
    address: z
      .string({ required_error: 'Page or site address is required.', invalid_type_error: 'Page or site address must be a web address.' })
      .trim()
      .refine((v) => addressKey(v, 'https://example.invalid') !== undefined, 'Page or site address must be a web address, like https://council.sharepoint.com/sites/members/SitePages/Councillors.aspx.'),
    scope: z.enum(MEMBER_CHANNEL_SCOPES, { errorMap: () => ({ message: `Covers must be "${MEMBER_CHANNEL_SCOPES.join('" or "')}".` }) }).default('This page')
  })
  .strict();

export type MemberChannelEntry = z.output<typeof memberChannelEntrySchema>;

/** What the list says about a page. */
export type ChannelVerdict =
  /** The page, or its site, is listed as a members' own channel. */
  | { status: 'member-channel'; entry: MemberChannelEntry }
  /** The list was read and does not name the page. */
  | { status: 'not-listed' }
  /** The list could not be read (or the page address is not known): treated as not listed. */
  | { status: 'unknown'; reason: string };

/** An address as a comparable key: lower-case host and path, no query, fragment or trailing slash. */
function addressKey(address: string, base: string): { origin: string; path: string } | undefined {
  try {
    const u = new URL(address.trim(), base);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    const path = decodeURIComponent(u.pathname).toLowerCase().replace(/\/+$/, '');
    return { origin: u.origin.toLowerCase(), path };
  } catch {
    return undefined;
  }
}

/**
 * What the Member Channels list says about the page at `pageUrl`. Server-relative addresses in the
 * list belong to the list's own tenant: `listSiteUrl` (the directory site), else the page's.
 */
export function verdictFor(pageUrl: string, entries: readonly MemberChannelEntry[] | undefined, listSiteUrl?: string): ChannelVerdict {
  if (entries === undefined) return { status: 'unknown', reason: "The Member Channels list could not be read, so this page shows the officer channel." };
  const page = addressKey(pageUrl, 'https://example.invalid');
  if (!page) return { status: 'unknown', reason: 'The address of this page is not known, so it shows the officer channel.' };
  for (const entry of entries) {
    const listed = addressKey(entry.address, listSiteUrl ?? `${page.origin}/`);
    if (!listed || listed.origin !== page.origin) continue;
    if (entry.scope === 'This page' ? page.path === listed.path : page.path === listed.path || page.path.startsWith(`${listed.path}/`)) {
      return { status: 'member-channel', entry };
    }
  }
  return { status: 'not-listed' };
}

export interface EffectiveChannel {
  channel: Channel;
  /** Plain English for editors: why the web part shows this channel. */
  reason: string;
}

/**
 * The channel a web part shows: the property pane may narrow member → officer, never widen;
 * anything it asks for that is not understood is the officer channel.
 */
export function effectiveChannel(requested: Channel | string | undefined, verdict: ChannelVerdict): EffectiveChannel {
  const asked = typeof requested === 'string' ? parseChannel(requested) : undefined;
  if (asked !== 'member-profile') {
    return { channel: 'officer-owned', reason: 'This web part is set to the officer channel: no party-political information is shown.' };
  }
  switch (verdict.status) {
    case 'member-channel':
      return { channel: 'member-profile', reason: `Democratic Services list this page as a members' own channel ("${verdict.entry.name}").` };
    case 'not-listed':
      return {
        channel: 'officer-owned',
        reason:
          "This web part is set to the members' channel, but Democratic Services have not listed this page as one of the members' own channels, so it shows the officer channel. Ask Democratic Services to add the page to the Member Channels list if it should show councillors' parties."
      };
    case 'unknown':
      return { channel: 'officer-owned', reason: verdict.reason };
  }
}
