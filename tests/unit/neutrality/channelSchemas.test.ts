import {
  createScreener,
  FIELD_CLASSES,
  liaisonOfficerWriteSchema,
  memberWriteSchema,
  membershipWriteSchemaFor,
  officerWriteSchema,
  parseOrThrow,
  partyPoliticalFields,
  politicalGroupWriteSchema,
  serviceAreaWriteSchema,
  validate,
  ValidationError,
  wardWriteSchema,
  bodyWriteSchema,
  RULE_NO_PARTY_FIELDS,
  RULE_SCREENED_TEXT
} from '../../../src/domain';

const policy = { screener: createScreener({ groups: [{ name: 'Rugby Independents Group', shortName: 'RIG', aliases: ['Rugby Independents'] }] }) };

const member = {
  givenName: 'Jane',
  familyName: 'Smith',
  email: 'jane.smith@rugby.gov.uk',
  wardId: 3,
  termStart: '2024-05-02'
};

const officer = { givenName: 'Sam', familyName: 'Patel', jobTitle: 'Waste Manager', serviceAreaId: 1, email: 'sam.patel@rugby.gov.uk' };

describe('field classification', () => {
  it('classifies the party, the party web page and every political group field as party-political, and nothing else', () => {
    expect(partyPoliticalFields('Member').sort()).toEqual(['partyWebsite', 'politicalGroupId']);
    expect(partyPoliticalFields('PoliticalGroup').sort()).toEqual(['aliases', 'name', 'shortName', 'website']);
    for (const entity of ['Ward', 'Body', 'Membership', 'ServiceArea', 'Officer', 'LiaisonOfficer'] as const) {
      expect(partyPoliticalFields(entity)).toEqual([]);
    }
    expect(Object.keys(FIELD_CLASSES.Officer)).not.toContain('politicalGroupId');
  });
});

describe('officer-owned writes refuse party-political fields', () => {
  it('names the field, the rule and the protocol clause', () => {
    const r = validate(memberWriteSchema('officer-owned', policy), { ...member, politicalGroupId: 2 }, 'a member profile');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0].field).toBe('politicalGroupId');
    expect(r.problems[0].rule).toBe(RULE_NO_PARTY_FIELDS);
    expect(r.problems[0].message).toContain('Political group ("politicalGroupId") is party-political');
    expect(r.problems[0].message).toContain('Rule: no party-political fields in officer-owned channels.');
    expect(r.problems[0].message).toContain("Member and Officer Protocol: party-political communications belong in members' own channels");
  });

  it('refuses a party web page too, and reports other problems in the same pass', () => {
    const r = validate(memberWriteSchema('officer-owned', policy), { ...member, partyWebsite: 'https://example.org', email: 'bad' }, 'a member profile');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems.map((p) => [p.field, p.rule]).sort()).toEqual([
      ['email', 'invalid'],
      ['partyWebsite', RULE_NO_PARTY_FIELDS]
    ]);
  });

  it('treats a party-sounding field on an officer record as party-political, not merely unknown', () => {
    for (const field of ['party', 'politicalParty', 'campaignStatement', 'manifesto', 'groupLeader']) {
      const r = validate(officerWriteSchema(policy), { ...officer, [field]: 'x' }, 'an officer');
      expect(r).toMatchObject({ ok: false, problems: [{ field, rule: RULE_NO_PARTY_FIELDS }] });
    }
    const r = validate(officerWriteSchema(policy), { ...officer, shoeSize: 9 }, 'an officer');
    expect(r).toEqual({ ok: false, problems: [{ field: 'shoeSize', rule: 'unknown-field', message: '"shoeSize" is not a field of an officer.' }] });
  });

  it('accepts a clean officer record and returns only its fields', () => {
    const r = validate(officerWriteSchema(policy), officer, 'an officer');
    expect(r).toEqual({ ok: true, value: { ...officer, politicallyRestricted: false } });
  });

  it('refuses a party group role on an officer-owned membership, but not in the member channel', () => {
    const m = { memberId: 1, bodyId: 1, role: 'Group Leader' };
    expect(validate(membershipWriteSchemaFor('officer-owned', policy), m, 'a membership')).toMatchObject({
      ok: false,
      problems: [{ field: 'role', rule: RULE_NO_PARTY_FIELDS }]
    });
    expect(validate(membershipWriteSchemaFor('member-profile', policy), m, 'a membership').ok).toBe(true);
    expect(validate(membershipWriteSchemaFor('officer-owned', policy), { ...m, role: 'Chair' }, 'a membership').ok).toBe(true);
    expect(validate(membershipWriteSchemaFor('officer-owned', policy), { ...m, role: 'Champion' }, 'a membership')).toMatchObject({
      ok: false,
      problems: [{ field: 'postTitle' }]
    });
  });

  it('refuses a political group as a whole in an officer channel', () => {
    const r = validate(politicalGroupWriteSchema('officer-owned'), { name: 'Rugby Independents Group' }, 'a political group');
    expect(r).toMatchObject({ ok: false, problems: [{ field: '', rule: RULE_NO_PARTY_FIELDS }] });
    expect(validate(politicalGroupWriteSchema('member-profile'), { name: 'Rugby Independents Group' }, 'a political group').ok).toBe(true);
  });

  it('accepts the party in the member-profile channel', () => {
    const r = validate(memberWriteSchema('member-profile', policy), { ...member, politicalGroupId: 2 }, 'a member profile');
    expect(r).toMatchObject({ ok: true, value: { politicalGroupId: 2 } });
  });
});

