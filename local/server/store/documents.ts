/**
 * Folders and documents. A document or folder in a library (or a folder in a list) is an item
 * row with _FileRef (its server-relative URL) and _FSObjType (0 file, 1 folder), as in
 * SharePoint; a document's bytes are in sp_files. Check-out is the _CheckoutUser column.
 */
import { Errors, SpError } from '../http/errors';
import type { ListMeta, Store } from './db';
import { newGuid, nowIso } from './db';
import type { ItemStore, Row } from './items';
import { q } from './sqlite';

export interface Located {
  list: ListMeta;
  /** the folder or file row; null for a list's root folder */
  row: Row | null;
  url: string;
}

/** Characters SharePoint does not allow in a file or folder name. */
const BAD_NAME = /["*:<>?/\\|\u0000-\u001f]/;

export function checkLeafName(name: string): void {
  if (!name || name.trim() === '' || BAD_NAME.test(name) || name.startsWith('~$') || /^\.|\.$/.test(name) || name.length > 400) {
    throw Errors.badRequest(`The file or folder name '${name.replace(/[\u0000-\u001f]/g, '?')}' contains characters that are not permitted.`, '-2130575245, Microsoft.SharePoint.SPException');
  }
}

export class DocumentStore {
  constructor(private readonly store: Store, private readonly items: ItemStore, private readonly siteRelative: string) {}

  rootUrl = (list: ListMeta): string => `${this.siteRelative}/${list.url}`;

  /** The list whose root folder holds this server-relative URL, if any. */
  listFor(url: string): ListMeta | undefined {
    const u = url.replace(/\/+$/, '').toLowerCase();
    return this.store.allLists()
      .filter((l) => u === this.rootUrl(l).toLowerCase() || u.startsWith(`${this.rootUrl(l).toLowerCase()}/`))
      .sort((a, b) => b.url.length - a.url.length)[0];
  }

  locate(url: string): Located | undefined {
    const clean = url.replace(/\/+$/, '');
    const list = this.listFor(clean);
    if (!list) return undefined;
    if (clean.toLowerCase() === this.rootUrl(list).toLowerCase()) return { list, row: null, url: this.rootUrl(list) };
    const row = this.store.stmt(`SELECT * FROM ${q(list.table)} WHERE _FileRef = ?`).get(clean);
    return row ? { list, row, url: String(row._FileRef) } : undefined;
  }

  isLibraryFile(url: string): boolean {
    const found = this.locate(url);
    return !!found?.row && Number(found.row._FSObjType) === 0;
  }

  children(list: ListMeta, folderUrl: string, type: 0 | 1): Row[] {
    return this.store.stmt(`SELECT * FROM ${q(list.table)} WHERE _FSObjType = ? AND _FileRef LIKE ? ESCAPE '\\' AND _FileRef NOT LIKE ? ESCAPE '\\' ORDER BY ID`)
      .all(type, `${escapeLike(folderUrl)}/%`, `${escapeLike(folderUrl)}/%/%`);
  }

  content(url: string): Uint8Array | undefined {
    const r = this.store.stmt('SELECT content FROM sp_files WHERE url = ?').get(url);
    return r ? (r.content as Uint8Array) : undefined;
  }

  addFolder(list: ListMeta, parentUrl: string, name: string, userId: number): Row {
    checkLeafName(name);
    const url = `${parentUrl}/${name}`;
    const existing = this.locate(url);
    if (existing?.row) return existing.row;
    return this.items.insert(list, { _FileRef: url, _FSObjType: 1, Title: name }, userId);
  }

  /** Adds or replaces a document. Replacing needs overwrite, and a document checked out to someone else cannot be replaced. */
  addFile(list: ListMeta, folderUrl: string, name: string, bytes: Uint8Array, overwrite: boolean, userId: number, contentType: string): Row {
    checkLeafName(name);
    const url = `${folderUrl}/${name}`;
    const existing = this.locate(url);
    return this.store.transaction(() => {
      let row: Row;
      if (existing?.row) {
        if (!overwrite) {
          throw Errors.badRequest(`A file with the name ${url} already exists. It was last modified by ${userId} on ${String(existing.row.Modified)}.`, '-2130575257, Microsoft.SharePoint.SPException');
        }
        this.requireNotLockedByOther(existing.row, userId);
        row = this.items.update(list, Number(existing.row.ID), {}, userId);
      } else row = this.items.insert(list, { _FileRef: url, _FSObjType: 0 }, userId);
      this.store.stmt('INSERT OR REPLACE INTO sp_files (url, unique_id, name, content_type, content, created, author, list_id, item_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(url, String(row.GUID ?? newGuid()), name, contentType, bytes, nowIso(), userId, list.id, Number(row.ID));
      return row;
    });
  }

  setContent(list: ListMeta, row: Row, bytes: Uint8Array, userId: number): Row {
    this.requireNotLockedByOther(row, userId);
    this.store.stmt('UPDATE sp_files SET content = ? WHERE url = ?').run(bytes, String(row._FileRef));
    return this.items.update(list, Number(row.ID), {}, userId);
  }

  requireNotLockedByOther(row: Row, userId: number): void {
    const holder = row._CheckoutUser === null || row._CheckoutUser === undefined ? null : Number(row._CheckoutUser);
    if (holder !== null && holder !== userId) {
      throw new SpError(423, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException',
        `The file "${String(row._FileRef)}" is checked out for editing by another user.`);
    }
  }

  delete(list: ListMeta, row: Row): void {
    const url = String(row._FileRef);
    this.store.transaction(() => {
      if (Number(row._FSObjType) === 1) {
        const inside = this.store.stmt(`SELECT ID FROM ${q(list.table)} WHERE _FileRef LIKE ? ESCAPE '\\'`).all(`${escapeLike(url)}/%`);
        for (const r of inside) this.items.delete(list, Number(r.ID));
        this.store.stmt("DELETE FROM sp_files WHERE url LIKE ? ESCAPE '\\'").run(`${escapeLike(url)}/%`);
      }
      this.store.stmt('DELETE FROM sp_files WHERE url = ?').run(url);
      this.items.delete(list, Number(row.ID));
    });
  }

  /** A document or folder row anywhere on the site by its UniqueId (the item GUID). */
  byUniqueId(id: string): Located | undefined {
    const k = id.replace(/[{}]/g, '').toLowerCase();
    for (const list of this.store.allLists()) {
      if (list.id === k) return { list, row: null, url: this.rootUrl(list) };
      const row = this.store.stmt(`SELECT * FROM ${q(list.table)} WHERE lower(GUID) = ? AND _FileRef IS NOT NULL`).get(k);
      if (row) return { list, row, url: String(row._FileRef) };
    }
    return undefined;
  }

  /**
   * SP.MoveCopyUtil: copies (or moves) a document, or a folder with everything in it, to a folder
   * that exists, in this library or another. A name already taken is refused unless keepBoth,
   * which picks "name 1.ext" as SharePoint does.
   */
  copy(srcUrl: string, destUrl: string, opts: { move: boolean; keepBoth: boolean; overwrite: boolean }, userId: number): string {
    const src = this.locate(srcUrl);
    if (!src?.row) throw Errors.fileNotFound(srcUrl);
    const clean = destUrl.replace(/\/+$/, '');
    const parentUrl = clean.slice(0, clean.lastIndexOf('/'));
    let name = clean.slice(clean.lastIndexOf('/') + 1);
    const parent = this.locate(parentUrl);
    if (!parent || (parent.row && Number(parent.row._FSObjType) !== 1)) throw Errors.fileNotFound(parentUrl);
    if (`${parentUrl}/`.toLowerCase().startsWith(`${src.url}/`.toLowerCase()) && Number(src.row._FSObjType) === 1) {
      throw Errors.badRequest('A folder cannot be copied or moved into itself.', '-2147024809, System.ArgumentException');
    }
    if (this.locate(`${parent.url}/${name}`)?.row) {
      if (opts.keepBoth) {
        const dot = name.lastIndexOf('.');
        const [stem, ext] = dot > 0 && Number(src.row._FSObjType) === 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
        let i = 1;
        while (this.locate(`${parent.url}/${stem} ${i}${ext}`)?.row) i++;
        name = `${stem} ${i}${ext}`;
      } else if (!opts.overwrite || Number(src.row._FSObjType) === 1) {
        throw Errors.badRequest(`The destination file already exists: ${parent.url}/${name}.`, '-2130575257, Microsoft.SharePoint.SPException');
      }
    }
    const target = `${parent.url}/${name}`;
    this.store.transaction(() => {
      this.copyTree(src.list, src.row!, parent.list, parent.url, name, userId);
      if (opts.move) this.delete(src.list, src.row!);
    });
    return target;
  }

  private copyTree(fromList: ListMeta, row: Row, toList: ListMeta, parentUrl: string, name: string, userId: number): void {
    const url = String(row._FileRef);
    if (Number(row._FSObjType) === 0) {
      const bytes = this.content(url) ?? new Uint8Array();
      const type = String(this.store.stmt('SELECT content_type FROM sp_files WHERE url = ?').get(url)?.content_type ?? 'application/octet-stream');
      this.addFile(toList, parentUrl, name, bytes, true, userId, type);
      return;
    }
    this.addFolder(toList, parentUrl, name, userId);
    for (const type of [1, 0] as const) {
      for (const child of this.children(fromList, url, type)) {
        this.copyTree(fromList, child, toList, `${parentUrl}/${name}`, String(child._FileRef).split('/').pop() ?? '', userId);
      }
    }
  }

  checkout(list: ListMeta, row: Row, userId: number): void {
    this.requireNotLockedByOther(row, userId);
    this.store.stmt(`UPDATE ${q(list.table)} SET _CheckoutUser = ? WHERE ID = ?`).run(userId, Number(row.ID));
  }

  checkin(list: ListMeta, row: Row, userId: number): void {
    if (row._CheckoutUser === null || row._CheckoutUser === undefined) {
      throw Errors.badRequest(`The file "${String(row._FileRef)}" is not checked out.`, '-2130575306, Microsoft.SharePoint.SPFileCheckOutException');
    }
    this.requireNotLockedByOther(row, userId);
    this.store.stmt(`UPDATE ${q(list.table)} SET _CheckoutUser = NULL WHERE ID = ?`).run(Number(row.ID));
    this.items.update(list, Number(row.ID), {}, userId);
  }

  undoCheckout(list: ListMeta, row: Row, userId: number): void {
    this.requireNotLockedByOther(row, userId);
    this.store.stmt(`UPDATE ${q(list.table)} SET _CheckoutUser = NULL WHERE ID = ?`).run(Number(row.ID));
  }
}

const escapeLike = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);
