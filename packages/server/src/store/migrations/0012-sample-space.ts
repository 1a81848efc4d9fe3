import { type Kysely, sql } from 'kysely';
import type { Migration } from './index';

/**
 * A sample space ("Try with sample data", `repairable demo`) is marked as
 * one, instead of being known by its name: renaming it keeps it a sample, one
 * per person at a time, and the app can say so. 0/1 like every flag here.
 * Spaces made before this carry the name every sample space was given then,
 * so those are marked too (the name is written out: a released migration
 * never follows later code).
 */
export const sampleSpace: Migration = {
  name: '0012-sample-space',
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('space')
      .addColumn('sample', 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
    await sql`update space set sample = 1 where name = ${'Sample space (demo)'}`.execute(db);
  },
};
