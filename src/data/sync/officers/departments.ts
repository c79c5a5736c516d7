/**
 * Department → service area. Entra ID holds HR's department names ("Waste Services"); the
 * directory files officers under the council's service areas ("Waste and Recycling"). The
 * Department Mappings list, kept by Democratic Services or HR, says which is which; a department
 * with no row there is placed by a service area of the same name (ignoring case, "&"/"and" and
 * punctuation); anything else is unmapped and reported, never guessed. A row can also say a
 * department's people are not in the officer directory at all (councillors' accounts, schools).
 */
import { matchKey } from '../plan';

export interface DepartmentMapping {
  id?: number;
  department: string;
  serviceAreaId?: number;
  notInDirectory?: boolean;
}

export interface ServiceAreaName {
  id: number;
  title: string;
}

export type Placement =
  | { kind: 'service'; serviceAreaId: number }
  | { kind: 'not-in-directory' }
  | { kind: 'unmapped'; reason: 'no-department' | 'no-match' | 'row-without-service' | 'conflicting-rows' };

export interface DepartmentResolver {
  place(department: string | null | undefined): Placement;
  /** A fingerprint of everything placement depends on: when it changes, every user is placed again. */
  readonly fingerprint: string;
}

export function departmentResolver(mappings: readonly DepartmentMapping[], services: readonly ServiceAreaName[]): DepartmentResolver {
  const rows = new Map<string, DepartmentMapping[]>();
  for (const m of mappings) {
    const k = matchKey(m.department);
    if (!k) continue;
    rows.set(k, [...(rows.get(k) ?? []), m]);
  }
  const serviceIds = new Set(services.map((s) => s.id));
  const byTitle = new Map<string, number[]>();
  for (const s of services) {
    const k = matchKey(s.title);
    if (k) byTitle.set(k, [...(byTitle.get(k) ?? []), s.id]);
  }

  const place = (department: string | null | undefined): Placement => {
    const k = matchKey(department ?? undefined);
    if (!k) return { kind: 'unmapped', reason: 'no-department' };
    const found = rows.get(k);
    if (found) {
      const outcomes = new Set(found.map((m) => (m.notInDirectory ? 'out' : m.serviceAreaId !== undefined && serviceIds.has(m.serviceAreaId) ? `s${m.serviceAreaId}` : 'none')));
      if (outcomes.size > 1) return { kind: 'unmapped', reason: 'conflicting-rows' };
      const [only] = [...outcomes];
      if (only === 'out') return { kind: 'not-in-directory' };
      if (only === 'none') return { kind: 'unmapped', reason: 'row-without-service' };
      return { kind: 'service', serviceAreaId: Number(only.slice(1)) };
    }
    const titled = byTitle.get(k);
    if (titled && titled.length === 1) return { kind: 'service', serviceAreaId: titled[0] };
    return { kind: 'unmapped', reason: 'no-match' };
  };

  const fingerprint = fnv1a(
    JSON.stringify([
      [...rows.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, ms]) => [k, ms.map((m) => [m.serviceAreaId ?? null, !!m.notInDirectory]).sort()]),
      services.map((s) => [s.id, matchKey(s.title) ?? '']).sort((a, b) => Number(a[0]) - Number(b[0]))
    ])
  );
  return { place, fingerprint };
}

/** A short, stable hash (FNV-1a, 32 bits) for the fingerprint; not for security. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}
