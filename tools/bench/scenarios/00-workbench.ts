/**
 * The workbench's officer page (both web parts), in a fresh browser context: pageReadyMs is from
 * navigation until both web parts show data (Member Profiles its first councillor card, the
 * Officer Directory its first results), checked on every animation frame.
 */
import type { BenchScenario } from '../context';

/** A councillor card of Member Profiles, and the Officer Directory's tabs (drawn once its data is in). */
export const MEMBER_CARD = '[data-webpart="member-profiles"] ul[aria-label="All councillors"] h4, [data-webpart="member-profiles"] [data-member-id]';
export const OFFICER_RESULTS = '[data-webpart="officer-directory"] [role="tablist"]';

const scenario: BenchScenario = async (ctx) => {
  const wb = await ctx.workbench('rugby');
  try {
    const { page, context } = await ctx.openPage(wb.url);
    const ready = await page.waitForFunction(
      ([a, b]) => (document.querySelector(a) && document.querySelector(b) ? performance.now() : false),
      [MEMBER_CARD, OFFICER_RESULTS],
      { polling: 'raf', timeout: 60000 }
    );
    const ms = Math.round((await ready.jsonValue()) as number);
    await context.close();
    return { 'workbench.rugby.pageReadyMs': ms };
  } finally {
    await wb.stop();
  }
};

export default scenario;
