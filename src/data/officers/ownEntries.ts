/**
 * Which liaison officer entries the signed-in person may edit as their own. The officer is known
 * by their sign-in name (the Officers list's user principal name, else email) as the directory's
 * first read brought it; SharePoint's permissions on each such entry then say whether they may
 * edit it (the entry's own permissions, ownEntry.ts). Only those few entries are asked about, in
 * one $batch; nobody else's entries ever are.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/batching';
import { LIST_TITLES } from '../lists';
import { maskHas } from '../permissions/mask';
import type { SelfService } from '../requests/types';
import type { OfficerDirectoryBase } from './IOfficerDirectoryRepository';

type Row = Record<string, unknown>;

export async function ownLiaisonEntries(sp: SPFI, self: SelfService, base: Pick<OfficerDirectoryBase, 'liaisonOfficers' | 'liaisonContacts'>): Promise<number[]> {
  const names = [self.userPrincipalName, self.email].filter((v): v is string => !!v).map((v) => v.toLowerCase());
  if (names.length === 0) return [];
  const mine = new Set(base.liaisonContacts.filter((c) => [c.userPrincipalName, c.email].some((v) => !!v && names.includes(v.toLowerCase()))).map((c) => c.id));
  const entries = base.liaisonOfficers.filter((l) => mine.has(l.officerId)).map((l) => l.id);
  if (entries.length === 0) return [];
  const [batched, execute] = sp.batched();
  const asked = Promise.allSettled(entries.map((id) => SPQueryable(batched.web.lists.getByTitle(LIST_TITLES.liaisonOfficers).items.getById(id), 'EffectiveBasePermissions')<Row>()));
  await execute();
  return (await asked)
    .map((r, i) => (r.status === 'fulfilled' && maskHas((r.value.EffectiveBasePermissions as Row | undefined) ?? r.value, 'EditListItems') ? entries[i] : undefined))
    .filter((id): id is number => id !== undefined);
}
