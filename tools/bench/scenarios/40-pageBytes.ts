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
 * - officerPage.firstViewBytesGzip: both web parts on one officer page;
 * - memberProfiles.editorOpenBytesGzip: what pressing Edit on a profile fetched on top, as
 *   Democratic Services (the editor's chunks; the Officer Directory's editor is the same chunks).
 */
import * as zlib from 'node:zlib';
import type { Page } from 'playwright-core';
import type { BenchScenario } from '../context';
import { shipRoutesFor, SHIP_ASSETS } from '../ship/routes';
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
  const wb = await ctx.workbench('rugby', { extraRoutes: shipRoutesFor(() => siteUrl) });
  siteUrl = wb.siteUrl;
  /** Opens the ship page with these web parts (fresh context, empty cache) and counts its assets until all show data. */
  const firstView = async (query: string, selectors: string[], prefix: string | undefined, user?: 'democratic-services') => {
    const opened = await ctx.openPage(`${wb.url}_ship/page?${query}`, { user });
    const fetched = recordAssets(opened.page);
    // openPage has already navigated: load again with the recorder in place (the context's cache is empty).
    await opened.page.reload();
    await shown(opened.page, selectors);
    if (prefix) {
      out[`${prefix}.firstViewBytesGzip`] = total(fetched);
      out[`${prefix}.firstViewFiles`] = fetched.files.size;
    }
    return { ...opened, fetched };
  };
  /** What a step fetched on top of what was already loaded. */
  const extra = async (fetched: Fetched, page: Page, step: () => Promise<void>): Promise<number> => {
    const before = total(fetched);
    await step();
    await page.waitForLoadState('networkidle');
    return total(fetched) - before;
  };
  try {
    const members = await firstView('parts=member-profiles&channel=officer-owned', [MEMBER_CARD], 'memberProfiles');
    out['memberProfiles.profileOpenBytesGzip'] = await extra(members.fetched, members.page, async () => {
      await members.page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: /^Cllr / }).first().click();
      // (The dialog element itself has no height: Fluent positions its panel inside it.)
      await members.page.getByRole('dialog').getByRole('heading').first().waitFor();
    });
    await members.context.close();

    const editor = await firstView('parts=member-profiles&channel=officer-owned', [MEMBER_CARD], undefined, 'democratic-services');
    await editor.page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: /^Cllr / }).first().click();
    const edit = editor.page.getByRole('button', { name: /^Edit Cllr .*’s profile and memberships$/ });
    await edit.waitFor();
    await editor.page.waitForLoadState('networkidle');
    out['memberProfiles.editorOpenBytesGzip'] = await extra(editor.fetched, editor.page, async () => {
      await edit.click();
      await editor.page.getByRole('dialog', { name: /^Edit Cllr / }).getByLabel('Letters after name').waitFor();
    });
    await editor.context.close();

    const officers = await firstView('parts=officer-directory', [OFFICER_RESULTS], 'officerDirectory');
    out['officerDirectory.profileOpenBytesGzip'] = await extra(officers.fetched, officers.page, async () => {
      await officers.page.getByRole('tab', { name: 'Officer directory' }).click();
      await officers.page.getByRole('list', { name: 'Officers' }).getByRole('button').first().click();
    });
    await officers.context.close();

    const both = await firstView('parts=member-profiles,officer-directory&channel=officer-owned', [MEMBER_CARD, OFFICER_RESULTS], 'officerPage');
    await both.context.close();
  } finally {
    await wb.stop();
  }
  return out;
};

export default scenario;
