import { DURATIONS } from '@repairable/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../http/env';
import type { Clock } from '../ports/clock';
import { newId } from '../ports/ids';
import type { Database } from '../store/schema';
import { deleteSession, findSessionByTokenHash, insertSession, type Session, touchSession } from '../store/sessions';
import { describeDevice } from './device';
import { hashToken, newToken } from './tokens';

/** `__Host-` binds the cookie to this exact origin over HTTPS (SECURITY.md S7). */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-session' : 'session';
}

/** Writes a touch at most this often, so reads do not each cost a write. */
const TOUCH_EVERY_MS = 60_000;

export async function startSession(
  deps: { db: Kysely<Database>; clock: Clock },
  props: { accountId: string; userAgent: string | undefined },
): Promise<{ token: string; session: Session }> {
  const now = deps.clock.now();
  const token = newToken();
  const session: Session = {
    id: newId(now.getTime()),
    accountId: props.accountId,
    tokenHash: hashToken(token),
    device: describeDevice(props.userAgent),
    createdAt: now.toISOString(),
    lastUsedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + DURATIONS.sessionAbsolute).toISOString(),
  };
  await insertSession(deps.db, session);
  return { token, session };
}

/**
 * Finds the live session for a token. A session idle for 14 days or older
 * than 90 days is deleted on sight (SECURITY.md S5).
 */
export async function resolveSession(
  deps: { db: Kysely<Database>; clock: Clock },
  token: string,
): Promise<Session | undefined> {
  const session = await findSessionByTokenHash(deps.db, hashToken(token));
  if (!session) return undefined;
  const now = deps.clock.now();
  const idleSince = Date.parse(session.lastUsedAt);
  if (now.getTime() - idleSince > DURATIONS.sessionIdle || now.toISOString() >= session.expiresAt) {
    await deleteSession(deps.db, { id: session.id, accountId: session.accountId });
    return undefined;
  }
  if (now.getTime() - idleSince > TOUCH_EVERY_MS) {
    await touchSession(deps.db, { id: session.id, at: now.toISOString() });
  }
  return session;
}

export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  const secure = c.get('secure');
  setCookie(c, sessionCookieName(secure), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure,
    maxAge: Math.floor(DURATIONS.sessionAbsolute / 1000),
  });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  const secure = c.get('secure');
  deleteCookie(c, sessionCookieName(secure), { path: '/', secure });
}

export function readSessionToken(c: Context<AppEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.get('secure')));
}
