/**
 * The demo site's Member Channels list: Democratic Services have listed the workbench's members'
 * own page, so Member Profiles shows parties there and nowhere else (see local/workbench/page.ts).
 */
import type { MemberChannelEntry } from '../../src/domain/neutrality/memberChannels';

/** The workbench page that is a members' own channel (server-relative, as a list entry may be). */
export const MEMBERS_PAGE_PATH = '/member-profiles';

export function workbenchMemberChannels(): MemberChannelEntry[] {
  return [{ name: 'Member Profiles (the members’ own page)', address: MEMBERS_PAGE_PATH, scope: 'This page' }];
}
