/**
 * A small council thesaurus: the words councillors and residents use, and the words services
 * use for the same thing. Each group's `terms` are synonyms of one another; `related` terms
 * are looked for too, at a lower weight, but do not lead back. The service areas' own keyword
 * lists do the rest.
 */

export interface SynonymGroup {
  terms: string[];
  related?: string[];
}

export const SYNONYM_GROUPS: readonly SynonymGroup[] = [
  { terms: ['rubbish', 'refuse', 'waste', 'bin', 'garbage', 'trash', 'household waste'], related: ['bin collection', 'recycling'] },
  { terms: ['missed bin', 'missed collection', 'bin not emptied', 'bin not collected'] },
  { terms: ['fly tipping', 'flytipping', 'fly tip', 'dumping', 'dumped rubbish', 'illegal dumping', 'fly tipped'] },
  { terms: ['litter', 'littering'], related: ['street cleansing', 'street sweeping'] },
  { terms: ['dog poo', 'dog mess', 'dog fouling', 'dog dirt'] },
  { terms: ['graffiti', 'vandalism', 'tagging'] },
  { terms: ['recycling', 'recycle', 'recycled'] },
  { terms: ['rent', 'rents'], related: ['rent arrears', 'tenancy', 'housing'] },
  { terms: ['council house', 'council home', 'council flat', 'social housing', 'council tenant'], related: ['tenancy', 'housing repairs'] },
  { terms: ['repair', 'repairs', 'fix', 'fault', 'maintenance'] },
  { terms: ['damp', 'mould', 'mold', 'condensation'] },
  { terms: ['homeless', 'homelessness', 'rough sleeping', 'rough sleeper', 'sofa surfing', 'nowhere to live'] },
  { terms: ['landlord', 'private landlord', 'letting agent', 'private rented'] },
  { terms: ['noise', 'noisy', 'nuisance', 'loud music', 'barking dog', 'noisy neighbours'] },
  { terms: ['smell', 'odour', 'odor', 'stink'] },
  { terms: ['rats', 'mice', 'pests', 'pest control', 'vermin', 'rodents', 'wasps'] },
  { terms: ['bonfire', 'smoke', 'burning'] },
  { terms: ['parking', 'car park', 'car parks', 'parking permit'] },
  { terms: ['parking ticket', 'parking fine', 'pcn', 'penalty charge notice'] },
  { terms: ['benefits', 'benefit', 'council tax support', 'council tax reduction', 'housing benefit'], related: ['financial hardship', 'cost of living'] },
  { terms: ['council tax', 'ctax'], related: ['council tax bill'] },
  { terms: ['business rates', 'nndr', 'non domestic rates'] },
  { terms: ['licensing', 'licence', 'license', 'licences', 'licenses', 'licensed'] },
  { terms: ['taxi', 'cab', 'minicab', 'private hire', 'hackney carriage'] },
  { terms: ['pub', 'bar', 'alcohol', 'premises licence'] },
  { terms: ['anti social behaviour', 'antisocial behaviour', 'asb', 'anti social', 'antisocial'] },
  { terms: ['cctv', 'camera', 'cameras'] },
  { terms: ['planning enforcement', 'breach of planning', 'unauthorised building', 'building without permission'] },
  { terms: ['planning permission', 'planning application', 'planning consent'] },
  { terms: ['extension', 'loft conversion', 'conservatory'] },
  { terms: ['tree', 'trees', 'hedge', 'hedges', 'overhanging'] },
  { terms: ['park', 'parks', 'playground', 'play area', 'open space', 'green space'] },
  { terms: ['allotment', 'allotments'] },
  { terms: ['funeral', 'burial', 'cremation', 'crematorium', 'cemetery', 'grave'] },
  { terms: ['flood', 'flooding', 'floods', 'sandbags', 'flooded'] },
  { terms: ['emergency', 'major incident', 'severe weather'] },
  { terms: ['food hygiene', 'food safety', 'food poisoning', 'restaurant', 'takeaway'] },
  { terms: ['air quality', 'air pollution', 'pollution'] },
  { terms: ['leisure centre', 'swimming', 'swimming pool', 'gym', 'sport', 'sports'] },
  { terms: ['museum', 'art gallery', 'gallery', 'exhibition'] },
  { terms: ['election', 'elections', 'voting', 'polling station', 'electoral register', 'poll card'] },
  { terms: ['committee', 'committees', 'agenda', 'minutes', 'meeting papers'] },
  { terms: ['allowance', 'allowances', 'expenses'] },
  { terms: ['foi', 'freedom of information', 'information request'] },
  { terms: ['data protection', 'gdpr', 'subject access request', 'sar'] },
  { terms: ['complaint', 'complaints', 'complain', 'ombudsman'] },
  { terms: ['ict', 'computer', 'laptop', 'password', 'tablet', 'ipad'] },
  { terms: ['press', 'media', 'press release', 'journalist', 'newspaper'] },
  { terms: ['jobs', 'job', 'vacancies', 'recruitment', 'careers'] },
  { terms: ['pay', 'salary', 'payroll', 'payslip'] },
  { terms: ['market', 'markets', 'market stall'] },
  { terms: ['empty shop', 'empty shops', 'vacant shop', 'high street', 'town centre'] },
  { terms: ['business support', 'business grant', 'small business', 'start up'] },
  { terms: ['grant', 'grants', 'funding'] },
  { terms: ['disabled adaptation', 'disabled facilities grant', 'dfg', 'adaptations', 'stairlift', 'grab rail'] },
  { terms: ['hmo', 'house in multiple occupation', 'houses in multiple occupation', 'shared house'] },
  { terms: ['empty home', 'empty homes', 'empty property', 'empty properties'] },
  { terms: ['dangerous structure', 'dangerous building', 'unsafe building'] },
  { terms: ['street trading', 'street trader', 'pedlar'] },
  { terms: ['gambling', 'betting', 'casino'] },
  { terms: ['school', 'schools', 'school place', 'school admission'] },
  { terms: ['social care', 'care home', 'care homes', 'home care', 'carer'] },
  { terms: ['pothole', 'potholes', 'road', 'roads', 'pavement', 'pavements', 'highway', 'highways', 'road repair'] },
  { terms: ['street light', 'street lights', 'streetlight', 'lamp post', 'street lighting'] },
  { terms: ['bus', 'buses', 'bus stop', 'bus pass'] },
  { terms: ['tip', 'dump', 'household waste recycling centre', 'hwrc'] },
  { terms: ['library', 'libraries', 'books'] }
];

