import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { mayReplayAnswer } from '../access/authorize';
import { claimKey, findKey, reclaimStaleKey, releaseKey, storeAnswer } from '../store/idempotency';
import type { AppDeps, AppEnv } from './env';
import { AppError } from './errors';

const KEY_PATTERN = /^[A-Za-z0-9_.:-]{1,200}$/;
const SPACE_IN_PATH = /^\/api\/spaces\/([^/]+)/;
/** How long a retry can still get the first answer back. */
const REMEMBER_MS = 24 * 60 * 60 * 1000;
/** A claim older than this whose request never answered belonged to a process that died. */
const ABANDONED_MS = 60_000;

/**
 * `Idempotency-Key` on POST (SECURITY.md R3): a retried request gets the
 * first answer back and writes nothing twice. Keys belong to an account,
 * so one person's key can never replay another's answer; requests without
 * a session (sign-up, sign-in) ignore the key. The claim is written before
 * the work and the answer after it: if the process dies in between, the
 * claim is taken over after a minute and the request runs again.
 */
export function idempotency(deps: Pick<AppDeps, 'db' | 'clock' | 'write'>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    const viewer = c.get('viewer');
    if (c.req.method !== 'POST' || key === undefined || !viewer) return next();
    if (!KEY_PATTERN.test(key)) {
      throw new AppError('validation_failed', {
        fields: [{ path: 'Idempotency-Key', message: 'Use 1 to 200 letters, digits or _ . : -' }],
      });
    }
    const body = await c.req.text();
    const fingerprint = createHash('sha256').update(`${c.req.method} ${c.req.path}\n${body}`).digest('base64url');
    const now = deps.clock.now();
    const ids = { accountId: viewer.accountId, key };
    const spaceId = SPACE_IN_PATH.exec(c.req.path)?.[1] ?? null;
    const claimed = await deps.write((trx) =>
      claimKey(trx, {
        ...ids,
        fingerprint,
        spaceId,
        at: now.toISOString(),
        forgetBefore: new Date(now.getTime() - REMEMBER_MS).toISOString(),
      }),
    );
    if (!claimed) {
      const stored = await findKey(deps.db, ids);
      if (!stored) throw new AppError('request_in_progress');
      // Someone no longer allowed to see the answer gets what anyone else would: the request is simply run.
      if (stored.spaceId && !(await mayReplayAnswer(deps.db, viewer, stored.spaceId))) return next();
      if (stored.fingerprint !== fingerprint) throw new AppError('idempotency_key_reused');
      if (stored.status !== 0) {
        return new Response(stored.body, {
          status: stored.status,
          headers: { 'content-type': 'application/json', 'idempotent-replayed': 'true' },
        });
      }
      const abandoned = now.getTime() - Date.parse(stored.createdAt) > ABANDONED_MS;
      const retaken =
        abandoned &&
        (await deps.write((trx) =>
          reclaimStaleKey(trx, { ...ids, staleCreatedAt: stored.createdAt, at: now.toISOString() }),
        ));
      if (!retaken) throw new AppError('request_in_progress');
    }

    try {
      await next();
    } catch (err) {
      await deps.write((trx) => releaseKey(trx, ids));
      throw err;
    }
    // A server failure frees the key for a retry; anything else is the answer to replay.
    if (c.res.status >= 500) await deps.write((trx) => releaseKey(trx, ids));
    else {
      const answer = { ...ids, status: c.res.status, body: await c.res.clone().text() };
      await deps.write((trx) => storeAnswer(trx, answer));
    }
  };
}
