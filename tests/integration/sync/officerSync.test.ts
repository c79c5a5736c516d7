/**
 * The officer sync end to end: the command (`sync-officers`) with the real PnPjs against the local
 * SharePoint server and the local Graph on its origin. Into an empty Officers list; a second run
 * through the delta link that changes nothing; then starters, job changes, moves, leavers, a
 * throttled page, an unmapped department, a dry run — each checked on the list as an officer
 * reads it. Then a site whose officers were typed in by hand, adopted by email address.
 */
import { Writable } from 'node:stream';
import type { Queryable } from '@pnp/queryable';
import { officerUserId, seedOddities } from '../../../local/graph';
import { LIST_TITLES } from '../../../src/data/lists';
import { readSyncState, syncOfficers, ukToday } from '../../../src/data/sync/officers';
import { GraphClient } from '../../../tools/tenant/graph';
import { syncOfficersCommand } from '../../../tools/cli/sync-officers';
import { runCli, type CommandRun } from '../../support/cli';
import { startGraphTestSite, type GraphTestSite } from '../../support/localGraph';

interface Run {
  code: number;
  out: string;
  json?: Record<string, unknown>;
}

function sink(): Writable & { text: string } {
  const w = new Writable({
    write(chunk: Buffer, _enc, done) {
      w.text += chunk.toString('utf8');
      done();
    }
  }) as Writable & { text: string };
  w.text = '';
  return w;
}

async function sync(site: GraphTestSite, ...args: string[]): Promise<Run> {
  const stdout = sink();
  const stderr = sink();
  const code = await syncOfficersCommand(['--site', site.siteUrl, ...args], { stdout, stderr }, { LOCAL_USER: 'owner' });
  expect(stderr.text).toBe('');
  return { code, out: stdout.text, json: args.includes('--json') ? (JSON.parse(stdout.text) as Record<string, unknown>) : undefined };
}

type Item = Record<string, any>;
/** The Officers list as an officer (read-only) sees it. */
async function officers(site: GraphTestSite): Promise<Item[]> {
  const rows: Item[] = [];
  for await (const page of site.sp('officer').web.lists.getByTitle(LIST_TITLES.officers).items.select('Id', 'Title', 'JobTitle', 'ServiceAreaId', 'Email', 'Phone', 'Photo', 'PoliticallyRestricted', 'EntraObjectId', 'UserPrincipalName', 'Status', 'LeftOn', 'Department', 'Modified').top(5000)) {
    rows.push(...(page as Item[]));
  }
  return rows;
}
const byEntra = (items: Item[]): Map<string, Item> => new Map(items.map((i) => [i.EntraObjectId, i]));

