/** The provisioning report, in plain words for a council's Microsoft 365 administrator; and its --json form. */
import type { Counts, ProvisioningResult } from '../../../src/data/provisioning';
import type { GroupsResult } from '../../../src/data/provisioning/groups';
import type { TenantSettingResult } from '../../../src/data/provisioning/tenantSetting';

/** `{"lists": {...}, "fields": {...}, "indexes": {...}, "views": {...}}`, and the groups and tenant setting when asked for. */
export function provisioningJson(lists: ProvisioningResult, groups?: GroupsResult, tenant: readonly TenantSettingResult[] = []): Record<string, unknown> {
  const out: Record<string, unknown> = { ...lists.counts };
  if (groups) Object.assign(out, { groups: groups.groups, permissionLevels: groups.permissionLevels, permissions: groups.permissions });
  if (tenant.length) out.tenantSettings = tenant.map((t) => ({ key: t.key, value: t.value, action: t.action, ...(t.failure ? { failure: t.failure } : {}) }));
  return out;
}

const SETTING_WHAT: Record<string, string> = {
  CouncilDirectorySiteUrl: 'the directory site for web parts on every site',
  CouncilDirectoryKeepCacheAcrossSessions: 'whether the web parts keep what they read after the browser closes'
};

const line = (label: string, c: Counts, dryRun: boolean): string =>
  `  ${label.padEnd(18)} ${c.created} ${dryRun ? 'to create' : 'created'}, ${c.updated} ${dryRun ? 'to update' : 'updated'}, ${c.unchanged} unchanged`;

const changesOf = (changes: ReadonlyArray<{ field: string }>): string => (changes.length ? ` (${changes.map((c) => c.field).join(', ')})` : '');

function listDetails(r: ProvisioningResult): string[] {
  const out: string[] = [];
  for (const l of r.plan.lists) {
    const d = l.definition;
    const fields = l.fields.filter((f) => f.action !== 'unchanged');
    const indexes = l.indexes.filter((i) => i.action !== 'unchanged');
    const view = l.view && l.view.action !== 'unchanged' ? l.view : undefined;
    if (l.action === 'unchanged' && fields.length === 0 && indexes.length === 0 && !view) continue;
    const head = l.action === 'create' ? `${d.title} (${d.url}): new list` : l.action === 'update' ? `${d.title}: list settings${changesOf(l.changes)}` : `${d.title}:`;
    out.push(`  ${head}`);
    if (d.readSecurity === 2 && (l.action === 'create' || l.changes.some((c) => c.field === 'ReadSecurity'))) {
      out.push('    each person reads only the items they made (item-level read setting; those with Override List Behaviors read all)');
    }
    const created = fields.filter((f) => f.action === 'create').map((f) => f.definition.internalName);
    if (created.length) out.push(`    new columns: ${created.join(', ')}`);
    for (const f of fields.filter((x) => x.action === 'update')) out.push(`    column ${f.definition.internalName}${changesOf(f.changes)}`);
    const indexed = indexes.filter((i) => i.existing).map((i) => i.definition.internalName);
    if (indexed.length) out.push(`    new indexes: ${indexed.join(', ')}`);
    if (view) out.push(`    default view${l.action === 'create' ? '' : changesOf(view.changes)}`);
  }
  return out;
}

export function formatProvisioningReport(siteUrl: string, lists: ProvisioningResult, groups?: GroupsResult, tenant: readonly TenantSettingResult[] = []): string {
  const dry = lists.dryRun;
  const out: string[] = [`Council Directory lists on ${siteUrl}${dry ? ' (dry run: nothing was changed)' : ''}`, ''];
  const c = lists.counts;
  out.push(line('Lists', c.lists, dry), line('Columns', c.fields, dry), line('Indexes', c.indexes, dry), line('Default views', c.views, dry));
  if (groups) out.push(line('Permission levels', groups.permissionLevels, dry), line('Groups', groups.groups, dry), line('Permissions', groups.permissions, dry));
  out.push('');
  const details = listDetails(lists);
  const nothing = details.length === 0 && (!groups || groups.actions.length === 0) && tenant.every((t) => t.action === 'unchanged');
  if (nothing) out.push(`Nothing to change: the site already has every list, column, index and view${groups ? ', group and permission' : ''} as the package defines them.`);
  else {
    if (details.length) out.push(dry ? 'Would change:' : 'Changed:', ...details);
    if (groups?.actions.length) out.push(dry ? 'Groups and permissions that would change:' : 'Groups and permissions:', ...groups.actions.map((a) => `  ${a}`));
  }
  for (const t of tenant) {
    const what = t.action === 'unchanged' ? `is already ${t.value}` : dry ? `would be set to ${t.value}` : t.failure ? 'was not set' : `is now ${t.value}`;
    out.push(`Tenant setting ${t.key} (${SETTING_WHAT[t.key] ?? 'a setting'}): ${what}.`);
  }
  const problems = [...lists.plan.conflicts, ...lists.failures, ...(groups?.failures ?? []), ...tenant.flatMap((t) => (t.failure ? [t.failure] : []))];
  if (problems.length) out.push('', `Not done (${problems.length}):`, ...problems.map((p) => `  ${p}`));
  return `${out.join('\n')}\n`;
}
