/**
 * The councillor's topic search over the Rugby service areas: case, punctuation and hyphens,
 * plurals, typos, synonyms, the keyword lists, and the ranking that puts the right service first.
 */
import { TopicSearch } from '../../../src/webparts/officerDirectory/search/topicSearch';
import { editDistance, fold, isTypoOf, stem, words } from '../../../src/webparts/officerDirectory/search/text';
import { largeCouncilDataset, rugbyDataset } from '../../../local/demo';

const rugby = rugbyDataset();
const search = new TopicSearch(rugby.serviceAreas);
const titles = (q: string): string[] => search.search(q).matches.map((m) => m.title);
const first = (q: string): string | undefined => titles(q)[0];

describe('text handling', () => {
  it('folds case, accents, apostrophes and punctuation; hyphens separate words', () => {
    expect(fold('O’Brien & Sons')).toBe('obrien  and  sons');
    expect(words('Fly-tipping, FLY TIPPING; fly_tipping')).toEqual(['fly', 'tipping', 'fly', 'tipping', 'fly', 'tipping']);
    expect(words('Zoë Renée')).toEqual(['zoe', 'renee']);
  });

  it('stems plurals and leaves other words alone', () => {
    expect(['bins', 'repairs', 'libraries', 'boxes', 'benches', 'licences', 'services', 'homes'].map(stem)).toEqual([
      'bin', 'repair', 'library', 'box', 'bench', 'licence', 'service', 'home'
    ]);
    expect(['bus', 'gas', 'grass', 'status', 'analysis', 'bin', 'waste'].map(stem)).toEqual(['bus', 'gas', 'grass', 'status', 'analysis', 'bin', 'waste']);
  });

  it('counts edits with transpositions, and allows 1 from 4 letters and 2 from 8', () => {
    expect(editDistance('licensing', 'lisencing', 3)).toBe(2);
    expect(editDistance('enforcment', 'enforcement', 3)).toBe(1);
    expect(editDistance('tpying', 'typing', 3)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(isTypoOf('lisencing', 'licensing')).toBe(true);
    expect(isTypoOf('flod', 'food')).toBe(true);
    expect(isTypoOf('bin', 'bun')).toBe(false);
    expect(isTypoOf('planing', 'planning')).toBe(true);
    expect(isTypoOf('parks', 'perks')).toBe(true);
    expect(isTypoOf('recycle', 'bicycle')).toBe(false);
  });
});

describe('ranking the service areas for a topic', () => {
  it.each([
    ['bins', 'Waste and Recycling'],
    ['Bins', 'Waste and Recycling'],
    ['bin', 'Waste and Recycling'],
    ['fly tipping', 'Street Cleansing'],
    ['fly-tipping', 'Street Cleansing'],
    ['flytipping', 'Street Cleansing'],
    ['council tax', 'Council Tax'],
    ['planning enforcement', 'Planning Enforcement'],
    ['housing repairs', 'Housing Repairs'],
    ['licensing', 'Licensing'],
    ['taxi licence', 'Licensing'],
    ['noise', 'Environmental Health'],
    ['rats', 'Environmental Health'],
    ['parking', 'Car Parking'],
    ['homeless', 'Housing Advice and Homelessness'],
    ['rent', 'Tenancy Management'],
    ['foi', 'Legal Services'],
    ['who do I ask about fly-tipping in my ward?', 'Street Cleansing']
  ])('"%s" → %s first', (q, expected) => {
    expect(first(q)).toBe(expected);
  });

  it('puts Planning Enforcement above Planning Applications, and Council Tax above Benefits', () => {
    const planning = titles('planning enforcement');
    expect(planning[0]).toBe('Planning Enforcement');
    const apps = planning.indexOf('Planning Applications (Development Management)');
    expect(apps === -1 || apps > 0).toBe(true);
    expect(titles('council tax').slice(0, 2)).toEqual(['Council Tax', 'Benefits']);
  });

  it('tolerates typos, but only as a fallback', () => {
    expect(first('lisencing')).toBe('Licensing');
    expect(first('enforcment')).toBe('Planning Enforcement');
    expect(first('planning enforcment')).toBe('Planning Enforcement');
    expect(first('recyling')).toBe('Waste and Recycling');
    // "rats" exists as it is, so "rates" (one letter away) is not counted.
    expect(titles('rats')).not.toContain('Business Rates');
    // "flood" finds flooding, not food hygiene.
    expect(titles('flood')).toEqual(['Emergency Planning']);
  });

  it('understands synonyms from the thesaurus and the keyword lists', () => {
    expect(first('rubbish')).toBe('Waste and Recycling');
    expect(first('refuse collection')).toBe('Waste and Recycling');
    expect(first('dumping')).toBe('Street Cleansing');
    expect(first('dog poo')).toBe('Street Cleansing');
    expect(first('council tax support')).toBe('Benefits');
    expect(first('mould')).toBe('Housing Repairs');
    expect(first('antisocial behaviour')).toBe('Community Safety');
    expect(first('computer')).toBe('ICT');
  });

  it('says which keywords matched', () => {
    const bins = search.search('bins').matches[0];
    expect(bins.matchedKeywords[0]).toBe('bins');
    expect(search.search('fly tipping').matches[0].matchedKeywords).toContain('fly-tipping');
  });

  it('matches the word being typed as a prefix, and waits for a new word to say something', () => {
    expect(first('licens')).toBe('Licensing');
    expect(first('housing r')).toBe('Housing Advice and Homelessness');
    expect(first('housing rep')).toBe('Housing Repairs');
    // A finished word is not a prefix: "park " is parks, not parking.
    expect(first('park ')).toBe('Parks and Open Spaces');
  });

  it('says when a topic is usually a County Council service', () => {
    expect(search.search('potholes').countyHint).toBe('roads, pavements, potholes, gritting and road drainage');
    expect(search.search('street lights').countyHint).toBe('street lights');
    expect(search.search('bins').countyHint).toBeUndefined();
    // A council that runs highways itself (the large council) gets its service, not the hint.
    const large = new TopicSearch(largeCouncilDataset({ photos: false, officers: 200 }).serviceAreas);
    const potholes = large.search('potholes');
    expect(potholes.matches[0].title).toBe('Highways Maintenance');
    expect(potholes.countyHint).toBeUndefined();
  });

  it('returns nothing for words that say nothing, and flags partial matches', () => {
    expect(search.search('who do I ask').matches).toEqual([]);
    expect(search.search('').terms).toEqual([]);
    const partial = search.search('bins zzzzqqq');
    expect(partial.partial).toBe(true);
    expect(partial.matches[0].title).toBe('Waste and Recycling');
  });

  it('does not search a description that was withheld', () => {
    const withheld = new TopicSearch(rugby.serviceAreas.map((s) => ({ ...s, description: undefined })));
    expect(titles('sandbags')).toContain('Emergency Planning');
    expect(withheld.search('Caldecott').matches).toEqual([]);
    expect(titles('Caldecott')).toEqual(['Parks and Open Spaces']);
  });
});
