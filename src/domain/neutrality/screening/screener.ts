/**
 * The screen: runs every matcher over a normalised copy of the text, keeps the findings that
 * apply in the channel, resolves overlaps and maps spans back to the original text.
 */
import type { Channel } from '../channels';
import { findElectioneering, type ElectioneeringHit } from './electioneering';
import { compileGroups, type CompiledGroups } from './groups';
import { findHashtags } from './hashtags';
import { messageFor, type MessageDetail } from './messages';
import { JOINING_WORDS, NATIONAL_PARTY_WORDS } from './vocabulary';
import { segmentWords } from './deobfuscate';
import { normalise, toOriginal, type Vocabulary } from './normalise';
import { keepBest } from './regex';
import { findCandidates, resolveCandidates } from './references';
import type { ScreenOptions, ScreenerOptions, Screener, ScreeningFinding, ScreeningResult, ScreeningRule } from './types';
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

interface Compiled {
  groups: CompiledGroups;
  vocab: Vocabulary;
}

/**
 * A party named by a run-together word of an address, handle or hashtag, read as words in Title
 * Case ("democraticunionistparty" → "Democratic Unionist Party"), so the same rules decide as for
 * prose: "greenwaste" and "labourcosts" stay ordinary.
 */
function partyInWords(c: Compiled, squashed: string): string | undefined {
  if (squashed.length < 6) return undefined;
  const words = segmentWords(squashed, c.vocab);
  if (!words) return undefined;
  const phrase = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  const cands = findCandidates(phrase, c.groups);
  resolveCandidates(phrase, cands);
  return cands.find((x) => x.fired && (x.kind === 'fixed' || x.kind === 'group'))?.party;
}

function screenWith(c: Compiled, text: string, channel: Channel): ScreeningResult {
  if (channel !== 'officer-owned' && channel !== 'member-profile') {
    throw new TypeError(`Unknown channel "${String(channel)}": expected "officer-owned" or "member-profile".`);
  }
  if (typeof text !== 'string' || text.trim() === '') return { allowed: true, findings: [] };
  const officer = channel === 'officer-owned';
  const { groups } = c;
  const t = normalise(text, c.vocab);
  const w = t.web.text;
  const p = t.plain.text;
  const inWeb = <S extends Span>(h: S): S => ({ ...h, ...toOriginal(t.web, h.start, h.end) });
  const inPlain = <S extends Span>(h: S): S => ({ ...h, ...toOriginal(t.plain, h.start, h.end) });

  // Web addresses and hashtags are found as written (bar the web tricks); the rest on the plain text.
  // Every span is compared in the original text's offsets.
  const wordsParty = (squashed: string): string | undefined => partyInWords(c, squashed);
  const web = findWebAddresses(w, groups, wordsParty).map(inWeb);
  const tags = findHashtags(w, groups, wordsParty).map(inWeb);
  const masks = unionOf([...web, ...tags]);
  const cands = findCandidates(p, groups);
  resolveCandidates(p, cands);
  const elect = findElectioneering(p, cands, channel);

  const raw: Raw[] = [];
  for (const h of web) {
    if (h.party) raw.push({ rule: 'party-web-address', start: h.start, end: h.end, family: 'web', detail: { party: h.party } });
  }
  for (const h of tags) {
    if (officer ? h.political : h.campaigning) {
      raw.push({ rule: 'party-hashtag', start: h.start, end: h.end, family: 'hashtag', detail: { party: h.party, campaigning: h.campaigning && !officer } });
    }
  }
  for (const e of mergeElectioneering(elect).map(inPlain)) {
    if (within(masks, e.start, e.end)) continue;
    raw.push({ rule: 'electioneering', start: e.start, end: e.end, family: 'electioneering', detail: { kind: e.kind } });
  }
  if (officer) {
    for (const cand of cands) {
      if (!cand.fired) continue;
      const o = toOriginal(t.plain, cand.start, cand.end);
      if (overlapsAny(masks, o.start, o.end)) continue;
      raw.push({ rule: cand.rule, start: o.start, end: o.end, family: 'reference', detail: { party: cand.party } });
    }
  }

  const findings: ScreeningFinding[] = resolveOverlaps(raw).map((r) => {
    const match = text.slice(r.start, r.end);
    return { rule: r.rule, match, start: r.start, end: r.end, message: messageFor(r.rule, match, channel, r.detail) };
  });
  return { allowed: findings.length === 0, findings };
}

/**
 * Results are kept per distinct text, so a page that shows the same job title 500 times screens
 * it once. When full, the oldest quarter goes (a Map keeps insertion order).
 */
const CACHE_LIMIT = 50000;

/** Compiles the council's groups once; the screener is then cheap to call per text. */
export function createScreener(options: ScreenerOptions = {}): Screener {
  const groups = compileGroups(options.groups ?? []);
  const vocab: Vocabulary = { party: new Set([...NATIONAL_PARTY_WORDS, ...groups.vocabulary]), glue: JOINING_WORDS };
  const compiled: Compiled = { groups, vocab };
  const unavailable = options.groupsUnavailable === true;
  const caches: Record<Channel, Map<string, ScreeningResult>> = { 'officer-owned': new Map(), 'member-profile': new Map() };
  const screenOnce = (text: string, channel: Channel): ScreeningResult => {
    const cache = caches[channel];
    if (typeof text === 'string' && cache) {
      const hit = cache.get(text);
      if (hit) return hit;
    }
    const result = screenWith(compiled, text, channel);
    if (typeof text === 'string' && cache) {
      if (cache.size >= CACHE_LIMIT) {
        let drop = CACHE_LIMIT / 4;
        for (const key of cache.keys()) {
          if (drop-- <= 0) break;
          cache.delete(key);
        }
      }
      Object.freeze(result.findings);
      cache.set(text, Object.freeze(result));
    }
    return result;
  };
  return {
    groupsUnavailable: unavailable,
    groupProblems: groups.problems,
    screen(text: string, channel: Channel, screenOptions?: ScreenOptions): ScreeningResult {
      const result = screenOnce(text, channel);
      // Fails closed: without the council's own groups, officer-owned free text is not shown.
      if (unavailable && channel === 'officer-owned' && screenOptions?.failClosed !== false && typeof text === 'string' && text.trim() !== '') {
        return { allowed: false, findings: result.findings, unavailable: true };
      }
      return result;
    }
  };
}

let defaultScreener: Screener | undefined;

/** Convenience: screens one text. With groups, prefer `createScreener` once and reuse it. */
export function screenText(text: string, channel: Channel, options?: ScreenerOptions): ScreeningResult {
  if ((options?.groups && options.groups.length > 0) || options?.groupsUnavailable) return createScreener(options).screen(text, channel);
  defaultScreener ??= createScreener();
  return defaultScreener.screen(text, channel);
}
