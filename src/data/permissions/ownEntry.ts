/**
 * A liaison officer may edit their own entry in Liaison Officers, and no one else's: a permission
 * on that item alone. When Democratic Services name a liaison officer (adding the entry, or
 * saving it with another officer), the entry gets permissions of its own: the list's (copied, so
 * nobody loses access), plus "Council Directory – Edit own entry" for the officer's SharePoint
 * account (the Officers list's Account, else their sign-in name). Resetting first means a
 * previous officer's permission goes with the change. SharePoint needs ManagePermissions on the
 * item for this, which Democratic Services hold on Liaison Officers (roles.ts).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import '@pnp/sp/security';
import '@pnp/sp/site-users/web';
import { LISTS } from '../lists';
import { ROLE_DEFINITIONS } from './roles';

type Row = Record<string, unknown>;

const O = LISTS.officers.fields;

/** The SharePoint user an officer signs in as: their Account, else found (ensureuser) by sign-in name or email. */
async function accountOf(sp: SPFI, officerId: number): Promise<number> {
  const officer = await sp.web.lists.getByTitle(LISTS.officers.title).items.getById(officerId).select(`${O.accountId.name}Id`, O.email.name, O.userPrincipalName.name)<Row>();
  const account = Number(officer[`${O.accountId.name}Id`]);
  if (Number.isInteger(account) && account > 0) return account;
  const signIn = [officer[O.userPrincipalName.name], officer[O.email.name]].find((v): v is string => typeof v === 'string' && v.includes('@'));
  if (!signIn) throw new Error('The officer has no SharePoint account, sign-in name or email address in the Officers list.');
  return Number((await sp.web.ensureUser(signIn)).Id);
}

/** Lets the entry's officer (and, of liaison officers, only them) edit this one entry. */
export async function grantOwnEntry(sp: SPFI, liaisonId: number, officerId: number): Promise<void> {
  const [user, level] = await Promise.all([accountOf(sp, officerId), sp.web.roleDefinitions.getByName(ROLE_DEFINITIONS.editOwnEntry.name).select('Id')<Row>()]);
  // In order, in one $batch: back to the list's permissions, a copy of them of its own, and the officer's.
  const [batched, execute] = sp.batched();
  const entry = batched.web.lists.getByTitle(LISTS.liaisonOfficers.title).items.getById(liaisonId);
  const steps = Promise.all([entry.resetRoleInheritance(), entry.breakRoleInheritance(true, false), entry.roleAssignments.add(user, Number(level.Id))]);
  await execute();
  await steps;
}