describe('free text is screened on write', () => {
  it('refuses a liaison officer profile that names a party, citing the finding', () => {
    const r = validate(
      liaisonOfficerWriteSchema(policy),
      { officerId: 1, serviceAreaId: 1, role: 'Liaison Officer', profile: 'I can help with the Labour Party manifesto commitments on housing.' },
      'a liaison officer'
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]).toMatchObject({ field: 'profile', rule: RULE_SCREENED_TEXT });
    expect(r.problems[0].message).toMatch(/^profile: "[^"]+" cannot be saved here\./);
  });
  it("refuses a service description that names the council's own group by alias", () => {
    const r = validate(
      serviceAreaWriteSchema(policy),
      { title: 'Parks', directorate: 'Communities', description: 'Delivered thanks to the Rugby Independents.' },
      'a service area'
    );
    expect(r).toMatchObject({ ok: false, problems: [{ field: 'description', rule: RULE_SCREENED_TEXT }] });
  });
  it('lets ordinary council language through', () => {
    expect(
      validate(
        serviceAreaWriteSchema(policy),
        { title: 'Waste and Recycling', directorate: 'Communities', description: 'Green waste collections, and an independent review of labour costs.', keywords: ['green bin', 'register to vote'] },
        'a service area'
      ).ok
    ).toBe(true);
    expect(validate(wardWriteSchema(policy), { title: 'Benn', gssCode: 'E05012614', seats: 3, description: 'Includes Green Lane.' }, 'a ward').ok).toBe(true);
    expect(validate(bodyWriteSchema(policy), { title: 'Planning Committee', kind: 'Committee' }, 'a body').ok).toBe(true);
  });
  it("lets a member state their party on their own profile but not campaign", () => {
    const schema = memberWriteSchema('member-profile', policy);
    expect(validate(schema, { ...member, biography: 'I am a Labour councillor and have lived in Benn for 20 years.' }, 'a member profile').ok).toBe(true);
    expect(validate(schema, { ...member, biography: 'Vote Labour on 7 May to keep Benn moving!' }, 'a member profile')).toMatchObject({
      ok: false,
      problems: [{ field: 'biography', rule: RULE_SCREENED_TEXT }]
    });
  });
  it('throws a ValidationError with every problem, for write paths', () => {
    expect(() => parseOrThrow(officerWriteSchema(policy), { ...officer, email: 'x', party: 'y' }, 'an officer')).toThrow(ValidationError);
    try {
      parseOrThrow(officerWriteSchema(policy), { ...officer, email: 'x', party: 'y' }, 'an officer');
    } catch (e) {
      expect((e as ValidationError).problems.map((p) => p.field).sort()).toEqual(['email', 'party']);
      expect((e as Error).message).toMatch(/^An officer was not saved: /);
    }
  });
});
