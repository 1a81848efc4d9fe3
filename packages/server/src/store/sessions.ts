import { DURATIONS } from '@repairable/core';
import type { Kysely, Selectable } from 'kysely';
import { olderThan, type Page, type PageRequest, pageLimit, readPage } from './paging';
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

/** The sessions behind several token hashes at once (a request may carry a few session cookies), in no order. */
export async function findSessionsByTokenHashes(
  db: Kysely<Database>,
  tokenHashes: readonly string[],
): Promise<Session[]> {
  if (tokenHashes.length === 0) return [];
  const rows = await db.selectFrom('session').selectAll().where('token_hash', 'in', tokenHashes).execute();
  return rows.map(toSession);
}

/**
 * One page of an account's live sessions, newest sign-in first. Ordered by
 * when each began, which never changes: ordered by last use, a session used
 * between two pages would jump over the cursor and be missed. Sessions past
 * their idle or absolute end (deleted only when next presented) are left out.
 */
export function listSessions(
  db: Kysely<Database>,
  props: { accountId: string; now: Date; page: PageRequest },
): Promise<Page<Session>> {
  const idleLimit = new Date(props.now.getTime() - DURATIONS.sessionIdle).toISOString();
  return readPage(
    props.page,
    async ({ before, limit }) => {
      let query = db
        .selectFrom('session')
        .selectAll()
        .where('account_id', '=', props.accountId)
        .where('expires_at', '>', props.now.toISOString())
        .where('last_used_at', '>=', idleLimit);
      if (before) query = query.where(olderThan('created_at', before));
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(pageLimit(limit)).execute();
      return rows.map(toSession);
    },
    (s) => ({ at: s.createdAt, id: s.id }),
  );
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
