import { linkRecurrence } from '@repairable/core';
import { authorizeSpace, authorizeSpaceWithMembers, requireViewer } from '../../access/authorize';
import { assertCanSeeRupture } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonBody, jsonContent, noContent } from '../../http/openapi';
import { nextCursor, pageRequest } from '../../http/paging';
import type { EventBus } from '../../ports/event-bus';
import { upsertReminder } from '../../store/reminders';
import { SpaceParams } from '../spaces/schema';
import { mountRuptureDelete } from './delete';
import { createRupture, loadDetail, loadVisibleRupture, presentRupturesFor, visibleRupturesOf } from './operations';
import { runChange } from './run-change';
import {
  CreatedRuptureResponse,
  CreateRuptureBody,
  expectedVersion,
  IfMatchHeader,
  LinkBody,
  ListRupturesQuery,
  ReminderBody,
  RuptureParams,
  RuptureResponse,
  RupturesResponse,
} from './schema';

const tags = ['ruptures'];
const base = '/api/spaces/{spaceId}/ruptures';

const create = defineRoute({
  method: 'post',
  path: base,
  tags,
  request: { params: SpaceParams, body: jsonBody(CreateRuptureBody) },
  responses: {
    201: jsonContent(CreatedRuptureResponse, 'The rupture, and up to three earlier ones it resembles.'),
    ...commonErrors,
  },
});

const list = defineRoute({
  method: 'get',
  path: base,
  tags,
  request: { params: SpaceParams, query: ListRupturesQuery },
  responses: {
    200: jsonContent(RupturesResponse, 'One page of the ruptures I may see, newest first.'),
    ...commonErrors,
  },
});

const read = defineRoute({
  method: 'get',
  path: `${base}/{ruptureId}`,
  tags,
  request: { params: RuptureParams },
  responses: { 200: jsonContent(RuptureResponse, 'One rupture with attempts and responses.'), ...commonErrors },
});

const link = defineRoute({
  method: 'post',
  path: `${base}/{ruptureId}/link`,
  tags,
  request: { params: RuptureParams, body: jsonBody(LinkBody), headers: IfMatchHeader },
  responses: {
    200: jsonContent(RuptureResponse, 'Linked to the earlier rupture it resembles.'),
    ...commonErrors,
    409: commonErrors[400],
  },
});

const reminder = defineRoute({
  method: 'post',
  path: `${base}/{ruptureId}/reminder`,
  tags,
  request: { params: RuptureParams, body: jsonBody(ReminderBody) },
  responses: { 204: noContent, ...commonErrors },
});

export function ruptureRoutes(deps: Pick<AppDeps, 'db' | 'dialect' | 'clock' | 'write'> & { bus: EventBus }) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(create, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const { member, members } = await authorizeSpaceWithMembers(db, viewer, { spaceId, action: 'rupture.create' });
    return c.json(await createRupture(deps, { spaceId, viewer: member, members, input: c.req.valid('json') }), 201);
  });

  router.openapi(list, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'rupture.read' });
    const { status, ...query } = c.req.valid('query');
    const page = await visibleRupturesOf(db, { spaceId, viewer: member, status, page: pageRequest(query) });
    return c.json({ ruptures: await presentRupturesFor(db, member, page.items), next: nextCursor(page) }, 200);
  });

  router.openapi(read, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, ruptureId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'rupture.read' });
    const rupture = await loadVisibleRupture(db, { spaceId, ruptureId, viewer: member });
    return c.json({ rupture: await loadDetail(db, rupture, member) }, 200);
  });

  router.openapi(link, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, ruptureId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'rupture.act' });
    const { rupture, members } = await runChange(deps, {
      spaceId,
      ruptureId,
      viewer: member,
      expectedVersion: expectedVersion(c.req.valid('header')['if-match']),
      async apply(ctx) {
        // The newer rupture is locked first, then the earlier one: the order every change keeps.
        const earlier = await ctx.lock(c.req.valid('json').earlierId);
        assertCanSeeRupture(member, earlier);
        const linked = linkRecurrence({
          rupture: ctx.rupture,
          earlier,
          members: ctx.members,
          actorMemberId: member.id,
          at: ctx.at,
        });
        return { rupture: linked.rupture, events: linked.events, created: {}, related: [linked.earlier] };
      },
    });
    return c.json({ rupture: await loadDetail(db, rupture, member, members) }, 200);
  });

  router.openapi(reminder, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId, ruptureId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'reminder.update' });
    await loadVisibleRupture(db, { spaceId, ruptureId, viewer: member });
    const { snoozeUntil } = c.req.valid('json');
    await deps.write((trx) =>
      upsertReminder(trx, { spaceId, ruptureId, memberId: member.id, snoozedUntil: snoozeUntil ?? null }),
    );
    return c.body(null, 204);
  });

  mountRuptureDelete(router, deps);
  return router;
}
