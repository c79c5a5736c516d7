import {
  bodyInputSchema,
  isCurrentMembership,
  liaisonOfficerInputSchema,
  memberDisplayName,
  memberInputSchema,
  membershipBodyProblems,
  membershipSchema,
  membershipWriteSchema,
  officerDisplayName,
  officerInputSchema,
  politicalGroupInputSchema,
  serviceAreaInputSchema,
  validate,
  wardInputSchema
} from '../../../src/domain';

const goodMember = {
  givenName: 'Jane',
  familyName: 'Smith',
  email: 'jane.smith@rugby.gov.uk',
  phone: '01788 533522',
  wardId: 3,
  politicalGroupId: 1,
  termStart: '2024-05-02',
  termEnd: '2028-05-04',
  skills: ['Planning', 'Finance']
};

function problems(schema: Parameters<typeof validate>[0], input: unknown, label = 'a record') {
  const r = validate(schema, input, label);
  return r.ok ? [] : r.problems;
}

describe('Ward', () => {
  it('accepts a real ward and upper-cases its GSS code', () => {
    const r = validate(wardInputSchema, { title: 'Benn', gssCode: 'e05012614', seats: 3 }, 'a ward');
    expect(r).toEqual({ ok: true, value: { title: 'Benn', gssCode: 'E05012614', seats: 3 } });
  });
  it('refuses a bad GSS code and a fourth seat, naming each field', () => {
    const p = problems(wardInputSchema, { title: 'Benn', gssCode: 'E0501', seats: 4 }, 'a ward');
    expect(p).toEqual([
      { field: 'gssCode', rule: 'invalid', message: "GSS code must be the ward's official code: E05 and six digits, like E05012345." },
      { field: 'seats', rule: 'invalid', message: 'Number of seats must be 1, 2 or 3.' }
    ]);
  });
  it('refuses unknown fields by name', () => {
    expect(problems(wardInputSchema, { title: 'Benn', gssCode: 'E05012614', seats: 2, colour: 'red' }, 'a ward')).toEqual([
      { field: 'colour', rule: 'unknown-field', message: '"colour" is not a field of a ward.' }
    ]);
  });
});

describe('Political group', () => {
  it('accepts a group with aliases and an https site', () => {
    const r = politicalGroupInputSchema.parse({ name: 'Rugby Independents', shortName: 'RIG', aliases: ['Independents', 'independents'], website: 'https://example.org' });
    expect(r.aliases).toEqual(['Independents']);
  });
  it('refuses a javascript: website', () => {
    expect(problems(politicalGroupInputSchema, { name: 'X', website: 'javascript:alert(1)' })[0]).toMatchObject({ field: 'website' });
  });
});

describe('Member', () => {
  it('accepts every Rugby profile field and applies defaults', () => {
    const m = memberInputSchema.parse({
      ...goodMember,
      honorific: 'Dr',
      preferredName: 'Jan',
      postNominals: 'MBE',
      photoUrl: '/sites/council/SiteAssets/members/1.svg',
      mobile: '07700 900123',
      postalAddress: 'Town Hall, Evreux Way, Rugby CV21 2RR',
      biography: 'I have lived in Benn ward for twenty years.',
      partyWebsite: 'https://example.org/jane',
      accountId: 12
    });
    expect(m).toMatchObject({ publishPhone: true, publishMobile: false, publishAddress: false, status: 'Current' });
    expect(memberDisplayName(m)).toBe('Cllr Jan Smith');
  });
  it('allows a member with no political group', () => {
    expect(memberInputSchema.parse({ ...goodMember, politicalGroupId: null }).politicalGroupId).toBeNull();
    expect(memberInputSchema.parse({ ...goodMember, politicalGroupId: undefined }).politicalGroupId).toBeNull();
  });
  it('refuses a term that ends before it starts', () => {
    expect(problems(memberInputSchema, { ...goodMember, termEnd: '2020-01-01' })).toEqual([
      { field: 'termEnd', rule: 'invalid', message: 'Term of office end must be on or after the start of the term.' }
    ]);
  });
  it('reports every bad field at once, each named', () => {
    const p = problems(memberInputSchema, { ...goodMember, email: 'nope', phone: '123', wardId: 0, status: 'Retired', givenName: '' });
    expect(p.map((x) => x.field).sort()).toEqual(['email', 'givenName', 'phone', 'status', 'wardId']);
    expect(p.find((x) => x.field === 'status')?.message).toBe('Status must be Current or Former.');
  });
  it('requires the name, email, ward and term', () => {
    const p = problems(memberInputSchema, {});
    expect(p.map((x) => x.field).sort()).toEqual(['email', 'familyName', 'givenName', 'termStart', 'wardId']);
    expect(p.every((x) => x.rule === 'required')).toBe(true);
    expect(p.find((x) => x.field === 'wardId')?.message).toBe('Ward is required.');
  });
});