describe('into an empty Officers list, then by delta', () => {
  let site: GraphTestSite;
  beforeAll(async () => {
    site = await startGraphTestSite({ site: 'services' });
  });
  afterAll(() => site.stop());

  const people = (): number => site.data.officers.length;
  const idOf = (n: number): string => officerUserId(site.data, site.data.officers[n].id);

  it('the first run reads every user and fills the list to match Entra ID', async () => {
    const r = await sync(site, '--json');
    expect(r.code).toBe(0);
    const odd = seedOddities(site.data);
    // Every officer but the disabled account; the guest and the two mailboxes are not officers.
    expect(r.json).toEqual({ users: people() + 3, created: people() - 1, updated: 0, left: 0, unchanged: 0, unmappedDepartments: [], deltaLink: true });
    const list = byEntra(await officers(site));
    expect(list.size).toBe(people() - 1);
    for (const o of site.data.officers) {
      const item = list.get(officerUserId(site.data, o.id));
      if (o.id === odd.disabledOfficerId) {
        expect(item).toBeUndefined();
        continue;
      }
      // HR's department names ("Waste Services") land in the council's service areas through the mappings.
      expect([o.id, item?.Title, item?.Email, item?.ServiceAreaId, item?.JobTitle, item?.Status]).toEqual([o.id, `${o.givenName} ${o.familyName}`, o.email, o.serviceAreaId, o.jobTitle, 'Current']);
    }
    const upnOfficer = site.data.officers.find((o) => o.id === odd.upnDiffersOfficerId)!;
    expect(list.get(officerUserId(site.data, upnOfficer.id))!.UserPrincipalName).not.toBe(upnOfficer.email);
    const { state } = await readSyncState(site.sp());
    expect(state?.deltaLink).toMatch(new RegExp(`^${site.graphUrl}/users/delta\\?\\$deltatoken=`));
  });

  it('a second run, through the delta link, reads one page, changes nothing and does not even read the list', async () => {
    const before = await officers(site);
    await site.graphControl('DELETE', 'requests');
    await site.resetRequestCount();
    const r = await sync(site, '--json');
    expect(r.json).toEqual({ users: 0, created: 0, updated: 0, left: 0, unchanged: 0, unmappedDepartments: [], deltaLink: true });
    expect((await site.graphRequests()).count).toBe(1);
    // The state file and the mappings, and storing the new link: no Officers pages, no writes.
    expect(await site.requestCount()).toBeLessThanOrEqual(5);
    expect(await officers(site)).toEqual(before);
  });

  it('starters, a job change, a move between departments, a disabled and a deleted account', async () => {
    const manager = idOf(0);
    const starter = await site.addUser({ givenName: 'Nia', surname: 'Okoro', displayName: 'Nia Okoro', userPrincipalName: 'nia.okoro@rugby.gov.uk', mail: 'nia.okoro@rugby.gov.uk', jobTitle: 'Licensing Officer', department: 'Licensing', businessPhones: ['+44 1632 960555'], managerId: manager });
    await site.changeUser(idOf(5), { jobTitle: 'Senior Waste Operative' });
    await site.changeUser(idOf(6), { department: 'Human Resources' });
    await site.changeUser(idOf(7), { accountEnabled: false });
    await site.deleteUser(idOf(8));
    const r = await sync(site, '--json');
    expect(r.json).toEqual({ users: 5, created: 1, updated: 2, left: 2, unchanged: 0, unmappedDepartments: [], deltaLink: true });
    const list = byEntra(await officers(site));
    const licensing = site.data.serviceAreas.find((s) => s.title === 'Licensing')!;
    const hr = site.data.serviceAreas.find((s) => s.title === 'HR and Payroll')!;
    expect(list.get(starter.id)).toMatchObject({ Title: 'Nia Okoro', JobTitle: 'Licensing Officer', ServiceAreaId: licensing.id, Phone: '01632 960555', Status: 'Current', Department: 'Licensing' });
    expect(list.get(idOf(5))!.JobTitle).toBe('Senior Waste Operative');
    expect(list.get(idOf(6))).toMatchObject({ ServiceAreaId: hr.id, Department: 'Human Resources' });
    for (const gone of [idOf(7), idOf(8)]) {
      expect(list.get(gone)).toMatchObject({ Status: 'Left' });
      expect(String(list.get(gone)!.LeftOn).slice(0, 10)).toBe(ukToday());
    }
    expect(list.size).toBe(people());
  });

  it('a throttled page is waited for (Retry-After), retried and counted, and the run completes', async () => {
    await site.changeUser(idOf(9), { jobTitle: 'Street Scene Supervisor' });
    await site.setGraphFaults({ throttleNext: 1, retryAfter: 1 });
    const r = await sync(site);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/updated 1,/);
    expect(r.out).toMatch(/Microsoft Graph: 2 requests, asked to wait 1 time \(1 s in all\)/);
    expect(byEntra(await officers(site)).get(idOf(9))!.JobTitle).toBe('Street Scene Supervisor');
  });

  it('never overwrites what people keep in SharePoint: the photo and the politically restricted post', async () => {
    const id = idOf(10);
    const item = byEntra(await officers(site)).get(id)!;
    const photo = JSON.stringify({ type: 'thumbnail', fileName: 'chosen.jpg', serverRelativeUrl: '/sites/council/SiteAssets/Photos/chosen.jpg' });
    await site.sp().web.lists.getByTitle(LIST_TITLES.officers).items.getById(item.Id).update({ Photo: photo, PoliticallyRestricted: true });
    await site.changeUser(id, { jobTitle: 'Chief Licensing Officer', mobilePhone: '07700 900777' });
    expect((await sync(site, '--json')).json).toMatchObject({ updated: 1 });
    expect(byEntra(await officers(site)).get(id)).toMatchObject({ JobTitle: 'Chief Licensing Officer', Photo: photo, PoliticallyRestricted: true });
  });

  it('reports a department with no mapping, adds nobody there, and places them once Democratic Services map it', async () => {
    const newcomer = await site.addUser({ givenName: 'Theo', surname: 'Marsh', userPrincipalName: 'theo.marsh@rugby.gov.uk', mail: 'theo.marsh@rugby.gov.uk', jobTitle: 'Digital Lead', department: 'Digital Transformation' });
    const r = await sync(site, '--json');
    expect(r.code).toBe(1);
    expect(r.json).toEqual({ users: 1, created: 0, updated: 0, left: 0, unchanged: 0, unmappedDepartments: ['Digital Transformation'], deltaLink: true });
    expect(byEntra(await officers(site)).has(newcomer.id)).toBe(false);
    const ict = site.data.serviceAreas.find((s) => s.title === 'ICT')!;
    await site.sp('democratic-services').web.lists.getByTitle('Department Mappings').items.add({ Title: 'Digital Transformation', ServiceAreaId: ict.id });
    // The mappings changed, so every user is placed again (a full read), and the newcomer is added.
    const again = await sync(site);
    expect(again.out).toMatch(/read every user \(the Department Mappings list has changed since the last run\)/);
    expect(again.out).toMatch(/Added 1, updated 0, marked 0 as left/);
    expect(again.code).toBe(0);
    expect(byEntra(await officers(site)).get(newcomer.id)).toMatchObject({ ServiceAreaId: ict.id, Status: 'Current' });
  });

  it('a dry run says what it would do and writes nothing, not even the delta link', async () => {
    await site.changeUser(idOf(11), { jobTitle: 'Acting Head of Service' });
    const before = await officers(site);
    const link = (await readSyncState(site.sp())).state?.deltaLink;
    const r = await sync(site, '--dry-run');
    expect(r.out).toMatch(/\(dry run: nothing was written\)/);
    expect(r.out).toMatch(/would update 1,/);
    expect(r.out).toMatch(/: job title\n/);
    expect(await officers(site)).toEqual(before);
    expect((await readSyncState(site.sp())).state?.deltaLink).toBe(link);
    expect((await sync(site, '--json')).json).toMatchObject({ users: 1, updated: 1 });
  });
});

