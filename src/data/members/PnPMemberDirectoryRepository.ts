/**
 * The member directory over PnPjs: Members, Wards, Bodies, Memberships, Political Groups,
 * Pre-election Periods (and, when the property pane asks for the members' channel, Democratic
 * Services' Member Channels list, which decides whether this page gets it) in one $batch (one HTTP round trip while every list holds up to 5,000
 * items; a list beyond that follows page by page in ID order, so the list view threshold never
 * bites), cached for repeat views with PnPjs's Caching, validated field by field.
 *
 * On an officer-owned page the party columns of Members are not even selected, and Political
 * Groups are read only as names and aliases for the screen: they never leave this module. If
 * Political Groups (or the pre-election periods) cannot be read, the directory says so and
 * members' own text is withheld: the neutrality layer fails closed.
 */
import { spfi, type SPFI } from '@pnp/sp';
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
import { loadScreening } from '../core/screening';
import { parseRows, unreadableList, type RecordProblem } from '../core/records';
import { RetryNotice } from '../core/retryNotice';
import type { EditableKind } from '../editing/kinds';
import type { EditRights, IDirectoryEditor } from '../editing/types';
import { AccessCache } from '../requests/access';
import type { HistoryEntry } from '../requests/history';
import type { IChangeRequests, SelfService } from '../requests/types';
import { LISTS, LIST_TITLES, selectOf, type FieldOf } from '../lists';
import { GMT_STANDARD_TIME, timeZoneFromSp, type SiteTimeZone } from '../mappers/dates';
import { entityMappers, type EntityMappers } from '../mappers/entities';
import { timeZoneRead } from '../mappers/siteTimeZone';
import type { IImportService } from '../import/service';
import { channelOfPage, MEMBER_CHANNELS_READ } from './memberChannels';
import { projectDirectory, type DirectoryRecords } from './project';
import type { PoliticalGroupTerms } from '../../domain/neutrality/screening/types';
import type { ListScanned, ScanReport } from '../scan/types';
import type { IMemberDirectoryRepository, LoadOptions, MemberDirectory } from './types';

export const MEMBER_DIRECTORY_CACHE_SCOPE = 'member-directory';
export const MEMBER_DIRECTORY_CACHE_MINUTES = 15;

/** Party-political fields of Members: selected only on the members' own page. */
const MEMBER_PARTY_FIELDS: ReadonlyArray<FieldOf<'members'>> = ['politicalGroupId', 'partyWebsite'];

type Row = Record<string, unknown>;
type ListKey = 'members' | 'wards' | 'bodies' | 'memberships' | 'politicalGroups' | 'preElectionPeriods';
type ReadKey = ListKey | 'memberChannels';
/** Lists the directory cannot do without; the others fail closed. */
const REQUIRED: readonly ListKey[] = ['members', 'wards', 'bodies', 'memberships'];

/**
 * The reads for the channel the property pane asks for, in a fixed order. Asked for the member
 * channel, the Member Channels list comes in the same batch: it decides whether the page gets it.
 */
export function directoryReads(channel: Channel): Record<ListKey, ListRead> & { memberChannels?: ListRead } {
  const officer = channel === 'officer-owned';
  return {
    ...(officer ? {} : { memberChannels: MEMBER_CHANNELS_READ }),
    // FileDirRef: a photo uploaded in the list form is an attachment, found from the item's folder.
    // Modified: the profile's "last updated" line.
    members: { list: LIST_TITLES.members, select: [...selectOf('members', officer ? MEMBER_PARTY_FIELDS : []), 'FileDirRef', 'Modified'] },
    wards: { list: LIST_TITLES.wards, select: selectOf('wards') },
    bodies: { list: LIST_TITLES.bodies, select: selectOf('bodies') },
    memberships: { list: LIST_TITLES.memberships, select: selectOf('memberships') },
    // What the screen needs on an officer page: names, never web sites.
    politicalGroups: { list: LIST_TITLES.politicalGroups, select: selectOf('politicalGroups', officer ? ['website'] : []) },
    preElectionPeriods: { list: LIST_TITLES.preElectionPeriods, select: selectOf('preElectionPeriods') }
  };
}

