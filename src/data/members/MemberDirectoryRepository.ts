/**
 * The member directory over PnPjs: Members, Wards, Bodies, Memberships, Political Groups and
 * Pre-election Periods in one $batch (one HTTP round trip while every list holds up to 5,000
 * items; a list beyond that follows page by page in ID order, so the list view threshold never
 * bites), cached for repeat views with PnPjs's Caching, validated row by row.
 *
 * On an officer-owned page the party columns of Members are not even selected, and Political
 * Groups are read only as names and aliases for the screen: they never leave this module.
 */
import { spfi, SPQueryable, type SPFI } from '@pnp/sp';
import type { Queryable } from '@pnp/queryable';
import { bodySchema } from '../../domain/model/body';
import { memberSchema } from '../../domain/model/member';
import { membershipSchema } from '../../domain/model/membership';
import { politicalGroupSchema } from '../../domain/model/politicalGroup';
import { wardSchema } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import { preElectionPeriodSchema, ukToday } from '../../domain/neutrality/preElection';
import { cachedSp, refreshCache } from '../core/cache';
import { readFirstPages, readRemaining, type ListRead } from '../core/paging';
import { parseRows, type RecordProblem } from '../core/records';
import { LIST_TITLES, SELECTS } from '../lists';
import {
  bodyFromItem,
  memberFromItem,
  membershipFromItem,
  politicalGroupFromItem,
  preElectionPeriodFromItem,
  wardFromItem
} from '../mappers/entities';
import { projectDirectory, type DirectoryRecords } from './project';
import type { IMemberDirectoryRepository, LoadOptions, MemberDirectory } from './types';

export const MEMBER_DIRECTORY_CACHE_SCOPE = 'member-directory';
export const MEMBER_DIRECTORY_CACHE_MINUTES = 15;

/** Party-political columns of Members: selected only on the members' own page. */
const MEMBER_PARTY_FIELDS = ['PoliticalGroupId', 'PartyWebsite'];
/** What the screen needs from Political Groups on an officer page: names, never web sites. */
const GROUP_SCREEN_FIELDS = ['Id', 'Title', 'ShortName', 'Aliases'];

type Row = Record<string, unknown>;
type ListKey = 'members' | 'wards' | 'bodies' | 'memberships' | 'politicalGroups' | 'preElectionPeriods';

/** The reads for a channel, in a fixed order. */
export function directoryReads(channel: Channel): Record<ListKey, ListRead> {
  const officer = channel === 'officer-owned';
  return {
    members: {
      list: LIST_TITLES.members,
      select: officer ? SELECTS.members.filter((f) => !MEMBER_PARTY_FIELDS.includes(f)) : SELECTS.members
    },
    wards: { list: LIST_TITLES.wards, select: SELECTS.wards },
    bodies: { list: LIST_TITLES.bodies, select: SELECTS.bodies },
    memberships: { list: LIST_TITLES.memberships, select: SELECTS.memberships },
    politicalGroups: { list: LIST_TITLES.politicalGroups, select: officer ? GROUP_SCREEN_FIELDS : SELECTS.politicalGroups },
    preElectionPeriods: { list: LIST_TITLES.preElectionPeriods, select: SELECTS.preElectionPeriods }
  };
}

/** Tells the caller when PnPjs's BrowserFetchWithRetry is waiting to retry a throttled request. */
function RetryNotice(onRetry: () => void) {
  return (instance: Queryable) => {
    instance.on.log(function (message: string) {
      if (/^Attempt #\d+ to retry/.test(message)) onRetry();
    });
    return instance;
  };
}

/** SharePoint's EditListItems permission bit (PermissionKind 3) in the low word. */
const EDIT_LIST_ITEMS = 0x4;

export interface MemberDirectoryRepositoryOptions {
  /** Cache lifetime in minutes (default 15). */
  cacheMinutes?: number;
  /** Today in the UK, yyyy-mm-dd (default: the real date). */
  today?: () => string;
}

export class MemberDirectoryRepository implements IMemberDirectoryRepository {
  public readonly channel: Channel;
  private readonly sp: SPFI;
  private readonly options: MemberDirectoryRepositoryOptions;
  private editPermission: Promise<boolean> | undefined;

  public constructor(sp: SPFI, channel: Channel, options: MemberDirectoryRepositoryOptions = {}) {
    this.sp = sp;
    this.channel = channel;
    this.options = options;
  }

  public async load(options: LoadOptions = {}): Promise<MemberDirectory> {
    // spfi(…) gives a new root, so the caller's SPFI is never changed by the behaviours added here.
    let sp = cachedSp(spfi(this.sp), {
      scope: MEMBER_DIRECTORY_CACHE_SCOPE,
      minutes: this.options.cacheMinutes ?? MEMBER_DIRECTORY_CACHE_MINUTES
    });
    if (options.onRetry) sp = sp.using(RetryNotice(options.onRetry));

    const reads = directoryReads(this.channel);
    const keys = Object.keys(reads) as ListKey[];
    const { pages, more } = await readFirstPages(
      sp,
      keys.map((k) => reads[k])
    );
    const rows = {} as Record<ListKey, Row[]>;
    keys.forEach((k, i) => (rows[k] = pages[i]));
    // Lists beyond one page: the rest in ID order, all such lists at once (the second round trip).
    await Promise.all(
      more.map(async (read) => {
        const key = keys.find((k) => reads[k] === read) as ListKey;
        const lastId = Math.max(...rows[key].map((r) => Number(r.Id) || 0));
        await readRemaining(sp, read, lastId, (page) => rows[key].push(...page));
      })
    );
    return projectDirectory(parseDirectory(rows), this.channel, this.options.today?.() ?? ukToday());
  }

  public refresh(): void {
    refreshCache(MEMBER_DIRECTORY_CACHE_SCOPE);
    this.editPermission = undefined;
  }

  public canEditMembers(): Promise<boolean> {
    this.editPermission ??= SPQueryable(this.sp.web.lists.getByTitle(LIST_TITLES.members), 'EffectiveBasePermissions')<Row>()
      .then((result) => {
        const mask = (result.EffectiveBasePermissions as Row | undefined) ?? result;
        return ((Number(mask.Low) >>> 0) & EDIT_LIST_ITEMS) !== 0;
      })
      .catch(() => false);
    return this.editPermission;
  }
}

function parseDirectory(rows: Record<ListKey, Row[]>): DirectoryRecords {
  const members = parseRows(rows.members, memberFromItem, memberSchema, LIST_TITLES.members, 'a member');
  const wards = parseRows(rows.wards, wardFromItem, wardSchema, LIST_TITLES.wards, 'a ward');
  const bodies = parseRows(rows.bodies, bodyFromItem, bodySchema, LIST_TITLES.bodies, 'a body');
  const memberships = parseRows(rows.memberships, membershipFromItem, membershipSchema, LIST_TITLES.memberships, 'a membership');
  const groups = parseRows(rows.politicalGroups, politicalGroupFromItem, politicalGroupSchema, LIST_TITLES.politicalGroups, 'a political group');
  const periods = parseRows(
    rows.preElectionPeriods,
    preElectionPeriodFromItem,
    preElectionPeriodSchema,
    LIST_TITLES.preElectionPeriods,
    'a pre-election period'
  );
  const problems: RecordProblem[] = [
    ...members.problems,
    ...wards.problems,
    ...bodies.problems,
    ...memberships.problems,
    ...groups.problems,
    ...periods.problems
  ];
  return {
    members: members.records,
    wards: wards.records,
    bodies: bodies.records,
    memberships: memberships.records,
    groups: groups.records,
    preElectionPeriods: periods.records,
    problems
  };
}
