import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** The device among these token hashes that belongs to this account, if any. */
export async function findKnownDevice(
  db: Kysely<Database>,
  props: { accountId: string; tokenHashes: readonly string[] },
): Promise<string | undefined> {
  if (props.tokenHashes.length === 0) return undefined;
  const row = await db
    .selectFrom('known_device')
    .select('id')
    .where('account_id', '=', props.accountId)
    .where('token_hash', 'in', [...props.tokenHashes])
    .executeTakeFirst();
  return row?.id;
}

export async function insertKnownDevice(
  db: Kysely<Database>,
  props: { id: string; accountId: string; tokenHash: string; at: string },
): Promise<void> {
  await db
    .insertInto('known_device')
    .values({
      id: props.id,
      account_id: props.accountId,
      token_hash: props.tokenHash,
      created_at: props.at,
      last_used_at: props.at,
    })
    .execute();
}

export async function touchKnownDevice(db: Kysely<Database>, props: { id: string; at: string }): Promise<void> {
  await db.updateTable('known_device').set({ last_used_at: props.at }).where('id', '=', props.id).execute();
}

/**
 * Keeps an account's devices bounded: forgets those unused since `before`
 * and all but the `keep` most recently used.
 */
export async function pruneKnownDevices(
  db: Kysely<Database>,
  props: { accountId: string; before: string; keep: number },
): Promise<void> {
  await db
    .deleteFrom('known_device')
    .where('account_id', '=', props.accountId)
    .where((eb) =>
      eb.or([
        eb('last_used_at', '<', props.before),
        eb(
          'id',
          'not in',
          db
            .selectFrom('known_device')
            .select('id')
            .where('account_id', '=', props.accountId)
            .orderBy('last_used_at', 'desc')
            .orderBy('id', 'desc')
            .limit(props.keep),
        ),
      ]),
    )
    .execute();
}

/** Forgets every device of the account but one (after a password change that ends other sessions). */
export async function deleteOtherKnownDevices(
  db: Kysely<Database>,
  props: { accountId: string; keepId: string | undefined },
): Promise<void> {
  let query = db.deleteFrom('known_device').where('account_id', '=', props.accountId);
  if (props.keepId) query = query.where('id', '!=', props.keepId);
  await query.execute();
}
