/**
 * `provision`: makes the directory site's lists, columns, indexes and default views from the
 * package's own definitions (sharepoint/assets), or brings them up to date; optionally the
 * SharePoint groups and permissions, and the tenant setting that points every web part at this site.
 *
 *   npm run provision -- --site URL [--groups] [--tenant-wide] [--keep-cache yes|no] [--dry-run] [--json]
 *
 * Exit codes: 0 it ran and the site is as the package defines it; 1 it ran but something could not
 * be made or changed (listed); 2 the site or the package files could not be read, or signing in
 * failed; 64 usage.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Writable } from 'node:stream';
import type { SPFI } from '@pnp/sp';
import { DefinitionError, provisionLists, readListDefinitions, type ListDefinition, type ProvisioningResult } from '../../../src/data/provisioning';
import { provisionGroups, type GroupsResult } from '../../../src/data/provisioning/groups';
import { setDirectorySiteSetting, setKeepCacheSetting, type TenantSettingResult } from '../../../src/data/provisioning/tenantSetting';
import { COMMON_OPTIONS, describeOptions, parseOptions, requireOption, type OptionSpec } from '../args';
import { EXIT, UnreadableError, UsageError } from '../exit';
import { siteClient } from '../site';
import { signInFromEnv, tokensFor, TenantSettingsError } from '../../tenant/auth';
import { isTenantSite, tenantSiteWithTokens } from '../../tenant/site';
import { formatProvisioningReport, provisioningJson } from './report';

export const DEFAULT_ASSETS = path.resolve(__dirname, '../../../sharepoint/assets');

const OPTIONS = {
  ...COMMON_OPTIONS,
  '--groups': { value: false, help: 'also make the SharePoint groups and give them their permissions' },
  '--tenant-wide': { value: false, help: 'also record this site as the directory for the web parts on every site (a tenant setting)' },
  '--keep-cache': { value: true, placeholder: 'yes|no', help: 'whether the web parts may keep what they read in the browser after it closes (a tenant setting; default no)' },
  '--app-catalog': { value: true, placeholder: 'URL', help: 'the tenant app catalogue site, for the tenant settings (default: found from the site)' },
  '--assets': { value: true, placeholder: 'FOLDER', help: 'the list definitions (default: this package\'s sharepoint/assets)' }
} as const satisfies Record<string, OptionSpec>;

export function provisionUsage(): string {
  return `Usage: npm run provision -- --site URL [--groups] [--tenant-wide] [--keep-cache yes|no] [--dry-run] [--json]

Makes the Council Directory lists on the directory site, with every column, index and default
view, from the same definitions the app package carries; on a site that already has them it
adds what is missing and corrects what differs. Nothing is deleted: columns, lists, choices and
items the package does not define are left alone. Run it again at any time: when the site is
up to date it changes nothing and says so.

Options:
${describeOptions(OPTIONS)}

Signing in (a Microsoft 365 tenant; the local server needs none):
  ENTRA_TENANT_ID                 the tenant (directory) ID, or its domain
  ENTRA_CLIENT_ID                 the app registration's application (client) ID
  and, for automation, a certificate:
  ENTRA_CERTIFICATE_PRIVATE_KEY   the certificate's private key, as PEM text (not a file name)
  ENTRA_CERTIFICATE_THUMBPRINT    its SHA-256 thumbprint
  Without a certificate you sign in as yourself: the command shows a code to enter at
  https://microsoft.com/devicelogin. Settings are read from the environment only.
For the local server, LOCAL_USER (default owner).

--json prints {"lists": {"created", "updated", "unchanged"}, "fields": {…}, "indexes": {…}, "views": {…}}
(with --groups also "groups", "permissionLevels" and "permissions"; with --tenant-wide or
--keep-cache also "tenantSettings").

Exit codes: 0 the site is as the package defines it; 1 something could not be made or changed
(see the report); 2 the site or the definitions could not be read, or signing in failed; 64 usage.
`;
}

export interface ProvisionIo {
  stdout: Writable;
  stderr: Writable;
}

export function loadDefinitions(folder: string): ListDefinition[] {
  const read = (name: string): string => fs.readFileSync(path.join(folder, name), 'utf8');
  let elements: string;
  try {
    elements = read('elements.xml');
  } catch {
    throw new UnreadableError(`the list definitions could not be read: there is no elements.xml in ${folder}.`);
  }
  try {
    return readListDefinitions(elements, read);
  } catch (e) {
    if (e instanceof DefinitionError) throw new UnreadableError(`the list definitions could not be read: ${e.message}`);
    throw e;
  }
}

/** The site client: the local server as the acting user, or a tenant site signed in from the environment. */
function connect(site: string, io: ProvisionIo, env: NodeJS.ProcessEnv): { sp: SPFI; siteUrl: string; local: boolean; forUrl: (url: string) => SPFI } {
  if (!isTenantSite(site)) {
    const c = siteClient(site, env);
    return { sp: c.sp, siteUrl: c.siteUrl, local: true, forUrl: (url) => siteClient(url, env).sp };
  }
  let tokens: ReturnType<typeof tokensFor>;
  try {
    tokens = tokensFor(signInFromEnv(env), (message) => io.stderr.write(`${message}\n`));
  } catch (e) {
    if (e instanceof TenantSettingsError) throw new UnreadableError(e.message);
    throw e;
  }
  const siteUrl = site.replace(/\/+$/, '');
  return { sp: tenantSiteWithTokens(siteUrl, tokens), siteUrl, local: false, forUrl: (url) => tenantSiteWithTokens(url, tokens) };
}

