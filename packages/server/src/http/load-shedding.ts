import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './env';
import { AppError, RETRY_SOON } from './errors';

/**
 * Bounds the API requests being worked on at once (SECURITY.md R5). Beyond
 * `maxInFlight` a request is answered 503 with Retry-After before anything
 * else is done for it (no session lookup, no body read), so that under
 * overload every answer is a quick yes or a quick "not now", instead of all
 * of them queueing until clients give up. `exempt` paths (health) are never
 * shed, so a load balancer or an operator can still see the server is up.
 */
export function shedLoad(props: { maxInFlight: number; exempt: readonly string[] }): MiddlewareHandler<AppEnv> {
  const exempt = new Set(props.exempt);
  let inFlight = 0;
  return async (c, next) => {
    if (exempt.has(c.req.path)) return next();
    if (inFlight >= props.maxInFlight) throw new AppError('server_busy', { headers: RETRY_SOON });
    inFlight += 1;
    try {
      await next();
    } finally {
      inFlight -= 1;
    }
  };
}