export interface MemberDirectoryRepositoryOptions {
  /**
   * The address of the page the web part is on (from SPFx's page context): the member channel is
   * shown only on a page Democratic Services list in Member Channels. Unknown: the officer channel.
   */
  pageUrl?: string;
  /** The directory site's address: server-relative addresses in Member Channels belong to it. */
  siteUrl?: string;
  /** Cache lifetime in minutes (default 15). */
  cacheMinutes?: number;
  /** Today in the UK, yyyy-mm-dd (default: the real date). */
  today?: () => string;
}

export class PnPMemberDirectoryRepository implements IMemberDirectoryRepository {
  /** What the property pane asks for: the member channel is granted only by the Member Channels list. */
  private readonly requested: Channel;
  private effective: Channel = 'officer-owned';
  private readonly sp: SPFI;
  private readonly options: MemberDirectoryRepositoryOptions;
  private readonly rights: AccessCache;
  /** What the editor needs from the last load: the council's groups for its screen (never shown), the site's time zone. */
  private forEditor: { terms: PoliticalGroupTerms[]; unavailable: boolean; zone: SiteTimeZone } = { terms: [], unavailable: true, zone: GMT_STANDARD_TIME };

  public constructor(sp: SPFI, channel: Channel, options: MemberDirectoryRepositoryOptions = {}) {
    this.sp = sp;
    this.requested = channel;
    this.options = options;
    // A political group is edited only on the members' own page, where the party is shown.
    const kinds: EditableKind[] = ['member', 'membership', 'body', 'ward', 'preElectionPeriod', ...(channel === 'member-profile' ? (['politicalGroup'] as const) : [])];
    this.rights = new AccessCache(() => this.sp, kinds);
  }

