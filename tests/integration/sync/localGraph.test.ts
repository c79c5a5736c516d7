/**
 * The local Microsoft Graph, over HTTP, against what Microsoft documents for users and delta
 * ("user: delta", "Use delta query", "Paging Microsoft Graph data", "throttling"): a Bearer token,
 * $select, $expand=manager, $top and absolute @odata.nextLink paging, delta rounds ending with
 * @odata.deltaLink, only changes after it, @removed, manager@delta, 410 after a reset, Graph's
 * error JSON, 429 with Retry-After, and control routes that only same-origin JSON may use.
 */
import { officerUserId, seedOddities, usersFromDataset } from '../../../local/graph';
import { startGraphTestSite, type GraphTestSite } from '../../support/localGraph';

let site: GraphTestSite;
beforeAll(async () => {
  site = await startGraphTestSite({ deltaPageSize: 50 });
});
afterAll(() => site.stop());
beforeEach(async () => {
  await site.graphControl('POST', 'reset');
  await site.graphControl('DELETE', 'faults');
});

async function graph(pathOrUrl: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: Headers; json: any }> {
  const url = pathOrUrl.startsWith('http') ? pathOrUrl : `${site.graphUrl}${pathOrUrl}`;
  const res = await fetch(url, { headers: { Authorization: 'Bearer local-test', ...headers } });
  return { status: res.status, headers: res.headers, json: await res.json() };
}

/** Follows @odata.nextLink to the end; returns every value and the delta link. */
async function all(first: string, headers: Record<string, string> = {}): Promise<{ value: any[]; pages: number; deltaLink?: string }> {
  const value: any[] = [];
  let pages = 0;
  let url: string | undefined = first;
  let deltaLink: string | undefined;
  while (url) {
    const r = await graph(url, headers);
    expect(r.status).toBe(200);
    pages++;
    value.push(...r.json.value);
    deltaLink = r.json['@odata.deltaLink'];
    url = r.json['@odata.nextLink'];
    if (url) expect(url.startsWith(`${site.graphUrl}/users`)).toBe(true);
  }
  return { value, pages, deltaLink };
}

const SELECT = 'id,displayName,jobTitle,department,accountEnabled,userPrincipalName,mail';

