/**
 * The officer directory's search index, built for 20,000 officers and a keystroke budget of one
 * frame. Built once, and incrementally as pages of officers arrive:
 *
 * - one dictionary of folded words (names, job titles, service titles, topic keywords), each with
 *   its plural stem; a sorted copy gives every word that starts with what was typed by binary search;
 * - per officer only their name words (flat typed arrays) and two small numbers: the job title and
 *   the service, whose words are shared by everyone with that title or in that service;
 * - the A–Z order (surname, then first name) kept by merging each new page into it.
 *
 * A search scores each query word once against the dictionary, once per job title and once per
 * service, then walks the officers in A–Z order adding up small integers; a counting sort by score
 * keeps A–Z order within a score. No string work per officer, no comparison sort per keystroke.
 */
import { fold, isTypoOf, stem, words } from './text';

export interface IndexOfficer {
  id: number;
  givenName: string;
  familyName: string;
  jobTitle: string;
  serviceAreaId: number;
}

export interface IndexService {
  id: number;
  title: string;
  directorate: string;
  keywords: readonly string[];
}

export interface OfficerQuery {
  /** What was typed: words are matched as the start of a name, job title, service or topic word. */
  text?: string;
  directorate?: string;
  serviceAreaId?: number;
  /** A–Z: surnames starting with this letter (a–z). */
  letter?: string;
}

export interface OfficerIndexOptions {
  /**
   * Remember recent searches (instant Backspace) and narrow the next search from the last one
   * (default true). The bench turns it off to time every keystroke's real search.
   */
  remember?: boolean;
}

/** How searches were answered: the bench reports the share served from memory. */
export interface OfficerIndexStats {
  searches: number;
  /** Answered from the recent-search memory, with no search at all. */
  remembered: number;
  /** Searched only the officers the previous search matched. */
  narrowed: number;
}

/**
 * The bench's handle on the page's index (set by the bench before the page's scripts run):
 * its options apply to every index the page builds, and its counters are kept up to date.
 */
interface BenchHook {
  options?: OfficerIndexOptions;
  stats?: OfficerIndexStats;
}
function benchHook(): BenchHook | undefined {
  return (globalThis as { __officerIndexBench?: BenchHook }).__officerIndexBench;
}

export interface OfficerSearchResult<T> {
  /** Positions in the index, best first; A–Z within equal scores. Read officers with `at()`. */
  positions: Int32Array;
  /** True when nothing matched exactly and these are near misses ("Jonh" → "John"). */
  closeMatches: boolean;
  /** The index size when searched. */
  searched: number;
  /** Type carrier. */
  readonly _t?: T;
}

/**
 * Points for where and how well a query word was found; the best place counts. A whole word beats
 * the start of one wherever it is ("bins" the topic before "Bingham" the surname), and within that
 * names count most, then job titles, services and topics. A word found only as a near miss of what
 * was typed scores least, without lowering the other words of the query.
 */
interface FieldPoints {
  exact: number;
  prefix: number;
  typoExact: number;
  typoPrefix: number;
}
const POINTS: Record<'name' | 'job' | 'service' | 'topic', FieldPoints> = {
  name: { exact: 12, prefix: 6, typoExact: 3, typoPrefix: 2 },
  job: { exact: 10, prefix: 5, typoExact: 3, typoPrefix: 2 },
  service: { exact: 9, prefix: 4, typoExact: 2, typoPrefix: 1 },
  topic: { exact: 8, prefix: 3, typoExact: 2, typoPrefix: 1 }
};
const MAX_POINTS = POINTS.name.exact;
const MAX_WORDS = 8;
/** Searches remembered for Backspace. */
const RECENT = 24;
const EXACT = 2;
const PREFIX = 1;

