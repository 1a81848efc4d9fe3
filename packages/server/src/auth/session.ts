import { DURATIONS } from '@repairable/core';
import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Kysely } from 'kysely';
import type { AppEnv } from '../http/env';
import type { Clock } from '../ports/clock';
import type { EventBus } from '../ports/event-bus';
import { newId } from '../ports/ids';
import type { Database } from '../store/schema';
import { deleteSession, findSessionsByTokenHashes, insertSession, type Session, touchSession } from '../store/sessions';
import { describeDevice } from './device';
import { hashToken, isTokenShaped, newToken } from './tokens';

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
 * The first live session among several tokens, in the order given, found
 * with one query. Those no longer live are deleted on sight; unknown ones
 * are passed over, so a stale or planted cookie sent first cannot hide the
 * one that works.
 */
export async function resolveFirstLiveSession(
  deps: { db: Kysely<Database>; clock: Clock },
  tokens: readonly string[],
): Promise<Session | undefined> {
  const hashes = tokens.map(hashToken);
  const found = await findSessionsByTokenHashes(deps.db, hashes);
  const now = deps.clock.now();
  for (const hash of hashes) {
    const session = found.find((s) => s.tokenHash === hash);
    if (!session) continue;
    if (!isSessionLive(session, now)) {
      await deleteSession(deps.db, { id: session.id, accountId: session.accountId });
      continue;
    }
    if (now.getTime() - Date.parse(session.lastUsedAt) > TOUCH_EVERY_MS) {
      await touchSession(deps.db, { id: session.id, at: now.toISOString() });
    }
    return session;
  }
  return undefined;
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

/**
 * A bound on the session cookies of one request, looked up in one query.
 * Node's 16 KiB header limit fits about 300 tokens; a planter who could
 * outnumber a smaller bound could still sign someone out, so it sits above.
 */
const MAX_SESSION_COOKIES = 320;

/**
 * Every session token the request carries, in the order the browser sent
 * them. A browser sends several cookies of one name when a sibling host
 * set one for the whole domain, or for a longer path, which then comes first
 * ("cookie tossing"); taking only the first would let that one sign a person
 * out. Over HTTPS the `__Host-` name cannot be set that way at all.
 */
export function readSessionTokens(c: Context<AppEnv>): string[] {
  const name = sessionCookieName(c.get('secure'));
  const tokens: string[] = [];
  for (const pair of (c.req.header('cookie') ?? '').split(';')) {
    const at = pair.indexOf('=');
    if (at === -1 || pair.slice(0, at).trim() !== name) continue;
    const value = pair.slice(at + 1).trim();
    if (isTokenShaped(value) && !tokens.includes(value)) tokens.push(value);
    if (tokens.length === MAX_SESSION_COOKIES) break;
  }
  return tokens;
}
