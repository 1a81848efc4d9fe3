import { type Conversation, markHarm } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { emptyBody } from '../../http/body';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import type { EventBus } from '../../ports/event-bus';
import { endConversationsHostedBy, lockConversationsHostedBy } from '../conversations/harm-end';
import { announceConversation } from '../conversations/run-conversation';
import { loadDetail } from './operations';
import { runChange } from './run-change';
import { expectedVersion, IfMatchHeader, RuptureParams, RuptureResponse } from './schema';

const harm = defineRoute({
  method: 'post',
  path: '/api/spaces/{spaceId}/ruptures/{ruptureId}/harm',
  tags: ['ruptures'],
  middleware: [emptyBody()] as const,
  request: { params: RuptureParams, headers: IfMatchHeader },
  responses: {
    200: jsonContent(RuptureResponse, 'Marked as harm: out of the repair flow and out of everyone else’s view.'),
    ...commonErrors,
    409: commonErrors[400],
  },
});

/**
 * "This was harm" (rule 9), by the rupture's author, at any time. The core
 * decides; `runChange` writes it with its version check, and announces the
 * event only to whoever may see the rupture now: its author alone. The
 * others are told nothing, not even that something changed: a push at that
 * moment would be a sign in itself. A harm rupture hosts no conversation:
 * in the same write, every open conversation started from it ends
 * (`endConversationsHostedBy`), and its participants hear only that it
 * changed, as when anyone leaves one; reading it, they find it ended,
 * naming no rupture (`rupturesShownIn`).
 */
export function harmRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus }) {
  const router = createRouter();
  router.openapi(harm, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, ruptureId } = c.req.valid('param');
    const member = await authorizeSpace(deps.db, viewer, { spaceId, action: 'rupture.act' });
    const hosting = { dialect: deps.dialect, spaceId, ruptureId };
    let ended: Conversation[] = [];
    const { rupture, members } = await runChange(deps, {
      spaceId,
      ruptureId,
      viewer: member,
      expectedVersion: expectedVersion(c.req.valid('header')['if-match']),
      lockFirst: async (db) => {
        await lockConversationsHostedBy(db, hosting);
      },
      apply: (ctx) => markHarm({ rupture: ctx.rupture, actorMemberId: member.id, at: ctx.at }),
      save: async (db, _created, marked) => {
        ended = await endConversationsHostedBy(db, { ...hosting, ...marked });
      },
    });
    for (const conversation of ended) announceConversation(deps.bus, conversation, members);
    return c.json({ rupture: await loadDetail(deps.db, rupture, member, members) }, 200);
  });
  return router;
}
