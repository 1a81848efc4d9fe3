import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../http/env';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import { findKnownDevice, insertKnownDevice, pruneKnownDevices, touchKnownDevice } from '../store/known-devices';
import type { Database } from '../store/schema';
import { hashToken, isTokenShaped, newToken } from './tokens';

/**
 * A browser that has signed in to an account before keeps its own sign-in
 * allowance (SECURITY.md S4): it carries a long-lived random token in an
 * HttpOnly cookie, stored on the server only as a hash and bound to that
 * account. The token opens nothing; it only decides which back-off bucket a
 * sign-in is heard in. One cookie holds a few tokens, so a browser shared by
 * two accounts keeps both.
 */
export const DEVICE_TOKENS_PER_COOKIE = 4;
/** The longest a browser keeps a cookie (Chrome caps expiry at 400 days). */
const DEVICE_LIFETIME_MS = 400 * 24 * 60 * 60 * 1000;
/** Devices remembered per account; the least recently used go first. */
const DEVICES_PER_ACCOUNT = 10;

function deviceCookieName(secure: boolean): string {
  return secure ? '__Host-device' : 'device';
}

/** The well-formed tokens the browser sent, at most a few; anything else is ignored. */
export function readDeviceTokens(c: Context<AppEnv>): string[] {
  const value = getCookie(c, deviceCookieName(c.get('secure'))) ?? '';
  return value.split('.').filter(isTokenShaped).slice(0, DEVICE_TOKENS_PER_COOKIE);
}

/** The id of this account's device among the tokens sent, if one is. */
export function findDevice(db: Kysely<Database>, props: { accountId: string; tokens: readonly string[] }) {
  return findKnownDevice(db, { accountId: props.accountId, tokenHashes: props.tokens.map(hashToken) });
}

/**
 * After a success, inside the caller's write: refreshes the device that was
 * recognised, or remembers this browser as a new one.
 * @returns the new token to add to the cookie, when one was made
 */
export async function rememberDevice(
  trx: Kysely<Database>,
  clock: Clock,
  props: { accountId: string; deviceId: string | undefined },
): Promise<string | undefined> {
  const now = clock.now();
  const at = now.toISOString();
  if (props.deviceId) {
    await touchKnownDevice(trx, { id: props.deviceId, at });
    return undefined;
  }
  const token = newToken();
  await insertKnownDevice(trx, {
    id: newId(now.getTime()),
    accountId: props.accountId,
    tokenHash: hashToken(token),
    at,
  });
  await pruneKnownDevices(trx, {
    accountId: props.accountId,
    before: new Date(now.getTime() - DEVICE_LIFETIME_MS).toISOString(),
    keep: DEVICES_PER_ACCOUNT,
  });
  return token;
}

/**
 * Sets the device cookie: the new token first, then those the browser
 * already had. Registering an email that is taken passes a token that was
 * never stored, so its answer has the same cookies as a real registration
 * (S3) and the token opens no allowance for the existing account.
 */
export function setDeviceCookie(
  c: Context<AppEnv>,
  props: { added: string | undefined; had: readonly string[] },
): void {
  const tokens = [...(props.added ? [props.added] : []), ...props.had.filter((t) => t !== props.added)].slice(
    0,
    DEVICE_TOKENS_PER_COOKIE,
  );
  if (tokens.length === 0) return;
  const secure = c.get('secure');
  setCookie(c, deviceCookieName(secure), tokens.join('.'), {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: Math.floor(DEVICE_LIFETIME_MS / 1000),
  });
}
