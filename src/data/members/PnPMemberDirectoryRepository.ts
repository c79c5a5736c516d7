/**
 * The member directory over PnPjs: Members, Wards, Bodies, Memberships, Political Groups and
 * Pre-election Periods in one $batch (one HTTP round trip while every list holds up to 5,000
 * items; a list beyond that follows page by page in ID order, so the list view threshold never
 * bites), cached for repeat views with PnPjs's Caching, validated field by field.
 *
 * On an officer-owned page the party columns of Members are not even selected, and Political
 * Groups are read only as names and aliases for the screen: they never leave this module. If
 * Political Groups (or the pre-election periods) cannot be read, the directory says so and
 * members' own text is withheld: the neutrality layer fails closed.
 */
import { spfi, SPQueryable, type SPFI } from '@pnp/sp';
import { bodySchema, BODY_IDENTITY } from '../../domain/model/body';
import { memberSchema, MEMBER_IDENTITY } from '../../domain/model/member';
import { membershipSchema, MEMBERSHIP_IDENTITY } from '../../domain/model/membership';
import { politicalGroupSchema, POLITICAL_GROUP_IDENTITY } from '../../domain/model/politicalGroup';
import { wardSchema, WARD_IDENTITY } from '../../domain/model/ward';
import type { Channel } from '../../domain/neutrality/channels';
import { preElectionPeriodSchema, ukToday } from '../../domain/neutrality/preElection';
import { cachedSp, readStamp, refreshCache } from '../core/cache';
import { DirectoryError, toDirectoryError } from '../core/errors';
import { readFirstPages, readRemaining, type ListRead } from '../core/paging';
import { parseRows, unreadableList, type RecordProblem } from '../core/records';
import { RetryNotice } from '../core/retryNotice';
import { LIST_TITLES, selectOf, type FieldOf } from '../lists';
import { bodyFromItem, memberFromItem, membershipFromItem, politicalGroupFromItem, preElectionPeriodFromItem, wardFromItem } from '../mappers/entities';
import { projectDirectory, type DirectoryRecords } from './project';
import type { IMemberDirectoryRepository, LoadOptions, MemberDirectory } from './types';

export const MEMBER_DIRECTORY_CACHE_SCOPE = 'member-directory';
export const MEMBER_DIRECTORY_CACHE_MINUTES = 15;

/** Party-political fields of Members: selected only on the members' own page. */
const MEMBER_PARTY_FIELDS: ReadonlyArray<FieldOf<'members'>> = ['politicalGroupId', 'partyWebsite'];

type Row = Record<string, unknown>;
type ListKey = 'members' | 'wards' | 'bodies' | 'memberships' | 'politicalGroups' | 'preElectionPeriods';
/** Lists the directory cannot do without; the others fail closed. */
const REQUIRED: readonly ListKey[] = ['members', 'wards', 'bodies', 'memberships'];

