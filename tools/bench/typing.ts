/**
 * Real key presses into a search box, timed in the page. For every key: `work`, from the key press
 * (the keydown event's timestamp) until the page has handled the input (React 17 renders a
 * controlled input's change synchronously, so a listener on window for the same input event runs
 * after the new results are in the DOM); and `paint`, until the frame that shows them has been
 * presented (the next animation frame, then the task after it). Chromium runs with its usual
 * 60 Hz frame timing (vsync on), so `paint` includes the wait for the display's next frame that
 * every page pays; the blank-page baseline, typed the same way in the same run, shows that floor.
 */
import type { Browser, Page } from 'playwright-core';

export interface Latencies {
  work: number[];
  paint: number[];
}

export interface Summary {
  median: number;
  p95: number;
  max: number;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = values.slice().sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

export function summary(values: readonly number[]): Summary {
  const r = (v: number): number => Math.round(v * 100) / 100;
  return { median: r(quantile(values, 0.5)), p95: r(quantile(values, 0.95)), max: r(quantile(values, 1)) };
}

/**
 * Installs the probe on the input matched by `selector`. `isCurrent` (run in the page, given the
 * input) says whether the results on show are those of what is in the box; a keystroke measured
 * before its results were shown fails the bench rather than flattering it.
 */
async function installProbe(page: Page, selector: string, isCurrentSource: string): Promise<void> {
  await page.evaluate(
    ({ selector, isCurrentSource }) => {
      const w = window as unknown as { __typing: { work: number[]; paint: number[]; stale: number } };
      w.__typing = { work: [], paint: [], stale: 0 };
      const el = document.querySelector<HTMLInputElement>(selector);
      if (!el) throw new Error(`No search box matches ${selector}`);
      // eslint-disable-next-line no-new-func
      const isCurrent = new Function('input', `return (${isCurrentSource})(input);`) as (input: HTMLInputElement) => boolean;
      let pressed = 0;
      el.addEventListener('keydown', (e) => (pressed = e.timeStamp), true);
      window.addEventListener('input', (e) => {
        if (e.target !== el || el.value === '') return;
        const start = pressed;
        w.__typing.work.push(performance.now() - start);
        if (!isCurrent(el)) w.__typing.stale++;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => w.__typing.paint.push(performance.now() - start);
          channel.port2.postMessage(0);
        });
      });
    },
    { selector, isCurrentSource }
  );
}

/**
 * Types each query key by key into the box (about 9 keys a second, as a brisk typist), clearing
 * the box between queries (select all, Delete: not timed). Returns one latency per key typed.
 */
export async function typeQueries(
  page: Page,
  selector: string,
  queries: readonly string[],
  options: { isCurrent?: string; pauseMs?: number } = {}
): Promise<Latencies> {
  await installProbe(page, selector, options.isCurrent ?? '() => true');
  await page.focus(selector);
  let typed = 0;
  for (const q of queries) {
    for (const ch of q) {
      await page.keyboard.press(ch === ' ' ? 'Space' : ch);
      typed++;
      await page.waitForFunction((n) => (window as unknown as { __typing: { paint: number[] } }).__typing.paint.length >= n, typed);
      await page.waitForTimeout(options.pauseMs ?? 110);
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.waitForTimeout(150);
  }
  const result = await page.evaluate(() => (window as unknown as { __typing: { work: number[]; paint: number[]; stale: number } }).__typing);
  if (result.stale > 0) throw new Error(`${result.stale} keystrokes were measured before their results were shown.`);
  return { work: result.work, paint: result.paint };
}

/** The same keys and measurement on a blank page holding one input and a list it updates. */
export async function blankPageLatencies(browser: Browser, queries: readonly string[]): Promise<Latencies> {
  const page = await browser.newPage();
  try {
    await page.setContent('<!doctype html><label>Search <input id="q"></label><ul data-query=""></ul>');
    await page.evaluate(() => {
      const el = document.getElementById('q') as HTMLInputElement;
      const list = document.querySelector('ul') as HTMLElement;
      el.addEventListener('input', () => (list.dataset.query = el.value));
    });
    return await typeQueries(page, '#q', queries, { isCurrent: '(input) => document.querySelector("ul").dataset.query === input.value' });
  } finally {
    await page.close();
  }
}
