/** Regular-expression helpers shared by the screen's matchers. */

/** Letters and digits may not follow a match (it starts at a word boundary, `\b`). */
export const AFTER = '(?![A-Za-z0-9])';

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/**
 * One global regular expression for many alternatives, each in its own capture group, so that a
 * single scan finds them all and `whichAlternative` tells which one matched. Sources must not
 * contain capture groups of their own.
 */
export function combine(sources: readonly string[], flags: string): RegExp | undefined {
  if (sources.length === 0) return undefined;
  // \b rather than a look-behind: much faster to scan, and every source starts with a letter or digit.
  return new RegExp(`\\b(?:${sources.map((s) => `(${s})`).join('|')})${AFTER}`, flags.includes('g') ? flags : flags + 'g');
}

export function whichAlternative(m: RegExpExecArray): number {
  for (let i = 1; i < m.length; i++) if (m[i] !== undefined) return i - 1;
  return -1;
}

/** All matches of a global expression, as [start, end, alternative]. */
export function* scan(re: RegExp | undefined, text: string): Generator<[number, number, number]> {
  if (!re) return;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    yield [m.index, m.index + m[0].length, whichAlternative(m)];
  }
}

/** A letter as a class matching either case: "a" → "[aA]". */
export function eitherCase(ch: string): string {
  const lo = ch.toLowerCase();
  const up = ch.toUpperCase();
  return lo === up ? escapeRegExp(ch) : `[${lo}${up}]`;
}

/**
 * Keeps, among spans that overlap, the best ones: items are split into clusters of transitively
 * overlapping spans (one sweep by start), and within a cluster the best-ranked items that do not
 * conflict with an already kept one are kept. O(n log n) overall.
 */
export function keepBest<T extends { start: number; end: number }>(
  items: readonly T[],
  rank: (a: T, b: T) => number,
  conflict: (a: T, b: T) => boolean
): T[] {
  const sorted = items.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: T[] = [];
  let cluster: T[] = [];
  let clusterEnd = -1;
  const flush = (): void => {
    if (cluster.length === 1) out.push(cluster[0]);
    else if (cluster.length > 1) {
      const kept: T[] = [];
      for (const c of cluster.slice().sort(rank)) if (!kept.some((k) => conflict(k, c))) kept.push(c);
      out.push(...kept);
    }
    cluster = [];
  };
  for (const it of sorted) {
    if (it.start >= clusterEnd) {
      flush();
      clusterEnd = it.end;
    } else clusterEnd = Math.max(clusterEnd, it.end);
    cluster.push(it);
  }
  flush();
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
