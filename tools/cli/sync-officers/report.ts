/** The officer sync's report, in plain words for Democratic Services, HR and IT. */
import { SYNC_STATE_FILE, type OfficerSyncResult, type OfficerWrite } from '../../../src/data/sync/officers';
import type { GraphStats } from '../../tenant/graph';

const FULL_BECAUSE: Record<string, string> = {
  'first-run': 'the first run',
  asked: 'asked for with --full',
  'mappings-changed': 'the Department Mappings list has changed since the last run',
  'resync-required': 'Microsoft Graph asked for everyone to be read again',
  'state-unreadable': `Site Assets/${SYNC_STATE_FILE} could not be read`
};

const LEFT_BECAUSE: Record<string, string> = {
  disabled: 'account disabled',
  deleted: 'account deleted',
  'not-in-entra': 'no longer in Entra ID',
  'not-in-directory': 'department not in the officer directory'
};

/** The officer's fields in Democratic Services' words. */
const FIELD_WORDS: Record<string, string> = {
  givenName: 'first name', familyName: 'surname', jobTitle: 'job title', serviceAreaId: 'service area', email: 'email', phone: 'phone',
  mobile: 'mobile', location: 'location', userPrincipalName: 'sign-in name', department: 'department', status: 'status', leftOn: 'date left',
  entraId: 'link to Entra ID'
};

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

function describe(w: OfficerWrite, dryRun: boolean): string {
  if (w.kind === 'create') return `add ${w.name}`;
  if (w.kind === 'leave') return `${w.name}: ${dryRun ? 'would be marked' : 'marked'} as left (${LEFT_BECAUSE[w.reason ?? 'disabled']})`;
  const what = w.changes.map((c) => FIELD_WORDS[c.field] ?? c.field).join(', ');
  return `${w.name}: ${w.kind === 'rejoin' ? 'back, ' : ''}${what}`;
}

export function formatReport(r: OfficerSyncResult, graph: GraphStats, listLimit = 50): string {
  const out: string[] = [];
  const mode = r.mode === 'full' ? `read every user (${FULL_BECAUSE[r.fullBecause ?? 'first-run']})` : 'read the changes since the last run';
  out.push(`Officer sync from Entra ID${r.dryRun ? ' (dry run: nothing was written)' : ''}: ${mode}; ${plural(r.users, 'user')} from Microsoft Graph.`);
  out.push(`  ${r.dryRun ? 'Would add' : 'Added'} ${r.created}, ${r.dryRun ? 'would update' : 'updated'} ${r.updated}, ${r.dryRun ? 'would mark' : 'marked'} ${r.left} as left, ${r.unchanged} unchanged.`);
  const notOfficers = [
    r.skipped.guests ? plural(r.skipped.guests, 'guest') : '',
    r.skipped.notPeople ? plural(r.skipped.notPeople, 'room or shared mailbox', 'room or shared mailboxes') : '',
    r.skipped.leaversNotAdded ? `${plural(r.skipped.leaversNotAdded, 'disabled account')} not added` : '',
    r.skipped.unreadable ? `${plural(r.skipped.unreadable, 'entry', 'entries')} Graph sent that the sync could not read` : ''
  ].filter(Boolean);
  if (notOfficers.length) out.push(`  Left out: ${notOfficers.join(', ')}.`);
  if (r.notInEntra) out.push(`  ${plural(r.notInEntra, 'officer')} in the list ${r.notInEntra === 1 ? 'is' : 'are'} not in Entra ID and ${r.notInEntra === 1 ? 'was' : 'were'} left as ${r.notInEntra === 1 ? 'it is' : 'they are'}.`);
  if (r.unmappedDepartments.length) {
    out.push('  Departments not placed in a service area: add them to the Department Mappings list, then run the sync again.');
    for (const u of r.unmappedDepartments) out.push(`    ${u.department ? `"${u.department}"` : '(no department in Entra ID)'}: ${plural(u.people, 'person', 'people')}`);
  }
  if (r.problems.length) {
    out.push('  Not synced, because of details Entra ID holds (correct them there, or in the Officers list):');
    for (const p of r.problems.slice(0, listLimit)) out.push(`    ${p.name}: ${p.message}`);
    if (r.problems.length > listLimit) out.push(`    … and ${r.problems.length - listLimit} more.`);
  }
  if (r.conflictsRetried) out.push(`  ${plural(r.conflictsRetried, 'officer was', 'officers were')} changed by someone while the sync ran: read again, and their changes kept.`);
  if (r.failedWrites.length) {
    out.push('  Not written (the next run tries again):');
    for (const f of r.failedWrites.slice(0, listLimit)) out.push(`    ${f.name}: ${f.message}`);
    if (r.failedWrites.length > listLimit) out.push(`    … and ${r.failedWrites.length - listLimit} more.`);
  }
  const leavers = r.writes.filter((w) => w.kind === 'leave');
  if (leavers.length) {
    out.push('  Leavers:');
    for (const w of leavers.slice(0, listLimit)) out.push(`    ${describe(w, r.dryRun)}`);
    if (leavers.length > listLimit) out.push(`    … and ${leavers.length - listLimit} more.`);
  }
  if (r.liaisonRoles.length) {
    out.push('  Liaison roles to look at (the Officer Directory flags them for Democratic Services too):');
    for (const l of r.liaisonRoles.slice(0, listLimit)) {
      const change = l.change === 'left' ? (r.dryRun ? 'is leaving' : 'has left') : `now works in ${l.nowIn || 'another service'}`;
      out.push(`    ${l.officer} (${l.role}, ${l.service}) ${change}: choose who takes this on${l.manager ? ` (their manager is ${l.manager})` : ''}.`);
    }
  }
  if (r.dryRun && r.writes.length) {
    out.push('  Would write:');
    for (const w of r.writes.filter((x) => x.kind !== 'leave').slice(0, listLimit)) out.push(`    ${describe(w, true)}`);
    if (r.writes.length > listLimit) out.push(`    … ${r.writes.length} changes in all.`);
  }
  out.push(
    r.deltaLink
      ? `  The delta link is kept in Site Assets/${SYNC_STATE_FILE}: the next run reads only what changes.`
      : r.dryRun
        ? '  Dry run: no delta link was stored.'
        : '  No new delta link was stored, so the next run reads these changes again.'
  );
  out.push(`  Microsoft Graph: ${plural(graph.requests, 'request')}${graph.throttled ? `, asked to wait ${plural(graph.throttled, 'time')} (${Math.round(graph.waitedMs / 1000)} s in all)` : ''}; SharePoint: ${plural(r.sharePointBatches, 'batch', 'batches')} of changes.`);
  return `${out.join('\n')}\n`;
}
