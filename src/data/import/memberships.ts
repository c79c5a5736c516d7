/**
 * Memberships from ModernGov: committee places from the latest meeting's attendees, and the
 * posts in keyposts that map onto a Membership (Cabinet roles and portfolios, chairs and
 * vice-chairs, civic posts, champions, group leaders). Posts that map onto nothing, or onto a body
 * the site does not have, are kept for the drift report.
 */
import { membershipBodyProblems, ROLE_ORDER, type BodyKind, type MembershipRole, type StoredBody, type StoredMembership } from '../../domain/model';
import { memberDisplayTitle } from '../mappers';
import { matchKey, planChanges, type Plan } from '../sync/plan';
import type { ImportProblem, ModernGovCouncil } from './moderngov/council';
import type { KeyPost } from './moderngov/keyposts';
import type { BodyRow, MemberRow, Ref } from './plan';
import type { SiteData, SiteRecord } from './site';

export interface MembershipRow {
  /** member|body|role (and the post, for champions): the identity the plan matches on. */
  key: string;
  memberId: Ref;
  bodyId: Ref;
  role: MembershipRole;
  postTitle?: string;
  portfolio?: string;
  /** For the list's Title and for messages. */
  memberName: string;
  bodyTitle: string;
}

export interface UnmappedPost {
  memberKey: string;
  member: string;
  post: string;
  reason: string;
}

const COMMITTEE_ROLES: readonly MembershipRole[] = ['Chair', 'Vice-Chair', 'Member', 'Substitute', 'Observer'];
const CABINET_ROLES: readonly MembershipRole[] = ['Leader', 'Deputy Leader', 'Portfolio Holder'];
const COUNCIL_POSTS: readonly MembershipRole[] = ['Mayor', 'Deputy Mayor', 'Champion', 'Group Leader', 'Deputy Group Leader'];

export function membershipKey(memberId: Ref, bodyId: Ref, role: string, postTitle?: string): string {
  return `${memberId}|${bodyId}|${role}${role === 'Champion' ? `|${matchKey(postTitle) ?? ''}` : ''}`;
}

interface BodyView {
  ref: Ref;
  title: string;
  kind?: BodyKind;
}

/** "Planning Committee", "the Planning committee", "Planning" are one body. */
const bodyNameKey = (name: string): string =>
  (matchKey(name) ?? '')
    .replace(/^the /, '')
    .replace(/ (?:sub )?committees?$/, '')
    .trim();

export interface MembershipInput {
  council: ModernGovCouncil;
  site: SiteData;
  rows: MemberRow[];
  memberRefs: Map<string, Ref>;
  bodyRefs: Map<string, Ref>;
  bodies: Plan<SiteRecord<StoredBody>, BodyRow>;
  today: string;
  problems: ImportProblem[];
}