  public async load(options: LoadOptions = {}): Promise<MemberDirectory> {
    // The screen's engine loads alongside the first request (see core/screening).
    const screening = loadScreening();
    const minutes = this.options.cacheMinutes ?? MEMBER_DIRECTORY_CACHE_MINUTES;
    // spfi(…) gives a new root, so the caller's SPFI is never changed by the behaviours added here.
    let sp = cachedSp(spfi(this.sp), { scope: MEMBER_DIRECTORY_CACHE_SCOPE, minutes });
    if (options.onRetry) sp = sp.using(RetryNotice(options.onRetry));
    const stamp = readStamp(MEMBER_DIRECTORY_CACHE_SCOPE, minutes);

    const reads: Partial<Record<ReadKey, ListRead>> = directoryReads(this.requested);
    const keys = Object.keys(reads) as ReadKey[];
    const readOf = (k: ReadKey): ListRead => reads[k] as ListRead;
    let first: Awaited<ReturnType<typeof readFirstPages>>;
    try {
      // The site's time zone travels in the same batch: date-only columns are read by it.
      first = await readFirstPages(
        sp,
        keys.map(readOf),
        undefined,
        timeZoneRead
      );
    } catch (e) {
      throw toDirectoryError(e);
    }
    const rows = {} as Record<ReadKey, Row[] | undefined>;
    const unreadable: RecordProblem[] = [];
    keys.forEach((k, i) => {
      rows[k] = first.pages[i];
      if (first.pages[i] !== undefined) return;
      const list = readOf(k).list;
      const error = toDirectoryError(first.failures[i], list);
      if ((REQUIRED as readonly ReadKey[]).includes(k)) throw error;
      const consequence = k === 'memberChannels' ? 'this page shows the officer channel' : "members' own statements are not shown";
      unreadable.push(unreadableList(list, `The ${list} list could not be read, so ${consequence}. (${describe(error)})`));
    });
    // Lists beyond one page: the rest in ID order, all such lists at once (the second round trip).
    try {
      await Promise.all(
        first.more.map(async (read) => {
          const key = keys.find((k) => reads[k] === read) as ReadKey;
          const page = rows[key] as Row[];
          const lastId = Math.max(...page.map((r) => Number(r.Id) || 0));
          await readRemaining(sp, read, lastId, (more) => page.push(...more));
        })
      );
    } catch (e) {
      throw toDirectoryError(e);
    }
    const zone = timeZoneFromSp(first.alongside);
    const records = parseDirectory(rows, entityMappers(zone));
    records.problems.unshift(...unreadable);
    this.forEditor = { terms: records.groups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: g.aliases })), unavailable: !records.groupsReadable, zone };
    // The channel is Democratic Services' decision (the Member Channels list), never the pane's alone.
    const decided = channelOfPage(this.requested, this.options.pageUrl, rows.memberChannels, this.options.siteUrl);
    this.effective = decided.channel;
    records.problems.push(...decided.problems);
    const directory = projectDirectory(records, decided.channel, this.options.today?.() ?? ukToday(), await screening, stamp, decided.reason);
    return { ...directory, ...ownFacts(rows.members ?? []) };
  }

  /** The channel the page shows: the officer channel until a load has found the page listed. */
  public get channel(): Channel {
    return this.effective;
  }

  public refresh(): void {
    refreshCache(MEMBER_DIRECTORY_CACHE_SCOPE);
  }

  public editRights(): Promise<EditRights> {
    return this.rights.get().then((a) => a.rights);
  }

  public selfService(): Promise<SelfService> {
    return this.rights.get().then((a) => a.self);
  }

  public async openRequests(): Promise<IChangeRequests> {
    const { PnPChangeRequests } = await import(/* webpackChunkName: 'change-requests-data' */ '../requests/PnPChangeRequests');
    return new PnPChangeRequests(this.sp);
  }

  public async readHistory(memberId: number): Promise<HistoryEntry[]> {
    const { readHistory } = await import(/* webpackChunkName: 'change-requests-data' */ '../requests/history');
    // On an officer page the history, like the page, has no party field.
    const fields = Object.keys(LISTS.members.fields).filter((f) => f !== 'id' && !(this.channel === 'officer-owned' && (MEMBER_PARTY_FIELDS as readonly string[]).includes(f)));
    return readHistory(this.sp, LISTS.members, memberId, fields, this.forEditor.zone);
  }

  public async openEditor(): Promise<IDirectoryEditor> {
    const { PnPDirectoryEditor } = await import(/* webpackChunkName: 'directory-editor-data' */ '../editing/PnPDirectoryEditor');
    const { terms, unavailable, zone } = this.forEditor;
    return new PnPDirectoryEditor(this.sp, { channel: this.channel, groupTerms: terms, groupsUnavailable: unavailable, timeZone: zone });
  }

  public async runNeutralityScan(onList?: (list: ListScanned) => void): Promise<ScanReport> {
    const { scanSite } = await import(/* webpackChunkName: 'neutrality-scan' */ '../scan/scanSite');
    // The scan reads every list afresh, never from the page's cache.
    return scanSite(spfi(this.sp), { siteUrl: this.options.siteUrl ?? siteOf(this.sp), onList });
  }

  public async openImports(): Promise<IImportService> {
    const { PnPImportService } = await import(/* webpackChunkName: 'import-export-data' */ '../import/PnPImportService');
    return new PnPImportService(spfi(this.sp), { today: this.options.today });
  }

  /** One ask for every list the editors need (rights.ts), shared with `editRights`. */
  public canEditMembers(): Promise<boolean> {
    return this.rights.get().then((a) => a.rights.member?.edit === true);
  }

}

/** When each profile last changed, and whose account it is: the self-service parts of a profile. */
function ownFacts(rows: Row[]): { modified: Map<number, string>; accounts: Map<number, number> } {
  const modified = new Map<number, string>();
  const accounts = new Map<number, number>();
  for (const r of rows) {
    const id = Number(r.Id);
    if (typeof r.Modified === 'string') modified.set(id, r.Modified);
    const account = Number(r[`${LISTS.members.fields.accountId.name}Id`]);
    if (Number.isInteger(account) && account > 0) accounts.set(id, account);
  }
  return { modified, accounts };
}

/** The site a PnPjs root points at ("https://…/sites/council"). */
export function siteOf(sp: SPFI): string {
  return sp.web.toUrl().replace(/\/_api\/web\/?$/i, '');
}

function describe(e: DirectoryError): string {
  return e.kind === 'forbidden' ? 'access denied' : e.kind === 'not-found' ? 'the list is missing' : e.kind;
}

/** Validates every list field by field; `undefined` rows are lists that could not be read. */
export function parseDirectory(rows: Record<ListKey, Row[] | undefined>, mappers: EntityMappers = entityMappers(GMT_STANDARD_TIME)): DirectoryRecords {
  const T = LIST_TITLES;
  const { bodyFromItem, memberFromItem, membershipFromItem, politicalGroupFromItem, preElectionPeriodFromItem, wardFromItem } = mappers;
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