class IntList {
  public data: Int32Array;
  public length = 0;
  public constructor(capacity = 1024) {
    this.data = new Int32Array(capacity);
  }
  public push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

interface ServiceEntry {
  id: number;
  title: string;
  directorate: string;
  titleWords: Int32Array;
  topicWords: Int32Array;
}

export class OfficerIndex<T extends IndexOfficer = IndexOfficer> {
  private readonly officers: T[] = [];
  private readonly positionById = new Map<number, number>();
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Word ids in alphabetical order, for prefix search; new words are merged in as they come. */
  private sortedWords = new Int32Array(0);
  private newWords: number[] = [];
  private readonly nameStart = new IntList(4096);
  private readonly nameWords = new IntList(16384);
  private jobOf = new Int32Array(1024);
  private serviceOf = new Int32Array(1024);
  private readonly jobIds = new Map<string, number>();
  private readonly jobWords: Int32Array[] = [];
  private readonly services: ServiceEntry[] = [];
  private readonly serviceIndexById = new Map<number, number>();
  private readonly sortKeys: string[] = [];
  private az = new Int32Array(0);
  private scratch = new Uint8Array(0);
  /** The last exact search: the next keystroke usually narrows it, so only its matches need scoring. */
  private last: { scope: string; words: string[]; matched: Int32Array } | undefined;
  /** Recent results, so that Backspace is instant. */
  private readonly recent = new Map<string, OfficerSearchResult<T>>();

  private readonly remember: boolean;
  /** Counters of how searches were answered. */
  public readonly stats: OfficerIndexStats;

  public constructor(services: readonly IndexService[] = [], options: OfficerIndexOptions = {}) {
    const hook = benchHook();
    this.remember = hook?.options?.remember ?? options.remember ?? true;
    this.stats = hook?.stats ?? { searches: 0, remembered: 0, narrowed: 0 };
    this.nameStart.push(0);
    for (const s of services) this.addService(s);
    this.ensureSorted();
  }

  public get size(): number {
    return this.officers.length;
  }

  public at(position: number): T {
    return this.officers[position];
  }

  public get(id: number): T | undefined {
    const p = this.positionById.get(id);
    return p === undefined ? undefined : this.officers[p];
  }

  /** Everyone, A–Z by surname. */
  public get alphabetical(): Int32Array {
    return this.az;
  }

  public serviceTitle(serviceAreaId: number): string | undefined {
    const i = this.serviceIndexById.get(serviceAreaId);
    return i === undefined ? undefined : this.services[i].title;
  }

  /** Adds a page of officers (an officer already present is left as it is). */
  public add(page: readonly T[]): void {
    const start = this.officers.length;
    this.ensureCapacity(start + page.length);
    for (const o of page) {
      if (this.positionById.has(o.id)) continue;
      const p = this.officers.length;
      this.officers.push(o);
      this.positionById.set(o.id, p);
      for (const w of words(`${o.givenName} ${o.familyName}`)) this.pushWord(this.nameWords, w);
      // "O'Brien-Smith" can be typed "obriensmith" too.
      const family = words(o.familyName);
      if (family.length > 1) this.pushWord(this.nameWords, family.join(''));
      this.nameStart.push(this.nameWords.length);
      this.jobOf[p] = this.jobId(o.jobTitle);
      const s = this.serviceIndexById.get(o.serviceAreaId);
      this.serviceOf[p] = s === undefined ? -1 : s;
      this.sortKeys.push(`${fold(o.familyName).trim()}\u0001${fold(o.givenName).trim()}`);
    }
    this.mergeIntoAz(start);
    this.ensureSorted();
  }

  /**
   * Runs a few searches and forgets them, so that the first real keystroke does not pay for the
   * JavaScript engine's warm-up. Call when idle.
   */
  public prewarm(): void {
    for (const text of ['a', 'an', 'ann', 'ann s', 'officer', 'xq']) this.search({ text });
    this.search({ text: 'a', letter: 'b' });
    this.last = undefined;
    this.recent.clear();
  }

