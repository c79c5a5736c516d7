/**
 * The SQLite store: list and field metadata, one table per list for items (so filters and
 * sorts run in SQL on real indexes), versions, files and users. Metadata is cached in memory
 * and written through.
 */
import * as crypto from 'crypto';
import { openDatabase, Database, q, SqlValue, Statement } from './sqlite';
import { FieldDef, sqlColumnType, standardFields, standardSiteColumns } from '../schema/fields';
import type { ListDef } from '../schema/assets';

export interface ListMeta {
  id: string;
  seq: number;
  title: string;
  url: string; // "Lists/Wards"
  description: string;
  template: number;
  enableModeration: boolean;
  enableVersioning: boolean;
  hidden: boolean;
  created: string;
  modified: string;
  entityType: string; // SP.Data.WardsListItem
  /** "" for the web's own field collection (site columns), which has no item table */
  table: string;
  /** further list settings SharePoint keeps (OnQuickLaunch, EnableFolderCreation…) */
  props: Record<string, unknown>;
  fields: FieldDef[];
  byName: Map<string, FieldDef>; // lower-case internal name → field
}

export const nowIso = (): string => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

export function newGuid(): string {
  const b = crypto.randomBytes(16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = b.toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** SP.Data.<Name>ListItem (a library's items: SP.Data.<Name>Item), with SharePoint's _x0020_ escapes and a capital first letter. */
export function entityTypeFor(url: string, template = 100): string {
  const name = url.split('/').pop() ?? url;
  let enc = '';
  for (const ch of name) enc += /[A-Za-z0-9_]/.test(ch) ? ch : `_x${ch.codePointAt(0)!.toString(16).padStart(4, '0')}_`;
  return `SP.Data.${enc.charAt(0).toUpperCase()}${enc.slice(1)}${template === 100 ? 'List' : ''}Item`;
}

/** The id under which the web's own fields (site columns) are kept in sp_fields. */
export const WEB_FIELDS = 'web';

/** Item-table columns for folders and documents (every list can hold folders; libraries hold files). */
const FILE_COLUMNS: Record<string, string> = { _FileRef: 'TEXT COLLATE NOCASE', _FSObjType: 'INTEGER NOT NULL DEFAULT 0', _CheckoutUser: 'INTEGER' };

/** Document libraries (101) and page libraries (119) are BaseType 1. */
export const isLibrary = (list: ListMeta): boolean => list.template === 101 || list.template === 119 || list.template === 109;

export class Store {
  readonly db: Database;
  /** The web's field collection (web/fields, site/rootweb/fields): site columns, no item table. */
  webFields!: ListMeta;
  private readonly lists = new Map<string, ListMeta>();
  private readonly statements = new Map<string, Statement>();

  constructor(file: string) {
    this.db = openDatabase(file);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS sp_meta (key TEXT PRIMARY KEY, value TEXT);
      CREATE TABLE IF NOT EXISTS sp_lists (id TEXT PRIMARY KEY, seq INTEGER UNIQUE, title TEXT UNIQUE COLLATE NOCASE,
        url TEXT UNIQUE COLLATE NOCASE, description TEXT, template INTEGER, enable_moderation INTEGER,
        enable_versioning INTEGER, hidden INTEGER, created TEXT, modified TEXT, entity TEXT);
      CREATE TABLE IF NOT EXISTS sp_fields (list_id TEXT, pos INTEGER, name TEXT COLLATE NOCASE, def TEXT, PRIMARY KEY (list_id, name));
      CREATE TABLE IF NOT EXISTS sp_versions (list_id TEXT, item_id INTEGER, version INTEGER, created TEXT, editor INTEGER,
        data TEXT, PRIMARY KEY (list_id, item_id, version));
      CREATE TABLE IF NOT EXISTS sp_files (url TEXT PRIMARY KEY COLLATE NOCASE, unique_id TEXT, name TEXT, content_type TEXT,
        content BLOB, created TEXT, author INTEGER, list_id TEXT, item_id INTEGER);
      CREATE TABLE IF NOT EXISTS sp_views (list_id TEXT, id TEXT, pos INTEGER, def TEXT, PRIMARY KEY (list_id, id));
      CREATE TABLE IF NOT EXISTS sp_users (id INTEGER PRIMARY KEY, login TEXT UNIQUE COLLATE NOCASE, title TEXT,
        email TEXT COLLATE NOCASE, is_site_admin INTEGER, props TEXT);
    `);
    if (!this.db.prepare('PRAGMA table_info(sp_lists)').all().some((c) => c.name === 'props')) this.db.exec('ALTER TABLE sp_lists ADD COLUMN props TEXT');
    this.loadLists();
  }

  /** Cached prepared statement. */
  stmt(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }

  private depth = 0;

  /** Runs fn in a transaction; nested calls become savepoints, so an inner failure undoes only its own part. */
  transaction<T>(fn: () => T): T {
    const name = `sp_${this.depth}`;
    this.db.exec(this.depth === 0 ? 'BEGIN' : `SAVEPOINT ${name}`);
    this.depth++;
    try {
      const result = fn();
      this.depth--;
      this.db.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${name}`);
      return result;
    } catch (e) {
      this.depth--;
      this.db.exec(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${name}; RELEASE ${name}`);
      throw e;
    }
  }

  meta(key: string): string | undefined {
    const row = this.stmt('SELECT value FROM sp_meta WHERE key = ?').get(key);
    return row ? String(row.value) : undefined;
  }

  setMeta(key: string, value: string): void {
    this.stmt('INSERT INTO sp_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
  }

  /** Per-database secret (request digests stay valid across restarts of the same file). */
  secret(): string {
    let s = this.meta('secret');
    if (!s) {
      s = crypto.randomBytes(32).toString('hex');
      this.setMeta('secret', s);
    }
    return s;
  }

  private loadLists(): void {
    this.lists.clear();
    for (const r of this.db.prepare('SELECT * FROM sp_lists ORDER BY seq').all()) {
      const fields = this.db
        .prepare('SELECT def FROM sp_fields WHERE list_id = ? ORDER BY pos')
        .all(r.id as string)
        .map((f) => JSON.parse(String(f.def)) as FieldDef);
      this.cacheList({
        id: String(r.id), seq: Number(r.seq), title: String(r.title), url: String(r.url), description: String(r.description ?? ''),
        template: Number(r.template), enableModeration: !!r.enable_moderation, enableVersioning: !!r.enable_versioning,
        hidden: !!r.hidden, created: String(r.created), modified: String(r.modified), entityType: String(r.entity),
        table: `list_${r.seq}`, fields, byName: new Map(), props: JSON.parse(String(r.props ?? '{}')) as Record<string, unknown>,
      });
      this.upgradeTable(`list_${r.seq}`);
    }
    const web = this.db.prepare('SELECT def FROM sp_fields WHERE list_id = ? ORDER BY pos').all(WEB_FIELDS).map((f) => JSON.parse(String(f.def)) as FieldDef);
    this.webFields = {
      id: WEB_FIELDS, seq: 0, title: 'Web', url: '', description: '', template: 0, enableModeration: false, enableVersioning: false, hidden: true,
      created: '', modified: '', entityType: 'SP.Web', table: '', fields: web, byName: new Map(web.map((f) => [f.name.toLowerCase(), f])), props: {},
    };
  }

  /** Item tables made before folders and files existed get their columns. */
  private upgradeTable(table: string): void {
    const have = new Set(this.db.prepare(`PRAGMA table_info(${q(table)})`).all().map((c) => String(c.name)));
    for (const [col, type] of Object.entries(FILE_COLUMNS)) if (!have.has(col)) this.db.exec(`ALTER TABLE ${q(table)} ADD COLUMN ${q(col)} ${type}`);
  }

  private cacheList(l: ListMeta): ListMeta {
    l.byName = new Map(l.fields.map((f) => [f.name.toLowerCase(), f]));
    this.lists.set(l.id, l);
    return l;
  }

  allLists(): ListMeta[] {
    return [...this.lists.values()].sort((a, b) => a.seq - b.seq);
  }

  listById(id: string): ListMeta | undefined {
    return this.lists.get(id.replace(/[{}]/g, '').toLowerCase());
  }

  listByTitle(title: string): ListMeta | undefined {
    const t = title.toLowerCase();
    return this.allLists().find((l) => l.title.toLowerCase() === t);
  }

  listByUrl(url: string): ListMeta | undefined {
    const u = url.replace(/^\/+/, '').toLowerCase();
    return this.allLists().find((l) => l.url.toLowerCase() === u);
  }

  /**
   * A URL not yet taken, as SharePoint makes one: the title without the characters a URL cannot
   * hold, and a number appended while it clashes (a renamed list keeps its old URL).
   */
  uniqueListUrl(title: string, library: boolean): string {
    const cleaned = title.replace(/[^A-Za-z0-9 _-]/g, '').trim().slice(0, 128) || 'List';
    const base = library ? cleaned : `Lists/${cleaned}`;
    let url = base;
    for (let i = 1; this.listByUrl(url); i++) url = `${base}${i}`;
    return url;
  }

  createList(input: { title: string; url?: string; description?: string; template?: number; enableModeration?: boolean; enableVersioning?: boolean; hidden?: boolean; props?: Record<string, unknown> }): ListMeta {
    const seqRow = this.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM sp_lists').get();
    const seq = Number(seqRow?.seq ?? 1);
    const template = input.template ?? 100;
    const url = input.url ?? this.uniqueListUrl(input.title, template !== 100);
    const now = nowIso();
    const list: ListMeta = {
      id: newGuid(), seq, title: input.title, url, description: input.description ?? '', template,
      enableModeration: !!input.enableModeration, enableVersioning: input.enableVersioning ?? true, hidden: !!input.hidden,
      created: now, modified: now, entityType: entityTypeFor(url, template), table: `list_${seq}`, fields: standardFields(template), byName: new Map(),
      props: input.props ?? {},
    };
    this.transaction(() => {
      this.db.prepare(`INSERT INTO sp_lists (id, seq, title, url, description, template, enable_moderation, enable_versioning, hidden, created, modified, entity, props)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        list.id, seq, list.title, list.url, list.description, list.template, list.enableModeration ? 1 : 0,
        list.enableVersioning ? 1 : 0, list.hidden ? 1 : 0, now, now, list.entityType, JSON.stringify(list.props));
      this.db.exec(`CREATE TABLE ${q(list.table)} (ID INTEGER PRIMARY KEY AUTOINCREMENT, GUID TEXT, Created TEXT, Modified TEXT,
        Author INTEGER, Editor INTEGER, _Version INTEGER NOT NULL DEFAULT 1, _Attachments INTEGER NOT NULL DEFAULT 0, Title TEXT COLLATE NOCASE,
        ${Object.entries(FILE_COLUMNS).map(([c, t]) => `${q(c)} ${t}`).join(', ')})`);
      list.fields.forEach((f, i) => this.saveField(list, f, i));
    });
    return this.cacheList(list);
  }

  updateList(list: ListMeta, props: Partial<Pick<ListMeta, 'title' | 'description' | 'enableModeration' | 'enableVersioning' | 'hidden' | 'props'>>): void {
    Object.assign(list, props);
    list.modified = nowIso();
    this.db.prepare('UPDATE sp_lists SET title = ?, description = ?, enable_moderation = ?, enable_versioning = ?, hidden = ?, modified = ?, props = ? WHERE id = ?')
      .run(list.title, list.description, list.enableModeration ? 1 : 0, list.enableVersioning ? 1 : 0, list.hidden ? 1 : 0, list.modified, JSON.stringify(list.props), list.id);
  }

  deleteList(list: ListMeta): void {
    this.transaction(() => {
      this.db.exec(`DROP TABLE IF EXISTS ${q(list.table)}`);
      for (const t of ['sp_fields', 'sp_versions', 'sp_views']) this.db.prepare(`DELETE FROM ${t} WHERE list_id = ?`).run(list.id);
      this.db.prepare('DELETE FROM sp_files WHERE list_id = ?').run(list.id);
      this.db.prepare('DELETE FROM sp_lists WHERE id = ?').run(list.id);
    });
    this.lists.delete(list.id);
    this.statements.clear();
  }

  private saveField(list: ListMeta, f: FieldDef, pos: number): void {
    this.db.prepare('INSERT INTO sp_fields (list_id, pos, name, def) VALUES (?, ?, ?, ?) ON CONFLICT(list_id, name) DO UPDATE SET def = excluded.def')
      .run(list.id, pos, f.name, JSON.stringify(f));
  }

  private indexName = (list: ListMeta, f: FieldDef): string => `ix_${list.table}_${f.name}`;

  /** Adds a column (ALTER TABLE) and, for indexed fields, an index that includes ID for keyset paging. */
  addField(list: ListMeta, f: FieldDef): FieldDef {
    this.transaction(() => {
      if (!list.table) f.column = null;
      if (f.column) this.db.exec(`ALTER TABLE ${q(list.table)} ADD COLUMN ${q(f.column)} ${sqlColumnType(f.kind)}`);
      list.fields.push(f);
      this.saveField(list, f, list.fields.length - 1);
      if (f.indexed && f.column) this.db.exec(`CREATE INDEX IF NOT EXISTS ${q(this.indexName(list, f))} ON ${q(list.table)} (${q(f.column)}, ID)`);
    });
    this.statements.clear();
    if (list.table) this.cacheList(list);
    else list.byName = new Map(list.fields.map((x) => [x.name.toLowerCase(), x]));
    return f;
  }

  /** Drops a field and its column (and index); the values go with it, as in SharePoint. */
  deleteField(list: ListMeta, f: FieldDef): void {
    this.transaction(() => {
      if (f.column && list.table) {
        this.db.exec(`DROP INDEX IF EXISTS ${q(this.indexName(list, f))}`);
        this.db.exec(`ALTER TABLE ${q(list.table)} DROP COLUMN ${q(f.column)}`);
      }
      this.db.prepare('DELETE FROM sp_fields WHERE list_id = ? AND name = ?').run(list.id, f.name);
      list.fields = list.fields.filter((x) => x !== f);
      list.fields.forEach((x, i) => this.saveField(list, x, i));
    });
    this.statements.clear();
    if (list.table) this.cacheList(list);
    else list.byName = new Map(list.fields.map((x) => [x.name.toLowerCase(), x]));
  }

  /** Writes a changed definition (title, indexed, choices…) back; creates or drops the index. */
  updateField(list: ListMeta, f: FieldDef): void {
    const pos = list.fields.indexOf(f);
    this.saveField(list, f, pos);
    if (!list.table) return;
    if (f.column && f.column !== 'ID') {
      if (f.indexed) this.db.exec(`CREATE INDEX IF NOT EXISTS ${q(this.indexName(list, f))} ON ${q(list.table)} (${q(f.column)}, ID)`);
      else this.db.exec(`DROP INDEX IF EXISTS ${q(this.indexName(list, f))}`);
    }
    this.cacheList(list);
  }

  /** The web's standard site columns, once. */
  ensureSiteColumns(): void {
    if (this.webFields.fields.length > 0) return;
    for (const f of standardSiteColumns()) this.addField(this.webFields, f);
  }

  itemCount(list: ListMeta): number {
    if (!list.table) return 0;
    return Number(this.stmt(`SELECT COUNT(*) AS n FROM ${q(list.table)}`).get()?.n ?? 0);
  }

  /**
   * Creates the lists in sharepoint/assets that do not exist yet and adds missing fields to
   * those that do (never drops anything), then resolves lookups ("Lists/Wards" → list id).
   */
  provision(defs: ListDef[]): void {
    for (const def of defs) {
      const security = def.readSecurity === undefined ? {} : { ReadSecurity: def.readSecurity };
      const list = this.listByUrl(def.url) ??
        this.createList({ title: def.title, url: def.url, description: def.description, template: def.template,
          enableModeration: def.enableModeration, enableVersioning: def.enableVersioning, props: security });
      // A read setting the schema declares is brought in like its columns (a workbench kept from before gets it too).
      if (def.readSecurity !== undefined && Number(list.props.ReadSecurity ?? 1) !== def.readSecurity) this.updateList(list, { props: { ...list.props, ...security } });
      for (const f of def.fields) {
        const existing = list.byName.get(f.name.toLowerCase());
        if (!existing) this.addField(list, { ...f });
        else if (existing.builtIn || existing.kind === f.kind) {
          const merged: FieldDef = existing.builtIn
            ? { ...existing, title: f.title, required: f.required, indexed: existing.indexed || f.indexed, maxLength: f.maxLength ?? existing.maxLength }
            : { ...f, lookupList: existing.lookupList };
          Object.assign(existing, merged);
          this.updateField(list, existing);
        }
      }
    }
    this.resolveLookups();
  }

  resolveLookups(): void {
    for (const list of this.allLists()) {
      for (const f of list.fields) {
        if (f.lookupListUrl && !f.lookupList) {
          const target = this.listByUrl(f.lookupListUrl);
          if (!target) throw new Error(`Lookup '${f.name}' in '${list.title}' points at '${f.lookupListUrl}', which does not exist.`);
          f.lookupList = target.id;
          this.updateField(list, f);
        }
      }
    }
  }

  /** Deletes every item, version and file (IDs start again at 1); keeps lists, fields and users. */
  clearData(): void {
    this.transaction(() => {
      for (const list of this.allLists()) this.db.exec(`DELETE FROM "${list.table}"`);
      this.db.exec('DELETE FROM sp_versions; DELETE FROM sp_files;');
      const seq = this.db.prepare("SELECT name FROM sqlite_master WHERE name = 'sqlite_sequence'").get();
      if (seq) this.db.exec("DELETE FROM sqlite_sequence WHERE name LIKE 'list_%'");
    });
  }

  close(): void {
    this.statements.clear();
    this.db.close();
  }
}

export type { SqlValue };
