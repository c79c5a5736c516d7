/**
 * The bytes a page really loads for each web part: the real ship bundles (release/assets), run
 * by the bench's stand-in for SharePoint's loader (tools/bench/ship), counted at the browser's
 * network layer and gzipped (level 9) as a CDN would serve them. React and the SPFx framework
 * come from SharePoint itself and are not counted.
 *
 * - <part>.firstViewBytesGzip / firstViewFiles: everything the web part fetched until it showed
 *   data (Member Profiles: its councillor cards; the Officer Directory: its first results);
 * - <part>.profileOpenBytesGzip: what opening a profile fetched on top (a councillor's profile
 *   panel; an officer's card in the officer directory);
 * - officerPage.firstViewBytesGzip: both web parts on one officer page.
 */
import * as zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchScenario } from '../context';
import { shipRoutes, SHIP_ASSETS } from '../ship/routes';
import { MEMBER_CARD, OFFICER_RESULTS } from './00-workbench';

interface Fetched {
  files: Map<string, number>;
}

/** Records every ship asset the page fetches, with its gzipped size. */
function recordAssets(page: Page): Fetched {
  const files = new Map<string, number>();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (!url.pathname.startsWith(SHIP_ASSETS)) return;
    void r.body().then((body) => files.set(url.pathname.slice(SHIP_ASSETS.length), zlib.gzipSync(body, { level: 9 }).length));
  });
  return { files };
}

const total = (f: Fetched): number => Array.from(f.files.values()).reduce((a, b) => a + b, 0);

async function shown(page: Page, selectors: string[]): Promise<void> {
  await page.waitForFunction(
    (sels) => {
      const w = window as unknown as { __shipError?: string };
      if (w.__shipError) throw new Error(w.__shipError);
      return sels.every((s) => document.querySelector(s));
    },
    selectors,
    { polling: 'raf', timeout: 60000 }
  );
  // Let chunks requested with the first paint arrive before counting.
  await page.waitForLoadState('networkidle');
}

const scenario: BenchScenario = async (ctx) => {
  const out: Record<string, number> = {};
  let siteUrl = '';
  const wb = await ctx.workbench('rugby', {
    extraRoutes: shipRoutes({
      siteUrl: () => siteUrl,
      digest: async () => {
        const r = await fetch(`${siteUrl}/_api/contextinfo`, { method: 'POST', headers: { Accept: 'application/json' } });
        return ((await r.json()) as { FormDigestValue: string }).FormDigestValue;
      }
    })
  });
  siteUrl = wb.siteUrl;
  try {
    {
      const { page, context } = await ctx.openPage(`${wb.url}_ship/page?parts=member-profiles&channel=officer-owned`);
      const fetched = recordAssets(page);
      await page.reload();
      await shown(page, [MEMBER_CARD]);
      out['memberProfiles.firstViewBytesGzip'] = total(fetched);
      out['memberProfiles.firstViewFiles'] = fetched.files.size;
      const before = total(fetched);
      await page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: /^Cllr / }).first().click();
      // (The dialog element itself has no height: Fluent positions its panel inside it.)
      await page.getByRole('dialog').getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
      out['memberProfiles.profileOpenBytesGzip'] = total(fetched) - before;
      await context.close();
    }
    {
      const { page, context } = await ctx.openPage(`${wb.url}_ship/page?parts=officer-directory`);
      const fetched = recordAssets(page);
      await page.reload();
      await shown(page, [OFFICER_RESULTS]);
      out['officerDirectory.firstViewBytesGzip'] = total(fetched);
      out['officerDirectory.firstViewFiles'] = fetched.files.size;
      const before = total(fetched);
      await page.getByRole('tab', { name: 'Officer directory' }).click();
      await page.getByRole('list', { name: 'Officers' }).getByRole('button').first().click();
      await page.waitForLoadState('networkidle');
      out['officerDirectory.profileOpenBytesGzip'] = total(fetched) - before;
      await context.close();
    }
    {
      const { page, context } = await ctx.openPage(`${wb.url}_ship/page?parts=member-profiles,officer-directory&channel=officer-owned`);
      const fetched = recordAssets(page);
      await page.reload();
      await shown(page, [MEMBER_CARD, OFFICER_RESULTS]);
      out['officerPage.firstViewBytesGzip'] = total(fetched);
      out['officerPage.firstViewFiles'] = fetched.files.size;
      await context.close();
    }
  } finally {
    await wb.stop();
  }
  return out;
};

export default scenario;
