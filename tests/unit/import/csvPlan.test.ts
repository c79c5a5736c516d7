/**
 * The CSV dry run, row by row, against a small site held in memory (the same records the import
 * reads from SharePoint): every problem named by row and column in words Democratic Services use,
 * matching by ID then by name, lookups by title, the write schemas and the neutrality screen.
 */
import { policyForGroups } from '../../../src/data/import/moderngovImport';
import { csvErrors, csvNotes, planCsv, type CsvPlan } from '../../../src/data/import/csv/plan';
import { parseCsv } from '../../../src/data/import/csv/format';
import { CSV_SPECS, headerIndex, headerKey, type CsvListKey } from '../../../src/data/import/csv/columns';
import { CsvReadError } from '../../../src/data/import/csv/format';
import { lookupTable, type CsvSite } from '../../../src/data/import/csv/site';
import type { SiteRecord } from '../../../src/data/import/site';
import { GMT_STANDARD_TIME } from '../../../src/data/mappers/dates';

type Rec = Record<string, unknown> & { id: number };
const rec = (id: number, record: Record<string, unknown>): SiteRecord<Rec> => ({ id, etag: `"${id},1"`, record: { id, ...record } as Rec });

const wards = [rec(1, { title: 'Benn' }), rec(2, { title: 'Abbey & Kingsway' }), rec(3, { title: 'Clifton, Newton and Churchover' })];
const groups = [rec(1, { name: 'Labour Group', shortName: 'Lab', aliases: ['Labour'] }), rec(2, { name: 'Green Party', aliases: [] })];
const members = [
  rec(10, { givenName: 'Jo', familyName: 'Bloggs', email: 'jo.bloggs@rugby.gov.uk', wardId: 1, politicalGroupId: 1, termStart: '2024-05-02', publishPhone: true, publishMobile: false, publishAddress: false, skills: [], status: 'Current' }),
  rec(11, { givenName: 'Sam', familyName: 'Smith', email: 'sam.smith@rugby.gov.uk', wardId: 2, politicalGroupId: null, termStart: '2024-05-02', publishPhone: true, publishMobile: false, publishAddress: false, skills: ['Planning'], status: 'Current' }),
  rec(12, { givenName: 'Sam', familyName: 'Smith', email: 'sam.smith2@rugby.gov.uk', wardId: 3, politicalGroupId: null, termStart: '2024-05-02', publishPhone: true, publishMobile: false, publishAddress: false, skills: [], status: 'Current' })
];
const bodies = [rec(20, { title: 'Full Council', kind: 'Council' }), rec(21, { title: 'Planning Committee', kind: 'Committee' }), rec(22, { title: 'Cabinet', kind: 'Cabinet' })];
const officers = [rec(30, { givenName: 'Chris', familyName: 'Bradley', email: 'chris.bradley@rugby.gov.uk', jobTitle: 'Waste Manager', politicallyRestricted: false })];
const services = [rec(40, { title: 'Waste and Recycling', directorate: 'Communities', keywords: [] })];

function siteFor(list: CsvListKey, records: Array<SiteRecord<Rec>>): CsvSite {
  const all = { wards, politicalGroups: groups, members, bodies, officers, serviceAreas: services };
  return {
    list,
    records,
    lookups: Object.fromEntries(CSV_SPECS[list].lookups.map((k) => [k, lookupTable(k, all[k])])),
    groups: groups.map((g) => g.record as never),
    bodies: new Map(bodies.map((b) => [b.id, b.record as never])),
    problems: [],
    zone: GMT_STANDARD_TIME
  };
}

function plan(list: CsvListKey, csv: string, records: Array<SiteRecord<Rec>> = { members, memberships: [], bodies, officers, liaisonOfficers: [] }[list]): CsvPlan {
  const known = headerIndex(CSV_SPECS[list]);
  const site = siteFor(list, records);
  return planCsv({ list, source: 'test.csv', table: parseCsv(csv, (h) => known.has(headerKey(h))), site, policy: policyForGroups(site.groups as never) });
}

const MEMBER_HEAD = 'ID,Given name,Family name,Email,Ward,Ward ID,Political group,Term start,Publish phone';

