/**
 * The Officer Directory, for Rugby (300 officers) and a large council (20,000):
 *
 * - firstResultsRequests / firstResultsMs: a fresh browser context (empty cache) from navigation
 *   until the directory's first results are painted (the liaison officer finder, ready to type
 *   into), and the API requests the page had made by then (counted in the page, at fetch);
 * - large.allOfficersMs / allOfficersRequests, large.thresholdErrors: until all 20,000 officers are
 *   loaded, and the responses (or $batch parts) that were the list view threshold error;
 * - large.jsHeapMB: the page's JavaScript heap once every officer is in the index;
 * - large.keystroke{Median,P95,Max}Ms: real key presses into "Search officers" at 20,000 officers,
 *   in Chromium with its usual frame timing (vsync on): at least 100 distinct queries from the
 *   demo data (full names, surnames, prefixes, typos, job titles, services, topics), every
 *   character typed, from the key press until the frame showing its results was presented; the
 *   index's memory of recent searches and its narrowing from the last search are turned off, so
 *   every timed keystroke is a real search (keystrokeCacheHitShare, which must be 0, counts any
 *   that were not); keystrokeWork*Ms: from the key press until the page had the results in the DOM;
 * - keystrokeBaseline*: the same keys on a blank page in the same browser, in the same run, and
 *   *VsBaseline: the ratios, which survive a busy machine better than the absolute times.
 */
import type { Browser, Page } from 'playwright-core';
import type { BenchScenario } from '../context';
import { officerDirectoryFirstResultsProbe } from '../../../tests/support/officerDirectoryProbe';
import { corpusOf } from '../search/measure';
import { labelledQueries } from '../search/queries';
import { blankPageLatencies, summary, typeQueries } from '../typing';

const PATH = 'officer-directory';
/** The officer search box, found by its label as a person finds it, and marked for the probe. */
const SEARCH_BOX = '[data-bench-search]';
/** At least 100 distinct queries; long ones are typed up to this many characters. */
const QUERIES = 110;
const MAX_CHARS = 12;

interface Opened {
  page: Page;
  apiRequests: string[];
  thresholdErrors: () => number;
  close: () => Promise<void>;
}

/** Like tests/support/browser's openPage, but with init scripts installed before the page's own scripts run. */
async function open(browser: Browser, url: string, user: string, initScripts: Array<() => void> = []): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
  await context.addCookies([{ name: 'local-user', value: user, domain: new URL(url).hostname, path: '/' }]);
  await context.addInitScript(officerDirectoryFirstResultsProbe);
  for (const s of initScripts) await context.addInitScript(s);
  const page = await context.newPage();
  const apiRequests: string[] = [];
  let threshold = 0;
  const pending: Array<Promise<void>> = [];
  page.on('request', (r) => {
    if (r.url().includes('/_api/')) apiRequests.push(`${r.method()} ${r.url()}`);
  });
  page.on('response', (r) => {
    if (!r.url().includes('/_api/')) return;
    pending.push(
      r.text().then(
        (body) => {
          // A threshold error is a 500 on its own, or a part of a $batch.
          threshold += (body.match(/SPQueryThrottledException/g) ?? []).length;
        },
        () => undefined
      )
    );
  });
  await page.goto(url);
  return {
    page,
    apiRequests,
    thresholdErrors: () => threshold,
    close: async () => {
      await Promise.all(pending);
      await context.close();
    }
  };
}

/** When the first results were painted (ms since navigation) and the API requests made for them. */
async function firstResults(page: Page): Promise<{ ms: number; requests: number }> {
  await page.waitForFunction(() => (window as unknown as { __odFirstResults?: number }).__odFirstResults !== undefined, undefined, { timeout: 120000 });
  return page.evaluate(() => {
    const w = window as unknown as { __odFirstResults: number; __odFirstRequests: number };
    return { ms: Math.round(w.__odFirstResults), requests: w.__odFirstRequests };
  });
}

async function untilAllOfficers(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Officer directory' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-webpart="officer-directory"] [role="progressbar"]'), undefined, { timeout: 180000 });
}

/** Every timed search is searched for real: the index remembers nothing, and counts what it did. */
function noSearchMemory(): void {
  (window as unknown as { __officerIndexBench: unknown }).__officerIndexBench = {
    options: { remember: false },
    stats: { searches: 0, remembered: 0, narrowed: 0 }
  };
}

interface IndexStats {
  searches: number;
  remembered: number;
  narrowed: number;
}
const readStats = (page: Page): Promise<IndexStats> =>
  page.evaluate(() => ({ ...(window as unknown as { __officerIndexBench: { stats: IndexStats } }).__officerIndexBench.stats }));

