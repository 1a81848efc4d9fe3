import { assertAcceptablePassword, normalizeDisplayName, normalizeEmail } from '@repairable/core';
import type { Kysely } from 'kysely';
import { AppError } from '../http/errors';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import { type Account, findAccountByEmail, insertAccount, updatePasswordHash } from '../store/accounts';
import type { Dialect, Write } from '../store/connect';
import { deleteOtherKnownDevices } from '../store/known-devices';
import type { Database } from '../store/schema';
import { deleteOtherSessions } from '../store/sessions';
import { findDevice, rememberDevice } from './known-device';
import { isCommonPassword, type PasswordHasher } from './passwords';
import { type Bucket, type LoginThrottle, signInBuckets } from './throttle';
import { newToken } from './tokens';

type ThrottleDeps = { write: Write; dialect: Dialect; throttle: LoginThrottle };

/**
 * Creates an account. When the email is already taken the caller gets an
 * answer of the same shape, status and cost (one argon2 hash either way)
 * for an account that does not exist, so registration cannot be used to
 * learn who has an account (SECURITY.md S3). `real` tells the route whether
 * to start a session that works; `deviceToken` is a known-device token for
 * the new account, or for a taken email a decoy that was never stored.
 * Every attempt that gets as far as the hash counts against the address
 * (S9), taken email or not.
 */
export async function registerAccount(
  deps: ThrottleDeps & { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher },
  input: { email: string; password: string; displayName: string; ip: string },
): Promise<{ account: Account; real: boolean; deviceToken: string }> {
  const email = normalizeEmail(input.email);
  const displayName = normalizeDisplayName(input.displayName);
  assertAcceptablePassword(input.password, isCommonPassword);
  await assertNotThrottled(deps, [{ kind: 'registration', id: input.ip }]);
  const now = deps.clock.now();
  const account: Account = {
    id: newId(now.getTime()),
    email,
    passwordHash: await deps.passwords.hash(input.password),
    displayName,
    createdAt: now.toISOString(),
  };
  // The account and its first device commit together: one durable write, and never an account without it.
  const { real, deviceToken } = await deps.write(async (trx) => {
    if (!(await insertAccount(trx, account))) return { real: false, deviceToken: undefined };
    return {
      real: true,
      deviceToken: await rememberDevice(trx, deps.clock, { accountId: account.id, deviceId: undefined }),
    };
  });
  return { account, real, deviceToken: deviceToken ?? newToken() };
}

/** Charges these buckets for one attempt, or answers 429 with Retry-After while any of them is backing off. */
async function assertNotThrottled(deps: ThrottleDeps, buckets: readonly Bucket[]): Promise<void> {
  const wait = await deps.throttle.reserve(deps, buckets);
  if (wait > 0) throw new AppError('too_many_attempts', { headers: { 'Retry-After': String(Math.ceil(wait / 1000)) } });
}

/**
 * Checks an email and password under the sign-in back-off. Unknown emails
 * and wrong passwords fail alike, after the same work. A browser that
 * carries a device token of this account is heard in its own bucket only.
 * @returns the account, and a new device token when this browser was not yet known
 */
export async function authenticate(
  deps: ThrottleDeps & { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher },
  input: { email: string; password: string; ip: string; deviceTokens: readonly string[] },
): Promise<{ account: Account; deviceToken: string | undefined }> {
  const email = normalizeEmail(input.email);
  const account = await findAccountByEmail(deps.db, email);
  // Looked up for unknown emails too (an id no account has), so both paths do the same work.
  const deviceId = await findDevice(deps.db, { accountId: account?.id ?? '', tokens: input.deviceTokens });
  const buckets = signInBuckets({ email, address: input.ip, deviceId });
  await assertNotThrottled(deps, buckets);
  const ok = account
    ? await deps.passwords.verify(account.passwordHash, input.password)
    : await deps.passwords.verifyNothing(input.password).then(() => false);
  if (!account || !ok) throw new AppError('invalid_credentials');
  const deviceToken = await deps.write(async (trx) => {
    await deps.throttle.settle(trx, buckets);
    return rememberDevice(trx, deps.clock, { accountId: account.id, deviceId });
  });
  return { account, deviceToken };
}

/**
 * Current-password checks are throttled per session, apart from sign-in:
 * someone holding a session can guess only slowly, and cannot slow the
 * owner's sign-in by doing so. Ending the other sessions also forgets the
 * other known devices, so a browser that was taken keeps no allowance.
 */
export async function changePassword(
  deps: ThrottleDeps & { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher },
  input: {
    account: Account;
    sessionId: string;
    currentPassword: string;
    newPassword: string;
    endOtherSessions: boolean;
    deviceTokens: readonly string[];
  },
): Promise<void> {
  // The new password is judged first: refusing it says nothing about the current one, and costs no charge.
  assertAcceptablePassword(input.newPassword, isCommonPassword);
  const buckets: Bucket[] = [{ kind: 'password', id: input.sessionId }];
  await assertNotThrottled(deps, buckets);
  if (!(await deps.passwords.verify(input.account.passwordHash, input.currentPassword))) {
    throw new AppError('wrong_password');
  }
  const passwordHash = await deps.passwords.hash(input.newPassword);
  const keepDevice = input.endOtherSessions
    ? await findDevice(deps.db, { accountId: input.account.id, tokens: input.deviceTokens })
    : undefined;
  await deps.write(async (trx) => {
    await deps.throttle.settle(trx, buckets);
    await updatePasswordHash(trx, { accountId: input.account.id, passwordHash, at: deps.clock.now().toISOString() });
    if (input.endOtherSessions) {
      await deleteOtherSessions(trx, { accountId: input.account.id, keepId: input.sessionId });
      await deleteOtherKnownDevices(trx, { accountId: input.account.id, keepId: keepDevice });
    }
  });
}