/** The reads for a channel, in a fixed order. */
export function directoryReads(channel: Channel): Record<ListKey, ListRead> {
  const officer = channel === 'officer-owned';
  return {
    members: { list: LIST_TITLES.members, select: selectOf('members', officer ? MEMBER_PARTY_FIELDS : []) },
    wards: { list: LIST_TITLES.wards, select: selectOf('wards') },
    bodies: { list: LIST_TITLES.bodies, select: selectOf('bodies') },
    memberships: { list: LIST_TITLES.memberships, select: selectOf('memberships') },
    // What the screen needs on an officer page: names, never web sites.
    politicalGroups: { list: LIST_TITLES.politicalGroups, select: selectOf('politicalGroups', officer ? ['website'] : []) },
    preElectionPeriods: { list: LIST_TITLES.preElectionPeriods, select: selectOf('preElectionPeriods') }
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

export class PnPMemberDirectoryRepository implements IMemberDirectoryRepository {
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
    const minutes = this.options.cacheMinutes ?? MEMBER_DIRECTORY_CACHE_MINUTES;
    // spfi(…) gives a new root, so the caller's SPFI is never changed by the behaviours added here.
    let sp = cachedSp(spfi(this.sp), { scope: MEMBER_DIRECTORY_CACHE_SCOPE, minutes });
    if (options.onRetry) sp = sp.using(RetryNotice(options.onRetry));
    const stamp = readStamp(MEMBER_DIRECTORY_CACHE_SCOPE, minutes);

    const reads = directoryReads(this.channel);
    const keys = Object.keys(reads) as ListKey[];
    let first: Awaited<ReturnType<typeof readFirstPages>>;
    try {
      first = await readFirstPages(
        sp,
        keys.map((k) => reads[k])
      );
    } catch (e) {
      throw toDirectoryError(e);
    }
    const rows = {} as Record<ListKey, Row[] | undefined>;
    const unreadable: RecordProblem[] = [];
    keys.forEach((k, i) => {
      rows[k] = first.pages[i];
      if (first.pages[i] !== undefined) return;
      const error = toDirectoryError(first.failures[i], reads[k].list);
      if (REQUIRED.includes(k)) throw error;
      unreadable.push(unreadableList(reads[k].list, `The ${reads[k].list} list could not be read, so members' own statements are not shown. (${describe(error)})`));
    });
    // Lists beyond one page: the rest in ID order, all such lists at once (the second round trip).
    try {
      await Promise.all(
        first.more.map(async (read) => {
          const key = keys.find((k) => reads[k] === read) as ListKey;
          const page = rows[key] as Row[];
          const lastId = Math.max(...page.map((r) => Number(r.Id) || 0));
          await readRemaining(sp, read, lastId, (more) => page.push(...more));
        })
      );
    } catch (e) {
      throw toDirectoryError(e);
    }
    const records = parseDirectory(rows);
    records.problems.unshift(...unreadable);
    return projectDirectory(records, this.channel, this.options.today?.() ?? ukToday(), stamp);
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

function describe(e: DirectoryError): string {
  return e.kind === 'forbidden' ? 'access denied' : e.kind === 'not-found' ? 'the list is missing' : e.kind;
}

/** Validates every list field by field; `undefined` rows are lists that could not be read. */
export function parseDirectory(rows: Record<ListKey, Row[] | undefined>): DirectoryRecords {
  const T = LIST_TITLES;
  const members = parseRows(rows.members ?? [], memberFromItem, { list: T.members, label: 'a member', schema: memberSchema, identity: MEMBER_IDENTITY });
  const wards = parseRows(rows.wards ?? [], wardFromItem, { list: T.wards, label: 'a ward', schema: wardSchema, identity: WARD_IDENTITY });
  const bodies = parseRows(rows.bodies ?? [], bodyFromItem, { list: T.bodies, label: 'a body', schema: bodySchema, identity: BODY_IDENTITY });
  const memberships = parseRows(rows.memberships ?? [], membershipFromItem, {
    list: T.memberships,
    label: 'a membership',
    schema: membershipSchema,
    identity: MEMBERSHIP_IDENTITY
  });
  const groups = parseRows(rows.politicalGroups ?? [], politicalGroupFromItem, {
    list: T.politicalGroups,
    label: 'a political group',
    schema: politicalGroupSchema,
    identity: POLITICAL_GROUP_IDENTITY
  });
  const periods = parseRows(rows.preElectionPeriods ?? [], preElectionPeriodFromItem, {
    list: T.preElectionPeriods,
    label: 'a pre-election period',
    schema: preElectionPeriodSchema,
    identity: ['start', 'end']
  });
  const all = [members, wards, bodies, memberships, groups, periods];
  return {
    members: members.records,
    wards: wards.records,
    bodies: bodies.records,
    memberships: memberships.records,
    groups: groups.records,
    preElectionPeriods: periods.records,
    problems: all.flatMap((p) => p.problems),
    withheld: {
      [T.members]: members.withheld,
      [T.wards]: wards.withheld,
      [T.bodies]: bodies.withheld,
      [T.memberships]: memberships.withheld,
      [T.politicalGroups]: groups.withheld
    },
    groupsReadable: rows.politicalGroups !== undefined,
    preElectionReadable: rows.preElectionPeriods !== undefined
  };
}
