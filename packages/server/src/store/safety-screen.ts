import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** P5: since when this account's view puts safety first; undefined when it does not. */
export async function findSafetyFirst(db: Kysely<Database>, accountId: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('safety_screen')
    .select('since')
    .where('account_id', '=', accountId)
    .executeTakeFirst();
  return row?.since;
}

/** Switches the account's view to safety first; an earlier start is kept. */
export async function putSafetyFirst(db: Kysely<Database>, props: { accountId: string; at: string }): Promise<string> {
  await db
    .insertInto('safety_screen')
    .values({ account_id: props.accountId, since: props.at })
    .onConflict((oc) => oc.column('account_id').doNothing())
    .execute();
  return (await findSafetyFirst(db, props.accountId)) ?? props.at;
}

/** Back to the usual view: nothing of the screen is kept. */
export async function clearSafetyFirst(db: Kysely<Database>, accountId: string): Promise<void> {
  await db.deleteFrom('safety_screen').where('account_id', '=', accountId).execute();
}
