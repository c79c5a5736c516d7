/**
 * A list's item-level read setting (SP.List.ReadSecurity), enforced in one place: 1 lets everyone
 * who can view items read them all; 2 lets each person read only the items they created (Author),
 * as SharePoint enforces on every read: collections leave the others out, and an item that is not
 * theirs answers as one that does not exist. People with Override List Behaviors (SharePoint's
 * CancelCheckout, 0x100 in Low) on the list read them all, and so do site collection
 * administrators (their mask is Full Control).
 */
import { Errors } from '../http/errors';
import type { ApiRequest } from '../http/types';
import type { ListMeta } from '../store/db';
import type { Row } from '../store/items';
import { maskOf } from '../../../src/data/permissions/mask';

/** The values SharePoint accepts for each setting. */
export const READ_SECURITY = [1, 2] as const;
export const WRITE_SECURITY = [1, 2, 4] as const;

const OVERRIDE_LIST_BEHAVIORS = maskOf(['CancelCheckout']).Low;

export const readSecurityOf = (list: ListMeta): number => Number(list.props.ReadSecurity ?? 1);

/** The author the acting user's reads of this list are narrowed to, or undefined when they read every item. */
export function ownItemsOnly(req: Pick<ApiRequest, 'user' | 'perms'>, list: ListMeta): number | undefined {
  if (readSecurityOf(list) !== 2) return undefined;
  if (((req.perms(list).Low >>> 0) & OVERRIDE_LIST_BEHAVIORS) !== 0) return undefined;
  return req.user.id;
}

/** The SQL condition (and its parameter) that keeps a query to the items the user may read; none when they read all. */
export function readScopeSql(req: Pick<ApiRequest, 'user' | 'perms'>, list: ListMeta): { where: string; params: number[] } | undefined {
  const author = ownItemsOnly(req, list);
  return author === undefined ? undefined : { where: 'Author = ?', params: [author] };
}

/** An item someone else created, on a list where the user reads only their own: SharePoint's "Item does not exist". */
export function requireReadable(req: Pick<ApiRequest, 'user' | 'perms'>, list: ListMeta, row: Row): void {
  const author = ownItemsOnly(req, list);
  if (author !== undefined && Number(row.Author) !== author) throw Errors.itemNotFound();
}

/** ReadSecurity and WriteSecurity in a list's body must be values SharePoint has; anything else is refused, naming the field. */
export function checkSecuritySettings(body: Record<string, unknown>): void {
  for (const [key, allowed] of [['ReadSecurity', READ_SECURITY], ['WriteSecurity', WRITE_SECURITY]] as const) {
    const k = Object.keys(body).find((x) => x.toLowerCase() === key.toLowerCase());
    if (k === undefined) continue;
    const v = body[k];
    if (typeof v !== 'number' || !(allowed as readonly number[]).includes(v)) {
      throw Errors.badRequest(`The property '${key}' must be one of ${allowed.join(', ')}; ${JSON.stringify(v)} is not a ${key} setting SharePoint has.`,
        '-2147024809, System.ArgumentException');
    }
  }
}
