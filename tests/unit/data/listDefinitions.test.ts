/**
 * The one module of list and column names (src/data/lists.ts) against the list schemas in
 * sharepoint/assets, read with fast-xml-parser: every column the product uses exists with that
 * internal name, type and lookup target; and the list schemas and the domain's stored-record
 * schemas agree on what is required (a record is dropped only without what its list requires).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { z } from 'zod';
import { LISTS, LIST_TITLES, SELECTS, type ColumnKind, type ListKey } from '../../../src/data/lists';
import {
  bodySchema,
  liaisonOfficerSchema,
  memberSchema,
  membershipSchema,
  officerSchema,
  politicalGroupSchema,
  serviceAreaSchema,
  wardSchema
} from '../../../src/domain/model';
import { preElectionPeriodSchema } from '../../../src/domain/neutrality/preElection';

const ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');

interface XmlField {
  Name: string;
  Type: string;
  Required?: string;
  List?: string;
}

/** Every schema-*.xml, by list title: its fields by internal name, and its URL. */
function readSchemas(): Map<string, { url: string; fields: Map<string, XmlField> }> {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'Field' });
  const out = new Map<string, { url: string; fields: Map<string, XmlField> }>();
  for (const file of fs.readdirSync(ASSETS).filter((f) => /^schema-.*\.xml$/.test(f))) {
    const list = parser.parse(fs.readFileSync(path.join(ASSETS, file), 'utf8')).List as { Title: string; Url: string; MetaData: { Fields: { Field: XmlField[] } } };
    out.set(list.Title, { url: list.Url, fields: new Map(list.MetaData.Fields.Field.map((f) => [f.Name, f])) });
  }
  return out;
}

const schemas = readSchemas();
const urlToTitle = new Map([...schemas.entries()].map(([title, s]) => [s.url, title]));

/** The SharePoint field type each kind of column must be. */
const TYPES: Record<ColumnKind, string[]> = {
  counter: ['Counter'],
  text: ['Text'],
  note: ['Note'],
  lines: ['Note'],
  commaList: ['Note'],
  choice: ['Choice'],
  number: ['Number'],
  boolean: ['Boolean'],
  date: ['DateTime'],
  url: ['URL'],
  image: ['Thumbnail'],
  lookup: ['Lookup'],
  lookupMulti: ['LookupMulti'],
  user: ['User']
};

/** The stored-record schema of each list the product reads as domain records. */
const RECORDS: Partial<Record<ListKey, z.ZodTypeAny>> = {
  wards: wardSchema,
  politicalGroups: politicalGroupSchema,
  members: memberSchema,
  bodies: bodySchema,
  memberships: membershipSchema,
  serviceAreas: serviceAreaSchema,
  officers: officerSchema,
  liaisonOfficers: liaisonOfficerSchema,
  preElectionPeriods: preElectionPeriodSchema
};

/** The fields a schema requires: those whose absence alone makes the record invalid. */
function requiredFields(schema: z.ZodTypeAny, sample: Record<string, unknown>): string[] {
  return Object.keys(sample).filter((field) => {
    const { [field]: _left, ...without } = sample;
    return !schema.safeParse(without).success;
  });
}

