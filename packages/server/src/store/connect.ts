import { chmodSync, closeSync, openSync } from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { groupCommit, type WriteWork } from './group-commit';
import type { Database } from './schema';
import { withStatementCache } from './sqlite-statements';

export type Dialect = 'sqlite' | 'postgres';

export interface Store {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Runs work in a transaction; on SQLite, concurrent work shares one durable commit. */
  write: Write;
  close(): Promise<void>;
}

export type Write = <T>(work: WriteWork<T>) => Promise<T>;

export type StoreTarget = { dialect: 'sqlite'; file: string } | { dialect: 'postgres'; url: string };

/**
 * Opens the database. SQLite is tuned for durability first (WAL with
 * synchronous=FULL: an acknowledged write survives a crash, SECURITY.md R1)
 * and waits on a busy lock instead of failing.
 */
export function openStore(
  target: StoreTarget,
  onConnectionError: (err: Error) => void = () => {},
  options: { maxQueuedWrites?: number } = {},
): Store {
  if (target.dialect === 'sqlite') {
    keepToOwner(target.file);
    const sqlite = new SqliteDatabase(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = FULL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const stopOptimizing = keepStatistics(sqlite);
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    const write = groupCommit(db, { maxQueued: options.maxQueuedWrites });
    const close = () => {
      stopOptimizing();
      return db.destroy();
    };
    return { db, dialect: 'sqlite', write, close };
  }
  const pool = new pg.Pool({ connectionString: target.url, max: 10 });
  // An idle connection can die (a database restart, an admin ending it). The pool drops it and
  // opens another when needed; without a listener Node would treat the error as fatal.
  pool.on('error', onConnectionError);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', write: (work) => db.transaction().execute(work), close: () => db.destroy() };
}

/** How often a long-running server lets SQLite refresh its statistics (SQLite's advice: hourly or daily). */
const OPTIMIZE_EVERY_MS = 60 * 60 * 1000;

/**
 * Keeps SQLite's table statistics (`sqlite_stat1`) fresh, as SQLite
 * advises for long-lived connections: `PRAGMA optimize=0x10002` at open,
 * then `PRAGMA optimize` every hour, each reading at most ~400 rows per
 * index (`analysis_limit`), so a few tens of ms on a 100,000-moment file.
 * Without statistics the planner guesses that `space_id = ?` matches about
 * ten rows and, for a rupture page's links (`space_id = ? and id in (…)`),
 * walked a whole space's index instead of looking up the few ids: 6.5 ms
 * instead of 0.04 on 100,000 moments (bench/README, the insights bench).
 * @returns a function stopping the hourly refresh
 */
function keepStatistics(sqlite: SqliteDatabase.Database): () => void {
  sqlite.pragma('analysis_limit = 400');
  sqlite.pragma('optimize = 0x10002');
  const timer = setInterval(() => {
    try {
      sqlite.pragma('optimize');
    } catch {
      // Busy or closing: the next hour tries again; statistics only guide the planner.
    }
  }, OPTIMIZE_EVERY_MS);
  timer.unref();
  return () => clearInterval(timer);
}

const OWNER_ONLY = 0o600;

/**
 * The database holds the most private things people write: its files are
 * readable by the server's own user only (SECURITY.md R7). SQLite would
 * create the file 0644 (less the umask), so it is created first, 0600; SQLite
 * gives the -wal and -shm files it makes later the database file's mode.
 * Files left world-readable by an older version are tightened, where this
 * user is allowed to.
 */
function keepToOwner(file: string): void {
  closeSync(openSync(file, 'a', OWNER_ONLY));
  for (const path of [file, `${file}-wal`, `${file}-shm`]) {
    try {
      chmodSync(path, OWNER_ONLY);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'EPERM') throw err;
    }
  }
}
