import { assertMayDeleteRupture } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { assertCanSeeRupture, ruptureAudienceAccounts } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { AppError } from '../../http/errors';
import { commonErrors, type createRouter, defineRoute, noContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { deleteRupture } from '../../store/rupture-removal';
import { findRupture } from '../../store/ruptures';
import { listMembers } from '../../store/spaces';
import { expectedVersion, IfMatchHeader, RuptureParams } from './schema';

const remove = defineRoute({
  method: 'delete',
  path: '/api/spaces/{spaceId}/ruptures/{ruptureId}',
  tags: ['ruptures'],
  description:
    'Takes back a rupture I logged while it is still private (the quick log\'s "Undo"). A shared one stays: 409 `rupture_already_raised`.',
  request: { params: RuptureParams, headers: IfMatchHeader },
  responses: { 204: noContent, ...commonErrors, 409: commonErrors[400] },
});

type Deps = Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus };

/**
 * `DELETE /api/spaces/:spaceId/ruptures/:ruptureId`, on the ruptures router.
 * In one write: the row locked (PostgreSQL), hidden ones not found (404),
 * `If-Match` checked (409 `stale_version`), core's rule applied, then gone.
 * Whoever could see it (its author alone: it was private) hears of it.
 */
export function mountRuptureDelete(router: ReturnType<typeof createRouter>, deps: Deps): void {
  router.openapi(remove, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, ruptureId } = c.req.valid('param');
    const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'rupture.act' });
    const expected = expectedVersion(c.req.valid('header')['if-match']);
    const { rupture, members } = await deps.write(async (trx) => {
      const found = await findRupture(trx, { spaceId, ruptureId, forUpdate: true, dialect: deps.dialect });
      assertCanSeeRupture(member, found);
      if (expected !== undefined && expected !== found.version) throw new AppError('stale_version');
      assertMayDeleteRupture(found, member.id);
      const current = await listMembers(trx, spaceId);
      await deleteRupture(trx, { spaceId, ruptureId });
      return { rupture: found, members: current };
    });
    deps.bus.publish({
      accountIds: ruptureAudienceAccounts(rupture, members),
      message: { type: 'rupture.deleted', spaceId, ruptureId },
    });
    return c.body(null, 204);
  });
}