/** What a person types: the labelled queries in plain keys (no accents), up to MAX_CHARS each. */
export function typedQueries(count = QUERIES): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const q of labelledQueries(corpusOf())) {
    const keys = q.text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9 '-]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, MAX_CHARS)
      .trim();
    if (keys && !seen.has(keys)) {
      seen.add(keys);
      out.push(keys);
    }
  }
  // Spread over every kind of query, in a fixed order.
  const step = out.length / count;
  return out.length <= count ? out : Array.from({ length: count }, (_v, i) => out[Math.floor(i * step)]);
}

const scenario: BenchScenario = async (ctx) => {
  const out: Record<string, number> = {};

  const rugby = await ctx.workbench('rugby');
  try {
    const o = await open(ctx.browser, rugby.url + PATH, 'councillor');
    const first = await firstResults(o.page);
    out['officerDirectory.rugby.firstResultsMs'] = first.ms;
    out['officerDirectory.rugby.firstResultsRequests'] = first.requests;
    await o.close();
  } finally {
    await rugby.stop();
  }

  const large = await ctx.workbench('large');
  try {
    const o = await open(ctx.browser, large.url + PATH, 'officer', [noSearchMemory]);
    const first = await firstResults(o.page);
    out['officerDirectory.large.firstResultsMs'] = first.ms;
    out['officerDirectory.large.firstResultsRequests'] = first.requests;
    await untilAllOfficers(o.page);
    out['officerDirectory.large.allOfficersMs'] = await o.page.evaluate(() => Math.round(performance.now()));
    const count = await o.page.locator('ul[data-query]').getAttribute('data-count');
    if (count !== '20000') throw new Error(`Expected 20,000 officers in the directory, found ${count}.`);
    out['officerDirectory.large.allOfficersRequests'] = o.apiRequests.length;
    out['officerDirectory.large.jsHeapMB'] = await o.page.evaluate(() => {
      const m = (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory;
      return m ? Math.round(m.usedJSHeapSize / 1e5) / 10 : -1;
    });
    // Let the page settle (photos, the index's warm-up when idle), as a person would look before typing.
    await o.page.waitForTimeout(1500);

    const queries = typedQueries();
    await o.page.getByLabel('Search officers').evaluate((el) => el.setAttribute('data-bench-search', ''));
    const before = await readStats(o.page);
    const typed = await typeQueries(o.page, SEARCH_BOX, queries, {
      isCurrent: '(input) => { const l = document.querySelector("[data-webpart=\\"officer-directory\\"] ul[data-query]"); return !!l && l.dataset.query === input.value; }'
    });
    const after = await readStats(o.page);
    await o.close();
    out['officerDirectory.large.thresholdErrors'] = o.thresholdErrors();

    const searches = after.searches - before.searches;
    if (searches < typed.paint.length) throw new Error(`Only ${searches} searches for ${typed.paint.length} keystrokes: some keystrokes never searched.`);
    out['officerDirectory.large.keystrokes'] = typed.paint.length;
    out['officerDirectory.large.keystrokeQueries'] = queries.length;
    out['officerDirectory.large.keystrokeCacheHitShare'] = (after.remembered - before.remembered + after.narrowed - before.narrowed) / searches;
    const paint = summary(typed.paint);
    const work = summary(typed.work);
    out['officerDirectory.large.keystrokeMedianMs'] = paint.median;
    out['officerDirectory.large.keystrokeP95Ms'] = paint.p95;
    out['officerDirectory.large.keystrokeMaxMs'] = paint.max;
    out['officerDirectory.large.keystrokeWorkMedianMs'] = work.median;
    out['officerDirectory.large.keystrokeWorkP95Ms'] = work.p95;

    const base = await blankPageLatencies(ctx.browser, queries);
    const basePaint = summary(base.paint);
    const baseWork = summary(base.work);
    out['officerDirectory.keystrokeBaselineMedianMs'] = basePaint.median;
    out['officerDirectory.keystrokeBaselineP95Ms'] = basePaint.p95;
    out['officerDirectory.keystrokeBaselineWorkP95Ms'] = baseWork.p95;
    out['officerDirectory.large.keystrokeP95VsBaseline'] = paint.p95 / basePaint.p95;
    out['officerDirectory.large.keystrokeWorkP95VsBaseline'] = work.p95 / baseWork.p95;
  } finally {
    await large.stop();
  }
  return out;
};

export default scenario;
