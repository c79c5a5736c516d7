/**
 * /_local/* control routes for tests, benchmarks and the workbench. They live outside the site
 * API, need no digest and are never throttled or delayed by the fault switches.
 *   GET|POST|DELETE /_local/faults   show, set (JSON), clear the fault switches
 *   GET|DELETE      /_local/requests API requests served since the last reset
 *   POST            /_local/seed     bulk insert {list, items:[…]} or {list, count, template:{Title:'Officer {n}'}}
 *   GET             /_local/users    the local users you can act as
 *   GET             /_local/health
 */
import { applyFaults, defaultFaults } from './http/faults';
import type { AppContext } from './api/context';
import { columnsFromBody } from './api/items';
import { LOCAL_USERS } from './api/users';
import type { Row } from './store/items';

export interface ControlResult {
  status: number;
  body: unknown;
}

export interface RequestCounter {
  count: number;
  since: string;
}

function fill(template: Record<string, unknown>, n: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(template)) out[k] = typeof v === 'string' ? v.replace(/\{n\}/g, String(n)) : v;
  return out;
}

export function handleControl(app: AppContext, counter: RequestCounter, method: string, path: string, body: string): ControlResult {
  const parse = (): Record<string, unknown> => (body.trim() ? (JSON.parse(body) as Record<string, unknown>) : {});
  try {
    switch (`${method} ${path.toLowerCase().replace(/\/+$/, '')}`) {
      case 'GET /_local/health':
        return { status: 200, body: { ok: true } };
      case 'GET /_local/faults':
        return { status: 200, body: app.faults };
      case 'POST /_local/faults':
        return { status: 200, body: applyFaults(app.faults, parse()) };
      case 'DELETE /_local/faults':
        return { status: 200, body: Object.assign(app.faults, defaultFaults()) };
      case 'GET /_local/requests':
        return { status: 200, body: counter };
      case 'DELETE /_local/requests':
        counter.count = 0;
        counter.since = new Date().toISOString();
        return { status: 200, body: counter };
      case 'GET /_local/users':
        return { status: 200, body: LOCAL_USERS };
      case 'POST /_local/seed': {
        const input = parse() as { list?: string; items?: Record<string, unknown>[]; count?: number; template?: Record<string, unknown>; as?: string };
        const list = input.list ? app.store.listByTitle(input.list) : undefined;
        if (!list) return { status: 404, body: { error: `There is no list called '${input.list ?? ''}'.` } };
        const author = LOCAL_USERS.find((u) => u.key === (input.as ?? 'owner')) ?? LOCAL_USERS[3];
        const source = input.items ?? Array.from({ length: Math.min(Number(input.count ?? 0), 100000) }, (_, i) => fill(input.template ?? { Title: 'Item {n}' }, i + 1));
        const rows: Row[] = source.map((item) => columnsFromBody(app, list, item));
        const ids = app.items.insertMany(list, rows, author.id);
        return { status: 200, body: { list: list.title, count: rows.length, ...ids } };
      }
      default:
        return { status: 404, body: { error: `Unknown control route ${method} ${path}.` } };
    }
  } catch (e) {
    return { status: 400, body: { error: (e as Error).message } };
  }
}
