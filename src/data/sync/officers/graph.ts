/**
 * What the officer sync asks Microsoft Graph for, and how it reads the answers: the user
 * properties it selects, the zod schema of a user at that boundary, and paging by
 * `@odata.nextLink` until a page carries `@odata.deltaLink` (or no link at all).
 * The HTTP client (authentication, throttling) is handed in as a GraphSource; this code only
 * knows Graph's shapes, so it runs in a browser as well as in the command.
 */
import { z } from 'zod';

/** The user properties the sync reads (Graph's names). */
export const USER_SELECT = [
  'id', 'displayName', 'givenName', 'surname', 'jobTitle', 'department', 'officeLocation', 'businessPhones',
  'mobilePhone', 'mail', 'userPrincipalName', 'accountEnabled', 'employeeType'
] as const;

/** `/users` with the manager expanded, the largest page Graph allows (999). */
export const USERS_QUERY = `/users?$select=${USER_SELECT.join(',')}&$expand=manager($select=id,displayName)&$top=999`;
/** A delta link that starts from now ("sync from now"): no users, just the link for next time. */
export const LATEST_DELTA_QUERY = `/users/delta?$select=${USER_SELECT.join(',')},manager&$deltatoken=latest`;

/** Fetches one Graph URL (absolute, or a path under the Graph base) and returns its JSON; handles throttling itself. */
export interface GraphSource {
  get(pathOrUrl: string): Promise<unknown>;
}

/** Graph answered with an error (after any retries the source makes). */
export class GraphRequestError extends Error {
  public constructor(
    public readonly status: number,
    public readonly code: string,
    message: string,
    /** 410 Gone carries where to start again. */
    public readonly location?: string
  ) {
    super(message);
    this.name = 'GraphRequestError';
  }
}

const text = z.string().nullable().optional();
const ref = z.object({ id: z.string(), displayName: text, '@removed': z.object({ reason: z.string() }).passthrough().optional() }).passthrough();

/** A user as /users or /users/delta returns it; unknown annotations pass through. */
export const graphUserSchema = z
  .object({
    id: z.string().min(1),
    displayName: text,
    givenName: text,
    surname: text,
    jobTitle: text,
    department: text,
    officeLocation: text,
    businessPhones: z.array(z.string()).nullable().optional(),
    mobilePhone: text,
    mail: text,
    userPrincipalName: text,
    accountEnabled: z.boolean().nullable().optional(),
    employeeType: text,
    manager: ref.nullable().optional(),
    'manager@delta': z.array(ref).optional(),
    '@removed': z.object({ reason: z.string() }).passthrough().optional()
  })
  .passthrough();
export type GraphUser = z.infer<typeof graphUserSchema>;

const pageSchema = z
  .object({
    value: z.array(z.unknown()),
    '@odata.nextLink': z.string().optional(),
    '@odata.deltaLink': z.string().optional()
  })
  .passthrough();

export interface GraphRead {
  /** Users in the order Graph gave them; for delta, one entry per id (the last one Graph sent wins). */
  users: GraphUser[];
  /** Ids Graph reported as removed (`@removed`: deleted, or moved to deleted items). */
  removed: string[];
  /** Entries that were not users as the sync understands them (reported, never guessed). */
  unreadable: number;
  deltaLink?: string;
  pages: number;
}

/** Reads every page from `first`, following `@odata.nextLink` exactly as given. */
export async function readAllPages(source: GraphSource, first: string): Promise<GraphRead> {
  const byId = new Map<string, GraphUser>();
  const removed = new Set<string>();
  let unreadable = 0;
  let pages = 0;
  let url: string | undefined = first;
  let deltaLink: string | undefined;
  while (url) {
    const parsed = pageSchema.safeParse(await source.get(url));
    if (!parsed.success) throw new GraphRequestError(200, 'unexpectedResponse', 'Microsoft Graph sent a page of users the sync cannot read.');
    pages++;
    for (const raw of parsed.data.value) {
      const u = graphUserSchema.safeParse(raw);
      if (!u.success) {
        unreadable++;
        continue;
      }
      // The same user can appear more than once in a delta round; the latest entry is its state.
      byId.delete(u.data.id);
      removed.delete(u.data.id);
      if (u.data['@removed']) removed.add(u.data.id);
      else byId.set(u.data.id, u.data);
    }
    deltaLink = parsed.data['@odata.deltaLink'] ?? deltaLink;
    url = parsed.data['@odata.nextLink'];
  }
  return { users: [...byId.values()], removed: [...removed], unreadable, deltaLink, pages };
}

/** The manager a user record names: `manager` from /users, or `manager@delta` from delta (a removed entry means none). */
export function managerOf(user: GraphUser): { id: string; displayName?: string } | undefined {
  if (user['manager@delta']) {
    const alive = user['manager@delta'].filter((m) => !m['@removed']);
    const last = alive[alive.length - 1];
    return last ? { id: last.id, ...(last.displayName ? { displayName: last.displayName } : {}) } : undefined;
  }
  const m = user.manager;
  return m ? { id: m.id, ...(m.displayName ? { displayName: m.displayName } : {}) } : undefined;
}