/** A record with every field valid, built from the Rugby-like values below. */
const SAMPLES: Record<string, Record<string, unknown>> = {
  wards: { id: 1, title: 'Benn', gssCode: 'E05012614', seats: 3, description: 'Town centre.' },
  politicalGroups: { id: 1, name: 'Example Group', shortName: 'EG', aliases: ['Examples'], website: 'https://example.org' },
  members: {
    id: 1, honorific: 'Dr', givenName: 'Jane', familyName: 'Smith', preferredName: 'Jan', postNominals: 'MBE', photoUrl: '/sites/c/p.svg',
    email: 'jane.smith@rugby.gov.uk', phone: '01788 533522', mobile: '07700 900123', postalAddress: 'Town Hall', publishPhone: true,
    publishMobile: false, publishAddress: false, wardId: 1, politicalGroupId: 2, partyWebsite: 'https://example.org', termStart: '2024-05-02',
    termEnd: '2028-05-04', skills: ['Planning'], biography: 'I live here.', status: 'Current', accountId: 4
  },
  bodies: { id: 1, title: 'Planning Committee', kind: 'Committee', description: 'Decides applications.', webPage: 'https://www.rugby.gov.uk', sortOrder: 1 },
  memberships: { id: 1, memberId: 1, bodyId: 2, role: 'Member', postTitle: 'Member', startDate: '2024-05-13', endDate: '2025-05-13' },
  serviceAreas: {
    id: 1, title: 'Waste', directorate: 'Operations', description: 'Bins.', keywords: ['bins'], teamEmail: 'waste@rugby.gov.uk', teamPhone: '01788 533533',
    webPage: 'https://www.rugby.gov.uk/bins'
  },
  officers: {
    id: 1, givenName: 'Sam', familyName: 'Patel', jobTitle: 'Waste Manager', serviceAreaId: 2, email: 'sam.patel@rugby.gov.uk', phone: '01788 533534',
    mobile: '07700 900124', location: 'Depot', photoUrl: '/sites/c/o.svg', politicallyRestricted: false, accountId: 5
  },
  liaisonOfficers: { id: 1, officerId: 1, serviceAreaId: 2, role: 'Liaison Officer', profile: 'Missed bins and fly-tipping reports.', wardIds: [1] },
  preElectionPeriods: { start: '2026-03-23', end: '2026-05-07', election: 'Borough elections' }
};

describe('the list definitions and sharepoint/assets', () => {
  it('every list the product uses has its schema file, and LIST_TITLES names each of them', () => {
    for (const key of Object.keys(LISTS) as ListKey[]) {
      expect([key, schemas.has(LISTS[key].title)]).toEqual([key, true]);
      expect(LIST_TITLES[key]).toBe(LISTS[key].title);
    }
  });

  it.each(Object.keys(LISTS) as ListKey[])('%s: every column exists with its internal name, type and lookup target', (key) => {
    const def = LISTS[key];
    const xml = schemas.get(def.title)!;
    for (const [field, column] of Object.entries(def.fields)) {
      if (column.kind === 'counter') continue; // Id is every list's own
      const f = xml.fields.get(column.name);
      expect([field, column.name, f ? 'present' : 'missing']).toEqual([field, column.name, 'present']);
      expect([field, TYPES[column.kind]]).toEqual([field, expect.arrayContaining([f!.Type])]);
      if (column.lookupList) expect([field, urlToTitle.get(f!.List ?? '')]).toEqual([field, column.lookupList]);
    }
    // The select asks only for columns that exist (lookups as <Name>Id).
    for (const name of SELECTS[key]) {
      const base = name.replace(/Id$/, '');
      expect([name, name === 'Id' || xml.fields.has(name) || xml.fields.has(base)]).toEqual([name, true]);
    }
  });

  it.each(Object.keys(RECORDS) as ListKey[])('%s: the list and the domain record require the same fields', (key) => {
    const def = LISTS[key];
    const xml = schemas.get(def.title)!;
    const sample = SAMPLES[key];
    // The sample itself must be a valid record, or the comparison means nothing.
    expect(RECORDS[key]!.safeParse(sample).success).toBe(true);
    const domainRequired = requiredFields(RECORDS[key]!, sample).filter((f) => f !== 'id').sort();
    const listRequired = Object.entries(def.fields)
      .filter(([, c]) => c.kind !== 'counter')
      // A Title that is only a label (the product writes it) is required by SharePoint, not read as data;
      // members' and officers' names fall back to it, so they are required of the record.
      .filter(([, c]) => !(def.titleIsLabel && c.name === 'Title'))
      .filter(([, c]) => xml.fields.get(c.name)?.Required === 'TRUE')
      .map(([field]) => field);
    const nameFromTitle = def.titleIsLabel && xml.fields.get('Title')?.Required === 'TRUE' && 'givenName' in def.fields ? ['familyName', 'givenName'] : [];
    expect(domainRequired).toEqual([...listRequired, ...nameFromTitle].sort());
  });
});
