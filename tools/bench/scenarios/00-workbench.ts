/** The workbench itself: how long a page takes to show both web parts. */
import type { BenchScenario } from '../context';

const scenario: BenchScenario = async (ctx) => {
  const wb = await ctx.workbench('rugby');
  try {
    const started = Date.now();
    const { page, context } = await ctx.openPage(wb.url);
    await page.locator('[data-webpart="officer-directory"] h2').waitFor();
    const ms = Date.now() - started;
    await context.close();
    return { 'workbench.rugby.pageReadyMs': ms };
  } finally {
    await wb.stop();
  }
};

export default scenario;
