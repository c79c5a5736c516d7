/**
 * Translates $filter / $orderby / $skiptoken for a list into SQL over its item table, and
 * applies SharePoint's list view threshold rules. All filtering and sorting runs in SQLite.
 */
import { Errors } from '../http/errors';
import { FieldDef, FieldKind, isUserKind } from '../schema/fields';
import type { ListMeta, Store } from '../store/db';
import { q, SqlValue } from '../store/sqlite';
import { normaliseDate } from '../store/values';
import { timeZoneById } from '../../../src/data/mappers/dates';

/** A date in a filter is compared as given: a bare date means UTC midnight (*guess*). */
const FILTER_ZONE = timeZoneById(93, '(UTC) Coordinated Universal Time');
import type { CmpOp, FilterNode, Operand } from './filter';
import type { OrderBy, SkipToken } from './query';

export interface Sql {
  sql: string;
  params: SqlValue[];
}

/** What a filter or order path points at. */
interface Target {
  /** SQL expression for the value (scalar), or the JSON-array column for multi-valued fields */
  expr: string;
  kind: FieldKind;
  multi: boolean;
  /** for Ward/Title style paths: the id column plus a subquery producing matching ids */
  projection?: { idExpr: string; fromSql: string; valueExpr: string; multi: boolean };
  indexed: boolean;
  field: FieldDef;
  isId: boolean;
}

const USER_COLUMNS: Record<string, { col: string; kind: FieldKind }> = {
  id: { col: 'id', kind: 'Integer' }, title: { col: 'title', kind: 'Text' }, email: { col: 'email', kind: 'Text' },
  name: { col: 'login', kind: 'Text' }, username: { col: 'email', kind: 'Text' },
};

const NOT_FILTERABLE: FieldKind[] = ['Note', 'URL', 'Thumbnail', 'Computed'];

export class ListSql {
  constructor(private readonly store: Store, private readonly list: ListMeta) {}

  private field(name: string): FieldDef | undefined {
    return this.list.byName.get(name.toLowerCase());
  }

  resolve(path: string, forFilter: boolean): Target {
    const notFound = (): never => {
      throw forFilter ? Errors.columnNotFound(path) : Errors.fieldNotFound(path);
    };
    const parts = path.split('/');
    if (parts.length > 2) notFound();
    let head = parts[0];
    let sub = parts[1];
    if (head.toLowerCase() === 'id') head = 'ID';
    let f = this.field(head);
    if (!f && !sub && /Id$/.test(head)) {
      const base = this.field(head.slice(0, -2));
      if (base && (base.kind === 'Lookup' || base.kind === 'LookupMulti' || isUserKind(base.kind))) {
        f = base;
        sub = 'Id';
      }
    }
    if (!f) return notFound();
    const isLookup = f.kind === 'Lookup' || f.kind === 'LookupMulti' || isUserKind(f.kind);
    const multi = f.kind === 'LookupMulti' || f.kind === 'UserMulti' || f.kind === 'MultiChoice';
    if (sub !== undefined && !isLookup) notFound();
    if (forFilter && NOT_FILTERABLE.includes(f.kind)) throw Errors.notFilterable(f.name, f.kind === 'URL' ? 'URL' : f.kind);
    if (!f.column) throw Errors.notFilterable(f.name, f.kind);
    const col = q(f.column);
    const base = { field: f, multi, isId: f.name === 'ID' };
    if (!isLookup) return { ...base, expr: col, kind: f.kind, indexed: f.indexed || f.name === 'ID' };
    const idKind: FieldKind = 'Integer';
    if (sub === undefined) sub = isUserKind(f.kind) ? 'Title' : f.lookupField ?? 'Title';
    if (/^id$/i.test(sub)) return { ...base, expr: col, kind: idKind, indexed: f.indexed && !multi };
    // a projected column of the lookup target (Ward/Title, Account/EMail)
    if (isUserKind(f.kind)) {
      const u = USER_COLUMNS[sub.toLowerCase()];
      if (!u) return notFound();
      return {
        ...base, expr: col, kind: u.kind, indexed: false,
        projection: { idExpr: col, fromSql: 'sp_users', valueExpr: q(u.col), multi },
      };
    }
    const target = f.lookupList ? this.store.listById(f.lookupList) : undefined;
    const tf = target?.byName.get(sub.toLowerCase());
    if (!target || !tf || !tf.column || NOT_FILTERABLE.includes(tf.kind) || tf.kind === 'LookupMulti' || tf.kind === 'MultiChoice') return notFound();
    return {
      ...base, expr: col, kind: tf.kind, indexed: false,
      projection: { idExpr: col, fromSql: q(target.table), valueExpr: q(tf.column), multi },
    };
  }

