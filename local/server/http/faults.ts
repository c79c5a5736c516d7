/**
 * Fault switches, off by default: throttling (429/503 with Retry-After, as SharePoint Online
 * sends under load), added latency, and forcing the list view threshold regardless of list size.
 * Set through LocalServerOptions, CLI flags, LOCAL_SP_* environment variables or /_local/faults.
 */
import { SpError } from './errors';

export interface FaultSwitches {
  /** probability (0–1) that any API request is throttled */
  throttleShare: number;
  /** throttle the next N API requests, then stop */
  throttleNext: number;
  status: 429 | 503;
  /** seconds, sent as Retry-After */
  retryAfter: number;
  latencyMs: number;
  forceThreshold: boolean;
}

export const defaultFaults = (): FaultSwitches => ({ throttleShare: 0, throttleNext: 0, status: 429, retryAfter: 1, latencyMs: 0, forceThreshold: false });

const num = (v: unknown, name: string, min: number, max: number): number => {
  const n = typeof v === 'string' ? Number(v) : v;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || n > max) throw new Error(`'${name}' must be a number from ${min} to ${max}.`);
  return n;
};

/** Validates and applies a partial update; throws a plain Error with a readable message. */
export function applyFaults(target: FaultSwitches, input: Record<string, unknown>): FaultSwitches {
  const next = { ...target };
  for (const [k, v] of Object.entries(input)) {
    switch (k) {
      case 'throttleShare': next.throttleShare = num(v, k, 0, 1); break;
      case 'throttleNext': next.throttleNext = Math.floor(num(v, k, 0, 1e6)); break;
      case 'status': {
        const s = num(v, k, 429, 503);
        if (s !== 429 && s !== 503) throw new Error("'status' must be 429 or 503.");
        next.status = s;
        break;
      }
      case 'retryAfter': next.retryAfter = Math.floor(num(v, k, 0, 3600)); break;
      case 'latencyMs': next.latencyMs = Math.floor(num(v, k, 0, 60000)); break;
      case 'forceThreshold': next.forceThreshold = v === true || v === 'true' || v === '1' || v === 1; break;
      default: throw new Error(`Unknown fault switch '${k}'. Known: throttleShare, throttleNext, status, retryAfter, latencyMs, forceThreshold.`);
    }
  }
  Object.assign(target, next);
  return target;
}

/** LOCAL_SP_THROTTLE_SHARE, LOCAL_SP_THROTTLE_NEXT, LOCAL_SP_THROTTLE_STATUS, LOCAL_SP_RETRY_AFTER, LOCAL_SP_LATENCY_MS, LOCAL_SP_FORCE_THRESHOLD */
export function faultsFromEnv(env: Record<string, string | undefined>): Partial<FaultSwitches> {
  const map: Record<string, keyof FaultSwitches> = {
    LOCAL_SP_THROTTLE_SHARE: 'throttleShare', LOCAL_SP_THROTTLE_NEXT: 'throttleNext', LOCAL_SP_THROTTLE_STATUS: 'status',
    LOCAL_SP_RETRY_AFTER: 'retryAfter', LOCAL_SP_LATENCY_MS: 'latencyMs', LOCAL_SP_FORCE_THRESHOLD: 'forceThreshold',
  };
  const out: Record<string, unknown> = {};
  for (const [envName, key] of Object.entries(map)) if (env[envName] !== undefined && env[envName] !== '') out[key] = env[envName];
  return out as Partial<FaultSwitches>;
}

/** Decides whether this request is throttled; consumes one of throttleNext if so. */
export function throttleFor(f: FaultSwitches): SpError | null {
  let hit = false;
  if (f.throttleNext > 0) {
    f.throttleNext--;
    hit = true;
  } else if (f.throttleShare > 0 && Math.random() < f.throttleShare) hit = true;
  if (!hit) return null;
  const message = f.status === 429
    ? 'The request has been throttled because the site is receiving too many requests. Please wait the number of seconds in the Retry-After header and try again.'
    : 'The service is temporarily unavailable. Please wait the number of seconds in the Retry-After header and try again.';
  return new SpError(f.status, f.status === 429 ? '-2147024860, Microsoft.SharePoint.SPRequestThrottledException' : '-1, Microsoft.SharePoint.Client.ServerUnavailableException',
    message, { 'Retry-After': String(f.retryAfter) });
}