  /** Searches; see `OfficerQuery`. */
  public search(query: OfficerQuery): OfficerSearchResult<T> {
    const n = this.officers.length;
    const typed = unique(words(query.text ?? '')).slice(0, MAX_WORDS);
    const range = this.letterRange(query.letter);
    const serviceFilter = this.serviceFilter(query);
    if (typed.length === 0) {
      return { positions: this.filterOnly(range, serviceFilter), closeMatches: false, searched: n };
    }
    const scope = `${n}|${query.letter ?? ''}|${query.directorate ?? ''}|${query.serviceAreaId ?? ''}`;
    const key = `${scope}|${typed.join(' ')}`;
    this.stats.searches++;
    const remembered = this.remember ? this.recent.get(key) : undefined;
    if (remembered) {
      this.stats.remembered++;
      return remembered;
    }

    const qualities = typed.map((w) => this.wordQualities(w));
    const candidates =
      this.remember && this.last && this.last.scope === scope && narrows(this.last.words, typed) ? this.last.matched : undefined;
    if (candidates) this.stats.narrowed++;
    let found = this.run(qualities, range, serviceFilter, undefined, candidates);
    let closeMatches = false;
    this.last = { scope, words: typed, matched: found.matched };
    if (found.positions.length === 0) {
      // Words that found nothing as typed are tried as near misses; the others keep their matches.
      const typoWords = qualities.map((q) => !q.some((v) => v !== 0));
      const near = typed.map((w, k) => (typoWords[k] ? this.nearMisses(w) : qualities[k]));
      found = this.run(near, range, serviceFilter, typoWords, undefined);
      closeMatches = found.positions.length > 0;
    }
    const result = { positions: found.positions, closeMatches, searched: n };
    if (!this.remember) return result;
    if (this.recent.size >= RECENT) this.recent.delete(this.recent.keys().next().value as string);
    this.recent.set(key, result);
    return result;
  }

  /**
   * Scores officers in A–Z order (all in `range`, or only `candidates`, A–Z indices of a search this
   * one narrows) and returns them best first, A–Z within a score, with the A–Z indices that matched.
   */
  private run(
    qualities: Uint8Array[],
    range: [number, number],
    serviceFilter: Uint8Array | undefined,
    typoWords: readonly boolean[] | undefined,
    candidates: Int32Array | undefined
  ): { positions: Int32Array; matched: Int32Array } {
    const K = qualities.length;
    const jobScores = this.groupScores(this.jobWords, qualities, POINTS.job, typoWords);
    const serviceScores = this.serviceScores(qualities, typoWords);
    const namePoints = qualities.map((_q, k) => pointsFor(POINTS.name, typoWords?.[k] ?? false));
    const n = this.officers.length;
    if (this.scratch.length < n) this.scratch = new Uint8Array(Math.max(n, 1024));
    const scores = this.scratch;
    const counts = new Int32Array(MAX_WORDS * MAX_POINTS + 1);
    const nameStart = this.nameStart.data;
    const nameWords = this.nameWords.data;
    const jobOf = this.jobOf;
    const serviceOf = this.serviceOf;
    const az = this.az;
    const matched = new IntList(candidates ? Math.max(16, candidates.length) : 1024);
    const total = candidates ? candidates.length : range[1] - range[0];
    for (let c = 0; c < total; c++) {
      const i = candidates ? candidates[c] : range[0] + c;
      const p = az[i];
      const s = serviceOf[p];
      if (serviceFilter && (s < 0 || serviceFilter[s] === 0)) continue;
      const job = jobOf[p] * K;
      const svc = s < 0 ? -1 : s * K;
      const w0 = nameStart[p];
      const w1 = nameStart[p + 1];
      let score = 0;
      let k = 0;
      for (; k < K; k++) {
        const q = qualities[k];
        const pts = namePoints[k];
        let best = jobScores[job + k];
        if (svc >= 0 && serviceScores[svc + k] > best) best = serviceScores[svc + k];
        for (let w = w0; w < w1; w++) {
          const points = pts[q[nameWords[w]]];
          if (points > best) best = points;
        }
        if (best === 0) break;
        score += best;
      }
      if (k < K) continue;
      scores[i] = score;
      counts[score]++;
      matched.push(i);
    }
    // Counting sort: higher scores first, A–Z kept within a score.
    const offsets = new Int32Array(counts.length);
    let at = 0;
    for (let sc = counts.length - 1; sc > 0; sc--) {
      offsets[sc] = at;
      at += counts[sc];
    }
    const out = new Int32Array(matched.length);
    const m = matched.data;
    for (let c = 0; c < matched.length; c++) {
      const i = m[c];
      out[offsets[scores[i]]++] = az[i];
    }
    return { positions: out, matched: m.slice(0, matched.length) };
  }

