/**
 * What the signed-in person may do, asked once and in one $batch, only when a record is reached
 * for (never in the first render's round trip): which lists they may edit (rights.ts), and for
 * the self-service parts who they are (web/currentUser) and whether SharePoint lets them ask for
 * changes (add to Change Requests) or decide them (add to Change Request Decisions). Kept small:
 * it is in the read bundles.
 */
import type { SPFI } from '@pnp/sp';
import { SPQueryable } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/site-users/web';
import { LIST_TITLES } from '../lists';
import { maskHas } from '../permissions/mask';
import { readEditRights } from '../editing/rights';
import type { EditableKind } from '../editing/kinds';
import type { EditRights } from '../editing/types';
import type { SelfService } from './types';

export interface Access {
  rights: EditRights;
  self: SelfService;
}

type Row = Record<string, unknown>;
const NOBODY: SelfService = { maySuggest: false, mayDecide: false };

const mayAdd = (r: PromiseSettledResult<Row>): boolean => r.status === 'fulfilled' && maskHas((r.value.EffectiveBasePermissions as Row | undefined) ?? r.value, 'AddListItems');

export async function readAccess(sp: SPFI, kinds: readonly EditableKind[]): Promise<Access> {
  let asked: Promise<[PromiseSettledResult<Row>, PromiseSettledResult<Row>, PromiseSettledResult<Row>]> | undefined;
  const rights = await readEditRights(sp, kinds, (batched) => {
    const perms = (title: string) => SPQueryable(batched.web.lists.getByTitle(title), 'EffectiveBasePermissions')<Row>();
    asked = Promise.allSettled([
      batched.web.currentUser.select('Id', 'Email', 'UserPrincipalName')<Row>(),
      perms(LIST_TITLES.changeRequests),
      perms(LIST_TITLES.changeRequestDecisions)
    ]);
  });
  const [me, requests, decisions] = await (asked as NonNullable<typeof asked>);
  const user = me.status === 'fulfilled' ? me.value : undefined;
  const text = (v: unknown): string | undefined => (typeof v === 'string' && v ? v : undefined);
  return {
    rights,
    self: {
      userId: typeof user?.Id === 'number' ? user.Id : undefined,
      email: text(user?.Email),
      userPrincipalName: text(user?.UserPrincipalName),
      maySuggest: mayAdd(requests),
      mayDecide: mayAdd(decisions)
    }
  };
}

/** Asks once per instance; `forget` makes the next ask go to SharePoint again (after Refresh). */
export class AccessCache {
  private pending: Promise<Access> | undefined;

  public constructor(private readonly sp: () => SPFI, private readonly kinds: readonly EditableKind[]) {}

  public get(): Promise<Access> {
    this.pending ??= readAccess(this.sp(), this.kinds).catch(() => {
      // Not known (offline, throttled): nothing for now, and the next ask tries again.
      this.pending = undefined;
      return { rights: {}, self: NOBODY };
    });
    return this.pending;
  }

  public forget(): void {
    this.pending = undefined;
  }
}
