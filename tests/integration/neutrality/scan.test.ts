/**
 * The site scan against the local SharePoint server with the real PnPjs: every violation planted
 * in every screened field of every list is reported (written in several evasion families), with
 * its list, item, field, words, rule and a link to the item; the clean Rugby demo site reports
 * none; the CSV export opens in Excel.
 */
import * as fs from 'fs';
import * as path from 'path';
import Papa from 'papaparse';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { FIELD_REGISTRY, screenedFields, type FieldSpec, type RegisteredEntity } from '../../../src/domain/neutrality/registry';
import { CSV_COLUMNS, SCANNED, scanSite, scanToCsv, type ScanReport } from '../../../src/data/scan';
import { LIST_TITLES, LISTS } from '../../../src/data/lists';
import { toItem } from '../../../src/data/mappers/entities';
import { spFor, startTestServer, type TestServer } from '../../support/localServer';
import { evade, seeded, type Evasion } from '../../unit/neutrality/support/evasions';

/** Each list's address, as sharepoint/assets/elements.xml provisions it. */
const LIST_URLS = new Map(
  [...fs.readFileSync(path.resolve(__dirname, '../../../sharepoint/assets/elements.xml'), 'utf8').matchAll(/<ListInstance Title="([^"]+)" Url="([^"]+)"/g)].map((m) => [m[1], m[2]])
);

const FAMILIES: Evasion[] = ['none', 'lookalike', 'fullwidth', 'invisibles', 'spaced', 'digits', 'reversed', 'upper'];

/** What to plant in a field: party-political for what officer pages show, campaigning for members' statements. */
function plant(entity: RegisteredEntity, field: string, n: number): string {
  const spec = (FIELD_REGISTRY[entity] as Record<string, FieldSpec>)[field];
  const family = FAMILIES[n % FAMILIES.length];
  const pick = seeded(n * 7919 + 17);
  if (spec.kind === 'statement') return `Please ${evade(family, 'Vote Labour', pick)} on Thursday 7 May!`;
  if (spec.kind === 'contact') return `info@${evade(family === 'reversed' || family === 'spaced' ? 'none' : family, 'labour', pick)}.org.uk`;
  if (spec.kind === 'link') return 'https://www.conservatives.com/join';
  const terms = ['Labour Party', 'Liberal Democrats', 'Reform UK', 'Tories', 'Green Party', 'Rugby Independents'];
  return `${evade(family, terms[n % terms.length], pick)} office`;
}

/** A record of the entity with every field it needs to be stored, and `field` planted. */
function record(entity: RegisteredEntity, field: string, value: string, n: number): Record<string, unknown> {
  const base: Record<RegisteredEntity, Record<string, unknown>> = {
    Ward: { title: `Ward ${n}`, gssCode: 'E05012345', seats: 2 },
    PoliticalGroup: {},
    Member: { givenName: 'Jo', familyName: `Smith${n}`, email: `jo${n}@rugby.gov.uk`, wardId: 1, termStart: '2023-05-04', skills: ['Planning'] },
    Body: { title: `Committee ${n}`, kind: 'Committee' },
    Membership: { memberId: 1, bodyId: 1, role: 'Member' },
    ServiceArea: { title: `Service ${n}`, directorate: 'Operations', keywords: ['bins'] },
    Officer: { givenName: 'Sam', familyName: `Patel${n}`, jobTitle: 'Waste Manager', serviceAreaId: 1, email: `sam${n}@rugby.gov.uk` },
    LiaisonOfficer: { officerId: 1, serviceAreaId: 1, role: 'Liaison Officer', profile: 'I can help councillors with missed bins and fly-tipping.' },
    PreElectionPeriod: { start: '2030-03-01', end: '2030-05-01', election: 'Borough elections' }
  };
  const arrays = new Set(['skills', 'keywords', 'aliases']);
  return { ...base[entity], [field]: arrays.has(field) ? [value] : value };
}

let clean: TestServer;
let planted: TestServer;
/** Every planted value: list, item id, field. */
const expected: Array<{ list: string; itemId: number; fieldName: string; value: string }> = [];

beforeAll(async () => {
  clean = await startTestServer();
  seedCouncil(clean.server!, rugbyDataset());

  planted = await startTestServer();
  // The lookups the records point at, and the council's own group.
  planted.server!.seed(LIST_TITLES.politicalGroups, [{ Title: 'Rugby Independents Group', ShortName: 'RIG', Aliases: 'Rugby Independents' }]);
  let n = 0;
  for (const { key, entity } of SCANNED) {
    const items: Array<Record<string, unknown>> = [];
    const fields = screenedFields(entity);
    // A clean item first (ID 1: the lookups' target), then one item per planted field.
    // A list whose Title is one of the record's fields keeps it; the others get a label.
    const titled = Object.values(LISTS[key].fields as Record<string, { name: string }>).some((c) => c.name === 'Title');
    const label = (text: string): string | undefined => (titled ? undefined : text);
    items.push(toItem(key, record(entity, '__none', '', n), label(`Clean ${entity}`)));
    for (const field of fields) {
      n++;
      const value = plant(entity, field, n);
      items.push(toItem(key, record(entity, field, value, n), label(`Planted ${entity} ${field}`)));
      expected.push({ list: LIST_TITLES[key], itemId: items.length, fieldName: field, value });
    }
    planted.server!.seed(LIST_TITLES[key], items);
  }
}, 60000);

