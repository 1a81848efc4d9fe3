import { z } from '@hono/zod-openapi';
import { requireViewer } from '../../access/authorize';
import { authenticate, changePassword, registerAccount } from '../../auth/accounts';
import { readDeviceTokens, setDeviceCookie } from '../../auth/known-device';
import { clearSessionCookie, setSessionCookie, startSession, terminateSession } from '../../auth/session';
import { newToken } from '../../auth/tokens';
import { emptyBody } from '../../http/body';
import { clientIp } from '../../http/client-ip';
import type { AppDeps } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent, noContent } from '../../http/openapi';
import { nextCursor, pageRequest } from '../../http/paging';
import { presentSession, presentUser } from '../../http/presenters';
import { findAccountById } from '../../store/accounts';
import { listSessions } from '../../store/sessions';
import {
  ChangePasswordBody,
  LoginBody,
  RegisterBody,
  SessionsQuery,
  SessionsResponse,
  SessionUserResponse,
  UserResponse,
} from './schema';

const register = defineRoute({
  method: 'post',
  path: '/api/auth/register',
  tags: ['auth'],
  request: { body: jsonBody(RegisterBody) },
  responses: {
    201: jsonContent(UserResponse, 'Registered and signed in.'),
    400: commonErrors[400],
    429: jsonContent(z.object({}), 'Many accounts were made from this address lately; see Retry-After.'),
  },
});

const login = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  tags: ['auth'],
  request: { body: jsonBody(LoginBody) },
  responses: {
    200: jsonContent(UserResponse, 'Signed in.'),
    401: commonErrors[401],
    429: jsonContent(z.object({}), 'Too many failed attempts; see Retry-After.'),
  },
});

const logout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  tags: ['auth'],
  middleware: [emptyBody()] as const,
  responses: { 204: noContent },
});

const me = defineRoute({
  method: 'get',
  path: '/api/me',
  tags: ['auth'],
  responses: { 200: jsonContent(UserResponse, 'The signed-in person.'), 401: commonErrors[401] },
});

/**
 * Who is signed in, if anyone: the web app asks this at start, so starting
 * signed out is a plain 200 rather than a failed request in the console.
 * `GET /api/me` keeps its contract (200 or 401).
 */
const currentSession = defineRoute({
  method: 'get',
  path: '/api/auth/session',
  tags: ['auth'],
  responses: { 200: jsonContent(SessionUserResponse, 'The signed-in person, or null when nobody is.') },
});

const sessions = defineRoute({
  method: 'get',
  path: '/api/auth/sessions',
  tags: ['auth'],
  request: { query: SessionsQuery },
  responses: {
    200: jsonContent(SessionsResponse, 'One page of my sessions, newest sign-in first.'),
    400: commonErrors[400],
    401: commonErrors[401],
  },
});

const endSession = defineRoute({
  method: 'delete',
  path: '/api/auth/sessions/{sessionId}',
  tags: ['auth'],
  request: { params: z.strictObject({ sessionId: z.uuid() }) },
  responses: { 204: noContent, 401: commonErrors[401], 404: commonErrors[404] },
});

const password = defineRoute({
  method: 'post',
  path: '/api/auth/password',
  tags: ['auth'],
  request: { body: jsonBody(ChangePasswordBody) },
  responses: {
    204: noContent,
    400: commonErrors[400],
    401: commonErrors[401],
    429: jsonContent(z.object({}), 'Too many wrong current passwords; see Retry-After.'),
  },
});

export function authRoutes(
  deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'passwords' | 'throttle' | 'options' | 'write' | 'bus'>,
) {
  const router = createRouter();

  /** Login re-issues the token: the session the browser held before (the viewer's) is ended (no fixation). */
  async function beginSession(c: Parameters<Parameters<typeof router.openapi>[1]>[0], accountId: string) {
    const previous = c.get('viewer');
    if (previous) await terminateSession(deps, { id: previous.sessionId, accountId: previous.accountId });
    const { token } = await startSession(deps, { accountId, userAgent: c.req.header('user-agent') });
    setSessionCookie(c, token);
  }

  router.openapi(register, async (c) => {
    const ip = clientIp(c, deps.options);
    const { account, real, deviceToken } = await registerAccount(deps, { ...c.req.valid('json'), ip });
    if (real) await beginSession(c, account.id);
    else setSessionCookie(c, newToken());
    setDeviceCookie(c, { added: deviceToken, had: readDeviceTokens(c) });
    return c.json({ user: presentUser(account) }, 201);
  });

  router.openapi(login, async (c) => {
    const ip = clientIp(c, deps.options);
    const had = readDeviceTokens(c);
    const { account, deviceToken } = await authenticate(deps, { ...c.req.valid('json'), ip, deviceTokens: had });
    await beginSession(c, account.id);
    setDeviceCookie(c, { added: deviceToken, had });
    return c.json({ user: presentUser(account) }, 200);
  });

  router.openapi(logout, async (c) => {
    const viewer = c.get('viewer');
    if (viewer) await terminateSession(deps, { id: viewer.sessionId, accountId: viewer.accountId });
    clearSessionCookie(c);
    return c.body(null, 204);
  });

  router.openapi(me, async (c) => {
    const viewer = requireViewer(c);
    const account = await findAccountById(deps.db, viewer.accountId);
    if (!account) throw new AppError('unauthenticated');
    return c.json({ user: presentUser(account) }, 200);
  });

  router.openapi(currentSession, async (c) => {
    const viewer = c.get('viewer');
    const account = viewer ? await findAccountById(deps.db, viewer.accountId) : undefined;
    return c.json({ user: account ? presentUser(account) : null }, 200);
  });

  router.openapi(sessions, async (c) => {
    const viewer = requireViewer(c);
    const page = pageRequest(c.req.valid('query'));
    const list = await listSessions(deps.db, { accountId: viewer.accountId, now: deps.clock.now(), page });
    return c.json(
      { sessions: list.items.map((s) => presentSession(s, viewer.sessionId)), next: nextCursor(list) },
      200,
    );
  });

  router.openapi(endSession, async (c) => {
    const viewer = requireViewer(c);
    const { sessionId } = c.req.valid('param');
    const ended = await terminateSession(deps, { id: sessionId, accountId: viewer.accountId });
    if (!ended) throw new AppError('not_found');
    if (sessionId === viewer.sessionId) clearSessionCookie(c);
    return c.body(null, 204);
  });

  router.openapi(password, async (c) => {
    const viewer = requireViewer(c);
    const account = await findAccountById(deps.db, viewer.accountId);
    if (!account) throw new AppError('unauthenticated');
    const body = c.req.valid('json');
    const deviceTokens = readDeviceTokens(c);
    await changePassword(deps, { ...body, account, sessionId: viewer.sessionId, deviceTokens });
    // The other sessions' sockets close at once, on every instance (SECURITY.md R6).
    if (body.endOtherSessions)
      deps.bus.publishSessionsEnded({ accountId: viewer.accountId, allExcept: viewer.sessionId });
    return c.body(null, 204);
  });

  return router;
}
