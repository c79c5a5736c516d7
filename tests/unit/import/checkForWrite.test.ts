/**
 * The import's check before writing reports each problem once, where it is found: a rule that
 * spans fields ("Portfolio is required for a Portfolio Holder") used to be said once by each
 * attempt and again by the list's own check; the CSV dry run listed it twice in the same cell.
 * And SharePoint's refusal names the records in the plural English uses ("bodies", not "bodys").
 */
import { checkForWrite } from '../../../src/data/import/validate';
import { policyForGroups } from '../../../src/data/import/moderngovImport';
import { planCsv } from '../../../src/data/import/csv/plan';
import { parseCsv } from '../../../src/data/import/csv/format';
import { CSV_SPECS, headerIndex, headerKey } from '../../../src/data/import/csv/columns';
import { lookupTable, type CsvSite } from '../../../src/data/import/csv/site';
import type { SiteRecord } from '../../../src/data/import/site';
import { GMT_STANDARD_TIME } from '../../../src/data/mappers/dates';
import { nounOf, PermissionError } from '../../../src/data/writes';

const policy = policyForGroups([{ name: 'Labour Group', shortName: 'Lab', aliases: [] }]);

describe('checkForWrite', () => {
  it('a Portfolio Holder without a portfolio: one problem, on Portfolio', () => {
    const r = checkForWrite('Membership', { memberId: 1, bodyId: 2, role: 'Portfolio Holder' }, policy);
    expect(r).toEqual({ ok: false, problems: [{ field: 'portfolio', rule: 'invalid', message: 'Portfolio is required for a Portfolio Holder.' }] });
  });

  it('a Champion without a post title: one problem, on Post title', () => {
    const r = checkForWrite('Membership', { memberId: 1, bodyId: 2, role: 'Champion' }, policy);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.field)).toEqual(['postTitle']);
  });

  it('a field left out for its own rule is reported once, not again by the rule that needs it', () => {
    const r = checkForWrite('Membership', { memberId: 1, bodyId: 2, role: 'Portfolio Holder', portfolio: '' }, policy);
    expect(r.ok).toBe(false);
    expect(r.problems.map((p) => p.field)).toEqual(['portfolio']);
  });

  it('problems in different fields are each reported, once', () => {
    const r = checkForWrite('Member', { givenName: 'Jo', familyName: 'Bloggs', email: 'not an email', termStart: '2024-05-02', termEnd: '2020-01-01', status: 'Current' }, policy);
    expect(r.problems.map((p) => p.field).sort()).toEqual(['email', 'termEnd']);
  });
});

describe('the CSV dry run', () => {
  const rec = (id: number, record: Record<string, unknown>): SiteRecord<Record<string, unknown> & { id: number }> => ({ id, etag: `"${id},1"`, record: { id, ...record } });
  const members = [rec(10, { givenName: 'Jo', familyName: 'Bloggs', status: 'Current', publishPhone: true, publishMobile: false, publishAddress: false, skills: [] })];
  const bodies = [rec(22, { title: 'Cabinet', kind: 'Cabinet' })];
  const site: CsvSite = {
    list: 'memberships',
    records: [],
    lookups: { members: lookupTable('members', members), bodies: lookupTable('bodies', bodies) },
    groups: [],
    bodies: new Map(bodies.map((b) => [b.id, b.record as never])),
    problems: [],
    zone: GMT_STANDARD_TIME
  };

  it('lists a cross-field problem once, by row and column', () => {
    const known = headerIndex(CSV_SPECS.memberships);
    const table = parseCsv('Member ID,Body ID,Role,Portfolio\r\n10,22,Portfolio Holder,\r\n', (h) => known.has(headerKey(h)));
    const plan = planCsv({ list: 'memberships', source: 'memberships.csv', table, site, policy });
    expect(plan.rows[0].errors).toEqual([{ row: 2, column: 'Portfolio', message: 'Portfolio is required for a Portfolio Holder.' }]);
  });
});

describe('PermissionError', () => {
  it('says the plural it is given', () => {
    expect(new PermissionError({ one: 'body', many: 'bodies' }, 'Bodies').message).toBe(
      'You do not have permission to change bodies: ask Democratic Services or the site owner for edit access to the Bodies list.'
    );
    expect(new PermissionError('liaison officer', 'Liaison Officers').message).toMatch(/^You do not have permission to change liaison officers:/);
    expect(nounOf({ one: 'body', many: 'bodies' })).toEqual({ one: 'body', many: 'bodies' });
  });
});
