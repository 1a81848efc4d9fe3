import type { MiddlewareHandler } from 'hono';
import { readSessionTokens, resolveFirstLiveSession } from '../auth/session';
import type { Logger } from '../logger';
import { newId } from '../ports/ids';
import { readBody } from './body';
import type { AppDeps, AppEnv } from './env';
import { AppError } from './errors';
import { firstOfChain, isCrossSite } from './origin';

type Middleware = MiddlewareHandler<AppEnv>;

/** Gives each request an id and logs one line for it: route pattern, status, time. Never paths (invite tokens live there), bodies or cookies. */
export function requestLog(logger: Logger): Middleware {
  return async (c, next) => {
    const started = performance.now();
    const requestId = newId();
    c.set('requestId', requestId);
    await next();
    c.res.headers.set('X-Request-Id', requestId);
    if (!c.req.path.startsWith('/api/')) return;
    logger.info('request', {
      requestId,
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

export function detectSecure(trustProxy: boolean): Middleware {
  return async (c, next) => {
    const forwarded = trustProxy ? firstOfChain(c.req.header('x-forwarded-proto'))?.toLowerCase() : undefined;
    c.set('secure', forwarded ? forwarded === 'https' : new URL(c.req.url).protocol === 'https:');
    await next();
  };
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

const SECURITY_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', CONTENT_SECURITY_POLICY],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()'],
];

/**
 * SECURITY.md I5, on every response. Headers go straight onto the finished
 * response: `c.header()` after `next()` would rebuild it around a stream,
 * which made @hono/node-server take its slow path and cost more than half the
 * CPU of a small answer.
 */
export function securityHeaders(): Middleware {
  return async (c, next) => {
    await next();
    const headers = c.res.headers;
    for (const [name, value] of SECURITY_HEADERS) headers.set(name, value);
    if (c.get('secure')) headers.set('Strict-Transport-Security', 'max-age=31536000');
    if (c.req.path.startsWith('/api/')) headers.set('Cache-Control', 'no-store');
  };
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function isJson(contentType: string | undefined): boolean {
  return contentType !== undefined && /^application\/json\s*(;|$)/i.test(contentType);
}

/**
 * The guards of SECURITY.md S8 for API writes: a cross-site request is
 * refused, and a body must be JSON (which browsers cannot send across sites
 * without a CORS preflight we never grant). POST, PUT and PATCH always
 * declare JSON; a DELETE needs to only when it carries a body.
 */
export function apiWriteGuards(trustProxy: boolean): Middleware {
  const body = readBody();
  return async (c, next) => {
    if (!STATE_CHANGING.has(c.req.method)) return next();
    if (isCrossSite(c, trustProxy)) throw new AppError('forbidden_origin');
    const contentType = c.req.header('content-type');
    const hasBody = c.req.header('content-length') !== undefined && c.req.header('content-length') !== '0';
    const needsJson = c.req.method !== 'DELETE' || hasBody || contentType !== undefined;
    if (needsJson && !isJson(contentType)) throw new AppError('unsupported_media_type');
    return body(c, next);
  };
}

/** Sets `viewer` when the request carries a live session cookie. */
export function loadViewer(deps: Pick<AppDeps, 'db' | 'clock'>): Middleware {
  return async (c, next) => {
    const tokens = readSessionTokens(c);
    const session = tokens.length > 0 ? await resolveFirstLiveSession(deps, tokens) : undefined;
    c.set('viewer', session ? { accountId: session.accountId, sessionId: session.id } : undefined);
    await next();
  };
}
