/**
 * The officer sync's plan, from hand-made Entra ID users and list officers: who is added, what
 * changes, who leaves, what is reported, and what is never touched.
 */
import { countWrites, departmentResolver, planOfficerSync, toIncoming, type ExistingOfficer, type GraphUser, type IncomingOfficer } from '../../../src/data/sync/officers';

const SERVICES = [
  { id: 1, title: 'Waste and Recycling' },
  { id: 2, title: 'Council Tax' },
  { id: 3, title: 'Licensing' }
];
const departments = departmentResolver([{ department: 'Waste Services', serviceAreaId: 1 }, { department: 'Members', notInDirectory: true }], SERVICES);
const TODAY = '2026-06-01';

let n = 0;
const guid = (i: number): string => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;

function user(over: Partial<GraphUser> & { i: number }): GraphUser {
  const { i, ...rest } = over;
  return {
    id: guid(i), displayName: `Given${i} Family${i}`, givenName: `Given${i}`, surname: `Family${i}`, jobTitle: 'Waste Operative', department: 'Waste Services',
    officeLocation: 'Depot', businessPhones: ['+44 1632 960001'], mobilePhone: null, mail: `given${i}.family${i}@rugby.gov.uk`, userPrincipalName: `given${i}.family${i}@rugby.gov.uk`,
    accountEnabled: true, employeeType: 'Employee', ...rest
  };
}

function incoming(u: GraphUser): IncomingOfficer {
  const i = toIncoming(u, departments);
  if (typeof i === 'string') throw new Error(`not an officer: ${i}`);
  return i;
}

function officer(i: number, over: Record<string, unknown> = {}, id = ++n): ExistingOfficer {
  const fields: Record<string, unknown> = {
    givenName: `Given${i}`, familyName: `Family${i}`, jobTitle: 'Waste Operative', serviceAreaId: 1, email: `given${i}.family${i}@rugby.gov.uk`,
    phone: '01632 960001', location: 'Depot', photoUrl: `/sites/council/SiteAssets/Photos/officer-${i}.svg`, politicallyRestricted: true,
    entraId: guid(i), userPrincipalName: `given${i}.family${i}@rugby.gov.uk`, status: 'Current', department: 'Waste Services', ...over
  };
  for (const k of Object.keys(fields)) if (fields[k] === undefined) delete fields[k];
  return { id, etag: '"1"', fields, name: `Given${i} Family${i}` };
}

const plan = (existing: ExistingOfficer[], users: GraphUser[], mode: 'full' | 'delta' = 'delta', removed: string[] = []) =>
  planOfficerSync({ existing, incoming: users.map(incoming), removed, mode, today: TODAY });