export function planMemberships(input: MembershipInput): {
  plan: Plan<SiteRecord<StoredMembership>, MembershipRow>;
  notInModernGov: Array<SiteRecord<StoredMembership>>;
  unmapped: UnmappedPost[];
} {
  const { council, site, rows, memberRefs, bodyRefs, problems } = input;
  const views: BodyView[] = [
    ...site.bodies.map((b) => ({ ref: b.id as Ref, title: b.record.title, kind: b.record.kind ?? input.bodies.update.find((u) => u.existing === b)?.incoming.kind })),
    ...input.bodies.create.map((b) => ({ ref: bodyRefs.get(b.key) as Ref, title: b.title, kind: b.kind }))
  ];
  const only = (kind: BodyKind): BodyView | undefined => {
    const found = views.filter((v) => v.kind === kind);
    return found.length === 1 ? found[0] : undefined;
  };
  const cabinet = only('Cabinet');
  const fullCouncil = only('Council');
  const byName = (name: string): BodyView | undefined => {
    const k = bodyNameKey(name);
    if (/^(?:full )?council$/.test(k)) return fullCouncil;
    const found = views.filter((v) => bodyNameKey(v.title) === k);
    return found.length === 1 ? found[0] : undefined;
  };
  const titleOf = (ref: Ref): string => views.find((v) => v.ref === ref)?.title ?? String(ref);

  const out = new Map<string, MembershipRow>();
  const unmapped: UnmappedPost[] = [];
  const add = (row: Omit<MembershipRow, 'key' | 'bodyTitle'>): void => {
    const key = membershipKey(row.memberId, row.bodyId, row.role, row.postTitle);
    out.set(key, { ...row, key, bodyTitle: titleOf(row.bodyId) });
  };
  /** Committee places, one per member and body: the higher role wins, and a disagreement is reported. */
  const places = new Map<string, { row: Omit<MembershipRow, 'key' | 'bodyTitle'>; from: string }>();
  const place = (row: Omit<MembershipRow, 'key' | 'bodyTitle'>, from: string, memberKey: string): void => {
    const k = `${row.memberId}|${row.bodyId}`;
    const held = places.get(k);
    if (!held) return void places.set(k, { row, from });
    if (held.row.role !== row.role) {
      const [win, lose] = ROLE_ORDER.indexOf(row.role) < ROLE_ORDER.indexOf(held.row.role) ? [{ row, from }, held] : [held, { row, from }];
      problems.push({
        entity: 'membership',
        id: memberKey,
        field: 'role',
        message: `${row.memberName} is ${win.row.role} of ${titleOf(row.bodyId)} in ${win.from} but ${lose.row.role} in ${lose.from}; imported as ${win.row.role}.`
      });
      places.set(k, win);
    }
  };

  // Civic titles in names ("The Mayor. Councillor …") count only when one councillor holds them.
  const civicHolders = new Map<string, MemberRow[]>();
  for (const r of rows) {
    const t = (r.source.civicTitle ?? '').toLowerCase().replace(/^the\s+/, '');
    const kind = t === 'mayor' || t === 'lord mayor' ? 'mayor' : t === 'deputy mayor' ? 'deputy-mayor' : undefined;
    if (kind && !r.source.posts.some((p) => p.kind === kind)) civicHolders.set(kind, [...(civicHolders.get(kind) ?? []), r]);
  }
  const civicPosts = new Map<MemberRow, KeyPost[]>();
  for (const [kind, holders] of civicHolders) {
    const post = kind === 'mayor' ? 'The Mayor' : 'The Deputy Mayor';
    if (holders.length === 1) civicPosts.set(holders[0], [{ text: post, kind: kind as KeyPost['kind'] }]);
    else {
      for (const h of holders) {
        problems.push({ entity: 'membership', id: h.key, field: 'role', message: `${holders.length} councillors are named as ${post} (${holders.map((x) => x.label).join(', ')}), so no ${post.replace(/^The /, '')} was set from their names.` });
      }
    }
  }

  for (const r of rows) {
    const memberId = memberRefs.get(r.key);
    if (memberId === undefined) continue;
    const memberName = memberDisplayTitle(r.values);
    const keep = (p: KeyPost, reason: string, report: boolean): void => {
      unmapped.push({ memberKey: r.key, member: r.label, post: p.text, reason });
      if (report) problems.push({ entity: 'membership', id: r.key, field: 'keyposts', message: `"${p.text}" (${r.label}) was not imported: ${reason}` });
    };
    const posts = [...r.source.posts, ...(civicPosts.get(r) ?? [])];
    const cabinetPortfolios = posts.filter((p) => p.kind === 'portfolio').map((p) => p.portfolio as string);
    const lead = posts.find((p) => p.kind === 'leader') ?? posts.find((p) => p.kind === 'deputy-leader');
    if (lead || cabinetPortfolios.length) {
      const body = cabinet ?? (lead?.kind === 'leader' && !cabinetPortfolios.length ? fullCouncil : undefined);
      const role: MembershipRole = lead ? (lead.kind === 'leader' ? 'Leader' : 'Deputy Leader') : 'Portfolio Holder';
      if (body) add({ memberId, bodyId: body.ref, role, postTitle: lead?.text, portfolio: cabinetPortfolios.length ? cabinetPortfolios.join('; ') : undefined, memberName });
      else for (const p of posts.filter((x) => x.kind === 'portfolio' || x === lead)) keep(p, 'the site has no single Cabinet body (a Body of kind Cabinet) to hold it.', true);
    }
    for (const p of posts) {
      if (p.kind === 'portfolio' || p.kind === 'leader' || p.kind === 'deputy-leader') {
        if (p === lead || p.kind === 'portfolio' || !lead) continue;
        keep(p, 'a member holds one Cabinet role; their other Cabinet post is kept here.', false);
        continue;
      }
      if (p.kind === 'chair' || p.kind === 'vice-chair') {
        const body = byName(p.body ?? '');
        if (!body) keep(p, `no single body in Bodies is called "${p.body}".`, true);
        else place({ memberId, bodyId: body.ref, role: p.kind === 'chair' ? 'Chair' : 'Vice-Chair', memberName }, 'keyposts', r.key);
        continue;
      }
      if (p.kind === 'unmapped') {
        keep(p, 'it is not a post the directory records as a membership.', false);
        continue;
      }
      if (!fullCouncil) {
        keep(p, 'the site has no Full Council body (a Body of kind Council) to hold council-wide posts; add one and import again.', true);
        continue;
      }
      const role: MembershipRole =
        p.kind === 'mayor' ? 'Mayor' : p.kind === 'deputy-mayor' ? 'Deputy Mayor' : p.kind === 'champion' ? 'Champion' : p.kind === 'group-leader' ? 'Group Leader' : 'Deputy Group Leader';
      add({ memberId, bodyId: fullCouncil.ref, role, postTitle: p.text, memberName });
    }
  }

  // Committee places from the meetings.
  const existingMemberByKey = new Map(site.members.filter((m) => m.externalId).map((m) => [m.externalId as string, m]));
  const existingBodyByKey = new Map(site.bodies.filter((b) => b.externalId).map((b) => [b.externalId as string, b]));
  const bodiesWithMeetings = new Set<Ref>();
  for (const p of council.places) {
    const memberId = memberRefs.get(p.memberKey) ?? existingMemberByKey.get(p.memberKey)?.id;
    const bodyId = bodyRefs.get(p.bodyKey) ?? existingBodyByKey.get(p.bodyKey)?.id;
    if (bodyId === undefined) {
      problems.push({ entity: 'membership', id: p.memberKey, field: 'bodyId', message: `Meeting ${p.meetingId} is of committee ${p.bodyKey}, which is neither in GetCommittees nor in Bodies, so its places were not imported.` });
      continue;
    }
    bodiesWithMeetings.add(bodyId);
    if (memberId === undefined) {
      if (!council.has.councillors) problems.push({ entity: 'membership', id: p.memberKey, field: 'memberId', message: `Councillor ${p.memberKey} (meeting ${p.meetingId}) is not a member in SharePoint yet, so their place was not imported.` });
      continue;
    }
    const row = rows.find((r) => r.key === p.memberKey);
    const held = site.members.find((m) => m.id === memberId);
    const memberName = row ? memberDisplayTitle(row.values) : held ? memberDisplayTitle(held.record as never) : p.memberKey;
    place({ memberId, bodyId, role: p.role, memberName }, `the latest meeting (${p.meetingId})`, p.memberKey);
  }
  for (const { row } of places.values()) add(row);

  // Rules that need the body (a Mayor belongs to Full Council, a Portfolio Holder to the Cabinet).
  const incoming: MembershipRow[] = [];
  for (const row of out.values()) {
    const kind = views.find((v) => v.ref === row.bodyId)?.kind;
    const wrong = kind ? membershipBodyProblems({ role: row.role }, { kind, title: row.bodyTitle }) : [];
    if (wrong.length) problems.push({ entity: 'membership', id: row.key, field: 'role', message: `${row.memberName}: ${wrong.join(' ')} It was not imported.` });
    else incoming.push(row);
  }

  const current = site.memberships.filter((m) => !m.record.endDate || m.record.endDate >= input.today);
  const plan = planChanges<SiteRecord<StoredMembership>, MembershipRow>({
    existing: current,
    incoming,
    keyOfExisting: (e) => membershipKey(e.record.memberId, e.record.bodyId, e.record.role, e.record.postTitle),
    keyOfIncoming: (i) => i.key,
    fields: [
      { field: 'postTitle', existing: (e) => e.record.postTitle, incoming: (i) => i.postTitle, equals: (a, b) => matchKey(String(a ?? '')) === matchKey(String(b ?? '')) },
      { field: 'portfolio', existing: (e) => e.record.portfolio, incoming: (i) => i.portfolio, equals: (a, b) => matchKey(String(a ?? '')) === matchKey(String(b ?? '')) }
    ]
  });

  // What ModernGov speaks about: places on committees whose meeting was read, and (with the councillors) Cabinet and council posts.
  const currentMembers = new Set(site.members.filter((m) => m.record.status !== 'Former').map((m) => m.id));
  const inScope = (m: StoredMembership): boolean => {
    if (!currentMembers.has(m.memberId)) return false;
    if (bodiesWithMeetings.has(m.bodyId) && COMMITTEE_ROLES.includes(m.role)) return true;
    if (!council.has.councillors) return false;
    if (cabinet && m.bodyId === cabinet.ref && CABINET_ROLES.includes(m.role)) return true;
    return !!fullCouncil && m.bodyId === fullCouncil.ref && COUNCIL_POSTS.includes(m.role);
  };
  return { plan, notInModernGov: plan.missing.filter((m) => inScope(m.record)), unmapped };
}
