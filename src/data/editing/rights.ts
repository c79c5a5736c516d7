/**
 * Who may edit what, from SharePoint's effective permissions on each list (EditListItems and
 * AddListItems), never from a role or group name. All the lists a web part can edit are asked in
 * one $batch, once, and only when there is a record on screen an editor could act on: never in
 * the first render's round trip.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/batching';
import { LISTS } from '../lists';
import { maskHas } from '../permissions/mask';
import { KIND_LISTS, type EditableKind } from './kinds';
import type { EditRights } from './types';

/** `alongside` asks more in the same $batch (who the person is, what else they may do). */
export async function readEditRights(sp: SPFI, kinds: readonly EditableKind[], alongside?: (batched: SPFI) => void): Promise<EditRights> {
  const [batched, execute] = sp.batched();
  const asked = kinds.map((kind) =>
    SPQueryable(batched.web.lists.getByTitle(LISTS[KIND_LISTS[kind]].title), 'EffectiveBasePermissions')<Record<string, unknown>>()
  );
  alongside?.(batched);
  const settled = Promise.allSettled(asked);
  await execute();
  const rights: EditRights = {};
  (await settled).forEach((r, i) => {
    // A list that cannot be asked about (missing, or no access) cannot be edited.
    const mask = r.status === 'fulfilled' ? ((r.value.EffectiveBasePermissions as Record<string, unknown> | undefined) ?? r.value) : {};
    rights[kinds[i]] = { edit: maskHas(mask, 'EditListItems'), add: maskHas(mask, 'AddListItems') };
  });
  return rights;
}
