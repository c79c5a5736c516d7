/**
 * Date-only columns as SharePoint Online keeps them: the site's midnight, in UTC, by the site's
 * regional settings time zone (GMT Standard Time unless set). In British Summer Time the 7 May a
 * list form saves reads back as 2026-05-06T23:00:00Z, which the old reading (slicing the string)
 * took for 6 May; the product now reads it in the site's zone, through the real PnPjs.
 */
import '@pnp/sp/regional-settings/web';
import { PnPMemberDirectoryRepository } from '../../../src/data/members';
import { entityMappers, preElectionPeriodToItem } from '../../../src/data/mappers';
import { timeZoneFromSp } from '../../../src/data/mappers/dates';
import { readSiteTimeZone } from '../../../src/data/mappers/siteTimeZone';
import { rugbyDataset } from '../../../local/demo';
import { seedCouncil } from '../../../local/seed';
import { Site, startSite } from './site';

/** Session storage for PnPjs's cache, as in a browser. */
const memory = new Map<string, string>();
(globalThis as unknown as { sessionStorage: unknown }).sessionStorage = {
  get length() { return memory.size; },
  key: (i: number) => [...memory.keys()][i] ?? null,
  getItem: (k: string) => memory.get(k) ?? null,
  setItem: (k: string, v: string) => void memory.set(k, String(v)),
  removeItem: (k: string) => void memory.delete(k),
  clear: () => memory.clear(),
};

let uk: Site;
let eastern: Site;

beforeAll(async () => {
  [uk, eastern] = await Promise.all([startSite(), startSite({ timeZone: 10 })]);
  seedCouncil(uk.server, rugbyDataset());
  seedCouncil(eastern.server, rugbyDataset());
});
afterAll(() => Promise.all([uk.stop(), eastern.stop()]));

const periods = (site: Site) => site.sp('democratic-services').web.lists.getByTitle('Pre-election Periods').items;

test('the site says its time zone: GMT Standard Time by default, or the one it was given', async () => {
  expect(await uk.sp().web.regionalSettings.timeZone()).toMatchObject({ Id: 2, Description: '(UTC+00:00) Dublin, Edinburgh, Lisbon, London', Information: { Bias: 0, DaylightBias: -60 } });
  expect(await eastern.sp().web.regionalSettings.timeZone()).toMatchObject({ Id: 10, Information: { Bias: 300 } });
  expect(await readSiteTimeZone(eastern.sp())).toMatchObject({ id: 10, iana: 'America/New_York' });
});

test('in British Summer Time a date-only value is stored as the site\'s midnight, and the old reading loses a day', async () => {
  const added = await periods(uk).add({ Title: 'Borough elections', StartDate: '2026-03-26', EndDate: '2026-05-07' });
  const row = await periods(uk).getById(added.Id).select('StartDate', 'EndDate')();
  // 26 March is before the clocks change (29 March 2026), 7 May after
  expect(row).toMatchObject({ StartDate: '2026-03-26T00:00:00Z', EndDate: '2026-05-06T23:00:00Z' });
  // what the data layer did before: slice the UTC string
  expect((row.EndDate as string).slice(0, 10)).toBe('2026-05-06');
  // what it does now: the site's calendar date
  expect(entityMappers(timeZoneFromSp(await uk.sp().web.regionalSettings.timeZone())).preElectionPeriodFromItem(row)).toMatchObject({ start: '2026-03-26', end: '2026-05-07' });
  await periods(uk).getById(added.Id).delete();
});

test('a pre-election period ending on polling day is still running on polling day', async () => {
  // written as the product writes it (the site's midnight), read as the web part reads it
  await periods(uk).add(preElectionPeriodToItem({ election: 'Borough elections', start: '2026-03-26', end: '2026-05-07' }));
  const repo = new PnPMemberDirectoryRepository(uk.sp('officer'), 'member-profile', { today: () => '2026-05-07' });
  repo.refresh();
  const d = await repo.load();
  // the period running today: read as ending on 6 May, there would be none, and statements would show
  expect(d.preElection).toMatchObject({ start: '2026-03-26', end: '2026-05-07' });
});

test('a site in another time zone: UTC midnight is the day before there, so dates are written as the site\'s midnight', async () => {
  // the old writer sent UTC midnight: in New York that is 8 pm on 6 May, so SharePoint keeps 6 May
  const old = await periods(eastern).add({ Title: 'Old writer', StartDate: '2026-04-01T00:00:00Z', EndDate: '2026-05-07T00:00:00Z' });
  expect((await periods(eastern).getById(old.Id).select('EndDate')()).EndDate).toBe('2026-05-06T04:00:00Z');
  await periods(eastern).getById(old.Id).delete();

  const zone = await readSiteTimeZone(eastern.sp());
  const added = await periods(eastern).add(entityMappers(zone).preElectionPeriodToItem({ election: 'Borough elections', start: '2026-04-01', end: '2026-05-07' }));
  expect((await periods(eastern).getById(added.Id).select('EndDate')()).EndDate).toBe('2026-05-07T04:00:00Z');
  // the member directory reads the site's zone in its one batch, so it reads 7 May
  const repo = new PnPMemberDirectoryRepository(eastern.sp('officer'), 'member-profile', { today: () => '2026-05-07' });
  repo.refresh();
  expect((await repo.load()).preElection).toMatchObject({ start: '2026-04-01', end: '2026-05-07' });
});

test('a time sent to a date-only column keeps only the site\'s day; form dates are the site\'s; other date-times are kept as sent', async () => {
  const members = uk.sp('democratic-services').web.lists.getByTitle('Members').items;
  const m = await members.add({ Title: 'Time Given', TermStart: '2026-07-01T14:30:00Z' });
  expect(m.TermStart).toBe('2026-06-30T23:00:00Z');
  await members.getById(m.Id).validateUpdateListItem([{ FieldName: 'TermEnd', FieldValue: '07/05/2026' }]);
  expect((await members.getById(m.Id).select('TermEnd')()).TermEnd).toBe('2026-05-06T23:00:00Z');
  expect((await members.getById(m.Id).select('Modified')()).Modified).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
});

test('the time zone converts between UTC and the site\'s clock, as SharePoint\'s TimeZone does', async () => {
  const tz = uk.sp().web.regionalSettings.timeZone;
  expect(await tz.utcToLocalTime('2026-05-06T23:00:00Z')).toBe('2026-05-07T00:00:00');
  expect(await tz.localTimeToUTC('2026-05-07T00:00:00')).toBe('2026-05-06T23:00:00Z');
  expect(await tz.utcToLocalTime('2026-01-15T09:00:00Z')).toBe('2026-01-15T09:00:00');
});

test('an unknown time zone id is refused when the server starts, naming the ones it knows', async () => {
  await expect(startSite({ timeZone: 999 })).rejects.toThrow(/does not know SharePoint time zone 999: use one of 2 \(UTC\+00:00\) Dublin/);
});
