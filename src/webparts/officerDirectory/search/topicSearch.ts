/**
 * The councillor's question, "who do I ask about fly-tipping in my ward?": ranks service areas
 * against a topic by their title, topic keywords, directorate and description. Tolerates case,
 * punctuation and hyphens ("fly tipping" = "fly-tipping"), plurals ("bins" = "bin"), typos
 * ("lisencing", "enforcment") and synonyms (a council thesaurus plus the keyword lists).
 */
import { COUNTY_TOPICS, SYNONYM_GROUPS, type SynonymGroup } from './thesaurus';
import { isTypoOf, stem, words } from './text';

export interface TopicService {
  id: number;
  title: string;
  directorate: string;
  /** Only text that may be shown: a withheld description is left out, so it cannot be found either. */
  description?: string;
  keywords: readonly string[];
}

export type TopicFieldKind = 'title' | 'keyword' | 'directorate' | 'description';

/** How much a match in each kind of field counts. */
const WEIGHTS: Record<TopicFieldKind, number> = { title: 10, keyword: 8, directorate: 3, description: 2 };
const KINDS: readonly TopicFieldKind[] = ['title', 'keyword', 'directorate', 'description'];

/** Quality of a match of one word. */
const EXACT = 1;
const COMPOUND = 0.95;
const TYPO = 0.75;
const PREFIX = 0.7;
/** Weight of a synonym and of a related term, against the word typed. */
const SYNONYM = 0.8;
const RELATED = 0.55;
/** Results scoring under this share of the best are left out. */
const MIN_SHARE_OF_BEST = 0.2;

/** Words that say nothing about the topic. */
const STOP_WORDS = new Set(
  'a an the and or of in on for to my our your me i we about with who whom what where when how do does did ask asking need needs want help can could would should please is are am be at by from this that there someone somebody anyone person officer contact ward wards area local problem problems issue issues report reporting reported'.split(' ')
);

interface Field {
  kind: TopicFieldKind;
  /** The text as written, to say what matched. */
  label: string;
  /** Vocabulary ids of the field's words, stems and joined pairs ("fly tipping" → "flytipping"). */
  terms: Int32Array;
  /** " fly tipping " form of the stems, for phrase matching. */
  phrase: string;
}

interface IndexedService {
  id: number;
  title: string;
  fields: Field[];
}

interface Alternative {
  /** Stemmed words of the term. */
  stems: string[];
  /** As typed (folded), for single words: prefix and typo matching use it. */
  raw?: string;
  weight: number;
  /** The word as typed (not a synonym): only these get typo matching. */
  literal: boolean;
  /** The word is still being typed: it also matches words it begins. */
  prefix?: boolean;
}

interface Concept {
  /** The words of the query this concept stands for. */
  label: string;
  stems: string[];
  alternatives: Alternative[];
}

export interface TopicMatch {
  serviceId: number;
  title: string;
  score: number;
  /** Share of the query's words this service matched (1 = all of them). */
  coverage: number;
  /** Keywords of the service that matched, as written, for "Matched topics". */
  matchedKeywords: string[];
}

export interface TopicResult {
  /** The meaningful words of the query, as understood. */
  terms: string[];
  matches: TopicMatch[];
  /** True when no service matched every word, so these are the best partial matches. */
  partial: boolean;
  /** Set when the topic is usually a County Council service and no service here covers it. */
  countyHint?: string;
}

function phraseOf(stems: readonly string[]): string {
  return ` ${stems.join(' ')} `;
}

export class TopicSearch {
  private readonly vocabulary = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly services: IndexedService[];
  /** Thesaurus phrases (stemmed, space-joined) → their groups. */
  private readonly thesaurus = new Map<string, SynonymGroup[]>();
  private readonly longestPhrase: number;

  public constructor(services: readonly TopicService[], groups: readonly SynonymGroup[] = SYNONYM_GROUPS) {
    this.services = services.map((s) => this.indexService(s));
    let longest = 1;
    for (const group of groups) {
      for (const term of group.terms) {
        const key = stemsOf(term).join(' ');
        if (!key) continue;
        longest = Math.max(longest, key.split(' ').length);
        const list = this.thesaurus.get(key) ?? [];
        list.push(group);
        this.thesaurus.set(key, list);
      }
    }
    this.longestPhrase = longest;
  }

