/**
 * node:sqlite (Node 22's built-in SQLite) behind a small typed interface. It is loaded with
 * require because the project's @types/node predates node:sqlite; the interface below is the
 * subset the server uses.
 */
export type SqlValue = null | number | bigint | string | Uint8Array;

export interface RunResult {
  changes: number | bigint;
  lastInsertRowid: number | bigint;
}

export interface Statement {
  run(...params: SqlValue[]): RunResult;
  get(...params: SqlValue[]): Record<string, SqlValue> | undefined;
  all(...params: SqlValue[]): Record<string, SqlValue>[];
}

export interface Database {
  exec(sql: string): void;
  prepare(sql: string): Statement;
  close(): void;
}

export function openDatabase(file: string): Database {
  // node:sqlite warns that it is experimental on first load; that line is noise in every test run
  const emit = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    if (!String(warning).includes('SQLite')) (emit as (...a: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  let sqlite: { DatabaseSync: new (file: string) => Database };
  try {
    // eslint-disable-next-line @typescript-eslint/no-var-requires
    sqlite = require('node:sqlite');
  } finally {
    process.emitWarning = emit;
  }
  const db = new sqlite.DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF;');
  return db;
}

/** Quotes an identifier (table or column name) for SQL. */
export const q = (name: string): string => `"${name.replace(/"/g, '""')}"`;
