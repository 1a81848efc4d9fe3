import type { Kysely, Selectable } from 'kysely';
import type { Dialect } from './connect';
import type { AccountTable, Database } from './schema';

export interface Account {
  id: string;
  email: string;
  passwordHash: string;
  displayName: string;
  createdAt: string;
}

function toAccount(row: Selectable<AccountTable>): Account {
  return {
    id: row.id,
    email: row.email,
    passwordHash: row.password_hash,
    displayName: row.display_name,
    createdAt: row.created_at,
  };
}

/**
 * Serialises one person's writes that check a bound of theirs before they
 * add (one sample space at a time) until the transaction ends, as `lockSpace`
 * does for a space: SQLite write transactions are serialised already;
 * PostgreSQL locks the account row, leaving other rows free to reference it.
 */
export async function lockAccount(db: Kysely<Database>, props: { accountId: string; dialect: Dialect }): Promise<void> {
  if (props.dialect !== 'postgres') return;
  await db.selectFrom('account').select('id').where('id', '=', props.accountId).forNoKeyUpdate().execute();
}

export async function findAccountByEmail(db: Kysely<Database>, email: string): Promise<Account | undefined> {
  const row = await db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
  return row && toAccount(row);
}

export async function findAccountById(db: Kysely<Database>, id: string): Promise<Account | undefined> {
  const row = await db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAccount(row);
}

/**
 * Inserts an account unless the email is taken.
 * @returns false when another account already has this email
 */
export async function insertAccount(db: Kysely<Database>, account: Account): Promise<boolean> {
  const result = await db
    .insertInto('account')
    .values({
      id: account.id,
      email: account.email,
      password_hash: account.passwordHash,
      display_name: account.displayName,
      created_at: account.createdAt,
      updated_at: account.createdAt,
    })
    .onConflict((oc) => oc.column('email').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0) === 1;
}

export async function updatePasswordHash(
  db: Kysely<Database>,
  props: { accountId: string; passwordHash: string; at: string },
): Promise<void> {
  await db
    .updateTable('account')
    .set({ password_hash: props.passwordHash, updated_at: props.at })
    .where('id', '=', props.accountId)
    .execute();
}