describe('the officer sync plan', () => {
  it('adds a starter with everything the directory needs from Entra ID', () => {
    const p = plan([], [user({ i: 1 })]);
    expect(countWrites(p)).toEqual({ created: 1, updated: 0, left: 0, unchanged: 0 });
    expect(p.writes[0].record).toEqual({
      givenName: 'Given1', familyName: 'Family1', jobTitle: 'Waste Operative', serviceAreaId: 1, email: 'given1.family1@rugby.gov.uk',
      phone: '01632 960001', location: 'Depot', politicallyRestricted: false, entraId: guid(1), userPrincipalName: 'given1.family1@rugby.gov.uk',
      status: 'Current', department: 'Waste Services'
    });
  });

  it('an officer who matches is unchanged, even when Entra ID writes the phone the international way', () => {
    const p = plan([officer(1)], [user({ i: 1, businessPhones: ['+44 (0)1632 960001'] })]);
    expect(countWrites(p)).toEqual({ created: 0, updated: 0, left: 0, unchanged: 1 });
  });

  it('a job change and a move between departments update only those fields', () => {
    const p = plan([officer(1), officer(2)], [user({ i: 1, jobTitle: 'Waste Team Leader' }), user({ i: 2, department: 'Licensing' })]);
    expect(countWrites(p)).toEqual({ created: 0, updated: 2, left: 0, unchanged: 0 });
    expect(p.writes.map((w) => w.changes)).toEqual([
      [{ field: 'jobTitle', from: 'Waste Operative', to: 'Waste Team Leader' }],
      [
        { field: 'serviceAreaId', from: 1, to: 3 },
        { field: 'department', from: 'Waste Services', to: 'Licensing' }
      ]
    ]);
  });

  it('never writes the fields people keep in SharePoint: photo, politically restricted post, account', () => {
    const p = plan([officer(1, { accountId: 7 })], [user({ i: 1, jobTitle: 'Depot Manager', displayName: 'x' })]);
    const written = p.writes.flatMap((w) => w.fields);
    expect(written).toEqual(['jobTitle']);
    for (const kept of ['photoUrl', 'politicallyRestricted', 'accountId']) expect(written).not.toContain(kept);
  });

  it('a hand-typed officer is adopted by email address, and the Entra object id stored', () => {
    const p = plan([officer(1, { entraId: undefined, userPrincipalName: undefined, status: undefined, department: undefined })], [user({ i: 1 })], 'full');
    expect(countWrites(p)).toEqual({ created: 0, updated: 1, left: 0, unchanged: 0 });
    expect(Object.fromEntries(p.writes[0].changes.map((c) => [c.field, c.to]))).toEqual({
      userPrincipalName: 'given1.family1@rugby.gov.uk', department: 'Waste Services', status: 'Current', entraId: guid(1)
    });
  });

  it('a disabled account is marked as left with the date, never added, and its other details are left as they were', () => {
    const p = plan([officer(1)], [user({ i: 1, accountEnabled: false, jobTitle: null, department: null }), user({ i: 2, accountEnabled: false })]);
    expect(countWrites(p)).toEqual({ created: 0, updated: 0, left: 1, unchanged: 0 });
    expect(p.writes[0]).toMatchObject({ kind: 'leave', reason: 'disabled', fields: ['status', 'leftOn'] });
    expect(p.writes[0].changes).toEqual([
      { field: 'status', from: 'Current', to: 'Left' },
      { field: 'leftOn', from: undefined, to: TODAY }
    ]);
    expect(p.skipped.leaversNotAdded).toBe(1);
    expect(p.unmapped.size).toBe(0);
  });

  it('a leaver keeps the date they were first seen to leave; one who comes back is current again', () => {
    const left = officer(1, { status: 'Left', leftOn: '2026-01-15' });
    expect(countWrites(plan([left], [user({ i: 1, accountEnabled: false })]))).toEqual({ created: 0, updated: 0, left: 0, unchanged: 1 });
    const back = plan([left], [user({ i: 1 })]);
    expect(back.writes[0].kind).toBe('rejoin');
    expect(back.writes[0].changes).toEqual([
      { field: 'status', from: 'Left', to: 'Current' },
      { field: 'leftOn', from: '2026-01-15', to: null }
    ]);
    expect(countWrites(back).updated).toBe(1);
  });

  it('a deleted account (delta @removed) is marked as left', () => {
    const p = plan([officer(1), officer(2)], [], 'delta', [guid(1).toUpperCase()]);
    expect(p.writes).toHaveLength(1);
    expect(p.writes[0]).toMatchObject({ kind: 'leave', reason: 'deleted', record: { status: 'Left', leftOn: TODAY } });
  });

  it('on a full read, an officer Entra ID no longer has has left; a hand-typed one it never had is left alone', () => {
    const p = plan([officer(1), officer(2), officer(3, { entraId: undefined, email: 'someone.else@rugby.gov.uk' })], [user({ i: 1 })], 'full');
    expect(p.writes.map((w) => [w.name, w.kind, w.reason])).toEqual([['Given2 Family2', 'leave', 'not-in-entra']]);
    expect(p.notInEntra).toBe(1);
    // A delta read says nothing about officers it does not mention.
    expect(plan([officer(1), officer(2)], [user({ i: 1 })], 'delta').writes).toEqual([]);
  });

  it('an unmapped department is reported: a starter there is not added, an officer moving there keeps their service', () => {
    const p = plan([officer(1)], [user({ i: 1, department: 'Digital Transformation' }), user({ i: 2, department: 'Digital Transformation' }), user({ i: 3, department: null })]);
    expect(countWrites(p)).toEqual({ created: 0, updated: 1, left: 0, unchanged: 0 });
    expect(p.writes[0].changes).toEqual([{ field: 'department', from: 'Waste Services', to: 'Digital Transformation' }]);
    expect([...p.unmapped.entries()]).toEqual([
      ['Digital Transformation', 2],
      ['', 1]
    ]);
  });

  it('people in a department marked "not in the officer directory" are not added, and an officer moved there leaves it', () => {
    const p = plan([officer(1)], [user({ i: 1, department: 'Members' }), user({ i: 2, department: 'Members' })]);
    expect(p.writes.map((w) => [w.kind, w.reason])).toEqual([['leave', 'not-in-directory']]);
    expect(p.skipped.leaversNotAdded).toBe(1);
  });

  it('details the directory cannot take are reported by person and field, and nothing of that person is written', () => {
    const p = plan([officer(1)], [user({ i: 1, businessPhones: ['ext 4521'] }), user({ i: 2, jobTitle: null }), user({ i: 3 })]);
    expect(countWrites(p)).toEqual({ created: 1, updated: 0, left: 0, unchanged: 0 });
    expect(p.writes[0].name).toBe('Given3 Family3');
    expect(p.problems.map((x) => [x.name, x.field])).toEqual([
      ['Given2 Family2', 'jobTitle'],
      ['Given1 Family1', 'phone']
    ]);
    expect(p.problems[1].message).toMatch(/UK phone number/);
    expect(p.problems[0].message).toMatch(/Job title is required/);
  });

  it('two officers in the list with one email address: neither is guessed', () => {
    const a = officer(1, { entraId: undefined });
    const b = officer(1, { entraId: undefined });
    const p = plan([a, b], [user({ i: 1 })], 'delta');
    expect(p.writes).toEqual([]);
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0].message).toMatch(/2 officers in the list have the email address given1\.family1@rugby\.gov\.uk/);
  });
});

