/**
 * The labelled query set for the officer search: what a person types into "Search officers" at a
 * large council, and which officers they would accept in the first five results. Drawn from the
 * demo council's own data (surnames, full names, job titles, services, topics), with prefixes and
 * typos of each, plus a hand-written set of topic queries.
 *
 * The labels come from plain facts about each officer (their name, job title and service), never
 * from any search engine's rules: the folding below is deliberately simpler than the product's.
 */
import { createRng } from '../../../local/demo/prng';

export interface CorpusOfficer {
  id: number;
  givenName: string;
  familyName: string;
  jobTitle: string;
  serviceAreaId: number;
}

export interface CorpusService {
  id: number;
  title: string;
  directorate: string;
  keywords: readonly string[];
}

export interface Corpus {
  officers: readonly CorpusOfficer[];
  services: readonly CorpusService[];
}

export type QueryKind = 'full name' | 'surname' | 'name with a typo' | 'name prefixes' | 'job title' | 'job title with a typo' | 'service' | 'topic' | 'surname and job';

export interface LabelledQuery {
  text: string;
  kind: QueryKind;
  /** Officers a person would accept in the top five (any of them; all of them when there are five or fewer). */
  relevant: ReadonlySet<number>;
}

/** Lower case without accents or apostrophes: the label's notion of "the same word". */
const plain = (s: string): string => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '').toLowerCase();
const wordsOf = (s: string): string[] => plain(s).split(/[^a-z0-9]+/).filter(Boolean);

/** One typo a person makes: two neighbouring letters swapped, or one letter dropped or doubled. */
function typo(word: string, pick: number): string {
  const i = 1 + (pick % Math.max(1, word.length - 2));
  switch (pick % 3) {
    case 0:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    case 1:
      return word.slice(0, i) + word.slice(i + 1);
    default:
      return word.slice(0, i) + word[i] + word.slice(i);
  }
}

/** Hand-written: what councillors and officers type for a topic, and the service they mean (by a word of its title). */
const TOPICS: Array<{ text: string; serviceTitleWord: string }> = [
  { text: 'council tax', serviceTitleWord: 'tax' },
  { text: 'planning applications', serviceTitleWord: 'applications' },
  { text: 'housing benefit', serviceTitleWord: 'benefits' },
  { text: 'homelessness', serviceTitleWord: 'homelessness' },
  { text: 'bins', serviceTitleWord: 'waste' },
  { text: 'fly tipping', serviceTitleWord: 'cleansing' },
  { text: 'potholes', serviceTitleWord: 'highways' },
  { text: 'licensing', serviceTitleWord: 'licensing' },
  { text: 'taxi licence', serviceTitleWord: 'licensing' },
  { text: 'parks', serviceTitleWord: 'parks' },
  { text: 'elections', serviceTitleWord: 'electoral' },
  { text: 'noise complaint', serviceTitleWord: 'environmental' },
  { text: 'school places', serviceTitleWord: 'admissions' },
  { text: 'fostering', serviceTitleWord: 'fostering' },
  { text: 'library', serviceTitleWord: 'libraries' },
  { text: 'pension', serviceTitleWord: 'pensions' },
  { text: 'payroll', serviceTitleWord: 'payroll' }
];

export function labelledQueries(corpus: Corpus, seed = 8): LabelledQuery[] {
  const rng = createRng(seed);
  const out: LabelledQuery[] = [];
  const seen = new Set<string>();
  const add = (text: string, kind: QueryKind, relevant: Set<number>): void => {
    const key = plain(text).trim();
    if (!key || seen.has(key) || relevant.size === 0) return;
    seen.add(key);
    out.push({ text, kind, relevant });
  };
  const officers = corpus.officers;
  const serviceById = new Map(corpus.services.map((s) => [s.id, s]));
  const where = (test: (o: CorpusOfficer) => boolean): Set<number> => new Set(officers.filter(test).map((o) => o.id));
  const pickOfficer = (): CorpusOfficer => officers[rng.int(0, officers.length - 1)];

  for (let i = 0; i < 25; i++) {
    const o = pickOfficer();
    add(`${o.givenName} ${o.familyName}`, 'full name', where((x) => plain(x.givenName) === plain(o.givenName) && plain(x.familyName) === plain(o.familyName)));
  }
  for (let i = 0; i < 15; i++) {
    const o = pickOfficer();
    add(o.familyName, 'surname', where((x) => plain(x.familyName) === plain(o.familyName)));
  }
  for (let i = 0; i < 20; i++) {
    const o = pickOfficer();
    const family = wordsOf(o.familyName)[0] ?? '';
    if (family.length < 6) continue;
    add(`${o.givenName} ${typo(family, rng.int(0, 99))}`, 'name with a typo', where((x) => plain(x.givenName) === plain(o.givenName) && plain(x.familyName) === plain(o.familyName)));
  }
  for (let i = 0; i < 15; i++) {
    const o = pickOfficer();
    const g = plain(o.givenName).slice(0, rng.int(2, 4));
    const f = plain(o.familyName).slice(0, rng.int(3, 4));
    add(`${g} ${f}`, 'name prefixes', where((x) => wordsOf(x.givenName).some((w) => w.startsWith(g)) && wordsOf(x.familyName).some((w) => w.startsWith(f))));
  }
  const titles = Array.from(new Set(officers.map((o) => o.jobTitle)));
  for (const title of rng.sample(titles, 15)) add(title, 'job title', where((x) => x.jobTitle === title));
  for (const title of rng.sample(titles, 12)) {
    const ws = wordsOf(title);
    const k = ws.findIndex((w) => w.length >= 6);
    if (k < 0) continue;
    ws[k] = typo(ws[k], rng.int(0, 99));
    add(ws.join(' '), 'job title with a typo', where((x) => x.jobTitle === title));
  }
  for (const s of rng.sample(corpus.services, 12)) add(s.title, 'service', where((x) => x.serviceAreaId === s.id));
  const keywords = Array.from(new Set(corpus.services.flatMap((s) => s.keywords)));
  for (const k of rng.sample(keywords, 15)) {
    const ids = new Set(corpus.services.filter((s) => s.keywords.includes(k)).map((s) => s.id));
    add(k, 'topic', where((x) => ids.has(x.serviceAreaId)));
  }
  for (const t of TOPICS) {
    const ids = new Set(corpus.services.filter((s) => wordsOf(s.title).includes(t.serviceTitleWord)).map((s) => s.id));
    add(t.text, 'topic', where((x) => ids.has(x.serviceAreaId)));
  }
  for (let i = 0; i < 12; i++) {
    const o = pickOfficer();
    const jobWord = wordsOf(o.jobTitle).find((w) => w.length >= 5);
    if (!jobWord) continue;
    const service = serviceById.get(o.serviceAreaId);
    add(
      `${o.familyName} ${jobWord}`,
      'surname and job',
      where((x) => plain(x.familyName) === plain(o.familyName) && (wordsOf(x.jobTitle).includes(jobWord) || (x.serviceAreaId === service?.id && wordsOf(service.title).includes(jobWord))))
    );
  }
  return out;
}

/** recall@5: the share of the first five results a person would accept, out of as many as could be. */
export function recallAt5(results: readonly number[], relevant: ReadonlySet<number>): number {
  const top = results.slice(0, 5);
  const hits = top.filter((id) => relevant.has(id)).length;
  return hits / Math.min(5, relevant.size);
}
