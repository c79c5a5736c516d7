/**
 * Where the officer sync keeps what it needs between runs: a JSON file in the site's Site Assets
 * library, `SiteAssets/officer-sync.json`, holding the Graph delta link for the next run, a
 * fingerprint of the department mappings it was made with (when they change, every user is
 * placed again), and a summary of the last run. Deleting the file makes the next run a full one.
 * A delta link is not a credential: it is useless without a token for the tenant.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { z } from 'zod';

export const SYNC_STATE_FILE = 'officer-sync.json';

const summarySchema = z.object({
  finished: z.string(),
  mode: z.enum(['full', 'delta']),
  users: z.number(),
  created: z.number(),
  updated: z.number(),
  left: z.number(),
  unchanged: z.number(),
  unmappedDepartments: z.array(z.string()),
  problems: z.number()
});

export const syncStateSchema = z.object({
  version: z.literal(1),
  deltaLink: z.string().url().optional(),
  mappingsFingerprint: z.string().optional(),
  lastRun: summarySchema.optional()
});
export type SyncState = z.infer<typeof syncStateSchema>;
export type SyncSummary = z.infer<typeof summarySchema>;

const statusOf = (e: unknown): number | undefined => {
  const s = (e as { status?: unknown }).status;
  return typeof s === 'number' ? s : undefined;
};

/** The stored state, or undefined when there is none yet (or it cannot be read as ours: then the next run is a full one). */
export async function readSyncState(sp: SPFI): Promise<{ state?: SyncState; unreadable?: string }> {
  const web = await sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  let text: string;
  try {
    text = await sp.web.getFileByServerRelativePath(`${web.ServerRelativeUrl.replace(/\/$/, '')}/SiteAssets/${SYNC_STATE_FILE}`).getText();
  } catch (e) {
    if (statusOf(e) === 404) return {};
    throw e;
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { unreadable: `Site Assets/${SYNC_STATE_FILE} is not valid JSON` };
  }
  const parsed = syncStateSchema.safeParse(json);
  return parsed.success ? { state: parsed.data } : { unreadable: `Site Assets/${SYNC_STATE_FILE} is not in the form the sync writes` };
}

export async function writeSyncState(sp: SPFI, state: SyncState): Promise<void> {
  const value = syncStateSchema.parse(state);
  const library = await sp.web.lists.ensureSiteAssetsLibrary();
  await library.rootFolder.files.addUsingPath(SYNC_STATE_FILE, JSON.stringify(value, null, 2), { Overwrite: true });
}
