/**
 * The neutrality screen's engine (its rules, word lists and the look-alike table) is the largest
 * single piece of the read path, so it is a chunk of its own: a web part starts loading it as it
 * starts reading the directory, in parallel with the first request, and nothing on an officer
 * page is shown before it has arrived. If it cannot be loaded, the read fails: text is never
 * shown unscreened.
 */
import type { Screener, ScreenerOptions } from '../../domain/neutrality/screening/types';

export type CreateScreener = (options?: ScreenerOptions) => Screener;

let engine: Promise<CreateScreener> | undefined;

export function loadScreening(): Promise<CreateScreener> {
  engine ??= import(/* webpackChunkName: 'neutrality-screening' */ '../../domain/neutrality/screening/screener').then(
    (m) => m.createScreener,
    (e: unknown) => {
      // A failed load (the network, say) is tried again next time rather than remembered.
      engine = undefined;
      throw e;
    }
  );
  return engine;
}