describe('the directory it starts with', () => {
  it('is the demo council: one user per officer with a stable id, plus a guest and two mailboxes that are not people', async () => {
    const { value } = await all(`/users?$select=${SELECT},employeeType&$top=999`);
    expect(value).toHaveLength(site.data.officers.length + 3);
    const odd = seedOddities(site.data);
    const byId = new Map(value.map((u) => [u.id, u]));
    const o = site.data.officers[4];
    expect(byId.get(officerUserId(site.data, o.id))).toMatchObject({ displayName: `${o.givenName} ${o.familyName}`, mail: o.email, accountEnabled: true });
    expect(byId.get(officerUserId(site.data, odd.disabledOfficerId)).accountEnabled).toBe(false);
    expect(byId.get(odd.guestId)).toMatchObject({ employeeType: 'Guest' });
    expect(byId.get(odd.guestId).userPrincipalName).toMatch(/#EXT#@/);
    const upn = byId.get(officerUserId(site.data, odd.upnDiffersOfficerId));
    expect(upn.userPrincipalName).not.toBe(upn.mail);
    // A department HR names differently from the service.
    const waste = site.data.serviceAreas.find((s) => s.title === 'Waste and Recycling')!;
    const wasteOfficer = site.data.officers.find((x) => x.serviceAreaId === waste.id)!;
    expect(byId.get(officerUserId(site.data, wasteOfficer.id)).department).toBe('Waste Services');
  });

  it('is the same every time (ids are name-based)', () => {
    expect(usersFromDataset(site.data).map((u) => u.id)).toEqual(usersFromDataset(site.data).map((u) => u.id));
    expect(new Set(usersFromDataset(site.data).map((u) => u.id)).size).toBe(site.data.officers.length + 3);
  });
});

describe('/users', () => {
  it('needs a Bearer token: none is 401 InvalidAuthenticationToken in Graph\'s error JSON', async () => {
    const res = await fetch(`${site.graphUrl}/users`);
    expect(res.status).toBe(401);
    const body = (await res.json()) as any;
    expect(body.error.code).toBe('InvalidAuthenticationToken');
    expect(body.error.message).toBe('Access token is empty.');
    expect(body.error.innerError['request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('returns exactly the selected properties, pages by an absolute nextLink that repeats the query, and ends without one', async () => {
    const first = await graph(`/users?$select=id,displayName&$top=100`);
    expect(first.json.value).toHaveLength(100);
    expect(Object.keys(first.json.value[0]).sort()).toEqual(['displayName', 'id']);
    const next = new URL(first.json['@odata.nextLink']);
    expect(next.searchParams.get('$select')).toBe('id,displayName');
    expect(next.searchParams.get('$top')).toBe('100');
    expect(next.searchParams.get('$skiptoken')).toBeTruthy();
    const { value, pages, deltaLink } = await all(`/users?$select=id&$top=100`);
    expect(pages).toBe(Math.ceil((site.data.officers.length + 3) / 100));
    expect(new Set(value.map((u) => u.id)).size).toBe(value.length);
    expect(deltaLink).toBeUndefined();
  });

  it('expands the manager with its own $select; the council\'s head has none', async () => {
    const { value } = await all(`/users?$select=id,displayName&$expand=manager($select=id,displayName)&$top=999`);
    const head = value.find((u) => u.id === officerUserId(site.data, site.data.officers[0].id));
    expect(head.manager).toBeUndefined();
    const second = value.find((u) => u.id === officerUserId(site.data, site.data.officers[1].id));
    expect(second.manager).toEqual({ '@odata.type': '#microsoft.graph.user', id: head.id, displayName: head.displayName });
  });

  it('refuses what Graph refuses, naming it: unknown properties, page sizes over 999, expanding a property', async () => {
    const unknown = await graph('/users?$select=id,favouriteColour');
    expect(unknown.status).toBe(400);
    expect(unknown.json.error).toMatchObject({ code: 'Request_BadRequest', message: "Could not find a property named 'favouriteColour' on type 'Microsoft.DirectoryServices.User'." });
    const top = await graph('/users?$top=1000');
    expect(top.status).toBe(400);
    expect(top.json.error.message).toBe("Invalid page size specified: '1000'. Must be between 1 and 999 inclusive.");
    expect((await graph('/users?$expand=department')).status).toBe(400);
  });

  it('a user by id or user principal name, and their manager', async () => {
    const o = site.data.officers[1];
    const id = officerUserId(site.data, o.id);
    expect((await graph(`/users/${id}?$select=id,mail`)).json).toMatchObject({ id, mail: o.email });
    expect((await graph(`/users/${encodeURIComponent(o.email)}?$select=id`)).json.id).toBe(id);
    expect((await graph(`/users/${id}/manager?$select=id`)).json.id).toBe(officerUserId(site.data, site.data.officers[0].id));
    const missing = await graph('/users/00000000-0000-0000-0000-000000000000');
    expect([missing.status, missing.json.error.code]).toEqual([404, 'Request_ResourceNotFound']);
  });
});

describe('/users/delta', () => {
  it('the first round returns every user, paged, and ends with a deltaLink; the next round, with nothing changed, returns nothing', async () => {
    const first = await all(`/users/delta?$select=${SELECT},manager`);
    expect(first.pages).toBe(Math.ceil((site.data.officers.length + 3) / 50));
    expect(first.value).toHaveLength(site.data.officers.length + 3);
    expect(first.value.filter((u) => u['manager@delta'])).toHaveLength(site.data.officers.length - 1);
    expect(first.deltaLink).toMatch(new RegExp(`^${site.graphUrl}/users/delta\\?\\$deltatoken=`));
    const again = await all(first.deltaLink!);
    expect(again).toMatchObject({ value: [], pages: 1 });
    expect(again.deltaLink).toBeTruthy();
  });

  it('then only what changed: a starter, a job change, a move, a disabled account, a deletion and a permanent deletion', async () => {
    const { deltaLink } = await all(`/users/delta?$select=${SELECT},manager`);
    const [a, b, c, d, e] = site.data.officers.slice(10, 15).map((o) => officerUserId(site.data, o.id));
    const starter = await site.addUser({ givenName: 'Nia', surname: 'Starter', userPrincipalName: 'nia.starter@rugby.gov.uk', mail: 'nia.starter@rugby.gov.uk', jobTitle: 'Apprentice', department: 'Licensing', managerId: a });
    await site.changeUser(a, { jobTitle: 'Team Leader' });
    await site.changeUser(b, { department: 'Licensing' });
    await site.changeUser(c, { accountEnabled: false });
    await site.deleteUser(d);
    await site.deleteUser(e, true);
    const { value, deltaLink: next } = await all(deltaLink!);
    const byId = new Map(value.map((u) => [u.id, u]));
    expect([...byId.keys()].sort()).toEqual([starter.id, a, b, c, d, e].sort());
    expect(byId.get(starter.id)).toMatchObject({ displayName: 'Nia Starter', jobTitle: 'Apprentice', 'manager@delta': [{ '@odata.type': '#microsoft.graph.user', id: a }] });
    // By default a changed user comes with all its selected properties, old values too.
    expect(byId.get(a)).toMatchObject({ jobTitle: 'Team Leader', department: expect.any(String), accountEnabled: true });
    expect(byId.get(b).department).toBe('Licensing');
    expect(byId.get(c).accountEnabled).toBe(false);
    expect(byId.get(d)).toEqual({ id: d, '@removed': { reason: 'changed' } });
    expect(byId.get(e)).toEqual({ id: e, '@removed': { reason: 'deleted' } });
    expect((await all(next!)).value).toEqual([]);
  });

  it('a change to a property the round does not track does not bring the user back', async () => {
    const { deltaLink } = await all('/users/delta?$select=id,displayName');
    const a = officerUserId(site.data, site.data.officers[20].id);
    await site.changeUser(a, { jobTitle: 'Something else' });
    expect((await all(deltaLink!)).value).toEqual([]);
    await site.changeUser(a, { displayName: 'Renamed Person' });
    expect((await all(deltaLink!)).value).toEqual([{ id: a, displayName: 'Renamed Person' }]);
  });

  it('Prefer: return=minimal sends only the changed properties; a removed manager comes as a removed entry', async () => {
    const { deltaLink } = await all(`/users/delta?$select=${SELECT},manager`);
    const a = officerUserId(site.data, site.data.officers[30].id);
    const manager = (await graph(`/users/${a}/manager?$select=id`)).json.id;
    await site.changeUser(a, { jobTitle: 'Acting Manager', managerId: null });
    const { value } = await all(deltaLink!, { Prefer: 'return=minimal' });
    expect(value).toEqual([{ id: a, jobTitle: 'Acting Manager', 'manager@delta': [{ '@odata.type': '#microsoft.graph.user', id: manager, '@removed': { reason: 'deleted' } }] }]);
  });

  it('$deltatoken=latest gives a link from now, with no users', async () => {
    const latest = await graph(`/users/delta?$select=${SELECT}&$deltatoken=latest`);
    expect(latest.json.value).toEqual([]);
    const a = officerUserId(site.data, site.data.officers[40].id);
    await site.changeUser(a, { jobTitle: 'Changed after the link' });
    expect((await all(latest.json['@odata.deltaLink'])).value.map((u) => u.id)).toEqual([a]);
  });

  it('after a reset, an old delta link is 410 Gone with a Location to start again', async () => {
    const { deltaLink } = await all('/users/delta?$select=id,displayName');
    await site.graphControl('POST', 'reset');
    const gone = await graph(deltaLink!);
    expect(gone.status).toBe(410);
    expect(gone.json.error.code).toBe('resyncRequired');
    expect(gone.headers.get('Location')).toBe(`${site.graphUrl}/users/delta?$select=${encodeURIComponent('id,displayName')}`);
  });

  it('refuses $expand and $top, which Graph does not support on users/delta', async () => {
    expect((await graph('/users/delta?$expand=manager')).status).toBe(400);
    expect((await graph('/users/delta?$top=10')).json.error.code).toBe('Request_UnsupportedQuery');
  });
});

describe('faults and control routes', () => {
  it('throttles the next N requests with 429 and Retry-After, then answers again', async () => {
    await site.setGraphFaults({ throttleNext: 2, retryAfter: 3 });
    for (let i = 0; i < 2; i++) {
      const r = await graph('/users?$top=1');
      expect(r.status).toBe(429);
      expect(r.headers.get('Retry-After')).toBe('3');
      expect(r.json.error.code).toBe('TooManyRequests');
    }
    expect((await graph('/users?$top=1')).status).toBe(200);
    expect((await site.graphRequests()).throttled).toBeGreaterThanOrEqual(2);
  });

  it('refuses a change from another origin, or one that is not JSON', async () => {
    const id = officerUserId(site.data, site.data.officers[2].id);
    const cross = await fetch(`${site.url}/graph/_local/users/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'application/json', Origin: 'http://evil.example' }, body: '{"accountEnabled":false}' });
    expect(cross.status).toBe(403);
    const form = await fetch(`${site.url}/graph/_local/users/${id}`, { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: '{"accountEnabled":false}' });
    expect(form.status).toBe(403);
    expect((await graph(`/users/${id}?$select=accountEnabled`)).json.accountEnabled).toBe(true);
  });

  it('says what is wrong with a change, and makes none', async () => {
    const id = officerUserId(site.data, site.data.officers[2].id);
    await expect(site.changeUser(id, { accountEnabled: 'no' as never })).rejects.toThrow(/accountEnabled: Expected boolean/);
    await expect(site.addUser({ userPrincipalName: site.data.officers[0].email })).rejects.toThrow(/already has the user principal name/);
    await expect(site.changeUser(id, { managerId: id })).rejects.toThrow(/cannot be their own manager/);
  });
});