describe('the file’s columns', () => {
  it('refuses a file of another list, naming the columns it expected', () => {
    expect(() => plan('bodies', 'Ward name,GSS code,Seats\r\nBenn,E05012345,3\r\n')).toThrow(new CsvReadError('None of the columns is a column of Bodies. The first row must name the columns, like ID, ModernGov ID, Body name, Kind: export the list to get a file in the right shape.'));
  });

  it('refuses a file that can neither match nor add a record', () => {
    expect(() => plan('members', 'Given name,Email\r\nJo,jo@rugby.gov.uk\r\n')).toThrow(/no ID column and no Family name column, so no row can be matched to a member in Members or added to it/);
  });

  it('refuses the same column twice, by spreadsheet letter', () => {
    expect(() => plan('members', 'ID,Email,Given name,email\r\n10,a@rugby.gov.uk,Jo,b@rugby.gov.uk\r\n')).toThrow(/Columns B and D are both Email/);
  });

  it('ignores extra columns, and says so once', () => {
    const p = plan('members', `${MEMBER_HEAD},Favourite colour,\r\n10,Jo,Bloggs,jo.bloggs@rugby.gov.uk,Benn,1,Labour Group,2024-05-02,Yes,Blue,\r\n`);
    expect(p.counts).toMatchObject({ rows: 1, unchanged: 1, invalid: 0 });
    expect(csvNotes(p).map((n) => n.message)).toEqual(['Column "Favourite colour" is not a column of Members, so it was ignored.', 'The column K (it has no name) is not a column of Members, so it was ignored.']);
  });

  it('knows columns by their display name, their internal name or the form’s label, in any case', () => {
    const p = plan('members', 'id,GIVENNAME,surname,e-mail\r\n10,Jo,Bloggs,JO.Bloggs@Rugby.gov.uk\r\n');
    // "e-mail" is not a column; the email stays as it is. The name columns match and are unchanged.
    expect(p.counts).toMatchObject({ unchanged: 1 });
    expect(csvNotes(p)[0].message).toMatch(/"e-mail" is not a column of Members/);
  });
});