describe('Body', () => {
  it('accepts each kind', () => {
    for (const kind of ['Council', 'Cabinet', 'Committee', 'Working Party', 'Task and Finish Group', 'Outside Body']) {
      expect(bodyInputSchema.parse({ title: 'X', kind }).kind).toBe(kind);
    }
  });
  it('refuses an unknown kind and lists the choices', () => {
    expect(problems(bodyInputSchema, { title: 'X', kind: 'Party' })[0].message).toBe(
      'Kind of body must be one of: Council, Cabinet, Committee, Working Party, Task and Finish Group, Outside Body.'
    );
  });
});

describe('Membership', () => {
  const base = { memberId: 1, bodyId: 2, role: 'Member' };
  it('accepts a plain membership and a portfolio holder with a portfolio', () => {
    expect(membershipWriteSchema.parse(base).role).toBe('Member');
    expect(membershipWriteSchema.parse({ ...base, role: 'Portfolio Holder', portfolio: 'Communities and Homes' }).portfolio).toBe(
      'Communities and Homes'
    );
  });
  it('refuses a portfolio on a non-Cabinet role and a portfolio holder without one', () => {
    expect(problems(membershipWriteSchema, { ...base, portfolio: 'Housing' })[0]).toMatchObject({ field: 'portfolio' });
    expect(problems(membershipWriteSchema, { ...base, role: 'Portfolio Holder' })[0].message).toBe('Portfolio is required for a Portfolio Holder.');
  });
  it('requires a post title for a champion', () => {
    expect(problems(membershipWriteSchema, { ...base, role: 'Champion' })[0]).toMatchObject({ field: 'postTitle' });
  });
  it('refuses an end before the start, and an unknown role', () => {
    expect(problems(membershipSchema, { ...base, id: 4, startDate: '2024-05-01', endDate: '2024-04-01' })[0].message).toBe(
      'End date must be on or after the start date.'
    );
    expect(problems(membershipWriteSchema, { ...base, role: 'Boss' })[0].message).toMatch(/^Role must be one of: Chair, Vice-Chair/);
  });
  it('checks the role against the kind of body', () => {
    expect(membershipBodyProblems({ role: 'Portfolio Holder' }, { kind: 'Committee', title: 'Planning Committee' })).toEqual([
      'Role Portfolio Holder belongs to the Cabinet, but Planning Committee is a committee.'
    ]);
    expect(membershipBodyProblems({ role: 'Representative' }, { kind: 'Committee', title: 'Audit and Ethics Committee' })).toHaveLength(1);
    expect(membershipBodyProblems({ role: 'Mayor' }, { kind: 'Cabinet', title: 'Cabinet' })).toHaveLength(1);
    expect(membershipBodyProblems({ role: 'Chair' }, { kind: 'Committee', title: 'Planning Committee' })).toEqual([]);
    expect(membershipBodyProblems({ role: 'Leader' }, { kind: 'Council', title: 'Full Council' })).toEqual([]);
  });
  it('knows whether a membership is current', () => {
    expect(isCurrentMembership({ startDate: '2024-05-01' }, '2026-11-22')).toBe(true);
    expect(isCurrentMembership({ startDate: '2024-05-01', endDate: '2025-05-01' }, '2026-11-22')).toBe(false);
    expect(isCurrentMembership({ startDate: '2027-01-01' }, '2026-11-22')).toBe(false);
  });
});

describe('Service area, officer and liaison officer', () => {
  it('accepts a service area with keywords and team contacts', () => {
    const s = serviceAreaInputSchema.parse({
      title: 'Waste and Recycling',
      directorate: 'Communities and Homes',
      keywords: ['bins', 'missed collection', 'fly-tipping', 'Bins'],
      teamEmail: 'waste@rugby.gov.uk',
      teamPhone: '01788 533533'
    });
    expect(s.keywords).toEqual(['bins', 'missed collection', 'fly-tipping']);
  });
  it('accepts an officer and defaults the politically restricted flag to no', () => {
    const o = officerInputSchema.parse({ givenName: 'Sam', familyName: 'Patel', jobTitle: 'Waste Manager', serviceAreaId: 1, email: 'sam.patel@rugby.gov.uk' });
    expect(o.politicallyRestricted).toBe(false);
    expect(officerDisplayName(o)).toBe('Sam Patel');
  });
  it('requires a liaison officer profile that says something, and refuses repeated wards', () => {
    const base = { officerId: 1, serviceAreaId: 2, role: 'Liaison Officer', profile: 'Missed bins, fly-tipping and bulky waste.' };
    expect(liaisonOfficerInputSchema.parse(base).wardIds).toEqual([]);
    expect(problems(liaisonOfficerInputSchema, { ...base, profile: 'Bins.' })[0]).toMatchObject({ field: 'profile' });
    expect(problems(liaisonOfficerInputSchema, { ...base, wardIds: [1, 1] })[0].message).toBe('Wards covered lists the same ward twice.');
    expect(problems(liaisonOfficerInputSchema, { ...base, role: 'Chief' })[0].message).toBe('Role must be Liaison Officer or Deputy Liaison Officer.');
  });
});
