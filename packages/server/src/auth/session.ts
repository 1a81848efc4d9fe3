import { DURATIONS } from '@repairable/core';
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../http/env';
import type { Clock } from '../ports/clock';
import type { EventBus } from '../ports/event-bus';
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
 * Whether a session still holds at `now`: used within the last 14 days and
 * younger than 90 (SECURITY.md S5). The one rule, for requests and for the
 * sockets they opened alike.
 */
export function isSessionLive(session: Pick<Session, 'lastUsedAt' | 'expiresAt'>, now: Date): boolean {
  return (
    now.getTime() - Date.parse(session.lastUsedAt) <= DURATIONS.sessionIdle && now.toISOString() < session.expiresAt
  );
}

/**
 * Ends a session of an account (signing out, or ending it from another
 * device) and has its sockets closed at once, on every instance.
 * @returns whether the account had that session
 */
export async function terminateSession(
  deps: { db: Kysely<Database>; bus: EventBus },
  session: { id: string; accountId: string },
): Promise<boolean> {
  const ended = await deleteSession(deps.db, session);
  if (ended) deps.bus.publishSessionsEnded({ accountId: session.accountId, sessionIds: [session.id] });
  return ended;
}

/**
 * Finds the live session for a token. A session that is no longer live is
 * deleted on sight.
 */
export async function resolveSession(
  deps: { db: Kysely<Database>; clock: Clock },
  token: string,
): Promise<Session | undefined> {
  const session = await findSessionByTokenHash(deps.db, hashToken(token));
  if (!session) return undefined;
  const now = deps.clock.now();
  if (!isSessionLive(session, now)) {
    await deleteSession(deps.db, { id: session.id, accountId: session.accountId });
    return undefined;
  }
  if (now.getTime() - Date.parse(session.lastUsedAt) > TOUCH_EVERY_MS) {
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
