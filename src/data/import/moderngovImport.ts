/**
 * The ModernGov import, end to end and browser-safe: read the site, plan against it, and (unless
 * it is a dry run) write the valid changes. The command line and, later, the web part call this.
 */
import type { SPFI } from '@pnp/sp';
import type { ChannelPolicy } from '../../domain/neutrality/channelSchemas';
import { createScreener } from '../../domain/neutrality/screening/screener';
import { planCounts } from '../sync/plan';
import type { ImportProblem, ModernGovAnswers } from './moderngov/council';
import { readCouncil } from './moderngov/council';
import { planImport, type ImportPlan } from './plan';
import { readSite, type SiteData } from './site';
import { writePlan, type WriteSummary } from './write';

export type Counts = { create: number; update: number; unchanged: number };

/** The `--json` shape the command prints. */
export interface ImportSummary {
  source: string;
  wards: Counts;
  groups: Counts;
  members: Counts;
  bodies: Counts;
  memberships: Counts;
  vacancies: number;
  problems: ImportProblem[];
}

export function summaryOf(plan: ImportPlan, written?: WriteSummary): ImportSummary {
  return {
    source: plan.source,
    wards: planCounts(plan.wards),
    groups: planCounts(plan.groups),
    members: planCounts(plan.members),
    bodies: planCounts(plan.bodies),
    memberships: planCounts(plan.memberships),
    vacancies: plan.vacancies,
    problems: [...plan.problems, ...(written?.problems ?? [])]
  };
}

/** The neutrality screen for the council's groups. */
export function policyForGroups(groups: ReadonlyArray<{ name: string; shortName?: string; aliases?: readonly string[] }>): ChannelPolicy {
  return { screener: createScreener({ groups: groups.map((g) => ({ name: g.name, shortName: g.shortName, aliases: [...(g.aliases ?? [])] })) }) };
}

/** The screen knows the council's groups, including those this import is about to create. */
export function policyFor(site: SiteData, plan?: ImportPlan): ChannelPolicy {
  return policyForGroups([...site.groups.map((g) => g.record), ...(plan?.groups.create ?? [])]);
}

export interface ImportOptions {
  today: string;
  dryRun: boolean;
}

export interface ImportResult {
  plan: ImportPlan;
  site: SiteData;
  written?: WriteSummary;
  summary: ImportSummary;
}

export async function importModernGov(sp: SPFI, answers: ModernGovAnswers, options: ImportOptions): Promise<ImportResult> {
  const site = await readSite(sp);
  const council = readCouncil(answers, { today: options.today });
  const plan = planImport(council, site, { today: options.today });
  if (options.dryRun) return { plan, site, summary: summaryOf(plan) };
  const written = await writePlan(sp, plan, policyFor(site, plan));
  return { plan, site, written, summary: summaryOf(plan, written) };
}
