/**
 * The screen: runs every matcher over a normalised copy of the text, keeps the findings that
 * apply in the channel, resolves overlaps and maps spans back to the original text.
 */
import type { Channel } from '../channels';
import { findElectioneering, type ElectioneeringHit } from './electioneering';
import { compileGroups, type CompiledGroups } from './groups';
import { findHashtags } from './hashtags';
import { messageFor, type MessageDetail } from './messages';
import { normalise, toOriginal } from './normalise';
import { keepBest } from './regex';
import { findCandidates, resolveCandidates } from './references';
import type { ScreenerOptions, Screener, ScreeningFinding, ScreeningResult, ScreeningRule } from './types';
import { findWebAddresses, type Span } from './web';

interface Raw {
  rule: ScreeningRule;
  start: number;
  end: number;
  family: 'reference' | 'web' | 'hashtag' | 'electioneering';
  detail: MessageDetail;
}

/** On the same span, the more specific finding wins. */
const RULE_PRIORITY: Record<ScreeningRule, number> = {
  'party-web-address': 7,
  'party-hashtag': 6,
  electioneering: 5,
  'council-group': 4,
  'party-name': 3,
  'party-abbreviation': 2,
  'party-nickname': 1
};

/** The spans merged where they overlap, sorted by start. */
function unionOf(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of spans.slice().sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** The last span (of spans sorted by start) that starts before `e`, by binary search. */
function lastStartingBefore(spans: readonly Span[], e: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < e) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Does [s, e) overlap any of the spans (sorted by start, not overlapping one another)? */
function overlapsAny(spans: readonly Span[], s: number, e: number): boolean {
  const i = lastStartingBefore(spans, e);
  return i >= 0 && spans[i].end > s;
}

/** Is [s, e) inside one of the spans? */
function within(spans: readonly Span[], s: number, e: number): boolean {
  const i = lastStartingBefore(spans, e);
  return i >= 0 && spans[i].start <= s && spans[i].end >= e;
}

/**
 * Within a family (the party references; web addresses; hashtags; electioneering) findings never
 * overlap: the longest wins. Across families, a span is reported once; a party named inside a call
 * to vote ("vote Labour") is reported both as the party and as the call.
 */
function resolveOverlaps(raw: Raw[]): Raw[] {
  return keepBest(
    raw,
    (a, b) => b.end - b.start - (a.end - a.start) || RULE_PRIORITY[b.rule] - RULE_PRIORITY[a.rule] || a.start - b.start,
    (k, r) => (k.family === r.family && r.start < k.end && k.start < r.end) || (k.start === r.start && k.end === r.end)
  );
}

/** Overlapping pieces of one call or attack become one finding ("Under the Conservatives the council has failed"). */
function mergeElectioneering(hits: ElectioneeringHit[]): ElectioneeringHit[] {
  const sorted = hits.slice().sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ElectioneeringHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        if (h.end - h.start > last.end - last.start) last.kind = h.kind;
        last.end = h.end;
      }
    } else out.push({ ...h });
  }
  return out;
}

function screenWith(groups: CompiledGroups, text: string, channel: Channel): ScreeningResult {
  if (channel !== 'officer-owned' && channel !== 'member-profile') {
    throw new TypeError(`Unknown channel "${String(channel)}": expected "officer-owned" or "member-profile".`);
  }
  if (typeof text !== 'string' || text.trim() === '') return { allowed: true, findings: [] };
  const officer = channel === 'officer-owned';
  const t = normalise(text);

  const web = findWebAddresses(t.norm, groups);
  const tags = findHashtags(t.plain, groups);
  const masks = unionOf([...web, ...tags]);
  const cands = findCandidates(t.plain, groups);
  resolveCandidates(t.plain, cands);
  const elect = findElectioneering(t.plain, cands);

  const raw: Raw[] = [];
  for (const w of web) {
    if (w.party) raw.push({ rule: 'party-web-address', start: w.start, end: w.end, family: 'web', detail: { party: w.party } });
  }
  for (const h of tags) {
    if (officer ? h.political : h.campaigning) {
      raw.push({ rule: 'party-hashtag', start: h.start, end: h.end, family: 'hashtag', detail: { party: h.party, campaigning: h.campaigning && !officer } });
    }
  }
  for (const e of mergeElectioneering(elect)) {
    if (within(masks, e.start, e.end)) continue;
    raw.push({ rule: 'electioneering', start: e.start, end: e.end, family: 'electioneering', detail: { kind: e.kind } });
  }
  if (officer) {
    for (const c of cands) {
      if (!c.fired || overlapsAny(masks, c.start, c.end)) continue;
      raw.push({ rule: c.rule, start: c.start, end: c.end, family: 'reference', detail: { party: c.party } });
    }
  }

  const findings: ScreeningFinding[] = resolveOverlaps(raw).map((r) => {
    const { start, end } = toOriginal(t, r.start, r.end);
    const match = text.slice(start, end);
    return { rule: r.rule, match, start, end, message: messageFor(r.rule, match, channel, r.detail) };
  });
  return { allowed: findings.length === 0, findings };
}

/** Compiles the council's groups once; the screener is then cheap to call per text. */
export function createScreener(options: ScreenerOptions = {}): Screener {
  const groups = compileGroups(options.groups ?? []);
  return { screen: (text: string, channel: Channel) => screenWith(groups, text, channel) };
}

let defaultScreener: Screener | undefined;

/** Convenience: screens one text. With groups, prefer `createScreener` once and reuse it. */
export function screenText(text: string, channel: Channel, options?: ScreenerOptions): ScreeningResult {
  if (options?.groups && options.groups.length > 0) return createScreener(options).screen(text, channel);
  defaultScreener ??= createScreener();
  return defaultScreener.screen(text, channel);
}
