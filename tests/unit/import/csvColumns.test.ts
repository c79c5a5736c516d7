/**
 * The CSV columns against the list schemas in sharepoint/assets (read with fast-xml-parser): each
 * column is named as the list names it in SharePoint (its DisplayName), a lookup's ID column sits
 * beside its title, and the ModernGov id column (src/data/lists.ts) is on exactly the lists the
 * import keeps in step. Also: no two columns of a file can be taken for one another.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { CSV_LISTS, CSV_SPECS, csvListOf, headerKey, namesOf } from '../../../src/data/import/csv/columns';
import { LISTS, LISTS_WITH_MODERNGOV_ID, MODERNGOV_ID_COLUMN, type ListKey } from '../../../src/data/lists';

interface XmlField {
  Name: string;
  DisplayName: string;
  Type: string;
}

const ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'Field' });
const schemas = new Map<string, Map<string, XmlField>>();
for (const file of fs.readdirSync(ASSETS).filter((f) => /^schema-.*\.xml$/.test(f))) {
  const list = parser.parse(fs.readFileSync(path.join(ASSETS, file), 'utf8')).List as { Title: string; MetaData: { Fields: { Field: XmlField[] } } };
  schemas.set(list.Title, new Map(list.MetaData.Fields.Field.map((f) => [f.Name, f])));
}

describe.each(CSV_LISTS.map((k) => [k]))('%s', (key) => {
  const spec = CSV_SPECS[key];
  const fields = schemas.get(spec.title) as Map<string, XmlField>;
  const defs = LISTS[key as ListKey].fields as Record<string, { name: string }>;

  it('names every column as the list does in SharePoint', () => {
    expect(fields).toBeDefined();
    for (const c of spec.columns) {
      if (c.kind === 'id') expect(c.header).toBe('ID');
      else if (c.kind === 'moderngovId') expect(c.header).toBe(fields.get(MODERNGOV_ID_COLUMN)?.DisplayName);
      else if (c.kind === 'lookupId') expect(c.header).toBe(`${fields.get(defs[c.field].name)?.DisplayName} ${c.multi ? 'IDs' : 'ID'}`);
      else expect([c.field, c.header]).toEqual([c.field, fields.get(defs[c.field].name)?.DisplayName]);
    }
  });

  it('puts each lookup’s ID column straight after its title', () => {
    spec.columns.forEach((c, i) => {
      if (c.kind === 'lookupTitle') expect(spec.columns[i + 1]).toMatchObject({ kind: 'lookupId', field: c.field });
    });
  });

  it('gives no two columns a name in common', () => {
    const seen = new Map<string, string>();
    for (const c of spec.columns) {
      for (const n of namesOf(spec, c)) {
        const k = headerKey(n);
        const other = seen.get(k);
        if (other !== undefined && other !== c.header) throw new Error(`"${n}" names both ${other} and ${c.header}`);
        seen.set(k, c.header);
      }
    }
  });
});

it('keeps the ModernGov id column on the lists the import keeps in step, and only there', () => {
  for (const [title, fields] of schemas) {
    const key = (Object.keys(LISTS) as ListKey[]).find((k) => LISTS[k].title === title);
    if (!key) continue;
    expect([title, fields.has(MODERNGOV_ID_COLUMN)]).toEqual([title, LISTS_WITH_MODERNGOV_ID.includes(key)]);
  }
  expect(LISTS_WITH_MODERNGOV_ID).toEqual(['wards', 'politicalGroups', 'members', 'bodies']);
});

it('reads --list as people write it', () => {
  expect(['members', 'Members', 'liaison-officers', 'Liaison Officers', 'liaisonOfficers', 'BODIES'].map(csvListOf)).toEqual(['members', 'members', 'liaisonOfficers', 'liaisonOfficers', 'liaisonOfficers', 'bodies']);
  expect(csvListOf('wards')).toBeUndefined();
});
