import { type Kysely, sql } from 'kysely';
import type { Dialect } from './connect';
import { migrations as defaultMigrations, type Migration } from './migrations/index';
import type { Database } from './schema';

/** An arbitrary constant that names our lock among PostgreSQL advisory locks. */
const MIGRATION_LOCK_KEY = 7_265_531;

/**
 * Applies pending migrations in order. Each runs in its own transaction
 * together with its bookkeeping row, so a failing migration leaves the
 * database exactly as it was (SECURITY.md R4). On PostgreSQL an advisory
 * lock makes concurrent starts of several instances wait for each other.
 *
 * @returns the names of the migrations applied by this call
 */
export async function migrateToLatest(
  db: Kysely<Database>,
  dialect: Dialect,
  migrations: readonly Migration[] = defaultMigrations,
): Promise<string[]> {
  await db.schema
    .createTable('schema_migration')
    .ifNotExists()
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await db.transaction().execute(async (trx) => {
      if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`.execute(trx);
      const existing = await trx
        .selectFrom('schema_migration')
        .select('name')
        .where('name', '=', migration.name)
        .executeTakeFirst();
      if (existing) return false;
      // Migrations are written against the schema of their own time, not today's types.
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('schema_migration')
        .values({ name: migration.name, applied_at: new Date().toISOString() })
        .execute();
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
