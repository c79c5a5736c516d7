/**
 * Member Profiles on the members' page of the local workbench, in a fresh browser context (empty
 * cache), for Rugby (42 councillors) and a large council (200): API requests counted by the
 * browser until the directory shows its cards, and the time from navigation to that moment; a
 * reload within the cache lifetime (requests again); and at the large council, real key presses
 * into "Search councillors" (surnames, names, wards, committees, portfolios and skills from the
 * demo data, with prefixes and typos), timed as tools/bench/typing.ts describes, beside the
 * blank-page baseline typed in the same run. The member search keeps no results between
 * keystrokes, so there is no cache to bypass.
 */
import type { Page } from 'playwright-core';
import { largeCouncilDataset } from '../../../local/demo';
import type { BenchScenario } from '../context';
import { blankPageLatencies, summary, typeQueries } from '../typing';

const CARDS = '[data-webpart="member-profiles"] ul[aria-label="All councillors"] h4, [data-webpart="member-profiles"] [data-member-id]';

/**
 * Milliseconds from navigation start until the first card is in the page, checked on every
 * animation frame (so the figure is good to a frame, and does not wait for the load event).
 */
async function untilCards(page: Page): Promise<number> {
  const at = await page.waitForFunction((sel) => (document.querySelector(sel) ? performance.now() : false), CARDS, {
    polling: 'raf',
    timeout: 60000
  });
  return Math.round((await at.jsonValue()) as number);
}

/** What an officer types to find councillors at the large council, in plain keys. */
export function memberQueries(): string[] {
  const d = largeCouncilDataset({ photos: false });
  const keys = (s: string): string =>
    s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9 '-]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 12).trim();
  const out = new Set<string>();
  const every = <T>(xs: readonly T[], n: number): T[] => Array.from({ length: Math.min(n, xs.length) }, (_v, i) => xs[Math.floor((i * xs.length) / Math.min(n, xs.length))]);
  for (const m of every(d.members, 20)) out.add(keys(m.familyName));
  for (const m of every(d.members.slice(7), 10)) out.add(keys(`${m.givenName} ${m.familyName}`));
  for (const m of every(d.members.slice(3), 8)) out.add(keys(`${m.givenName.slice(0, 2)} ${m.familyName.slice(0, 3)}`));
  for (const w of every(d.wards, 15)) out.add(keys(w.title));
  for (const b of every(d.bodies, 12)) out.add(keys(b.title));
  const skills = Array.from(new Set(d.members.flatMap((m) => m.skills)));
  for (const s of every(skills, 10)) out.add(keys(s));
  for (const m of every(d.members.slice(11), 6)) {
    const f = keys(m.familyName);
    if (f.length >= 6) out.add(f.slice(0, 2) + f[3] + f[2] + f.slice(4));
  }
  return Array.from(out).filter(Boolean);
}

const scenario: BenchScenario = async (ctx) => {
  const out: Record<string, number> = {};
  for (const council of ['rugby', 'large'] as const) {
    const wb = await ctx.workbench(council);
    try {
      const { page, context, apiRequests } = await ctx.openPage(`${wb.url}member-profiles`);
      out[`memberProfiles.${council}.firstRenderMs`] = await untilCards(page);
      const first = apiRequests.length;
      out[`memberProfiles.${council}.firstRenderRequests`] = first;

      await page.reload({ waitUntil: 'commit' });
      out[`memberProfiles.${council}.repeatViewMs`] = await untilCards(page);
      out[`memberProfiles.${council}.repeatViewRequests`] = apiRequests.length - first;
      if (council === 'large') {
        const queries = memberQueries();
        await page.getByLabel('Search councillors').evaluate((el) => el.setAttribute('data-bench-search', ''));
        const typed = await typeQueries(page, '[data-bench-search]', queries);
        const base = await blankPageLatencies(ctx.browser, queries);
        const paint = summary(typed.paint);
        const basePaint = summary(base.paint);
        out['memberProfiles.large.keystrokes'] = typed.paint.length;
        out['memberProfiles.large.keystrokeQueries'] = queries.length;
        out['memberProfiles.large.keystrokeMedianMs'] = paint.median;
        out['memberProfiles.large.keystrokeP95Ms'] = paint.p95;
        out['memberProfiles.large.keystrokeMaxMs'] = paint.max;
        out['memberProfiles.large.keystrokeWorkP95Ms'] = summary(typed.work).p95;
        out['memberProfiles.keystrokeBaselineP95Ms'] = basePaint.p95;
        out['memberProfiles.large.keystrokeP95VsBaseline'] = paint.p95 / basePaint.p95;
        out['memberProfiles.large.keystrokeWorkP95VsBaseline'] = summary(typed.work).p95 / summary(base.work).p95;
      }
      await context.close();
    } finally {
      await wb.stop();
    }
  }
  return out;
};

export default scenario;
