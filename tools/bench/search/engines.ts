/**
 * The officer search three ways, over the same officers: the product's own index, MiniSearch and
 * FlexSearch, each set up as a team would set it up for "search officers by name, job title,
 * service and topic, as you type": every word of the query must match (AND), the last word as a
 * prefix, names first, typos forgiven where the library can.
 */
import MiniSearch from 'minisearch';
import FlexSearch from 'flexsearch';
import { OfficerIndex } from '../../../src/webparts/officerDirectory/search/officerIndex';
import type { Corpus } from './queries';

export interface SearchEngine {
  name: string;
  /** Builds the index over every officer. */
  build(corpus: Corpus): void;
  /** The ids of the best results, best first (at most `limit`). */
  search(text: string, limit: number): number[];
}

export function ours(): SearchEngine {
  let index: OfficerIndex | undefined;
  return {
    name: 'ours',
    build(corpus) {
      // No memory of recent searches: every query is searched for real.
      index = new OfficerIndex(corpus.services, { remember: false });
      // As the page does: officers arrive in pages of 5,000.
      for (let i = 0; i < corpus.officers.length; i += 5000) index.add(corpus.officers.slice(i, i + 5000));
    },
    search(text, limit) {
      const idx = index as OfficerIndex;
      const { positions } = idx.search({ text });
      const out: number[] = [];
      for (let i = 0; i < positions.length && i < limit; i++) out.push(idx.at(positions[i]).id);
      return out;
    }
  };
}

interface Doc {
  id: number;
  name: string;
  jobTitle: string;
  service: string;
  topics: string;
}

function documents(corpus: Corpus): Doc[] {
  const services = new Map(corpus.services.map((s) => [s.id, s]));
  return corpus.officers.map((o) => {
    const s = services.get(o.serviceAreaId);
    return {
      id: o.id,
      name: `${o.givenName} ${o.familyName}`,
      jobTitle: o.jobTitle,
      service: s?.title ?? '',
      topics: s ? `${s.keywords.join(' ')} ${s.directorate}` : ''
    };
  });
}

export function miniSearch(): SearchEngine {
  let index: MiniSearch<Doc> | undefined;
  return {
    name: 'minisearch',
    build(corpus) {
      index = new MiniSearch<Doc>({
        fields: ['name', 'jobTitle', 'service', 'topics'],
        idField: 'id',
        // Accents folded as the product folds them.
        processTerm: (term) => term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/['\u2019]/g, '').toLowerCase(),
        searchOptions: {
          combineWith: 'AND',
          prefix: true,
          // One edit from four letters, two from eight: the product's typo allowance.
          fuzzy: (term) => (term.length >= 8 ? 2 : term.length >= 4 ? 1 : false),
          boost: { name: 4, jobTitle: 2.5, service: 1.5, topics: 1 }
        }
      });
      index.addAll(documents(corpus));
    },
    search(text, limit) {
      return (index as MiniSearch<Doc>).search(text).slice(0, limit).map((r) => r.id as number);
    }
  };
}

export function flexSearch(): SearchEngine {
  // One index over the officer's words in order of importance (FlexSearch ranks earlier words higher).
  let index: InstanceType<typeof FlexSearch.Index> | undefined;
  return {
    name: 'flexsearch',
    build(corpus) {
      index = new FlexSearch.Index({ tokenize: 'forward', encoder: FlexSearch.Charset.LatinBalance, resolution: 9, cache: false });
      for (const d of documents(corpus)) index.add(d.id, `${d.name} ${d.jobTitle} ${d.service} ${d.topics}`);
    },
    search(text, limit) {
      const idx = index as InstanceType<typeof FlexSearch.Index>;
      // Every word must match; `suggest` lets near misses through when nothing matches exactly.
      let ids = idx.search(text, { limit }) as number[];
      if (ids.length === 0) ids = idx.search(text, { limit, suggest: true }) as number[];
      return ids;
    }
  };
}

export const ENGINES: Record<string, () => SearchEngine> = { ours, minisearch: miniSearch, flexsearch: flexSearch };
