/**
 * Member Profiles on the members' page of the local workbench, in a fresh browser context (empty
 * cache), for Rugby (42 councillors) and a large council (200): API requests counted by the
 * browser until the directory shows its cards, and the time from navigation to that moment; then
 * a reload within the cache lifetime (requests again), and how long one keystroke in the search
 * box takes to update the results at the large council's size.
 */
import type { Page } from 'playwright-core';
import type { BenchScenario } from '../context';

const CARDS = '[data-webpart="member-profiles"] ul[aria-label="All councillors"] h4';

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

/** Median time of a search keystroke: from the input event to React having committed the new results. */
async function searchKeystrokeMs(page: Page): Promise<number> {
  return page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-webpart="member-profiles"] input[type="search"]');
    if (!input) throw new Error('No search box');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
    const times: number[] = [];
    for (const text of ['p', 'pl', 'pla', 'plan', 'plann', 'planni', 'plannin', 'planning', '', 'h', 'ho', 'hou', 'hous', '']) {
      const started = performance.now();
      setValue.call(input, text);
      input.dispatchEvent(new Event('input', { bubbles: true }));
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    return Math.round(times[Math.floor(times.length / 2)] * 100) / 100;
  });
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
      out[`memberProfiles.${council}.cards`] = await page.locator(CARDS).count();

      await page.reload({ waitUntil: 'commit' });
      out[`memberProfiles.${council}.repeatViewMs`] = await untilCards(page);
      out[`memberProfiles.${council}.repeatViewRequests`] = apiRequests.length - first;
      if (council === 'rugby') out['memberProfiles.repeatViewRequests'] = apiRequests.length - first;
      if (council === 'large') out['memberProfiles.large.searchKeystrokeMs'] = await searchKeystrokeMs(page);
      await context.close();
    } finally {
      await wb.stop();
    }
  }
  return out;
};

export default scenario;