describe('rows', () => {
  it('reads values as the schema holds them, so an unchanged row is unchanged (case, UK dates, yes/no, spacing)', () => {
    const p = plan('members', `${MEMBER_HEAD}\r\n10, Jo ,Bloggs,JO.BLOGGS@rugby.gov.uk,benn,,labour,02/05/2024,yes\r\n`);
    expect(csvErrors(p)).toEqual([]);
    expect(p.rows[0]).toMatchObject({ row: 2, outcome: 'unchanged', id: 10, label: 'Cllr Jo Bloggs' });
    const withTime = plan('members', 'ID,Term start\r\n10,02/05/2024 00:00\r\n11,2.5.2024\r\n12,05/02/2024\r\n');
    // Day first, as in the UK: 05/02/2024 is 5 February, a change.
    expect(withTime.rows.map((r) => [r.outcome, r.changes.map((c) => c.to)])).toEqual([
      ['unchanged', []],
      ['unchanged', []],
      ['update', ['2024-02-05']]
    ]);
  });

  it('lists each bad cell by row and column, and writes none of a bad row', () => {
    const p = plan(
      'members',
      [
        MEMBER_HEAD,
        '10,Jo,Bloggs,not-an-email,Benn,1,Labour Group,2024-05-02,Yes',
        '11,Sam,Smith,sam.smith@rugby.gov.uk,Atlantis,,,2024-05-02,Maybe',
        '12,Sam,Smith,sam.smith2@rugby.gov.uk,Benn,3,,31/02/2024,Yes',
        '99,New,Person,new.person@rugby.gov.uk,Benn,,,2026-05-07,Yes'
      ].join('\r\n')
    );
    expect(csvErrors(p)).toEqual([
      { row: 2, column: 'Email', message: 'Council email must be an email address, like name@rugby.gov.uk.' },
      { row: 3, column: 'Publish phone', message: 'Publish phone must be Yes or No (not "Maybe").' },
      { row: 3, column: 'Ward', message: '"Atlantis" is not a ward in this site. Check the spelling, or give the Ward ID.' },
      { row: 4, column: 'Term start', message: 'Term of office start must be a real date, written like 2024-05-02.' },
      { row: 4, column: 'Ward', message: 'Ward ID 3 is Clifton, Newton and Churchover, but Ward says "Benn". Correct one of them, or clear Ward ID.' },
      { row: 5, column: 'ID', message: 'There is no member with ID 99 in Members. To add a new member, leave ID blank.' }
    ]);
    expect(p.counts).toMatchObject({ rows: 4, invalid: 4, create: 0, update: 0 });
    expect(p.writes).toEqual([]);
  });

  it('matches a row without an ID by name, adds one that matches nobody, and refuses a name two members share', () => {
    const p = plan(
      'members',
      ['Given name,Family name,Email,Ward,Term start', 'Jo,Bloggs,jo.bloggs@rugby.gov.uk,Abbey and Kingsway,2024-05-02', 'Priti,Okoro,priti.okoro@rugby.gov.uk,Benn,2026-05-07', 'Sam,Smith,sam@rugby.gov.uk,Benn,2024-05-02'].join('\n')
    );
    expect(p.rows.map((r) => [r.row, r.outcome, r.id])).toEqual([
      [2, 'update', 10],
      [3, 'create', undefined],
      [4, 'invalid', undefined]
    ]);
    expect(p.rows[0].changes).toEqual([{ column: 'Ward', field: 'wardId', from: 'Benn', to: 'Abbey & Kingsway' }]);
    expect(p.rows[2].errors[0].message).toBe('More than one member in Members has this name (IDs 11, 12): give the ID of the one you mean.');
    // The two Sam Smiths are spoken for by the row that matches them both: neither is "not in the file".
    expect(p.notInFile).toBe(0);
    const created = p.writes.find((w) => w.kind === 'create');
    expect(created?.value).toMatchObject({ givenName: 'Priti', familyName: 'Okoro', email: 'priti.okoro@rugby.gov.uk', wardId: 1, termStart: '2026-05-07', status: 'Current', publishPhone: true });
  });

  it('refuses two rows for one record', () => {
    const p = plan('members', 'ID,Email\r\n10,jo.bloggs@rugby.gov.uk\r\n10,jo@rugby.gov.uk\r\n');
    expect(csvErrors(p)).toEqual([{ row: 3, column: 'ID', message: 'ID 10 is also on row 2: each member may appear once.' }]);
    const q = plan('members', 'Given name,Family name\r\nPat,Jones\r\npat,JONES\r\n');
    expect(csvErrors(q).map((e) => [e.row, e.message])).toEqual([
      [2, 'Rows 2 and 3 have the same name: keep one of them, or give each its ID.'],
      [3, 'Rows 2 and 3 have the same name: keep one of them, or give each its ID.']
    ]);
  });

  it('changes only the columns the file has, and a blank cell clears its field', () => {
    const p = plan('members', 'ID,"Skills, interests and expertise"\r\n11,\r\n10,Housing;  Youth services \r\n');
    expect(p.rows.map((r) => [r.id, r.outcome, r.changes])).toEqual([
      [11, 'update', [{ column: 'Skills, interests and expertise', field: 'skills', from: 'Planning', to: '' }]],
      [10, 'update', [{ column: 'Skills, interests and expertise', field: 'skills', from: '', to: 'Housing; Youth services' }]]
    ]);
    expect(p.writes.map((w) => [w.id, w.fields, w.etag])).toEqual([
      [11, ['skills'], '"11,1"'],
      [10, ['skills'], '"10,1"']
    ]);
  });

  it('refuses a row that is short of cells rather than guess which are missing', () => {
    const p = plan('members', `${MEMBER_HEAD}\r\n10,Jo,Bloggs\r\n`);
    expect(csvErrors(p)).toEqual([{ row: 2, message: 'This row has 3 cells but the first row names 9 columns, so it is not clear which column each value belongs to.' }]);
  });

  it('refuses a formula typed into a cell, and accepts the export’s escaped form of the same text', () => {
    const p = plan('members', 'ID,Preferred name\r\n10,"=HYPERLINK(""http://evil.example"",""Jo"")"\r\n11,"\'=Sam"\r\n');
    expect(csvErrors(p)).toEqual([{ row: 2, column: 'Preferred name', message: 'Preferred name starts with "=", so a spreadsheet would run it as a formula. Type the value itself.' }]);
    expect(p.rows[1].changes).toEqual([{ column: 'Preferred name', field: 'preferredName', from: '', to: '=Sam' }]);
  });

  it('notes, and never imports, the ModernGov ID', () => {
    const p = plan('members', 'ID,ModernGov ID,Email\r\n10,12345,jo.bloggs@rugby.gov.uk\r\n');
    expect(p.rows[0].outcome).toBe('unchanged');
    expect(csvNotes(p)).toEqual([{ row: 2, column: 'ModernGov ID', message: 'ModernGov ID was not changed: it is kept by the ModernGov import.' }]);
  });
});

