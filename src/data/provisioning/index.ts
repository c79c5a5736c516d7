/**
 * Runtime provisioning: the package's lists, columns, indexes and default views made or brought up
 * to date on a site through PnPjs, from the same definitions the .sppkg carries. Idempotent: a
 * second run finds nothing to change. Used by `npm run provision` (tools/cli/provision).
 */
import type { SPFI } from '@pnp/sp';
import { applyProvisioningPlan } from './apply';
import type { ListDefinition } from './definitions';
import { planCounts, planProvisioning, type ProvisioningCounts, type ProvisioningPlan } from './plan';
import { readSiteState } from './siteState';

export * from './definitions';
export * from './plan';
export type { ListState, FieldState, ViewState } from './siteState';
export { readSiteState } from './siteState';

export interface ProvisioningResult {
  /** What was found (and, unless a dry run, done). */
  plan: ProvisioningPlan;
  counts: ProvisioningCounts;
  dryRun: boolean;
  /** Writes that failed. */
  failures: string[];
}

export async function provisionLists(sp: SPFI, definitions: readonly ListDefinition[], options: { dryRun?: boolean } = {}): Promise<ProvisioningResult> {
  const plan = planProvisioning(definitions, await readSiteState(sp, definitions));
  const counts = planCounts(plan);
  if (options.dryRun) return { plan, counts, dryRun: true, failures: [] };
  const { failures } = await applyProvisioningPlan(sp, plan);
  return { plan, counts, dryRun: false, failures };
}
