import { type Kysely, sql } from 'kysely';
import type { Dialect } from './connect';
import type { Database } from './schema';

export interface BucketState {
  failures: number;
  lastFailureAt: string;
  forgetAt: string;
}

/**
 * Reads back-off buckets inside a write. On PostgreSQL missing rows are
 * made first and all are locked in key order until the transaction ends, so
 * two attempts at once cannot both read the count from before the other's
 * charge, not even on a bucket's first attempt (SQLite serialises writes).
 */
export async function readBuckets(
  trx: Kysely<Database>,
  props: { keys: readonly string[]; dialect: Dialect; at: string },
): Promise<Map<string, BucketState>> {
  const keys = [...props.keys].sort();
  if (props.dialect === 'postgres' && keys.length > 0) {
    await trx
      .insertInto('throttle')
      .values(keys.map((key) => ({ key, failures: 0, last_failure_at: props.at, forget_at: props.at })))
      .onConflict((oc) => oc.column('key').doNothing())
      .execute();
  }
  let query = trx
    .selectFrom('throttle')
    .select(['key', 'failures', 'last_failure_at', 'forget_at'])
    .where('key', 'in', keys)
    .orderBy('key');
  if (props.dialect === 'postgres') query = query.forUpdate();
  const rows = await query.execute();
  return new Map(
    rows.map((r) => [r.key, { failures: Number(r.failures), lastFailureAt: r.last_failure_at, forgetAt: r.forget_at }]),
  );
}

/**
 * One more failure on each bucket, in one statement; a bucket whose quiet
 * spell has passed starts again at one.
 */
export async function chargeBuckets(
  trx: Kysely<Database>,
  props: { buckets: readonly { key: string; forgetAt: string }[]; at: string },
): Promise<void> {
  if (props.buckets.length === 0) return;
  await trx
    .insertInto('throttle')
    .values(props.buckets.map((b) => ({ key: b.key, failures: 1, last_failure_at: props.at, forget_at: b.forgetAt })))
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        failures: sql<number>`case when throttle.forget_at <= ${props.at} then 1 else throttle.failures + 1 end`,
        last_failure_at: props.at,
        forget_at: (eb) => eb.ref('excluded.forget_at'),
      }),
    )
    .execute();
}

/** Takes back one charge from each bucket, where it turned out not to be a failure. */
export async function refundBuckets(trx: Kysely<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await trx
    .updateTable('throttle')
    .set({ failures: sql<number>`failures - 1` })
    .where('key', 'in', keys)
    .where('failures', '>', 0)
    .execute();
}

export async function clearBuckets(trx: Kysely<Database>, keys: readonly string[]): Promise<void> {
  if (keys.length === 0) return;
  await trx.deleteFrom('throttle').where('key', 'in', keys).execute();
}

/**
 * Forgets up to `limit` buckets that have been quiet long enough. Batched so
 * one prune never holds the database for long.
 * @returns how many were removed
 */
export async function pruneBuckets(trx: Kysely<Database>, props: { before: string; limit: number }): Promise<number> {
  const result = await trx
    .deleteFrom('throttle')
    .where(
      'key',
      'in',
      trx.selectFrom('throttle').select('key').where('forget_at', '<=', props.before).limit(props.limit),
    )
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
