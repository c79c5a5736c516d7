/**
 * Building blocks shared by the Rugby and the large-council datasets: political balance on
 * committees, membership ids, liaison profiles and photos.
 */
import type { Membership, MembershipRole } from '../../src/domain/model';
import { avatarSvg, photoUrl } from './avatar';
import type { Rng } from './prng';
import type { DemoPhoto } from './types';

/**
 * Seats on a committee shared between groups in proportion to their size (largest remainder),
 * as the Local Government and Housing Act 1989 asks. Ties go to the group with fewer committee seats
 * so far across the council (`tally`), then to the larger group, then to the earlier one.
 */
export function allocateSeats(groups: ReadonlyArray<{ key: string; size: number }>, seats: number, tally: Map<string, number>): Map<string, number> {
  const total = groups.reduce((s, g) => s + g.size, 0);
  const out = new Map<string, number>();
  if (total === 0) return out;
  const rows = groups.map((g, index) => {
    const exact = (g.size / total) * seats;
    return { key: g.key, size: g.size, index, floor: Math.floor(exact), rest: exact - Math.floor(exact) };
  });
  let left = seats - rows.reduce((s, r) => s + r.floor, 0);
  for (const r of rows) out.set(r.key, r.floor);
  const order = rows
    .slice()
    .sort((a, b) => b.rest - a.rest || (tally.get(a.key) ?? 0) - (tally.get(b.key) ?? 0) || b.size - a.size || a.index - b.index);
  for (const r of order) {
    if (left <= 0) break;
    if (r.size === 0) continue;
    out.set(r.key, (out.get(r.key) ?? 0) + 1);
    left--;
  }
  for (const [key, n] of out) tally.set(key, (tally.get(key) ?? 0) + n);
  return out;
}

/** Collects memberships, numbering them from 1. */
export class MembershipList {
  public readonly items: Membership[] = [];
  public add(m: Omit<Membership, 'id'>): Membership {
    const clean: Record<string, unknown> = { id: this.items.length + 1 };
    for (const [k, v] of Object.entries(m)) if (v !== undefined) clean[k] = v;
    const item = clean as unknown as Membership;
    this.items.push(item);
    return item;
  }
}

export interface SeatCandidate {
  id: number;
  group: string;
}

export interface CommitteeSpec {
  bodyId: number;
  seats: number;
  chairId: number;
  viceChairId?: number;
  substitutes?: boolean;
  /** Members who may not sit on this committee (e.g. the Cabinet on scrutiny, the Mayor). */
  excluded: ReadonlySet<number>;
  /** When each member's seat started (the annual meeting, or later for a by-election). */
  startDate: (memberId: number) => string;
}

/**
 * Fills a committee: the Chair and Vice-Chair first, then the rest of each group's share, taking
 * the members with the fewest committee seats so far (ties broken by a fixed shuffled order).
 */
export function fillCommittee(
  spec: CommitteeSpec,
  groups: ReadonlyArray<{ key: string; size: number }>,
  candidates: readonly SeatCandidate[],
  seatCounts: Map<number, number>,
  tieOrder: Map<number, number>,
  tally: Map<string, number>,
  list: MembershipList
): void {
  const share = allocateSeats(groups, spec.seats, tally);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  const taken = new Set<number>();
  const seat = (id: number, role: MembershipRole): void => {
    const c = byId.get(id);
    if (!c) throw new Error(`Member ${id} is not a current councillor.`);
    const left = (share.get(c.group) ?? 0) - 1;
    if (left < 0) throw new Error(`Group ${c.group} has no seat left on body ${spec.bodyId} for member ${id}.`);
    share.set(c.group, left);
    taken.add(id);
    seatCounts.set(id, (seatCounts.get(id) ?? 0) + 1);
    list.add({ memberId: id, bodyId: spec.bodyId, role, startDate: spec.startDate(id) });
  };
  seat(spec.chairId, 'Chair');
  if (spec.viceChairId !== undefined) seat(spec.viceChairId, 'Vice-Chair');
  const ranked = (group: string): SeatCandidate[] =>
    candidates
      .filter((c) => c.group === group && !taken.has(c.id) && !spec.excluded.has(c.id))
      .sort((a, b) => (seatCounts.get(a.id) ?? 0) - (seatCounts.get(b.id) ?? 0) || (tieOrder.get(a.id) ?? 0) - (tieOrder.get(b.id) ?? 0));
  for (const g of groups) {
    const need = share.get(g.key) ?? 0;
    const pool = ranked(g.key);
    for (let i = 0; i < need && i < pool.length; i++) seat(pool[i].id, 'Member');
  }
  if (spec.substitutes) {
    for (const g of groups) {
      const onIt = candidates.some((c) => c.group === g.key && taken.has(c.id));
      if (!onIt) continue;
      const sub = ranked(g.key)[0];
      if (sub) {
        taken.add(sub.id);
        list.add({ memberId: sub.id, bodyId: spec.bodyId, role: 'Substitute', startDate: spec.startDate(sub.id) });
      }
    }
  }
}

/** A fixed random order of ids, used to break ties without favouring low ids. */
export function tieBreakOrder(ids: readonly number[], rng: Rng): Map<number, number> {
  return new Map(rng.shuffle(ids).map((id, i) => [id, i]));
}

export interface PhotoFor {
  kind: 'member' | 'officer';
  id: number;
  givenName: string;
  familyName: string;
  accessibleName: string;
}

/** An avatar and the photoUrl that points at it. */
export function makePhoto(p: PhotoFor): { photo: DemoPhoto; url: string } {
  const fileName = `${p.kind}-${p.id}.svg`;
  const key = `${p.kind === 'member' ? 'm' : 'o'}${p.id}`;
  const svg = avatarSvg({
    key,
    name: p.accessibleName,
    givenName: p.givenName,
    familyName: p.familyName
  });
  return { photo: { kind: p.kind, id: p.id, fileName, svg }, url: photoUrl(fileName) };
}

/** The deputy's first-person profile, built from what the service covers. */
export function deputyProfile(serviceTitle: string, liaisonGivenName: string, help: string): string {
  return (
    `I am the deputy Councillor Liaison Officer for ${serviceTitle} and cover when ${liaisonGivenName} is away. ` +
    `I can help with ${help}. Send me the address or reference and I will reply within two working days.`
  );
}

/** Makes an id lookup by title that fails loudly on a typo in the data tables. */
export function indexBy<T>(items: readonly T[], key: (t: T) => string, what: string): (name: string) => T {
  const map = new Map(items.map((t) => [key(t), t]));
  return (name: string): T => {
    const found = map.get(name);
    if (!found) throw new Error(`Demo data: no ${what} called "${name}".`);
    return found;
  };
}
