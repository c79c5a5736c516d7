/**
 * The real package, in a browser: `gulp bundle --ship` output (the web part classes, their
 * manifests, chunks and strings, exactly as the .sppkg carries them) loaded by the bench's stand-in
 * for SharePoint's loader (tools/bench/ship) on the workbench's origin, with React and the SPFx
 * framework provided by the page as SharePoint provides them. The SPFx classes construct, read
 * their page context and properties, render both web parts with data, re-render when a property
 * changes, and dispose.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startTestWorkbench, type TestWorkbench } from '../support/browser';
import { shipRoutesFor } from '../../tools/bench/ship/routes';

const REPO = path.resolve(__dirname, '../..');
let wb: TestWorkbench;
let browser: Browser;
let groupTerms: string[];

/** The ship build, as `npm run package` makes it (its generated style typings removed after, so a later type-check never reads stale ones). */
function shipBuild(): void {
  try {
    execFileSync(process.execPath, [path.join(REPO, 'node_modules/gulp/bin/gulp.js'), 'bundle', '--ship'], { cwd: REPO, stdio: 'pipe', timeout: 240000 });
  } finally {
    removeStyleTypings(path.join(REPO, 'src'));
  }
}

function removeStyleTypings(root: string): void {
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.scss.ts')) fs.rmSync(p);
    }
  };
  walk(root);
}

beforeAll(async () => {
  let siteUrl = '';
  [wb, browser] = await Promise.all([
    startTestWorkbench({ extraRoutes: shipRoutesFor(() => siteUrl) }),
    launchBrowser(),
    Promise.resolve().then(shipBuild)
  ]);
  siteUrl = wb.siteUrl;
  const res = await fetch(`${wb.siteUrl}/_api/web/lists/getByTitle('Political Groups')/items?$select=Title,ShortName,Aliases`, {
    headers: { Accept: 'application/json;odata=nometadata', 'X-Local-User': 'owner' }
  });
  const groups = ((await res.json()) as { value: Array<{ Title: string; ShortName: string | null; Aliases: string | null }> }).value;
  groupTerms = Array.from(new Set(groups.flatMap((g) => [g.Title, g.ShortName ?? '', ...(g.Aliases ?? '').split(/\r?\n/)]).map((t) => t.trim()).filter((t) => t.length > 3)));
}, 300000);
afterAll(async () => {
  await browser?.close();
  await wb?.stop();
});

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function mounted(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const w = window as unknown as { __shipMounted?: boolean; __shipError?: string };
      if (w.__shipError) throw new Error(w.__shipError);
      return w.__shipMounted === true;
    },
    undefined,
    { timeout: 60000 }
  );
}

test('both web part classes from the package render the officer page with data, and nothing party-political', async () => {
  const { page, context, errors, apiRequests } = await openPage(browser, `${wb.url}_ship/page?parts=member-profiles,officer-directory&channel=officer-owned`);
  await mounted(page);
  await page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  await page.locator('[data-webpart="officer-directory"]').getByLabel('What do you need help with?').waitFor();
  // The SPFx classes asked SharePoint for the directory through PnPjs's SPFx behaviour: batched, no request per person.
  expect(apiRequests.length).toBeLessThanOrEqual(6);
  expect(apiRequests.filter((r) => /\/items\(\d+\)/.test(r))).toEqual([]);
  const html = await page.content();
  expect(groupTerms.filter((t) => new RegExp(`(^|[^\\p{L}\\p{N}_])${escapeRe(t)}(?![\\p{L}\\p{N}_])`, 'u').test(html))).toEqual([]);
  expect(errors.filter((e) => !/ERR_NAME_NOT_RESOLVED|Component .* is not available/.test(e))).toEqual([]);
  await context.close();
});

test('a web part class re-renders when a property changes, and disposes cleanly', async () => {
  const { page, context } = await openPage(browser, `${wb.url}_ship/page?parts=member-profiles&channel=officer-owned`);
  await mounted(page);
  await page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: 'Cllr Tom Ashby' }).waitFor();
  // As the property pane would: a site address on another tenant is refused with a plain message.
  await page.evaluate(() => {
    const wp = (window as unknown as { __shipParts: Record<string, { properties: Record<string, unknown>; render(): void }> }).__shipParts['member-profiles'];
    wp.properties.siteUrl = 'https://elsewhere.example.org/sites/directory';
    wp.render();
  });
  await page.locator('[data-webpart="member-profiles"]').getByText(/The site must be on this council/).waitFor();
  expect(await page.locator('[data-webpart="member-profiles"]').getByRole('button', { name: 'Cllr Tom Ashby' }).count()).toBe(0);
  const empty = await page.evaluate(() => {
    const parts = (window as unknown as { __shipParts: Record<string, { onDispose(): void; domElement: HTMLElement }> }).__shipParts;
    parts['member-profiles'].onDispose();
    return parts['member-profiles'].domElement.innerHTML;
  });
  expect(empty).toBe('');
  await context.close();
});
