import type SqliteDatabase from 'better-sqlite3';

/**
 * What Kysely's SQLite driver needs of a database: `prepare`, and of a
 * statement `reader`, `all`, `run` and `iterate`.
 */
interface DriverStatement {
  readonly reader: boolean;
  all(parameters: readonly unknown[]): unknown[];
  run(parameters: readonly unknown[]): SqliteDatabase.RunResult;
  iterate(parameters: readonly unknown[]): IterableIterator<unknown>;
}

/** Distinct SQL texts are few (queries are built, not concatenated), so this bound is rarely reached. */
const STATEMENT_CACHE_SIZE = 500;

const SCHEMA_CHANGE = /^\s*(create|alter|drop)\s/i;

type MakeRow = (values: unknown[]) => Record<string, unknown>;

/**
 * A function building one row object from raw values, with the columns as
 * literal keys: V8 gives every row the same shape, and it is twice as fast
 * as better-sqlite3 making objects itself. The names come from SQLite's
 * description of our own queries and are written as JSON string literals.
 */
function rowMaker(columns: readonly string[]): MakeRow | undefined {
  // A literal `__proto__` key would set the prototype instead of a field.
  if (columns.includes('__proto__')) return undefined;
  const fields = columns.map((name, i) => `${JSON.stringify(name)}: values[${i}]`).join(', ');
  return new Function('values', `return { ${fields} };`) as MakeRow;
}

/**
 * Reads rows as arrays and shapes them in JavaScript. If the schema changes
 * under a prepared statement (a migration), SQLite re-prepares it and the
 * number of columns can change: the maker is rebuilt when it no longer fits.
 */
function rawReader(statement: SqliteDatabase.Statement): DriverStatement {
  const raw = statement.raw(true);
  let columns = raw.columns().map((c) => c.name);
  let make = rowMaker(columns);
  const shape = (rows: unknown[][]): unknown[] => {
    const first = rows[0];
    if (first && first.length !== columns.length) {
      columns = raw.columns().map((c) => c.name);
      make = rowMaker(columns);
    }
    if (!make) return rows.map((values) => Object.fromEntries(columns.map((name, i) => [name, values[i]])));
    return rows.map(make);
  };
  return {
    reader: true,
    all: (parameters) => shape(raw.all(parameters) as unknown[][]),
    run: (parameters) => raw.run(parameters),
    *iterate(parameters) {
      for (const values of raw.iterate(parameters)) yield shape([values as unknown[]])[0];
    },
  };
}

/**
 * Prepared statements for Kysely, reused and read fast. Kysely prepares
 * every query anew; better-sqlite3 statements can be reused, and preparing
 * was about a tenth of the server's CPU on common requests. Reuse is safe
 * because better-sqlite3 runs each statement to completion synchronously.
 * Least recently used statements are dropped past the bound.
 */
export function withStatementCache(sqlite: SqliteDatabase.Database) {
  const cache = new Map<string, DriverStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): DriverStatement {
      let statement = cache.get(sql);
      if (statement) {
        cache.delete(sql);
      } else {
        const prepared = sqlite.prepare(sql);
        // After a schema change (migrations, at start) no cached reader's columns can be trusted.
        if (SCHEMA_CHANGE.test(sql)) cache.clear();
        statement = prepared.reader ? rawReader(prepared) : prepared;
        if (cache.size >= STATEMENT_CACHE_SIZE) {
          const oldest = cache.keys().next();
          if (!oldest.done) cache.delete(oldest.value);
        }
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}
