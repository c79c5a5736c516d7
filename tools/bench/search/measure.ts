/**
 * Measures one search engine over the large demo council (20,000 officers) and the labelled
 * queries; run in a child process of its own (with --expose-gc) so that its memory is its own.
 * Prints one JSON object. Usage: tsx tools/bench/search/measure.ts <engine>
 *
 * Timed: the index build; each full query once; and every prefix of every query once, as typed
 * (the keystroke figure). Every string is searched once only, and no engine keeps results, so
 * nothing timed is a cache hit. The engines are warmed first on other strings (the queries reversed).
 */
import { performance } from 'node:perf_hooks';
import { largeCouncilDataset } from '../../../local/demo';
import { ENGINES, type SearchEngine } from './engines';
import { labelledQueries, recallAt5, type Corpus } from './queries';

const gc = (globalThis as { gc?: () => void }).gc;

function heapMB(): number {
  gc?.();
  gc?.();
  return process.memoryUsage().heapUsed / 1048576;
}

function quantile(values: number[], q: number): number {
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function corpusOf(): Corpus {
  const d = largeCouncilDataset({ photos: false });
  return {
    officers: d.officers.map((o) => ({ id: o.id, givenName: o.givenName, familyName: o.familyName, jobTitle: o.jobTitle ?? '', serviceAreaId: o.serviceAreaId ?? 0 })),
    services: d.serviceAreas.map((s) => ({ id: s.id, title: s.title, directorate: s.directorate ?? '', keywords: s.keywords }))
  };
}

function main(): void {
  const name = process.argv[2];
  const make = ENGINES[name];
  if (!make) throw new Error(`Unknown engine "${name}": one of ${Object.keys(ENGINES).join(', ')}.`);
  const corpus = corpusOf();
  const queries = labelledQueries(corpus);
  let engine: SearchEngine | undefined = make();

  const t0 = performance.now();
  engine.build(corpus);
  const buildMs = performance.now() - t0;

  const search = (text: string, limit: number): number[] => (engine as SearchEngine).search(text, limit);
  for (const q of queries) search(q.text.split('').reverse().join(''), 5);

  const queryMs: number[] = [];
  const recalls: number[] = [];
  const byKind: Record<string, number[]> = {};
  for (const q of queries) {
    const s = performance.now();
    const ids = search(q.text, 5);
    queryMs.push(performance.now() - s);
    const r = recallAt5(ids, q.relevant);
    recalls.push(r);
    (byKind[q.kind] ??= []).push(r);
  }
  const typed = new Set<string>();
  for (const q of queries) for (let i = 1; i < q.text.length; i++) typed.add(q.text.slice(0, i));
  for (const q of queries) typed.delete(q.text);
  const keyMs: number[] = [];
  for (const t of typed) {
    const s = performance.now();
    search(t, 20);
    keyMs.push(performance.now() - s);
  }
  // What the index keeps alive: the heap with it, less the heap once it is let go (the officers
  // themselves stay, held by the corpus, as the page's own records would).
  const withIndex = heapMB();
  engine = undefined;
  const memoryMB = withIndex - heapMB();
  const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
  const out: Record<string, number> = {
    buildMs,
    memoryMB,
    queries: queries.length,
    queryMedianMs: quantile(queryMs, 0.5),
    queryP95Ms: quantile(queryMs, 0.95),
    keystrokes: keyMs.length,
    keystrokeP95Ms: quantile(keyMs, 0.95),
    recallAt5: mean(recalls)
  };
  for (const [kind, rs] of Object.entries(byKind)) out[`recallAt5.${kind.replace(/ (\w)/g, (_m, c: string) => c.toUpperCase())}`] = mean(rs);
  process.stdout.write(JSON.stringify(out));
}

if (require.main === module) main();
