import type { Kysely, Selectable } from 'kysely';
import type { Database, SessionTable } from './schema';

export interface Session {
  id: string;
  accountId: string;
  tokenHash: string;
  device: string;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

function toSession(row: Selectable<SessionTable>): Session {
  return {
    id: row.id,
    accountId: row.account_id,
    tokenHash: row.token_hash,
    device: row.device,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    expiresAt: row.expires_at,
  };
}

export async function insertSession(db: Kysely<Database>, s: Session): Promise<void> {
  await db
    .insertInto('session')
    .values({
      id: s.id,
      account_id: s.accountId,
      token_hash: s.tokenHash,
      device: s.device,
      created_at: s.createdAt,
      last_used_at: s.lastUsedAt,
      expires_at: s.expiresAt,
    })
    .execute();
}

export async function findSessionByTokenHash(db: Kysely<Database>, tokenHash: string): Promise<Session | undefined> {
  const row = await db.selectFrom('session').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
  return row && toSession(row);
}

export async function listSessions(db: Kysely<Database>, accountId: string): Promise<Session[]> {
  const rows = await db
    .selectFrom('session')
    .selectAll()
    .where('account_id', '=', accountId)
    .orderBy('last_used_at', 'desc')
    .execute();
  return rows.map(toSession);
}

export async function touchSession(db: Kysely<Database>, props: { id: string; at: string }): Promise<void> {
  await db.updateTable('session').set({ last_used_at: props.at }).where('id', '=', props.id).execute();
}

/** @returns whether a session of this account was deleted */
export async function deleteSession(db: Kysely<Database>, props: { id: string; accountId: string }): Promise<boolean> {
  const result = await db
    .deleteFrom('session')
    .where('id', '=', props.id)
    .where('account_id', '=', props.accountId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function deleteOtherSessions(
  db: Kysely<Database>,
  props: { accountId: string; keepId: string },
): Promise<void> {
  await db.deleteFrom('session').where('account_id', '=', props.accountId).where('id', '!=', props.keepId).execute();
}

export async function findSessionById(db: Kysely<Database>, id: string): Promise<Session | undefined> {
  const row = await db.selectFrom('session').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSession(row);
}
