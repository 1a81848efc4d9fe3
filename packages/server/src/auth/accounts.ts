import { assertAcceptablePassword, normalizeDisplayName, normalizeEmail } from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../http/errors';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import { type Account, findAccountByEmail, insertAccount, updatePasswordHash } from '../store/accounts';
import type { Write } from '../store/connect';
import type { Database } from '../store/schema';
import { deleteOtherSessions } from '../store/sessions';
import { isCommonPassword, type PasswordHasher } from './passwords';
import type { LoginThrottle } from './throttle';

/**
 * Creates an account. When the email is already taken the caller gets an
 * answer of the same shape, status and cost (one argon2 hash either way)
 * for an account that does not exist, so registration cannot be used to
 * learn who has an account (SECURITY.md S3). `real` tells the route whether
 * to start a session that works.
 */
export async function registerAccount(
  deps: { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher },
  input: { email: string; password: string; displayName: string },
): Promise<{ account: Account; real: boolean }> {
  const email = normalizeEmail(input.email);
  const displayName = normalizeDisplayName(input.displayName);
  assertAcceptablePassword(input.password, isCommonPassword);
  const now = deps.clock.now();
  const account: Account = {
    id: newId(now.getTime()),
    email,
    passwordHash: await deps.passwords.hash(input.password),
    displayName,
    createdAt: now.toISOString(),
  };
  const real = await insertAccount(deps.db, account);
  return { account, real };
}

/** A 429 with Retry-After while the back-off for this account or address lasts. */
function assertNotThrottled(throttle: LoginThrottle, keys: { account: string; ip: string }): void {
  const wait = throttle.waitFor(keys);
  if (wait > 0) throw new AppError('too_many_attempts', { headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } });
}

/**
 * Checks an email and password under the login throttle. Unknown emails
 * and wrong passwords fail alike, after the same work.
 */
export async function authenticate(
  deps: { db: Kysely<Database>; passwords: PasswordHasher; throttle: LoginThrottle },
  input: { email: string; password: string; ip: string },
): Promise<Account> {
  const email = normalizeEmail(input.email);
  const keys = { account: email, ip: input.ip };
  assertNotThrottled(deps.throttle, keys);
  const account = await findAccountByEmail(deps.db, email);
  const ok = account
    ? await deps.passwords.verify(account.passwordHash, input.password)
    : await deps.passwords.verifyNothing(input.password).then(() => false);
  if (!account || !ok) {
    deps.throttle.recordFailure(keys);
    throw new AppError('invalid_credentials');
  }
  deps.throttle.recordSuccess(keys);
  return account;
}

export async function changePassword(
  deps: { db: Kysely<Database>; write: Write; clock: Clock; passwords: PasswordHasher; throttle: LoginThrottle },
  input: {
    account: Account;
    sessionId: string;
    currentPassword: string;
    newPassword: string;
    endOtherSessions: boolean;
    ip: string;
  },
): Promise<void> {
  const keys = { account: input.account.email, ip: input.ip };
  assertNotThrottled(deps.throttle, keys);
  if (!(await deps.passwords.verify(input.account.passwordHash, input.currentPassword))) {
    deps.throttle.recordFailure(keys);
    throw new AppError('wrong_password');
  }
  assertAcceptablePassword(input.newPassword, isCommonPassword);
  const passwordHash = await deps.passwords.hash(input.newPassword);
  await deps.write(async (trx) => {
    await updatePasswordHash(trx, { accountId: input.account.id, passwordHash, at: deps.clock.now().toISOString() });
    if (input.endOtherSessions)
      await deleteOtherSessions(trx, { accountId: input.account.id, keepId: input.sessionId });
  });
}
