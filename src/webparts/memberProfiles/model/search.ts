/**
 * Search, facets, A–Z and sort over the precomputed view model. Every word typed must appear
 * somewhere in a person's search text; facets combine with OR inside one facet and AND across
 * facets, and each facet's counts are computed with every other filter applied (so a count is
 * always the number of results ticking that box would give).
 */
import { compareBySurname, normaliseText, type PersonView, type RoleKind } from './directoryView';

export type SortKey = 'surname' | 'ward';
export type FacetKey = 'wards' | 'groups' | 'bodies' | 'roleKinds';
export const FACET_KEYS: readonly FacetKey[] = ['wards', 'groups', 'bodies', 'roleKinds'];

export interface DirectoryQuery {
  text: string;
  /** Surname initial, or '' for all. */
  letter: string;
  wards: readonly number[];
  groups: readonly number[];
  bodies: readonly number[];
  roleKinds: readonly RoleKind[];
  sort: SortKey;
}

export const EMPTY_QUERY: DirectoryQuery = { text: '', letter: '', wards: [], groups: [], bodies: [], roleKinds: [], sort: 'surname' };

export const LETTERS: readonly string[] = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'.split('');

function words(text: string): string[] {
  return normaliseText(text).split(' ').filter(Boolean);
}

function facetValues(p: PersonView, key: FacetKey): ReadonlyArray<number | string> {
  switch (key) {
    case 'wards':
      return p.wardId === undefined ? [] : [p.wardId];
    case 'groups':
      return p.party ? [p.party.id] : [];
    case 'bodies':
      return p.bodyIds;
    case 'roleKinds':
      return p.roleKinds;
  }
}

function passesFacet(p: PersonView, key: FacetKey, selected: ReadonlyArray<number | string>): boolean {
  if (selected.length === 0) return true;
  const values = facetValues(p, key);
  return selected.some((v) => values.includes(v));
}

interface Compiled {
  terms: string[];
  letter: string;
  query: DirectoryQuery;
}

function compile(query: DirectoryQuery): Compiled {
  return { terms: words(query.text), letter: query.letter, query };
}

/** Does p pass every filter, except those named in `skip`? */
function passes(p: PersonView, c: Compiled, skip?: FacetKey | 'letter'): boolean {
  for (const t of c.terms) if (!p.search.includes(t)) return false;
  if (skip !== 'letter' && c.letter && p.letter !== c.letter) return false;
  for (const key of FACET_KEYS) {
    if (key !== skip && !passesFacet(p, key, c.query[key] as ReadonlyArray<number | string>)) return false;
  }
  return true;
}

export interface DirectoryResults {
  people: PersonView[];
  /** For each facet, value → how many results ticking it would give. */
  counts: Record<FacetKey, Map<number | string, number>>;
  /** Letters that would give any result. */
  letters: Set<string>;
}

function compareByWard(a: PersonView, b: PersonView): number {
  return a.sort.ward.localeCompare(b.sort.ward, 'en-GB') || compareBySurname(a, b);
}

export function runQuery(people: readonly PersonView[], query: DirectoryQuery): DirectoryResults {
  const c = compile(query);
  const counts: Record<FacetKey, Map<number | string, number>> = {
    wards: new Map(),
    groups: new Map(),
    bodies: new Map(),
    roleKinds: new Map()
  };
  const letters = new Set<string>();
  const results: PersonView[] = [];
  for (const p of people) {
    if (passes(p, c)) results.push(p);
    if (passes(p, c, 'letter')) letters.add(p.letter);
    for (const key of FACET_KEYS) {
      if (!passes(p, c, key)) continue;
      const map = counts[key];
      for (const v of facetValues(p, key)) map.set(v, (map.get(v) ?? 0) + 1);
    }
  }
  // People arrive sorted by surname; only the ward order needs a sort.
  if (query.sort === 'ward') results.sort(compareByWard);
  return { people: results, counts, letters };
}

/** How many facet values are ticked. */
export function activeFilterCount(query: DirectoryQuery): number {
  return query.wards.length + query.groups.length + query.bodies.length + query.roleKinds.length;
}