afterAll(async () => {
  await clean?.stop();
  await planted?.stop();
});

describe('neutrality scan of a site', () => {
  let report: ScanReport;
  beforeAll(async () => {
    report = await scanSite(spFor(planted.siteUrl, 'owner'), { siteUrl: planted.siteUrl });
  });

  it('plants something in every screened field of every list it scans', () => {
    const byList = new Map<string, number>();
    for (const e of expected) byList.set(e.list, (byList.get(e.list) ?? 0) + 1);
    expect([...byList.keys()].sort()).toEqual(SCANNED.map((s) => LIST_TITLES[s.key]).sort());
    expect(expected.length).toBeGreaterThan(30);
  });

  it('reports every planted violation, with the list, item, field, words, rule and a link to the item', () => {
    const found = new Set(report.violations.map((v) => `${v.list}#${v.itemId}#${v.fieldName}`));
    const missed = expected.filter((e) => !found.has(`${e.list}#${e.itemId}#${e.fieldName}`)).map((e) => `${e.list} #${e.itemId} ${e.fieldName}: ${JSON.stringify(e.value)}`);
    expect(missed).toEqual([]);
    for (const v of report.violations) {
      const planted = expected.find((e) => e.list === v.list && e.itemId === v.itemId && e.fieldName === v.fieldName);
      expect(planted).toBeDefined();
      expect(planted!.value).toContain(v.words);
      expect(v.link).toBe(`${new URL(report.site).origin}/sites/council/${LIST_URLS.get(v.list)}/DispForm.aspx?ID=${v.itemId}`);
      expect(v.field).toBe((FIELD_REGISTRY[SCANNED.find((s) => LIST_TITLES[s.key] === v.list)!.entity] as Record<string, FieldSpec>)[v.fieldName].label);
      expect(v.message.length).toBeGreaterThan(20);
    }
    expect(report.complete).toBe(true);
  });

  it('judges members\' own statements by their own channel: a party stated as a fact is not reported', async () => {
    const s = await startTestServer();
    try {
      s.server!.seed(LIST_TITLES.wards, [toItem('wards', record('Ward', 'title', 'Benn', 1))]);
      s.server!.seed(LIST_TITLES.members, [
        toItem('members', { ...record('Member', 'biography', 'I am the Labour councillor for Benn ward.', 1), skills: ['Labour Party organiser'] }, 'Jo Smith')
      ]);
      const r = await scanSite(spFor(s.siteUrl, 'owner'), { siteUrl: s.siteUrl });
      expect(r.violations).toEqual([]);
    } finally {
      await s.stop();
    }
  });

  it('finds nothing on the clean Rugby demo site, and reads all of it', async () => {
    const r = await scanSite(spFor(clean.siteUrl, 'officer'), { siteUrl: clean.siteUrl });
    expect(r.violations.map((v) => `${v.list} #${v.itemId} ${v.field}: ${v.words}`)).toEqual([]);
    expect(r.complete).toBe(true);
    expect(r.notices).toEqual([]);
    const rugby = rugbyDataset();
    expect(r.lists.find((l) => l.list === 'Officers')?.items).toBe(rugby.officers.length);
    expect(r.lists.find((l) => l.list === 'Service Areas')?.items).toBe(rugby.serviceAreas.length);
  });

  it('says when the council\'s groups cannot be read, and still looks for the national parties', async () => {
    const s = await startTestServer();
    try {
      s.server!.seed(LIST_TITLES.serviceAreas, [toItem('serviceAreas', record('ServiceArea', 'title', 'Waste', 1))]);
      s.server!.seed(LIST_TITLES.officers, [toItem('officers', record('Officer', 'jobTitle', 'Labour Party organiser', 1), 'Sam Patel')]);
      // Democratic Services can read everything but the Political Groups list, in this site.
      const sp = spFor(s.siteUrl, 'owner');
      await sp.web.lists.getByTitle(LIST_TITLES.politicalGroups).delete();
      const r = await scanSite(sp, { siteUrl: s.siteUrl });
      expect(r.complete).toBe(false);
      expect(r.notices).toEqual([expect.objectContaining({ list: 'Political Groups', message: expect.stringMatching(/could not be read .*national parties only/) })]);
      expect(r.violations.map((v) => v.words)).toEqual(['Labour Party']);
    } finally {
      await s.stop();
    }
  });

  it('exports the violations as CSV, one row each, that Excel reads as UTF-8', () => {
    const csv = scanToCsv(report);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    expect(parsed.data).toHaveLength(report.violations.length + 1);
    const first = report.violations[0];
    expect(parsed.data[1]).toEqual([first.list, String(first.itemId), first.itemTitle ?? '', first.field, first.words, first.rule, first.message, first.link]);
  });
});
