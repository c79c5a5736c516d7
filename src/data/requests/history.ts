/**
 * A record's change history from SharePoint's own item versions (items(n)/versions): who made
 * each version, when, and which fields it changed, old → new. Read on demand (one request), never
 * in a first render. Versions hold each field by its internal name, lookups and people as
 * {LookupId, LookupValue}; values here are plain words for people reading the history.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { fromSpImage } from '../mappers/values';
import { fromSpDate } from '../mappers/values';
import { GMT_STANDARD_TIME, type SiteTimeZone } from '../mappers/dates';
import type { ColumnDef, ListDef } from '../lists';

type Row = Record<string, unknown>;

export interface HistoryChange {
  /** The domain field. */
  field: string;
  before: string;
  after: string;
}

export interface HistoryEntry {
  /** "3.0". */
  label: string;
  version: number;
  /** When the version was made (ISO, UTC). */
  at: string;
  by: string;
  /** What this version changed from the one before; the first version sets them all. */
  changes: HistoryChange[];
  first: boolean;
}

/** A version's Created is sent without a time zone: it is UTC. */
export function versionTime(value: unknown): string {
  const s = typeof value === 'string' ? value : '';
  return /[zZ]|[+-]\d\d:\d\d$/.test(s) || !s ? s : `${s}Z`;
}

const lookupText = (v: unknown): string => (v && typeof v === 'object' ? String((v as Row).LookupValue ?? (v as Row).LookupId ?? '') : '');

/** One field of one version, in words ('' for nothing). */
export function versionValue(column: ColumnDef, value: unknown, zone: SiteTimeZone = GMT_STANDARD_TIME): string {
  if (value === null || value === undefined || value === '') return '';
  switch (column.kind) {
    case 'lookup':
    case 'user':
      return lookupText(value);
    case 'lookupMulti':
      return Array.isArray(value) ? value.map(lookupText).filter(Boolean).sort((a, b) => a.localeCompare(b, 'en-GB')).join('; ') : '';
    case 'boolean':
      return value === true ? 'Yes' : 'No';
    case 'date': {
      const iso = fromSpDate(value, zone);
      return iso ? `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';
    }
    case 'url':
      return typeof value === 'object' ? String((value as Row).Url ?? '') : String(value);
    case 'image': {
      const url = fromSpImage(value);
      return url ? (url.split('/').pop() ?? url) : '';
    }
    case 'lines':
      return String(value).split(/\r?\n/).map((s) => s.trim()).filter(Boolean).join('; ');
    default:
      return String(value);
  }
}

/**
 * Entries newest first. `fields` are the domain fields to show (on an officer page, never a party
 * field); a version that changed none of them (a photo's second step, say) is left out.
 */
export function historyOf(versions: Row[], def: ListDef, fields: readonly string[], zone: SiteTimeZone = GMT_STANDARD_TIME): HistoryEntry[] {
  const columns = fields.map((f) => [f, def.fields[f]] as const).filter((x): x is readonly [string, ColumnDef] => !!x[1] && x[1].kind !== 'counter');
  const ordered = [...versions].sort((a, b) => Number(a.VersionId) - Number(b.VersionId));
  const entries: HistoryEntry[] = [];
  let before: Record<string, string> = {};
  ordered.forEach((v, i) => {
    const now: Record<string, string> = {};
    for (const [field, column] of columns) now[field] = versionValue(column, v[column.name], zone);
    const changes = columns.map(([field]) => ({ field, before: before[field] ?? '', after: now[field] })).filter((c) => c.before !== c.after);
    if (changes.length > 0 || i === 0) {
      entries.push({
        label: String(v.VersionLabel ?? ''),
        version: Number(v.VersionId) / 512,
        at: versionTime(v.Created),
        by: lookupText(v.Editor) || 'Someone',
        changes,
        first: i === 0
      });
    }
    before = now;
  });
  return entries.reverse();
}

/** The history of one item (one request): its versions, read afresh. */
export async function readHistory(sp: SPFI, def: ListDef, itemId: number, fields: readonly string[], zone?: SiteTimeZone): Promise<HistoryEntry[]> {
  const versions = await sp.web.lists.getByTitle(def.title).items.getById(itemId).versions<Row[]>();
  return historyOf(versions, def, fields, zone);
}