describe('a site whose officers were typed in by hand', () => {
  let site: GraphTestSite;
  beforeAll(async () => {
    site = await startGraphTestSite({ site: 'demo' });
  });
  afterAll(() => site.stop());

  it('the first run adopts every officer by email address, stores their Entra object id, and marks the disabled one as left', async () => {
    const before = await officers(site);
    const r = await sync(site, '--json');
    const odd = seedOddities(site.data);
    expect(r.json).toEqual({ users: site.data.officers.length + 3, created: 0, updated: site.data.officers.length - 1, left: 1, unchanged: 0, unmappedDepartments: [], deltaLink: true });
    const after = await officers(site);
    expect(after.map((i) => i.Id)).toEqual(before.map((i) => i.Id));
    for (const [i, item] of after.entries()) {
      expect([item.Id, item.EntraObjectId, item.Photo, item.PoliticallyRestricted]).toEqual([item.Id, officerUserId(site.data, item.Id), before[i].Photo, before[i].PoliticallyRestricted]);
      expect([item.Id, item.Status]).toEqual([item.Id, item.Id === odd.disabledOfficerId ? 'Left' : 'Current']);
    }
  });

  it('when Graph asks for a full resynchronisation (410 Gone), the sync reads everyone again and finds nothing to change', async () => {
    await site.graphControl('POST', 'reset');
    const r = await sync(site);
    expect(r.out).toMatch(/read every user \(Microsoft Graph asked for everyone to be read again\)/);
    expect(r.out).toMatch(/Added 0, updated 0, marked 0 as left, 300 unchanged\./);
  });

  it('an officer Entra ID no longer has at all is marked as left on the next full read', async () => {
    const gone = officerUserId(site.data, site.data.officers[20].id);
    await site.deleteUser(gone, true);
    const r = await sync(site, '--full', '--json');
    expect(r.json).toMatchObject({ left: 1, created: 0, updated: 0 });
    expect(byEntra(await officers(site)).get(gone)).toMatchObject({ Status: 'Left' });
  });
});

