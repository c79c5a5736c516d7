/**
 * The neutrality scan of a site: reads every list an officer-owned view shows and every member
 * free-text field, screens every text field the registry names (registry.ts) and reports every
 * finding with a link to the item. Browser-safe (PnPjs and the screen only), so the command line
 * and the web part's "Neutrality report" panel run the same scan.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/folders';
import type { Channel } from '../../domain/neutrality/channels';
import { FIELD_REGISTRY, screenedFields, screeningChannel, type FieldSpec, type RegisteredEntity } from '../../domain/neutrality/registry';
import { createScreener } from '../../domain/neutrality/screening/screener';
import { recordChannel } from '../../domain/neutrality/views';
import { compileGroups } from '../../domain/neutrality/screening/groups';
import type { PoliticalGroupTerms, Screener } from '../../domain/neutrality/screening/types';
import { readAll } from '../core/paging';
import { LIST_TITLES, SELECTS, type ListKey } from '../lists';
import { SCANNED } from './lists';
import { fromItem } from '../mappers/entities';
import type { ListScanned, ScanNotice, ScanReport, ScanViolation } from './types';

export { SCANNED };

/** Rows screened between pauses: in a browser the page stays responsive while 20,000 officers are checked. */
const SLICE = 500;
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export interface ScanOptions {
  /** The site's absolute address, for links to items. */
  siteUrl: string;
  /** Called as each list has been scanned. */
  onList?: (list: ListScanned) => void;
}

type Row = Record<string, unknown>;

function messageOf(err: unknown): string {
  const e = err as { status?: number; message?: string };
  if (e?.status === 403) return 'you do not have permission to read it';
  if (e?.status === 404) return 'it does not exist on this site';
  return e?.message ? e.message.split('\n')[0] : String(err);
}

/** The council's political groups as the screen uses them; a group's unusable terms are reported in `notices`. */
export async function readCouncilGroups(sp: SPFI, notices: ScanNotice[] = []): Promise<{ groups: PoliticalGroupTerms[]; readable: boolean }> {
  const list = LIST_TITLES.politicalGroups;
  try {
    const rows = await readAll(sp, { list, select: SELECTS.politicalGroups });
    const groups: PoliticalGroupTerms[] = [];
    for (const row of rows) {
      const raw = fromItem('politicalGroups', row);
      const group = { name: raw.name, shortName: raw.shortName, aliases: raw.aliases } as PoliticalGroupTerms;
      for (const p of compileGroups([group]).problems) {
        notices.push({ list, itemId: row.Id as number, field: p.field, message: `${p.term !== undefined ? `"${p.term}" ` : ''}${p.reason}, so the screen does not look for it.` });
      }
      groups.push(group);
    }
    return { groups, readable: true };
  } catch (err) {
    notices.push({ list, message: `The council's political groups could not be read (${messageOf(err)}), so the scan looked for the national parties only.` });
    return { groups: [], readable: false };
  }
}

async function displayFormBase(sp: SPFI, list: string, origin: string): Promise<string> {
  try {
    const folder = await sp.web.lists.getByTitle(list).rootFolder.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
    return `${origin}${folder.ServerRelativeUrl}/DispForm.aspx?ID=`;
  } catch {
    return `${origin}/Lists/${list.replace(/[^A-Za-z0-9]/g, '')}/DispForm.aspx?ID=`;
  }
}

function textsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  return [];
}

/** Every finding in one item. */
export function scanItem(entity: RegisteredEntity, row: Row, screener: Screener, where: { list: string; link: string }, listKey: ListKey): ScanViolation[] {
  const raw = fromItem(listKey, row);
  const out: ScanViolation[] = [];
  const itemId = row.Id as number;
  const itemTitle = typeof row.Title === 'string' && row.Title.trim() ? row.Title.trim() : undefined;
  const shownIn = recordChannel(entity, raw);
  for (const field of screenedFields(entity)) {
    const spec = (FIELD_REGISTRY[entity] as Record<string, FieldSpec>)[field];
    // Members' own statements are judged by their own channel's rules (no campaigning); everything
    // an officer page shows, by the officer channel's (nothing party-political); a record only
    // members' pages show (a party group role), by the member channel's.
    const channel: Channel = shownIn === 'member-profile' ? 'member-profile' : screeningChannel(spec, 'member-profile');
    for (const text of textsOf(raw[field])) {
      for (const f of screener.screen(text, channel).findings) {
        out.push({ list: where.list, itemId, itemTitle, field: spec.label, fieldName: field, channel, rule: f.rule, words: f.match, message: f.message, link: where.link });
      }
    }
  }
  return out;
}

/** Scans the site that `sp` points at. Never writes. */
export async function scanSite(sp: SPFI, options: ScanOptions): Promise<ScanReport> {
  const notices: ScanNotice[] = [];
  const origin = new URL(options.siteUrl).origin;
  const { groups, readable } = await readCouncilGroups(sp, notices);
  const screener = createScreener({ groups });
  const lists: ListScanned[] = [];
  const violations: ScanViolation[] = [];
  let complete = readable;
  for (const { key, entity } of SCANNED) {
    const list = LIST_TITLES[key];
    let rows: Row[];
    try {
      rows = await readAll(sp, { list, select: SELECTS[key] });
    } catch (err) {
      notices.push({ list, message: `This list could not be read (${messageOf(err)}), so it was not scanned.` });
      complete = false;
      continue;
    }
    const base = await displayFormBase(sp, list, origin);
    for (let i = 0; i < rows.length; i++) {
      if (i > 0 && i % SLICE === 0) await pause();
      const row = rows[i];
      violations.push(...scanItem(entity, row, screener, { list, link: `${base}${row.Id}` }, key));
    }
    const scanned = { list, items: rows.length };
    lists.push(scanned);
    options.onList?.(scanned);
  }
  return { site: options.siteUrl, scannedAt: new Date().toISOString(), lists, violations, notices, complete };
}