describe('who is an officer', () => {
  it('guests and room or shared mailboxes are not', () => {
    expect(toIncoming(user({ i: 1, employeeType: 'Guest' }), departments)).toBe('guest');
    expect(toIncoming(user({ i: 1, userPrincipalName: 'a_b.example#EXT#@rugbygov.onmicrosoft.com' }), departments)).toBe('guest');
    expect(toIncoming(user({ i: 1, givenName: null, surname: null, displayName: 'Committee Room 1' }), departments)).toBe('not-a-person');
    expect(toIncoming(user({ i: 1, surname: '  ' }), departments)).toBe('not-a-person');
  });

  it('someone without a mailbox is reached at their sign-in address; a contractor is an officer', () => {
    const i = toIncoming(user({ i: 1, mail: null, userPrincipalName: 'G.Family1@rugby.gov.uk', employeeType: 'Contractor' }), departments);
    expect(typeof i === 'object' && [i.email, i.userPrincipalName, i.status]).toEqual(['g.family1@rugby.gov.uk', 'G.Family1@rugby.gov.uk', 'Current']);
  });

  it('reads the manager from /users ($expand) and from delta (manager@delta, where a removed entry means none)', () => {
    const fromUsers = toIncoming(user({ i: 1, manager: { id: guid(9), displayName: 'Boss Nine' } }), departments);
    expect(typeof fromUsers === 'object' && fromUsers.manager).toEqual({ id: guid(9), displayName: 'Boss Nine' });
    const fromDelta = toIncoming(user({ i: 1, 'manager@delta': [{ id: guid(8) }] }), departments);
    expect(typeof fromDelta === 'object' && fromDelta.manager).toEqual({ id: guid(8) });
    const removed = toIncoming(user({ i: 1, 'manager@delta': [{ id: guid(8), '@removed': { reason: 'deleted' } }] }), departments);
    expect(typeof removed === 'object' && removed.manager).toBeUndefined();
  });
});