describe('the neutrality screen and the write schemas', () => {
  it('screens a member’s own statement for campaigning, by row and column', () => {
    const p = plan('members', 'ID,Biography\r\n10,Vote Labour on 6 May!\r\n11,I have lived in Benn for twenty years.\r\n');
    expect(p.rows.map((r) => r.outcome)).toEqual(['invalid', 'update']);
    expect(p.rows[0].errors[0]).toMatchObject({ row: 2, column: 'Biography' });
    expect(p.rows[0].errors[0].message).toMatch(/^"Vote Labour" cannot be saved here\./);
  });

  it('refuses party-political text on an officer-owned record (a liaison officer’s profile), and takes ordinary officer language', () => {
    const head = 'Officer,Service area,Role,What I can help with';
    const p = plan('liaisonOfficers', [head, 'Chris Bradley,Waste and Recycling,Liaison Officer,I work closely with the Labour group on collections and can pass questions on.'].join('\n'));
    expect(p.rows[0]).toMatchObject({ outcome: 'invalid' });
    expect(p.rows[0].errors).toEqual([expect.objectContaining({ row: 2, column: 'What I can help with' })]);
    expect(p.rows[0].errors[0].message).toMatch(/^"Labour" cannot be saved here\. Names one of the council's political groups/);
    const q = plan('liaisonOfficers', [head, 'Chris Bradley,Waste and Recycling,deputy liaison officer,Green waste subscriptions and labour costs of the crews: ask me about either.'].join('\n'));
    expect(q.rows[0]).toMatchObject({ outcome: 'create', label: 'Chris Bradley – Waste and Recycling' });
    expect(q.writes[0].value).toMatchObject({ officerId: 30, serviceAreaId: 40, role: 'Deputy Liaison Officer', wardIds: [] });
  });

  it('refuses two rows that are one record, though neither has an ID', () => {
    const head = 'Officer,Service area,Role,What I can help with';
    const text = 'Ask me about collections, crews, access problems and assisted collections.';
    const p = plan('liaisonOfficers', [head, `Chris Bradley,Waste and Recycling,Liaison Officer,"${text}"`, `chris bradley,waste & recycling,Deputy Liaison Officer,"${text}"`].join('\n'));
    expect(csvErrors(p).map((e) => [e.row, e.message])).toEqual([
      [2, 'Rows 2 and 3 have the same officer and service area: keep one of them, or give each its ID.'],
      [3, 'Rows 2 and 3 have the same officer and service area: keep one of them, or give each its ID.']
    ]);
  });

  it('holds memberships to the rules that need the body', () => {
    const p = plan(
      'memberships',
      ['Member,Body,Role,Portfolio', 'Jo Bloggs,Planning Committee,Mayor,', 'Cllr Jo Bloggs,Planning Committee,Chair,Growth', 'Jo Bloggs,Cabinet,Portfolio Holder,Growth and Investment'].join('\n')
    );
    expect(csvErrors(p)).toEqual([
      { row: 2, column: 'Role', message: 'The Mayor is a post of Full Council, but Planning Committee is a committee.' },
      { row: 3, column: 'Portfolio', message: 'Portfolio is only for Cabinet roles (Leader, Deputy Leader, Portfolio Holder); this membership\'s role is Chair.' }
    ]);
    expect(p.rows[2]).toMatchObject({ outcome: 'create', label: 'Jo Bloggs – Portfolio Holder, Cabinet' });
  });
});