  /** Ranks the service areas for a topic; the best first. */
  public search(query: string): TopicResult {
    const typing = !/\s$/.test(query);
    const concepts = this.concepts(query, typing);
    if (concepts.length === 0) return { terms: [], matches: [], partial: false };
    const matchers = concepts.map((c) => this.matchersFor(c));
    const whole = concepts.flatMap((c) => c.stems);
    const wholePhrase = phraseOf(whole);
    const strongConcepts = new Array<boolean>(concepts.length).fill(false);

    const scored: TopicMatch[] = [];
    for (const service of this.services) {
      let score = 0;
      let matched = 0;
      const keywords = new Map<string, number>();
      for (let c = 0; c < concepts.length; c++) {
        const best: Record<TopicFieldKind, number> = { title: 0, keyword: 0, directorate: 0, description: 0 };
        for (const field of service.fields) {
          for (let a = 0; a < concepts[c].alternatives.length; a++) {
            const q = matchers[c][a](field) * concepts[c].alternatives[a].weight;
            if (q <= 0) continue;
            const value = WEIGHTS[field.kind] * q;
            if (value > best[field.kind]) best[field.kind] = value;
            if (field.kind === 'keyword' && value > (keywords.get(field.label) ?? 0)) keywords.set(field.label, value);
          }
        }
        const conceptScore = KINDS.reduce((sum, k) => sum + best[k], 0);
        if (conceptScore > 0) {
          matched++;
          score += conceptScore;
          if (best.title > 0 || best.keyword > 0) strongConcepts[c] = true;
        }
      }
      if (matched === 0) continue;
      score += this.phraseBonus(service, whole, wholePhrase);
      // A service whose keywords match in several ways is more likely the one meant.
      score += Math.min(3, 0.5 * Math.max(0, keywords.size - 1));
      scored.push({
        serviceId: service.id,
        title: service.title,
        score: Math.round(score * 100) / 100,
        coverage: matched / concepts.length,
        matchedKeywords: [...keywords].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k]) => k)
      });
    }

    scored.sort((a, b) => b.coverage - a.coverage || b.score - a.score || a.title.localeCompare(b.title, 'en-GB'));
    const full = scored.filter((m) => m.coverage === 1);
    const partial = full.length === 0;
    let matches = partial ? scored.filter((m) => m.coverage >= 0.5 && m.coverage === scored[0].coverage) : full;
    // Passing mentions (a synonym in a description) are not worth a councillor's time beside a strong match.
    if (matches.length > 0) {
      const floor = matches[0].score * MIN_SHARE_OF_BEST;
      matches = matches.filter((m) => m.score >= floor);
    }
    return {
      terms: concepts.map((c) => c.label),
      matches,
      partial: partial && matches.length > 0,
      countyHint: this.countyHint(concepts, strongConcepts)
    };
  }

  /** A whole multi-word query found as it is in the title or a keyword ranks that service first. */
  private phraseBonus(service: IndexedService, whole: string[], wholePhrase: string): number {
    let bonus = 0;
    for (const field of service.fields) {
      if (field.kind !== 'title' && field.kind !== 'keyword') continue;
      if (field.phrase === wholePhrase) bonus = Math.max(bonus, field.kind === 'title' ? 20 : 14);
      else if (whole.length > 1 && field.phrase.includes(wholePhrase)) bonus = Math.max(bonus, field.kind === 'title' ? 12 : 8);
    }
    return bonus;
  }

  private countyHint(concepts: Concept[], strong: boolean[]): string | undefined {
    const found: string[] = [];
    for (const topic of COUNTY_TOPICS) {
      const triggers = topic.triggers.map((t) => phraseOf(stemsOf(t)));
      const hit = concepts.some((c, i) => !strong[i] && triggers.some((t) => phraseOf(c.stems).includes(t)));
      if (hit && !found.includes(topic.what)) found.push(topic.what);
    }
    return found.length > 0 ? found.join('; ') : undefined;
  }

  /** The query as concepts: thesaurus phrases first (longest), then single words. */
  private concepts(query: string, typing: boolean): Concept[] {
    const raw = words(query).filter((w) => !STOP_WORDS.has(w));
    // A word just begun ("housing r") says too little yet: wait for the next letter.
    if (typing && raw.length > 1 && raw[raw.length - 1].length < 3) raw.pop();
    const stems = raw.map(stem);
    const out: Concept[] = [];
    let i = 0;
    while (i < raw.length) {
      let taken = 0;
      for (let n = Math.min(this.longestPhrase, raw.length - i); n >= 1 && taken === 0; n--) {
        const key = stems.slice(i, i + n).join(' ');
        const groups = this.thesaurus.get(key);
        if (!groups) continue;
        out.push(this.synonymConcept(raw.slice(i, i + n), stems.slice(i, i + n), groups));
        taken = n;
      }
      if (taken === 0) {
        out.push({ label: raw[i], stems: [stems[i]], alternatives: [{ stems: [stems[i]], raw: raw[i], weight: 1, literal: true }] });
        taken = 1;
      }
      i += taken;
    }
    // Only the word still being typed is matched as a prefix.
    if (typing && out.length > 0) {
      for (const a of out[out.length - 1].alternatives) if (a.literal && a.stems.length === 1) a.prefix = true;
    }
    return out;
  }

  private synonymConcept(rawWords: string[], stemWords: string[], groups: SynonymGroup[]): Concept {
    const seen = new Set<string>();
    const alternatives: Alternative[] = [];
    const add = (term: string, weight: number, literal: boolean, raw?: string): void => {
      const s = stemsOf(term);
      const key = s.join(' ');
      if (!key || seen.has(key)) return;
      seen.add(key);
      alternatives.push({ stems: s, raw, weight, literal });
    };
    add(rawWords.join(' '), 1, true, rawWords.length === 1 ? rawWords[0] : undefined);
    for (const group of groups) {
      for (const t of group.terms) add(t, SYNONYM, false);
      for (const t of group.related ?? []) add(t, RELATED, false);
    }
    return { label: rawWords.join(' '), stems: stemWords, alternatives };
  }

  /**
   * Functions scoring each alternative of a concept against a field (0 = no match); the work per
   * query is done once here. Typos are a fallback: when any alternative of the concept is found
   * as it is (or as the start of a word being typed), near misses are not counted, so "flood"
   * does not find "food" and "rats" does not find "rates".
   */
  private matchersFor(concept: Concept): Array<(field: Field) => number> {
    const qualities = concept.alternatives.map((a) => (a.stems.length > 1 ? undefined : this.wordQuality(a)));
    const found = concept.alternatives.some((a, i) => {
      const q = qualities[i];
      if (q) return [...q.values()].some((v) => v > TYPO);
      return this.phraseFound(a.stems);
    });
    return concept.alternatives.map((alt, i) => {
      if (alt.stems.length > 1) {
        const phrase = phraseOf(alt.stems);
        const joined = this.vocabulary.get(alt.stems.join(''));
        return (field: Field) => {
          if (field.phrase.includes(phrase)) return EXACT;
          if (joined !== undefined && includes(field.terms, joined)) return COMPOUND;
          return 0;
        };
      }
      const quality = qualities[i] as Map<number, number>;
      if (found) for (const [id, q] of quality) if (q === TYPO) quality.delete(id);
      if (quality.size === 0) return () => 0;
      return (field: Field) => {
        let best = 0;
        const t = field.terms;
        for (let k = 0; k < t.length; k++) {
          const q = quality.get(t[k]);
          if (q !== undefined && q > best) {
            best = q;
            if (best === EXACT) break;
          }
        }
        return best;
      };
    });
  }

  /** Quality of one word against every term of the vocabulary. */
  private wordQuality(alt: Alternative): Map<number, number> {
    const quality = new Map<number, number>();
    const s = alt.stems[0];
    const raw = alt.raw ?? s;
    const prefix = alt.prefix === true && raw.length >= 3;
    const typos = alt.literal && raw.length >= 4;
    for (let id = 0; id < this.terms.length; id++) {
      const term = this.terms[id];
      let q = 0;
      if (term === s || term === raw) q = EXACT;
      else if (prefix && term.startsWith(raw)) q = PREFIX;
      else if (typos && (isTypoOf(raw, term) || (s !== raw && isTypoOf(s, term)))) q = TYPO;
      if (q > 0) quality.set(id, q);
    }
    return quality;
  }

  private phraseFound(stems: string[]): boolean {
    const phrase = phraseOf(stems);
    return this.services.some((s) => s.fields.some((f) => f.phrase.includes(phrase)));
  }

  private termId(term: string): number {
    let id = this.vocabulary.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.terms.push(term);
      this.vocabulary.set(term, id);
    }
    return id;
  }

  private indexService(s: TopicService): IndexedService {
    const fields: Field[] = [];
    const add = (kind: TopicFieldKind, text: string | undefined): void => {
      if (!text || !text.trim()) return;
      const raw = words(text);
      if (raw.length === 0) return;
      const st = raw.map(stem);
      const ids: number[] = [];
      for (let i = 0; i < raw.length; i++) {
        ids.push(this.termId(raw[i]));
        if (st[i] !== raw[i]) ids.push(this.termId(st[i]));
        // Joined pairs, so that "flytipping" finds "fly-tipping" (titles and keywords only).
        if (kind !== 'description' && i + 1 < raw.length) ids.push(this.termId(st[i] + st[i + 1]), this.termId(raw[i] + raw[i + 1]));
      }
      fields.push({ kind, label: text.trim(), terms: Int32Array.from(ids), phrase: phraseOf(st) });
    };
    add('title', s.title);
    for (const k of s.keywords) add('keyword', k);
    add('directorate', s.directorate);
    add('description', s.description);
    return { id: s.id, title: s.title, fields };
  }
}

function stemsOf(text: string): string[] {
  return words(text).map(stem);
}

function includes(a: Int32Array, v: number): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] === v) return true;
  return false;
}
