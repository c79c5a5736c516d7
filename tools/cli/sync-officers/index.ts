/**
 * `sync-officers`: Entra ID → the Officers list, by Microsoft Graph delta query.
 *
 *   npm run sync-officers -- --site URL [--graph URL] [--full] [--dry-run] [--json]
 *
 * Exit codes: 0 it ran and every user it read is in step; 1 it ran but some people could not be
 * synced (a department not mapped to a service area, details Entra ID holds that the directory
 * cannot take, or a write that failed); 2 Graph or the site could not be read, or the site lacks a
 * list or column the sync needs (nothing is written then); 64 usage.
 */
import type { Writable } from 'node:stream';
import { syncOfficers, SyncSetupError, GraphRequestError, SYNC_STATE_FILE, type OfficerSyncResult } from '../../../src/data/sync/officers';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError } from '../exit';
import { siteClient } from '../site';
import { tenantSettingsFromEnv, tenantTokens, TenantSettingsError } from '../../tenant/auth';
import { GRAPH_V1, GraphClient, graphToken, isLocalGraph } from '../../tenant/graph';
import { isTenantSite, tenantSite } from '../../tenant/site';
import { formatReport } from './report';

const OPTIONS = {
  ...COMMON_OPTIONS,
  '--graph': { value: true, placeholder: 'URL', help: 'Microsoft Graph (default https://graph.microsoft.com/v1.0; for the local server, its /graph/v1.0)' },
  '--full': { value: false, help: 'read every user, not only the changes since the last run' }
} as const satisfies Record<string, OptionSpec>;

export function syncOfficersUsage(): string {
  return `Usage: npm run sync-officers -- --site URL [--graph URL] [--full] [--dry-run] [--json]

Brings the Officers list up to date from Entra ID through Microsoft Graph. The first run reads every
user; later runs read only the changes since the last one (the delta link is kept in the site's
Site Assets library, in ${SYNC_STATE_FILE}). Starters are added, changes are made, and leavers
(disabled or deleted accounts) are marked as left, never deleted. Photos, the politically restricted
post flag, accounts and liaison roles are never changed. Departments are placed in service areas
through the Department Mappings list; the ones it does not cover are reported.

Options:
${describeOptions(OPTIONS)}

Signing in (a tenant; the local Graph needs none): ENTRA_TENANT_ID, ENTRA_CLIENT_ID, and
ENTRA_CERTIFICATE_PRIVATE_KEY with ENTRA_CERTIFICATE_THUMBPRINT (SharePoint needs a certificate),
or ENTRA_CLIENT_SECRET for Graph alone. For the local server, LOCAL_USER (default owner).

--json prints {"users", "created", "updated", "left", "unchanged", "unmappedDepartments": [...], "deltaLink"}.

Exit codes: 0 everyone is in step; 1 some people could not be synced (see the report); 2 Graph or
the site could not be read, or the site is missing a list or column the sync needs; 64 usage.
`;
}

export interface SyncIo {
  stdout: Writable;
  stderr: Writable;
}

/** The `--json` shape the issue asks for, exactly. */
export function jsonSummary(r: OfficerSyncResult): Record<string, unknown> {
  return {
    users: r.users, created: r.created, updated: r.updated, left: r.left, unchanged: r.unchanged,
    unmappedDepartments: r.unmappedDepartments.map((u) => u.department), deltaLink: r.deltaLink
  };
}

export async function syncOfficersCommand(argv: readonly string[], io: SyncIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, OPTIONS);
  if (parsed.help) {
    io.stdout.write(syncOfficersUsage());
    return EXIT.ok;
  }
  const site = requireOption(parsed, '--site', 'the directory site, e.g. --site http://localhost:4321/sites/council');
  const local = !isTenantSite(site);
  const graphBase = typeof parsed.options['--graph'] === 'string' ? parsed.options['--graph'] : local ? `${new URL(site).origin}/graph/v1.0` : GRAPH_V1;
  let tenant: ReturnType<typeof tenantSettingsFromEnv> | undefined;
  try {
    if (!local || !isLocalGraph(graphBase)) tenant = tenantSettingsFromEnv(env);
  } catch (e) {
    if (e instanceof TenantSettingsError) throw new UnreadableError(e.message);
    throw e;
  }
  const sp = local ? siteClient(site, env).sp : tenantSite(site, tenant!);
  const graph = new GraphClient({ base: graphBase, token: graphToken(graphBase, tenant ? () => tenantTokens(tenant!) : undefined) });

  let result: OfficerSyncResult;
  try {
    result = await syncOfficers(sp, graph, { dryRun: parsed.options['--dry-run'] === true, full: parsed.options['--full'] === true });
  } catch (e) {
    if (e instanceof SyncSetupError || e instanceof GraphRequestError || e instanceof TenantSettingsError) throw new UnreadableError(e.message);
    const status = (e as { status?: unknown }).status;
    if (typeof status === 'number' || e instanceof TypeError) throw new UnreadableError(`the site ${site} could not be read: ${(e as Error).message}`);
    throw e;
  }
  if (parsed.options['--json'] === true) io.stdout.write(`${JSON.stringify(jsonSummary(result))}\n`);
  else io.stdout.write(formatReport(result, graph.stats));
  const trouble = result.problems.length > 0 || result.unmappedDepartments.length > 0 || result.failedWrites.length > 0;
  return trouble ? EXIT.found : EXIT.ok;
}
