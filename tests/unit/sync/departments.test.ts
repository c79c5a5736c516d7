/**
 * Department → service area: the Department Mappings list first, then a service of the same name;
 * everything else is unmapped, never guessed.
 */
import { departmentResolver } from '../../../src/data/sync/officers';

const SERVICES = [
  { id: 1, title: 'Waste and Recycling' },
  { id: 2, title: 'Planning Applications (Development Management)' },
  { id: 3, title: 'HR and Payroll' },
  { id: 4, title: 'Council Tax' }
];

describe('placing a department in a service area', () => {
  const r = departmentResolver(
    [
      { department: 'Waste Services', serviceAreaId: 1 },
      { department: 'Human Resources', serviceAreaId: 3 },
      { department: 'Members', notInDirectory: true },
      { department: 'Elections Project', serviceAreaId: undefined },
      { department: 'Revenues', serviceAreaId: 4 },
      { department: 'revenues ', serviceAreaId: 1 }
    ],
    SERVICES
  );

  it('uses the mapping row for a department HR names differently', () => {
    expect(r.place('Waste Services')).toEqual({ kind: 'service', serviceAreaId: 1 });
    expect(r.place('  human resources ')).toEqual({ kind: 'service', serviceAreaId: 3 });
  });

  it('places a department with no row by a service of the same name, ignoring case, "&" and punctuation', () => {
    expect(r.place('Waste & Recycling')).toEqual({ kind: 'service', serviceAreaId: 1 });
    expect(r.place('council tax')).toEqual({ kind: 'service', serviceAreaId: 4 });
    expect(r.place('Planning Applications - Development Management')).toEqual({ kind: 'service', serviceAreaId: 2 });
  });

  it('reports what it cannot place, and why', () => {
    expect(r.place('Digital Transformation')).toEqual({ kind: 'unmapped', reason: 'no-match' });
    expect(r.place(null)).toEqual({ kind: 'unmapped', reason: 'no-department' });
    expect(r.place('   ')).toEqual({ kind: 'unmapped', reason: 'no-department' });
    expect(r.place('Elections Project')).toEqual({ kind: 'unmapped', reason: 'row-without-service' });
    // Two rows for one department that disagree: neither is guessed.
    expect(r.place('Revenues')).toEqual({ kind: 'unmapped', reason: 'conflicting-rows' });
  });

  it('a row can say a department is not in the officer directory (councillors, schools)', () => {
    expect(r.place('MEMBERS')).toEqual({ kind: 'not-in-directory' });
  });

  it('a row pointing at a service area that no longer exists is not a placement', () => {
    expect(departmentResolver([{ department: 'Old Team', serviceAreaId: 99 }], SERVICES).place('Old Team')).toEqual({ kind: 'unmapped', reason: 'row-without-service' });
  });

  it('a title two services share is not a placement', () => {
    const twice = departmentResolver([], [...SERVICES, { id: 9, title: 'Council Tax' }]);
    expect(twice.place('Council Tax')).toEqual({ kind: 'unmapped', reason: 'no-match' });
  });
});

describe('the mappings fingerprint', () => {
  const rows = [
    { department: 'Waste Services', serviceAreaId: 1 },
    { department: 'Human Resources', serviceAreaId: 3 }
  ];
  const base = departmentResolver(rows, SERVICES).fingerprint;

  it('does not change with the order rows are read in, or with case and spacing', () => {
    expect(departmentResolver([...rows].reverse(), [...SERVICES].reverse()).fingerprint).toBe(base);
    expect(departmentResolver([{ department: 'waste  services', serviceAreaId: 1 }, rows[1]], SERVICES).fingerprint).toBe(base);
  });

  it('changes when a row is added, removed or points elsewhere, or a service is renamed', () => {
    const others = [
      departmentResolver([...rows, { department: 'Digital', serviceAreaId: 4 }], SERVICES),
      departmentResolver(rows.slice(0, 1), SERVICES),
      departmentResolver([{ department: 'Waste Services', serviceAreaId: 2 }, rows[1]], SERVICES),
      departmentResolver([{ department: 'Waste Services', notInDirectory: true }, rows[1]], SERVICES),
      departmentResolver(rows, SERVICES.map((s) => (s.id === 4 ? { ...s, title: 'Council Tax and Benefits' } : s)))
    ].map((d) => d.fingerprint);
    for (const f of others) expect(f).not.toBe(base);
    expect(new Set(others).size).toBe(others.length);
  });
});
