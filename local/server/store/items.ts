/**
 * Item rows: create, update (with a new version each time), delete, and version history.
 * The ETag of an item is its version number ("1" on create, +1 per update), as in SharePoint.
 */
import { Errors } from '../http/errors';
import { q, SqlValue } from './sqlite';
import { ListMeta, newGuid, nowIso, Store } from './db';

export type Row = Record<string, SqlValue>;

export interface Version {
  version: number;
  created: string;
  editor: number;
  data: Row;
}

export class ItemStore {
  constructor(private readonly store: Store) {}

  get(list: ListMeta, id: number): Row | undefined {
    return this.store.stmt(`SELECT * FROM ${q(list.table)} WHERE ID = ?`).get(id);
  }

  require(list: ListMeta, id: number): Row {
    const row = this.get(list, id);
    if (!row) throw Errors.itemNotFound();
    return row;
  }

  /** Columns with schema defaults (Boolean <Default>0</Default>, Choice <Default>Current</Default>) that the body left out. */
  private withDefaults(list: ListMeta, values: Row): Row {
    const out: Row = { ...values };
    for (const f of list.fields) {
      if (!f.column || f.builtIn || f.column in out) continue;
      if (f.kind === 'LookupMulti' || f.kind === 'UserMulti' || f.kind === 'MultiChoice') out[f.column] = '[]';
      else if (f.defaultValue !== undefined && f.defaultValue !== null && f.defaultValue !== '') {
        if (f.kind === 'Boolean') out[f.column] = /^(1|true|yes)$/i.test(f.defaultValue) ? 1 : 0;
        else if (f.kind === 'Number' || f.kind === 'Currency' || f.kind === 'Integer') out[f.column] = Number(f.defaultValue);
        else if (f.kind === 'Text' || f.kind === 'Choice' || f.kind === 'Note') out[f.column] = f.defaultValue;
      }
    }
    return out;
  }

  insert(list: ListMeta, values: Row, userId: number, when = nowIso()): Row {
    const row = this.withDefaults(list, values);
    row.GUID = newGuid();
    row.Created = row.Created ?? when;
    row.Modified = row.Modified ?? when;
    row.Author = row.Author ?? userId;
    row.Editor = row.Editor ?? userId;
    row._Version = 1;
    const cols = Object.keys(row);
    const sql = `INSERT INTO ${q(list.table)} (${cols.map(q).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    const res = this.store.stmt(sql).run(...cols.map((c) => row[c]));
    const saved = this.get(list, Number(res.lastInsertRowid))!;
    this.snapshot(list, saved);
    return saved;
  }

  /** Inserts many rows in one transaction (the /_local/seed route); returns the first and last ID. */
  insertMany(list: ListMeta, rows: Row[], userId: number): { first: number; last: number } {
    let first = 0;
    let last = 0;
    this.store.transaction(() => {
      for (const r of rows) {
        const saved = this.insert(list, r, userId);
        const id = Number(saved.ID);
        if (!first) first = id;
        last = id;
      }
    });
    return { first, last };
  }

  update(list: ListMeta, id: number, values: Row, userId: number): Row {
    const current = this.require(list, id);
    const row: Row = { ...values, Modified: nowIso(), Editor: userId, _Version: Number(current._Version) + 1 };
    const cols = Object.keys(row);
    this.store.stmt(`UPDATE ${q(list.table)} SET ${cols.map((c) => `${q(c)} = ?`).join(', ')} WHERE ID = ?`).run(...cols.map((c) => row[c]), id);
    const saved = this.get(list, id)!;
    this.snapshot(list, saved);
    return saved;
  }

  delete(list: ListMeta, id: number): void {
    this.require(list, id);
    this.store.stmt(`DELETE FROM ${q(list.table)} WHERE ID = ?`).run(id);
    this.store.stmt('DELETE FROM sp_versions WHERE list_id = ? AND item_id = ?').run(list.id, id);
    // the item's attachments (and, in a library, its document) go with it
    this.store.stmt('DELETE FROM sp_files WHERE list_id = ? AND item_id = ?').run(list.id, id);
  }

  private snapshot(list: ListMeta, row: Row): void {
    this.store.stmt('INSERT OR REPLACE INTO sp_versions (list_id, item_id, version, created, editor, data) VALUES (?, ?, ?, ?, ?, ?)')
      .run(list.id, Number(row.ID), Number(row._Version), String(row.Modified), Number(row.Editor), JSON.stringify(row));
  }

  /** Newest first, as SharePoint lists them. */
  versions(list: ListMeta, id: number): Version[] {
    this.require(list, id);
    return this.store.stmt('SELECT * FROM sp_versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC').all(list.id, id).map((r) => ({
      version: Number(r.version), created: String(r.created), editor: Number(r.editor), data: JSON.parse(String(r.data)) as Row,
    }));
  }
}

/**
 * What an IF-Match value names: "\"3\"" (the odata.etag form: version only), "<guid>,3" or
 * "\"<guid>,3\"" (the ETag header form: item GUID and version), W/ prefixes allowed; null for * or none.
 */
export function etagVersion(ifMatch: string | undefined): { guid: string | null; version: number } | null | 'invalid' {
  if (!ifMatch) return null;
  const v = ifMatch.trim().replace(/^W\//, '').replace(/\\"/g, '"').replace(/^"+|"+$/g, '');
  if (v === '*' || v === '') return null;
  const m = /^(?:\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?,)?(\d+)$/i.exec(v);
  return m ? { guid: m[1] ? m[1].toLowerCase() : null, version: Number(m[2]) } : 'invalid';
}

/** The whole tag must match: a GUID of another item is a mismatch even when the version agrees. */
export function checkEtag(ifMatch: string | undefined, row: Row): void {
  const wanted = etagVersion(ifMatch);
  if (wanted === null) return;
  const current = Number(row._Version);
  if (wanted === 'invalid' || wanted.version !== current || (wanted.guid !== null && wanted.guid !== String(row.GUID).toLowerCase())) {
    throw Errors.etag(ifMatch!, `"${row.GUID},${current}"`);
  }
}

export const itemEtag = (row: Row): string => `"${row.GUID},${row._Version}"`;