  /** Converts a literal to the column's storage type. */
  private literal(t: Target, o: Operand & { type: 'lit' }): SqlValue {
    const v = o.value;
    if (v === null) return null;
    const bad = (): never => {
      throw Errors.badRequest(`The value '${String(v)}' cannot be compared with the field '${t.field.name}'.`, '-1, Microsoft.SharePoint.SPException');
    };
    switch (t.kind) {
      case 'Boolean':
        if (typeof v === 'boolean') return v ? 1 : 0;
        if (v === 1 || v === 0 || v === '1' || v === '0') return Number(v);
        return bad();
      case 'DateTime': {
        if (typeof v !== 'string') return bad();
        return normaliseDate(v, false, FILTER_ZONE) ?? bad();
      }
      case 'Text': case 'Note': case 'Choice': case 'MultiChoice': case 'Guid':
        return typeof v === 'boolean' ? bad() : String(v);
      default: {
        const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
        return Number.isFinite(n) ? n : bad();
      }
    }
  }

  /** Wraps a value predicate (written against `x`) for scalar, multi-valued and projected targets. */
  private wrap(t: Target, predicate: (x: string) => string): string {
    if (t.projection) {
      const p = t.projection;
      const ids = `SELECT ${p.fromSql === 'sp_users' ? 'id' : 'ID'} FROM ${p.fromSql} WHERE ${predicate(p.valueExpr)}`;
      return p.multi ? `EXISTS (SELECT 1 FROM json_each(${p.idExpr}) j WHERE j.value IN (${ids}))` : `${p.idExpr} IN (${ids})`;
    }
    if (t.multi) return `EXISTS (SELECT 1 FROM json_each(${t.expr}) j WHERE ${predicate('j.value')})`;
    return predicate(t.expr);
  }

