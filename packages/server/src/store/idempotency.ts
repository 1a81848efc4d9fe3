import type { Kysely } from 'kysely';
import type { Database } from './schema';

export interface StoredAnswer {
  fingerprint: string;
  spaceId: string | null;
  status: number;
  body: string | null;
  createdAt: string;
}

/**
 * Claims a key for a first request. Forgets this account's keys older than
 * `forgetBefore` on the way, so the table stays small.
 * @returns true when this call claimed the key
 */
export async function claimKey(
  db: Kysely<Database>,
  props: {
    accountId: string;
    key: string;
    fingerprint: string;
    spaceId: string | null;
    at: string;
    forgetBefore: string;
  },
): Promise<boolean> {
  await db
    .deleteFrom('idempotency_key')
    .where('account_id', '=', props.accountId)
    .where('created_at', '<', props.forgetBefore)
    .execute();
  const result = await db
    .insertInto('idempotency_key')
    .values({
      account_id: props.accountId,
      key: props.key,
      fingerprint: props.fingerprint,
      status: 0,
      body: null,
      space_id: props.spaceId,
      created_at: props.at,
    })
    .onConflict((oc) => oc.columns(['account_id', 'key']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function findKey(
  db: Kysely<Database>,
  props: { accountId: string; key: string },
): Promise<StoredAnswer | undefined> {
  const row = await db
    .selectFrom('idempotency_key')
    .selectAll()
    .where('account_id', '=', props.accountId)
    .where('key', '=', props.key)
    .executeTakeFirst();
  return (
    row && {
      fingerprint: row.fingerprint,
      spaceId: row.space_id,
      status: Number(row.status),
      body: row.body,
      createdAt: row.created_at,
    }
  );
}

/** Takes over a claim whose first request never finished (the process died). Only one taker wins. */
export async function reclaimStaleKey(
  db: Kysely<Database>,
  props: { accountId: string; key: string; staleCreatedAt: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('idempotency_key')
    .set({ created_at: props.at })
    .where('account_id', '=', props.accountId)
    .where('key', '=', props.key)
    .where('status', '=', 0)
    .where('created_at', '=', props.staleCreatedAt)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function storeAnswer(
  db: Kysely<Database>,
  props: { accountId: string; key: string; status: number; body: string },
): Promise<void> {
  await db
    .updateTable('idempotency_key')
    .set({ status: props.status, body: props.body })
    .where('account_id', '=', props.accountId)
    .where('key', '=', props.key)
    .execute();
}

export async function releaseKey(db: Kysely<Database>, props: { accountId: string; key: string }): Promise<void> {
  await db
    .deleteFrom('idempotency_key')
    .where('account_id', '=', props.accountId)
    .where('key', '=', props.key)
    .execute();
}

/** Leaving a space takes the answers kept for one's requests about it (they may hold private content). */
export async function deleteIdempotencyKeysOf(
  db: Kysely<Database>,
  props: { spaceId: string; accountId: string },
): Promise<void> {
  await db
    .deleteFrom('idempotency_key')
    .where('space_id', '=', props.spaceId)
    .where('account_id', '=', props.accountId)
    .execute();
}
