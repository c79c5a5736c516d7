/**
 * List views: the definitions SharePoint keeps per list (title, default flag, view fields, CAML
 * query, row limit), stored in sp_views. Every list has a default view, made when the list is.
 */
import { Errors } from '../http/errors';
import type { ListMeta, Store } from './db';
import { isLibrary, newGuid } from './db';

export interface ViewDef {
  id: string;
  title: string;
  /** file name of the view page, e.g. AllItems.aspx */
  page: string;
  defaultView: boolean;
  hidden: boolean;
  personalView: boolean;
  rowLimit: number;
  paged: boolean;
  /** inner XML of <Query> (<Where>…, <OrderBy>…) */
  query: string;
  fields: string[];
  viewType: string;
  /** further settable properties (JSLink, Scope, TabularView…) */
  props: Record<string, unknown>;
}

export const defaultViewFields = (list: ListMeta): string[] => (isLibrary(list) ? ['DocIcon', 'LinkFilename', 'Modified', 'Editor'] : ['LinkTitle']);

export class ViewStore {
  constructor(private readonly store: Store) {}

  all(list: ListMeta): ViewDef[] {
    return this.store.stmt('SELECT def FROM sp_views WHERE list_id = ? ORDER BY pos').all(list.id).map((r) => JSON.parse(String(r.def)) as ViewDef);
  }

  byId(list: ListMeta, id: string): ViewDef | undefined {
    const k = id.replace(/[{}]/g, '').toLowerCase();
    return this.all(list).find((v) => v.id === k);
  }

  byTitle(list: ListMeta, title: string): ViewDef | undefined {
    return this.all(list).find((v) => v.title.toLowerCase() === title.toLowerCase());
  }

  defaultOf(list: ListMeta): ViewDef {
    const views = this.all(list);
    const found = views.find((v) => v.defaultView) ?? views[0];
    return found ?? this.add(list, { title: isLibrary(list) ? 'All Documents' : 'All Items', page: 'AllItems.aspx', defaultView: true });
  }

  /** Adds a view; its page name comes from the title (spaces and symbols dropped), made unique. */
  add(list: ListMeta, input: Partial<ViewDef> & { title: string }): ViewDef {
    const views = this.all(list);
    const base = input.page?.replace(/\.aspx$/i, '') ?? (input.title.replace(/[^A-Za-z0-9_-]/g, '') || 'View');
    let page = `${base}.aspx`;
    for (let i = 1; views.some((v) => v.page.toLowerCase() === page.toLowerCase()); i++) page = `${base}${i}.aspx`;
    const view: ViewDef = {
      id: newGuid(), title: input.title, page, defaultView: !!input.defaultView || views.length === 0, hidden: !!input.hidden,
      personalView: !!input.personalView, rowLimit: input.rowLimit ?? 30, paged: input.paged ?? true, query: input.query ?? '',
      fields: input.fields ?? defaultViewFields(list), viewType: input.viewType ?? 'HTML', props: input.props ?? {},
    };
    this.store.transaction(() => {
      if (view.defaultView) this.clearDefault(list);
      this.store.stmt('INSERT INTO sp_views (list_id, id, pos, def) VALUES (?, ?, ?, ?)').run(list.id, view.id, views.length, JSON.stringify(view));
    });
    return view;
  }

  save(list: ListMeta, view: ViewDef): void {
    this.store.transaction(() => {
      if (view.defaultView) this.clearDefault(list, view.id);
      this.store.stmt('UPDATE sp_views SET def = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(view), list.id, view.id);
    });
  }

  delete(list: ListMeta, view: ViewDef): void {
    if (view.defaultView) {
      throw Errors.badRequest('A default view cannot be deleted. Make another view the default first.', '-2130575276, Microsoft.SharePoint.SPException');
    }
    this.store.stmt('DELETE FROM sp_views WHERE list_id = ? AND id = ?').run(list.id, view.id);
  }

  private clearDefault(list: ListMeta, except?: string): void {
    for (const v of this.all(list)) {
      if (v.defaultView && v.id !== except) {
        v.defaultView = false;
        this.store.stmt('UPDATE sp_views SET def = ? WHERE list_id = ? AND id = ?').run(JSON.stringify(v), list.id, v.id);
      }
    }
  }
}
