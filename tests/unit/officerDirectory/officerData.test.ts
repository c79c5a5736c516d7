/**
 * The officer repository's pure parts: the compact cache format (what goes into IndexedDB comes
 * back identical), and errors classified so the page can say what happened.
 */
import { packOfficers, unpackOfficers, readOfficerSnapshot, saveOfficerSnapshot } from '../../../src/data/officers/officerCache';
import { DirectoryError, isQuotaError, toDirectoryError } from '../../../src/data/officers/errors';
import { rugbyDataset } from '../../../local/demo';

describe('the compact officer cache', () => {
  it('packs officers column by column and unpacks them exactly', () => {
    const officers = rugbyDataset().officers;
    const packed = packOfficers(officers, { site: 'https://x/sites/y', generation: 3, officerCount: 300, readAt: '2026-01-01T00:00:00Z' }, 15);
    expect(packed.jobTable.length).toBeLessThan(officers.length / 2);
    expect(packed.ids).toBeInstanceOf(Int32Array);
    expect(unpackOfficers(packed)).toEqual(officers);
    // Far smaller than the same officers as JSON (one job title and location stored once each).
    const columns = JSON.stringify({ ...packed, ids: Array.from(packed.ids), serviceAreaIds: Array.from(packed.serviceAreaIds), jobs: Array.from(packed.jobs), locations: Array.from(packed.locations), restricted: Array.from(packed.restricted) });
    expect(columns.length).toBeLessThan(JSON.stringify(officers).length * 0.75);
  });

  it('without IndexedDB there is simply no cache', async () => {
    expect(await readOfficerSnapshot('https://x/sites/y', 0)).toBeUndefined();
    expect(await saveOfficerSnapshot([], { site: 'https://x/sites/y', generation: 0, officerCount: 0, readAt: '' }, 15)).toBe(false);
  });
});

describe('errors', () => {
  it.each([
    [{ status: 429, message: 'Too Many Requests' }, 'throttled'],
    [new Error('Retry count exceeded (3) for this request. 503: Service Unavailable;'), 'throttled'],
    [{ status: 500, message: 'Microsoft.SharePoint.SPQueryThrottledException: The attempted operation is prohibited because it exceeds the list view threshold.' }, 'threshold'],
    [{ status: 403, message: 'Access denied.' }, 'forbidden'],
    [{ status: 404, message: "List 'Officers' does not exist" }, 'not-found'],
    [new TypeError('Failed to fetch'), 'network'],
    [new Error('Something odd'), 'other']
  ])('%p is %s', (e, kind) => {
    const d = toDirectoryError(e, 'Officers');
    expect(d).toBeInstanceOf(DirectoryError);
    expect(d.kind).toBe(kind);
    expect(d.list).toBe('Officers');
  });

  it('recognises a full session storage', () => {
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('Failed to execute setItem: exceeded the quota'))).toBe(true);
    expect(isQuotaError(new Error('no'))).toBe(false);
  });
});