const unreadable = (siteUrl: string, e: unknown): UnreadableError => {
  if (e instanceof TenantSettingsError) return new UnreadableError(e.message);
  const status = (e as { status?: number }).status;
  if ((e as Error).name === 'TypeError' && status === undefined) return new UnreadableError(`the site ${siteUrl} could not be reached: check the address (and, for the local server, that npm start is running).`);
  const hint = status === 401 || status === 403 ? ' Check that you are a site owner (or that the app has full control of the site).' : '';
  return new UnreadableError(`the site ${siteUrl} could not be read: ${(e as Error).message.split('\n')[0]}${hint}`);
};

export async function provisionCommand(argv: readonly string[], io: ProvisionIo, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const parsed = parseOptions(argv, OPTIONS);
  if (parsed.help) {
    io.stdout.write(provisionUsage());
    return EXIT.ok;
  }
  const site = requireOption(parsed, '--site', 'URL (the directory site, e.g. --site http://localhost:4321/sites/council)');
  const dryRun = parsed.options['--dry-run'] === true;
  const keepText = parsed.options['--keep-cache'];
  if (typeof keepText === 'string' && !/^(yes|no)$/i.test(keepText)) throw new UsageError(`--keep-cache must be yes or no (got "${keepText}").`);
  const keep = typeof keepText === 'string' ? keepText.toLowerCase() === 'yes' : undefined;
  const definitions = loadDefinitions(typeof parsed.options['--assets'] === 'string' ? path.resolve(parsed.options['--assets']) : DEFAULT_ASSETS);
  const { sp, siteUrl, forUrl } = connect(site, io, env);

  let lists: ProvisioningResult;
  try {
    lists = await provisionLists(sp, definitions, { dryRun });
  } catch (e) {
    throw unreadable(siteUrl, e);
  }
  let groups: GroupsResult | undefined;
  if (parsed.options['--groups'] === true) {
    try {
      groups = await provisionGroups(sp, { dryRun });
    } catch (e) {
      throw unreadable(siteUrl, e);
    }
  }
  const tenantSettings: TenantSettingResult[] = [];
  const catalog = typeof parsed.options['--app-catalog'] === 'string' ? parsed.options['--app-catalog'] : undefined;
  const settingOptions = { dryRun, appCatalog: catalog ? forUrl(catalog.replace(/\/+$/, '')) : undefined };
  if (parsed.options['--tenant-wide'] === true) tenantSettings.push(await setDirectorySiteSetting(sp, siteUrl, settingOptions));
  if (keep !== undefined) tenantSettings.push(await setKeepCacheSetting(sp, keep, settingOptions));

  if (parsed.options['--json'] === true) io.stdout.write(`${JSON.stringify(provisioningJson(lists, groups, tenantSettings))}\n`);
  else io.stdout.write(formatProvisioningReport(siteUrl, lists, groups, tenantSettings));
  const trouble = lists.plan.conflicts.length + lists.failures.length + (groups?.failures.length ?? 0) + tenantSettings.filter((t) => t.failure).length;
  return trouble > 0 ? EXIT.found : EXIT.ok;
}