  /** Score of each query word against each job title (or any group of shared words). */
  private groupScores(groups: readonly Int32Array[], qualities: Uint8Array[], field: FieldPoints, typoWords: readonly boolean[] | undefined): Uint8Array {
    const K = qualities.length;
    const out = new Uint8Array(groups.length * K);
    for (let k = 0; k < K; k++) {
      const q = qualities[k];
      const pts = pointsFor(field, typoWords?.[k] ?? false);
      for (let g = 0; g < groups.length; g++) {
        const ws = groups[g];
        let best = 0;
        for (let w = 0; w < ws.length; w++) {
          const v = pts[q[ws[w]]];
          if (v > best) best = v;
        }
        out[g * K + k] = best;
      }
    }
    return out;
  }

  private serviceScores(qualities: Uint8Array[], typoWords: readonly boolean[] | undefined): Uint8Array {
    const titles = this.groupScores(
      this.services.map((s) => s.titleWords),
      qualities,
      POINTS.service,
      typoWords
    );
    const topics = this.groupScores(
      this.services.map((s) => s.topicWords),
      qualities,
      POINTS.topic,
      typoWords
    );
    for (let i = 0; i < titles.length; i++) if (topics[i] > titles[i]) titles[i] = topics[i];
    return titles;
  }

  /** For one typed word: EXACT or PREFIX for every dictionary word it matches. */
  private wordQualities(typed: string): Uint8Array {
    const q = new Uint8Array(this.words.length);
    this.markPrefix(q, typed);
    const s = stem(typed);
    if (s !== typed) this.markPrefix(q, s);
    return q;
  }