  private comparison(op: CmpOp, left: Operand, right: Operand, params: SqlValue[]): string {
    if (left.type === 'lit' && right.type !== 'lit') {
      const flip: Record<CmpOp, CmpOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };
      return this.comparison(flip[op], right, left, params);
    }
    if (left.type === 'lit' || right.type !== 'lit') throw Errors.unsupported(`${JSON.stringify(left)} ${op} ${JSON.stringify(right)}`);
    const t = this.resolve(left.path, true);
    if (left.type === 'part') {
      if (t.kind !== 'DateTime' || t.projection || t.multi) throw Errors.unsupported(`${left.fn}(${left.path})`);
      const fmt = { day: '%d', month: '%m', year: '%Y' }[left.fn];
      t.expr = `CAST(strftime('${fmt}', ${t.expr}) AS INTEGER)`;
      t.kind = 'Integer';
    }
    const value = this.literal(t, right);
    const sqlOp = { eq: '=', ne: '<>', gt: '>', ge: '>=', lt: '<', le: '<=' }[op];
    if (value === null) {
      if (op !== 'eq' && op !== 'ne') throw Errors.unsupported(`${left.type === 'field' ? left.path : ''} ${op} null`);
      if (t.multi && !t.projection) return op === 'eq' ? `(${t.expr} IS NULL OR ${t.expr} = '[]')` : `(${t.expr} IS NOT NULL AND ${t.expr} <> '[]')`;
      const idExpr = t.projection ? t.projection.idExpr : t.expr;
      return `${idExpr} IS ${op === 'eq' ? '' : 'NOT '}NULL`;
    }
    if (op === 'ne' && !t.multi && !t.projection) {
      params.push(value);
      return `(${t.expr} <> ? OR ${t.expr} IS NULL)`;
    }
    params.push(value);
    const positive = this.wrap(t, (x) => `${x} ${op === 'ne' ? '=' : sqlOp} ?`);
    return op === 'ne' ? `NOT ${positive}` : positive;
  }

  filter(node: FilterNode, params: SqlValue[]): string {
    switch (node.type) {
      case 'and':
      case 'or':
        return `(${this.filter(node.left, params)} ${node.type.toUpperCase()} ${this.filter(node.right, params)})`;
      case 'cmp':
        return this.comparison(node.op, node.left, node.right, params);
      default: {
        const t = this.resolve(node.path, true);
        if (!['Text', 'Choice', 'MultiChoice', 'Note'].includes(t.kind)) throw Errors.unsupported(`${node.type}(${node.path})`);
        const escaped = node.value.replace(/[\\%_]/g, (c) => `\\${c}`);
        params.push(node.type === 'startswith' ? `${escaped}%` : `%${escaped}%`);
        return this.wrap(t, (x) => `${x} LIKE ? ESCAPE '\\'`);
      }
    }
  }

  orderTargets(orderby: OrderBy[]): { expr: string; desc: boolean; name: string; target: Target }[] {
    const out = orderby.map((o) => {
      const t = this.resolve(o.path, false);
      if (t.projection || t.multi || NOT_FILTERABLE.includes(t.kind)) throw Errors.unsupported(`$orderby=${o.path}`);
      return { expr: t.expr, desc: o.desc, name: t.field.name, target: t };
    });
    if (!out.some((o) => o.name === 'ID')) out.push({ expr: 'ID', desc: false, name: 'ID', target: this.resolve('ID', false) });
    return out;
  }

  /** Rows after the skiptoken position, for the given order (keyset paging; no OFFSET scans). */
  keyset(order: ReturnType<ListSql['orderTargets']>, token: SkipToken, params: SqlValue[]): string | null {
    if (token.id === null) return null;
    const hasValues = order.some((o) => o.name !== 'ID' && o.name in token.values);
    if (!hasValues) {
      params.push(token.id);
      const idOrder = order.find((o) => o.name === 'ID')!;
      return `ID ${idOrder.desc !== token.pagedPrev ? '<' : '>'} ?`;
    }
    const value = (o: (typeof order)[number]): SqlValue => {
      if (o.name === 'ID') return token.id;
      const raw = token.values[o.name];
      if (raw === undefined || raw === '') return null;
      return ['Text', 'Choice', 'DateTime', 'Guid'].includes(o.target.kind) ? raw : Number(raw);
    };
    const clauses: string[] = [];
    for (let i = 0; i < order.length; i++) {
      const parts: string[] = [];
      for (let j = 0; j < i; j++) {
        const v = value(order[j]);
        if (v === null) parts.push(`${order[j].expr} IS NULL`);
        else {
          parts.push(`${order[j].expr} = ?`);
          params.push(v);
        }
      }
      const v = value(order[i]);
      const o = order[i];
      if (!o.desc) {
        if (v === null) parts.push(`${o.expr} IS NOT NULL`);
        else {
          parts.push(`${o.expr} > ?`);
          params.push(v);
        }
      } else if (v === null) parts.push('0');
      else {
        parts.push(`(${o.expr} < ? OR ${o.expr} IS NULL)`);
        params.push(v);
      }
      clauses.push(`(${parts.join(' AND ')})`);
    }
    return `(${clauses.join(' OR ')})`;
  }

  /**
   * SharePoint's list view threshold, applied when the list holds more items than the threshold
   * (or when forced): the first filter clause must be on an indexed column and narrow the list to
   * at most `threshold` items; $orderby only on indexed columns; $top no larger than the threshold.
   */
  checkThreshold(args: { filter: FilterNode | null; orderby: OrderBy[]; top: number; threshold: number; force: boolean }): void {
    const count = this.store.itemCount(this.list);
    if (count <= args.threshold && !args.force) return;
    if (args.top > args.threshold) throw Errors.threshold();
    for (const o of args.orderby) if (!this.resolve(o.path, false).indexed) throw Errors.threshold();
    if (!args.filter) return;
    const driver = drivingClause(args.filter);
    const leaves = leavesOf(driver);
    const targets = leaves.map((l) => this.resolve(l.type === 'cmp' ? (l.left.type === 'lit' ? (l.right as { path: string }).path : (l.left as { path: string }).path) : (l as { path: string }).path, true));
    if (targets.some((t) => !t.indexed)) throw Errors.threshold();
    if (targets.every((t) => t.isId)) return; // the primary key never scans
    const params: SqlValue[] = [];
    const where = this.filter(driver, params);
    const matched = Number(this.store.db.prepare(`SELECT COUNT(*) AS n FROM ${q(this.list.table)} WHERE ${where}`).get(...params)?.n ?? 0);
    if (matched > args.threshold) throw Errors.threshold();
  }
}

/** The clause SharePoint uses to seek: the leftmost conjunct (an or-group counts as one clause). */
function drivingClause(node: FilterNode): FilterNode {
  return node.type === 'and' ? drivingClause(node.left) : node;
}

function leavesOf(node: FilterNode): FilterNode[] {
  return node.type === 'and' || node.type === 'or' ? [...leavesOf(node.left), ...leavesOf(node.right)] : [node];
}
