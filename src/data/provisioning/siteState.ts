/**
 * What a site already has of the product's lists: each list (found by its address, else by its
 * title), its columns, and its default view, read through PnPjs in as few round trips as PnPjs
 * allows (one for the lists, then one batch for every list's columns and view).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/views';
import '@pnp/sp/batching';
import { canonicalQuery, type ListDefinition } from './definitions';

export interface FieldState {
  id: string;
  internalName: string;
  title: string;
  type: string;
  required: boolean;
  indexed: boolean;
  maxLength?: number;
  description: string;
  choices?: string[];
  defaultValue: string | null;
  /** A lookup's target list id (lower case, no braces). */
  lookupList?: string;
}

export interface ViewState {
  id: string;
  title: string;
  fields: string[];
  query: string;
  rowLimit: number;
  paged: boolean;
}

export interface ListState {
  id: string;
  title: string;
  /** Relative to the site: "Lists/Wards". */
  url: string;
  description: string;
  baseTemplate: number;
  enableVersioning: boolean;
  /** SP.List.ReadSecurity: 1 everyone reads all items, 2 each person only their own. */
  readSecurity: number;
  /** Read only for the lists the package defines. */
  fields: FieldState[];
  defaultView?: ViewState;
}

type Row = Record<string, unknown>;
const guid = (v: unknown): string => String(v ?? '').replace(/[{}]/g, '').toLowerCase();

function fieldState(f: Row): FieldState {
  const s: FieldState = {
    id: guid(f.Id), internalName: String(f.InternalName), title: String(f.Title ?? ''), type: String(f.TypeAsString ?? ''),
    required: f.Required === true, indexed: f.Indexed === true, description: String(f.Description ?? ''),
    defaultValue: typeof f.DefaultValue === 'string' && f.DefaultValue !== '' ? f.DefaultValue : null
  };
  if (typeof f.MaxLength === 'number') s.maxLength = f.MaxLength;
  const choices = Array.isArray(f.Choices) ? f.Choices : (f.Choices as { results?: unknown[] } | undefined)?.results;
  if (Array.isArray(choices)) s.choices = choices.map(String);
  if (typeof f.LookupList === 'string' && /[0-9a-f]{8}-/i.test(f.LookupList)) s.lookupList = guid(f.LookupList);
  return s;
}

/** The part of a server-relative folder address after the site's: "/sites/council/Lists/Wards" → "Lists/Wards". */
function siteRelative(folder: string, webPath: string): string {
  const base = webPath.replace(/\/+$/, '');
  return (folder.toLowerCase().startsWith(`${base.toLowerCase()}/`) ? folder.slice(base.length + 1) : folder.replace(/^\/+/, '')).replace(/\/+$/, '');
}

/**
 * The site's lists that the definitions name (by address, else by title), with their columns
 * and default views. Lists the package does not define are left out.
 */
export async function readSiteState(sp: SPFI, definitions: readonly ListDefinition[]): Promise<ListState[]> {
  const web = await sp.web.select('ServerRelativeUrl')<{ ServerRelativeUrl: string }>();
  const rows = await sp.web.lists.select('Id', 'Title', 'Description', 'BaseTemplate', 'EnableVersioning', 'ReadSecurity', 'RootFolder/ServerRelativeUrl').expand('RootFolder')<Row[]>();
  const all: ListState[] = rows.map((r) => ({
    id: guid(r.Id), title: String(r.Title), url: siteRelative(String((r.RootFolder as Row | undefined)?.ServerRelativeUrl ?? ''), web.ServerRelativeUrl),
    description: String(r.Description ?? ''), baseTemplate: Number(r.BaseTemplate), enableVersioning: r.EnableVersioning === true,
    readSecurity: Number(r.ReadSecurity ?? 1), fields: []
  }));
  const wanted = all.filter((l) => definitions.some((d) => d.url.toLowerCase() === l.url.toLowerCase() || d.title.toLowerCase() === l.title.toLowerCase()));
  if (wanted.length === 0) return all;
  const [batched, execute] = sp.batched();
  const reads = wanted.map((l) => {
    const list = batched.web.lists.getById(l.id);
    return Promise.all([
      list.fields.select('Id', 'InternalName', 'Title', 'TypeAsString', 'Required', 'Indexed', 'MaxLength', 'Description', 'Choices', 'DefaultValue', 'LookupList')<Row[]>(),
      list.defaultView.select('Id', 'Title', 'ViewQuery', 'RowLimit', 'Paged')<Row>(),
      list.defaultView.fields<{ Items?: unknown }>()
    ]).then(([fields, view, viewFields]) => {
      l.fields = fields.map(fieldState);
      const items = Array.isArray(viewFields.Items) ? viewFields.Items : (viewFields.Items as { results?: unknown[] } | undefined)?.results ?? [];
      l.defaultView = {
        id: guid(view.Id), title: String(view.Title ?? ''), fields: items.map(String), query: canonicalQuery(String(view.ViewQuery ?? '')),
        rowLimit: Number(view.RowLimit), paged: view.Paged === true
      };
    });
  });
  await execute();
  await Promise.all(reads);
  return all;
}
