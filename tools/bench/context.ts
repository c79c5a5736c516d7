/** What every bench scenario gets: a browser and a way to start the workbench with a council. */
import type { Browser } from 'playwright-core';
import type { OpenedPage, TestWorkbench } from '../../tests/support/browser';
import type { WorkbenchOptions } from '../../local/start';

export interface BenchContext {
  browser: Browser;
  /** Starts a throwaway workbench (in-memory site) with the council loaded. */
  workbench(council: 'rugby' | 'large', options?: { extraRoutes?: WorkbenchOptions['extraRoutes'] }): Promise<TestWorkbench>;
  openPage(url: string, options?: { user?: 'officer' | 'councillor' | 'democratic-services' | 'owner' }): Promise<OpenedPage>;
}

/** A scenario measures one web part and returns flat figures, e.g. {"memberProfiles.rugby.firstRenderMs": 310}. */
export type BenchScenario = (ctx: BenchContext) => Promise<Record<string, number>>;
