/**
 * Reading Democratic Services' Member Channels list (the pages and sites that are members' own
 * channels) and deciding a page's channel from it. The list is read in the directory's first
 * $batch, so the decision costs no round trip; if it cannot be read, the page is an officer page.
 */
import { effectiveChannel, memberChannelEntrySchema, verdictFor, type EffectiveChannel, type MemberChannelEntry } from '../../domain/neutrality/memberChannels';
import type { Channel } from '../../domain/neutrality/channels';
import type { ListRead } from '../core/paging';
import type { RecordProblem } from '../core/records';
import { LIST_TITLES, selectOf } from '../lists';
import { fromItem } from '../mappers/entities';

export const MEMBER_CHANNELS_READ: ListRead = { list: LIST_TITLES.memberChannels, select: selectOf('memberChannels') };

/**
 * The address of the page a web part is on, from SPFx's page context (the web part class hands
 * it over as plain data): the site's origin and the server-relative path of the request.
 */
export function pageAddress(pageContext: { site: { absoluteUrl: string; serverRequestPath: string } }): string | undefined {
  try {
    return new URL(pageContext.site.serverRequestPath, pageContext.site.absoluteUrl).href;
  } catch {
    return undefined;
  }
}

/** The valid rows of the list; a row that cannot be used is reported to editors and ignored. */
export function parseMemberChannels(rows: ReadonlyArray<Record<string, unknown>>): { entries: MemberChannelEntry[]; problems: RecordProblem[] } {
  const entries: MemberChannelEntry[] = [];
  const problems: RecordProblem[] = [];
  for (const row of rows) {
    const { name, address, scope } = fromItem('memberChannels', row);
    const parsed = memberChannelEntrySchema.safeParse({ name, address, scope });
    if (parsed.success) entries.push(parsed.data);
    else {
      problems.push({
        list: LIST_TITLES.memberChannels,
        itemId: typeof row.Id === 'number' ? row.Id : undefined,
        outcome: 'left-out',
        fields: parsed.error.issues.map((i) => String(i.path[0] ?? '')),
        problems: [...parsed.error.issues.map((i) => i.message), 'This row does not make any page a members’ channel until it is corrected.']
      });
    }
  }
  return { entries, problems };
}

/**
 * The channel a Member Profiles web part shows: the member channel only when its property pane
 * asks for it and the list (read, or `undefined` when it could not be) names the page.
 */
export function channelOfPage(requested: Channel, pageUrl: string | undefined, rows: ReadonlyArray<Record<string, unknown>> | undefined, siteUrl?: string): EffectiveChannel & { problems: RecordProblem[] } {
  if (requested !== 'member-profile') return { ...effectiveChannel(requested, { status: 'not-listed' }), problems: [] };
  if (rows === undefined) return { ...effectiveChannel(requested, verdictFor(pageUrl ?? '', undefined, siteUrl)), problems: [] };
  const { entries, problems } = parseMemberChannels(rows);
  const verdict = pageUrl === undefined ? ({ status: 'unknown', reason: 'The address of this page is not known, so it shows the officer channel.' } as const) : verdictFor(pageUrl, entries, siteUrl);
  return { ...effectiveChannel(requested, verdict), problems };
}