describe('liaison officers who leave or move', () => {
  let site: GraphTestSite;
  beforeAll(async () => {
    site = await startGraphTestSite({ site: 'demo' });
    expect((await sync(site, '--json')).code).toBe(0);
  });
  afterAll(() => site.stop());

  it('the report names the liaison roles to reassign, and whom to ask (their manager in Entra ID)', async () => {
    const service = site.data.serviceAreas.find((s) => s.title === 'Licensing')!;
    const [clo, deputy] = site.data.liaisonOfficers.filter((l) => l.serviceAreaId === service.id).map((l) => site.data.officers.find((o) => o.id === l.officerId)!);
    const manager = site.data.officers.find((o) => o.serviceAreaId === service.id)!;
    await site.changeUser(officerUserId(site.data, clo.id), { accountEnabled: false });
    await site.changeUser(officerUserId(site.data, deputy.id), { department: 'Council Tax' });
    const r = await sync(site);
    expect(r.out).toContain('Liaison roles to look at');
    const name = (o: { givenName: string; familyName: string }): string => `${o.givenName} ${o.familyName}`;
    expect(r.out).toContain(`${name(clo)} (Liaison Officer, Licensing) has left: choose who takes this on (their manager is ${name(manager)}).`);
    expect(r.out).toContain(`${name(deputy)} (Deputy Liaison Officer, Licensing) now works in Council Tax: choose who takes this on (their manager is ${name(manager)}).`);
  });
});

describe('npm run sync-officers (the real command line)', () => {
  const cli = (args: string[]): Promise<CommandRun> => runCli(['sync-officers', ...args], { env: { LOCAL_USER: 'owner' } });

  let site: GraphTestSite;
  beforeAll(async () => {
    site = await startGraphTestSite({ site: 'services' });
  });
  afterAll(() => site.stop());

  it('prints the --json summary and exits 0; bad usage is 64; an unreachable site is 2', async () => {
    const r = await cli(['--site', site.siteUrl, '--json']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(JSON.parse(r.stdout)).toEqual({ users: site.data.officers.length + 3, created: site.data.officers.length - 1, updated: 0, left: 0, unchanged: 0, unmappedDepartments: [], deltaLink: true });
    const usage = await cli(['--json']);
    expect(usage.code).toBe(64);
    expect(usage.stderr).toMatch(/missing --site/);
    const down = await cli(['--site', 'http://127.0.0.1:9/sites/council', '--json']);
    expect(down.code).toBe(2);
    expect(down.stderr).toMatch(/sync-officers: /);
    expect((await cli(['--help'])).stdout).toMatch(/Usage: npm run sync-officers -- --site URL/);
  }, 60000);
});

describe('when someone edits an officer while the sync runs', () => {
  let site: GraphTestSite;
  beforeAll(async () => {
    site = await startGraphTestSite({ site: 'services' });
    expect((await sync(site, '--json')).code).toBe(0);
  });
  afterAll(() => site.stop());

  it('their edit is kept (the ETag refuses the stale write), the sync reads the officer again and makes its change too', async () => {
    const id = officerUserId(site.data, site.data.officers[12].id);
    const item = byEntra(await officers(site)).get(id)!;
    await site.changeUser(id, { jobTitle: 'Principal Officer' });
    // Democratic Services save the officer just before the sync's $batch of writes reaches SharePoint.
    let edited = false;
    const sp = site.sp().using((instance: Queryable) => {
      instance.on.pre(async (url, init, result) => {
        if (!edited && /\/_api\/\$batch$/i.test(url) && String(init.body ?? '').toLowerCase().includes(`items(${item.Id})`)) {
          edited = true;
          await site.sp('owner').web.lists.getByTitle(LIST_TITLES.officers).items.getById(item.Id).update({ PoliticallyRestricted: true });
        }
        return [url, init, result];
      });
      return instance;
    });
    const client = new GraphClient({ base: site.graphUrl, token: async () => 'test' });
    const r = await syncOfficers(sp, client);
    expect(edited).toBe(true);
    // SharePoint refused the stale write (412); the sync read the officer again and wrote once more.
    expect([r.updated, r.conflictsRetried, r.failedWrites]).toEqual([1, 1, []]);
    expect(byEntra(await officers(site)).get(id)).toMatchObject({ JobTitle: 'Principal Officer', PoliticallyRestricted: true });
  });

  it('SharePoint throttling on the way is waited for and retried by PnPjs, and the run completes', async () => {
    const id = officerUserId(site.data, site.data.officers[13].id);
    await site.changeUser(id, { jobTitle: 'Duty Officer' });
    await site.setFaults({ throttleNext: 2, retryAfter: 0 });
    const r = await sync(site, '--json');
    await site.clearFaults();
    expect(r.json).toMatchObject({ users: 1, updated: 1, deltaLink: true });
    expect(byEntra(await officers(site)).get(id)!.JobTitle).toBe('Duty Officer');
  });
});