  private markPrefix(q: Uint8Array, prefix: string): void {
    const sorted = this.sortedWords;
    const all = this.words;
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[sorted[mid]] < prefix) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < sorted.length; i++) {
      const id = sorted[i];
      const w = all[id];
      if (!w.startsWith(prefix)) break;
      const v = w.length === prefix.length ? EXACT : PREFIX;
      if (v > q[id]) q[id] = v;
    }
  }

  /** Near misses for a word that found nothing as typed. */
  private nearMisses(typed: string): Uint8Array {
    const q = new Uint8Array(this.words.length);
    if (typed.length < 4) return q;
    for (let id = 0; id < this.words.length; id++) {
      const w = this.words[id];
      if (isTypoOf(typed, w)) q[id] = EXACT;
      else if (w.length > typed.length && isTypoOf(typed, w.slice(0, typed.length))) q[id] = PREFIX;
    }
    return q;
  }

  private filterOnly(range: [number, number], serviceFilter: Uint8Array | undefined): Int32Array {
    if (!serviceFilter) return range[0] === 0 && range[1] === this.az.length ? this.az : this.az.subarray(range[0], range[1]);
    const out = new IntList(1024);
    for (let i = range[0]; i < range[1]; i++) {
      const s = this.serviceOf[this.az[i]];
      if (s >= 0 && serviceFilter[s] !== 0) out.push(this.az[i]);
    }
    return out.data.slice(0, out.length);
  }

  private serviceFilter(query: OfficerQuery): Uint8Array | undefined {
    if (query.serviceAreaId === undefined && !query.directorate) return undefined;
    const f = new Uint8Array(this.services.length);
    this.services.forEach((s, i) => {
      if (query.serviceAreaId !== undefined && s.id !== query.serviceAreaId) return;
      if (query.directorate && s.directorate !== query.directorate) return;
      f[i] = 1;
    });
    return f;
  }

  /** The A–Z positions whose surname starts with the letter: a contiguous run, found by binary search. */
  private letterRange(letter: string | undefined): [number, number] {
    const l = (letter ?? '').toLowerCase();
    if (!/^[a-z]$/.test(l)) return [0, this.az.length];
    return [this.lowerBound(l), this.lowerBound(String.fromCharCode(l.charCodeAt(0) + 1))];
  }

  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.az.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortKeys[this.az[mid]] < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private mergeIntoAz(start: number): void {
    const added = this.officers.length - start;
    if (added === 0) return;
    const keys = this.sortKeys;
    const fresh = Array.from({ length: added }, (_v, i) => start + i).sort((a, b) => compareKeys(keys, a, b));
    const old = this.az;
    const merged = new Int32Array(old.length + added);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) merged[k++] = compareKeys(keys, old[i], fresh[j]) <= 0 ? old[i++] : fresh[j++];
    while (i < old.length) merged[k++] = old[i++];
    while (j < fresh.length) merged[k++] = fresh[j++];
    this.az = merged;
  }

  private ensureCapacity(n: number): void {
    if (this.jobOf.length >= n) return;
    let size = this.jobOf.length;
    while (size < n) size *= 2;
    const job = new Int32Array(size);
    job.set(this.jobOf);
    this.jobOf = job;
    const svc = new Int32Array(size);
    svc.set(this.serviceOf);
    this.serviceOf = svc;
  }

  /** Merges words added since the last call into the alphabetical order (few per page: names repeat). */
  private ensureSorted(): void {
    if (this.newWords.length === 0) return;
    const all = this.words;
    const cmp = (a: number, b: number): number => (all[a] < all[b] ? -1 : all[a] > all[b] ? 1 : 0);
    const fresh = this.newWords.sort(cmp);
    this.newWords = [];
    const old = this.sortedWords;
    const merged = new Int32Array(old.length + fresh.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < old.length && j < fresh.length) merged[k++] = cmp(old[i], fresh[j]) <= 0 ? old[i++] : fresh[j++];
    while (i < old.length) merged[k++] = old[i++];
    while (j < fresh.length) merged[k++] = fresh[j++];
    this.sortedWords = merged;
  }

  private wordId(w: string): number {
    let id = this.wordIds.get(w);
    if (id === undefined) {
      id = this.words.length;
      this.words.push(w);
      this.wordIds.set(w, id);
      this.newWords.push(id);
    }
    return id;
  }

  /** A word and, when different, its plural stem ("Repairs" is found by "repair" and "repairs"). */
  private pushWord(list: IntList, w: string): void {
    list.push(this.wordId(w));
    const s = stem(w);
    if (s !== w) list.push(this.wordId(s));
  }

  private wordsOf(text: string): Int32Array {
    const list = new IntList(16);
    for (const w of words(text)) this.pushWord(list, w);
    return list.data.slice(0, list.length);
  }

  private jobId(title: string): number {
    let id = this.jobIds.get(title);
    if (id === undefined) {
      id = this.jobWords.length;
      this.jobWords.push(this.wordsOf(title));
      this.jobIds.set(title, id);
    }
    return id;
  }

  private addService(s: IndexService): void {
    this.serviceIndexById.set(s.id, this.services.length);
    this.services.push({
      id: s.id,
      title: s.title,
      directorate: s.directorate,
      titleWords: this.wordsOf(s.title),
      topicWords: this.wordsOf(`${s.keywords.join(' ')} ${s.directorate}`)
    });
  }
}

/** Points by match quality (index 0: none, EXACT, PREFIX), for typed words or near misses. */
function pointsFor(field: FieldPoints, typo: boolean): Uint8Array {
  const out = new Uint8Array(3);
  out[EXACT] = typo ? field.typoExact : field.exact;
  out[PREFIX] = typo ? field.typoPrefix : field.prefix;
  return out;
}

function compareKeys(keys: readonly string[], a: number, b: number): number {
  const ka = keys[a];
  const kb = keys[b];
  return ka < kb ? -1 : ka > kb ? 1 : a - b;
}

/**
 * Does a search for `next` only ever match officers a search for `prev` matched? True when each
 * earlier word was only extended (and its plural stem still starts with what was typed before),
 * and words were only added: the usual keystroke.
 */
export function narrows(prev: readonly string[], next: readonly string[]): boolean {
  if (next.length < prev.length) return false;
  for (let k = 0; k < prev.length; k++) {
    const w = next[k];
    if (!w.startsWith(prev[k])) return false;
    const s = stem(w);
    if (s !== w && !s.startsWith(prev[k])) return false;
  }
  return true;
}

function unique(list: string[]): string[] {
  return list.filter((w, i) => list.indexOf(w) === i);
}
