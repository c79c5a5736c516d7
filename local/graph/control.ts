/**
 * Control routes of the local Graph, for tests and demos (the local server's rules apply: a call
 * that changes state must be same-origin JSON or carry the start-up token):
 *   GET    /graph/_local/users                 every user, deleted ones marked
 *   POST   /graph/_local/users                 add a user (a starter): {givenName, surname, userPrincipalName, department, …}
 *   PATCH  /graph/_local/users/{id}            change fields: {jobTitle, department, accountEnabled: false, managerId, …}
 *   DELETE /graph/_local/users/{id}            delete (to deleted items); ?permanent=true deletes for good
 *   POST   /graph/_local/users/{id}/restore    bring a deleted user back
 *   POST   /graph/_local/reset                 back to the users of the site's demo council (old delta links then get 410)
 *   GET|POST|DELETE /graph/_local/faults       throttling: {"throttleNext": 2, "throttleShare": 0.1, "retryAfter": 1, "status": 429}
 *   GET|DELETE /graph/_local/requests          Graph requests served since the last reset
 */
import { z } from 'zod';
import { Directory, DirectoryError } from './directory';

export interface GraphFaults {
  throttleNext: number;
  throttleShare: number;
  retryAfter: number;
  status: 429 | 503;
}

export const defaultGraphFaults = (): GraphFaults => ({ throttleNext: 0, throttleShare: 0, retryAfter: 1, status: 429 });

export interface GraphCounter {
  count: number;
  throttled: number;
  since: string;
}

const nullableText = z.string().trim().max(256).nullable();
const fields = {
  displayName: nullableText,
  givenName: nullableText,
  surname: nullableText,
  jobTitle: nullableText,
  department: nullableText,
  officeLocation: nullableText,
  businessPhones: z.array(z.string().trim().max(64)).max(5),
  mobilePhone: nullableText,
  mail: nullableText,
  userPrincipalName: z.string().trim().min(3).max(256).refine((v) => v.includes('@'), 'userPrincipalName must look like name@domain.'),
  accountEnabled: z.boolean(),
  employeeType: nullableText,
  userType: z.enum(['Member', 'Guest']),
  managerId: z.string().uuid().nullable()
};

const newUser = z
  .object({
    id: z.string().uuid().optional(),
    ...fields,
    displayName: nullableText.optional(),
    businessPhones: fields.businessPhones.default([]),
    accountEnabled: fields.accountEnabled.default(true),
    userType: fields.userType.default('Member'),
    managerId: fields.managerId.optional(),
    givenName: nullableText.default(null),
    surname: nullableText.default(null),
    jobTitle: nullableText.default(null),
    department: nullableText.default(null),
    officeLocation: nullableText.default(null),
    mobilePhone: nullableText.default(null),
    mail: nullableText.default(null),
    employeeType: nullableText.default('Employee')
  })
  .strict();

const change = z.object(fields).partial().strict();

const faultsInput = z
  .object({
    throttleNext: z.number().int().min(0).max(1e6),
    throttleShare: z.number().min(0).max(1),
    retryAfter: z.number().int().min(0).max(3600),
    status: z.union([z.literal(429), z.literal(503)])
  })
  .partial()
  .strict();

function parse<T extends z.ZodTypeAny>(schema: T, body: string): z.output<T> {
  let json: unknown;
  try {
    json = body.trim() ? JSON.parse(body) : {};
  } catch {
    throw new DirectoryError(400, 'The request body is not valid JSON.');
  }
  const r = schema.safeParse(json);
  if (!r.success) throw new DirectoryError(400, r.error.issues.map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join(' '));
  return r.data;
}

export interface ControlContext {
  directory: Directory;
  faults: GraphFaults;
  counter: GraphCounter;
  reset(): void;
}

export function graphControl(ctx: ControlContext, method: string, path: string, query: URLSearchParams, body: string): { status: number; body: unknown } {
  const route = path.replace(/\/+$/, '');
  const m = /^\/users\/([^/]+)(\/restore)?$/i.exec(route);
  try {
    switch (`${method} ${m ? (m[2] ? '/users/{id}/restore' : '/users/{id}') : route.toLowerCase()}`) {
      case 'GET /users':
        return { status: 200, body: ctx.directory.all() };
      case 'POST /users': {
        const input = parse(newUser, body);
        const displayName = input.displayName ?? ([input.givenName, input.surname].filter(Boolean).join(' ') || input.userPrincipalName);
        return { status: 201, body: ctx.directory.add({ ...input, displayName }) };
      }
      case 'PATCH /users/{id}':
        return { status: 200, body: ctx.directory.update(decodeURIComponent(m![1]), parse(change, body)) };
      case 'DELETE /users/{id}':
        ctx.directory.remove(decodeURIComponent(m![1]), query.get('permanent') === 'true');
        return { status: 200, body: { deleted: decodeURIComponent(m![1]), permanent: query.get('permanent') === 'true' } };
      case 'POST /users/{id}/restore':
        return { status: 200, body: ctx.directory.restore(decodeURIComponent(m![1])) };
      case 'POST /reset':
        ctx.reset();
        return { status: 200, body: { users: ctx.directory.count() } };
      case 'GET /faults':
        return { status: 200, body: ctx.faults };
      case 'POST /faults':
        return { status: 200, body: Object.assign(ctx.faults, parse(faultsInput, body)) };
      case 'DELETE /faults':
        return { status: 200, body: Object.assign(ctx.faults, defaultGraphFaults()) };
      case 'GET /requests':
        return { status: 200, body: ctx.counter };
      case 'DELETE /requests':
        Object.assign(ctx.counter, { count: 0, throttled: 0, since: new Date().toISOString() });
        return { status: 200, body: ctx.counter };
      default:
        return { status: 404, body: { error: `Unknown control route ${method} /graph/_local${path}.` } };
    }
  } catch (e) {
    if (e instanceof DirectoryError) return { status: e.status, body: { error: e.message } };
    throw e;
  }
}

/** Whether this request is throttled; consumes one of throttleNext if so. */
export function throttled(f: GraphFaults): boolean {
  if (f.throttleNext > 0) {
    f.throttleNext--;
    return true;
  }
  return f.throttleShare > 0 && Math.random() < f.throttleShare;
}