/** Topics that belong to the County Council in a two-tier area (a district or borough council does not run them). */
export interface CountyTopic {
  /** Words that trigger the hint, folded. */
  triggers: string[];
  /** What the County Council looks after, for the hint. */
  what: string;
}

export const COUNTY_TOPICS: readonly CountyTopic[] = [
  { triggers: ['pothole', 'potholes', 'road', 'roads', 'pavement', 'pavements', 'highway', 'highways', 'gritting', 'gully', 'gullies', 'drain', 'drains'], what: 'roads, pavements, potholes, gritting and road drainage' },
  { triggers: ['street light', 'street lights', 'streetlight', 'lamp post', 'street lighting'], what: 'street lights' },
  { triggers: ['school', 'schools', 'school place', 'school admission', 'school transport'], what: 'schools, school places and school transport' },
  { triggers: ['social care', 'care home', 'care homes', 'home care', 'social worker'], what: 'adult and children’s social care' },
  { triggers: ['library', 'libraries'], what: 'libraries' },
  { triggers: ['tip', 'hwrc', 'household waste recycling centre'], what: 'household waste recycling centres (the tip)' },
  { triggers: ['bus', 'buses', 'bus stop', 'bus pass', 'bus timetable'], what: 'buses and bus passes' },
  { triggers: ['trading standards', 'rogue trader', 'rogue traders'], what: 'trading standards' }
];
