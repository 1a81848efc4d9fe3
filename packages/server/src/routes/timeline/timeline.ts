import { z } from '@hono/zod-openapi';
import { remindersDue, type TimelineItem } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { checkinVisibleTo, momentVisibleTo, ruptureVisibleTo } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { decodeCursor, encodeCursor, pageQuery } from '../../http/paging';
import { listCheckins, listVisibleMoments } from '../../store/moments';
import { listReminderStates } from '../../store/reminders';
import { listRuptures } from '../../store/ruptures';
import { presentCheckin, presentMoment } from '../moments/presenters';
import { CheckinSchema, MomentSchema } from '../moments/schema';
import { presentRupturesFor, viewerOf } from '../ruptures/operations';
import { presentRupture } from '../ruptures/presenters';
import { RuptureSchema } from '../ruptures/schema';
import { SpaceParams } from '../spaces/schema';

const tags = ['timeline'];

const TimelineQuery = z.strictObject(pageQuery(30));

const TimelineItemSchema = z
  .union([
    z.object({ type: z.literal('rupture'), at: z.string(), rupture: RuptureSchema }),
    z.object({ type: z.literal('moment'), at: z.string(), moment: MomentSchema }),
    z.object({ type: z.literal('checkin'), at: z.string(), checkin: CheckinSchema }),
  ])
  .openapi('TimelineItem');

const timeline = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/timeline',
  tags,
  request: { params: SpaceParams, query: TimelineQuery },
  responses: {
    200: jsonContent(
      z.object({ items: z.array(TimelineItemSchema), nextBefore: z.string().nullable() }),
      'What I may see, newest first: ruptures, positive moments and my own check-ins.',
    ),
    ...commonErrors,
  },
});

const reminders = defineRoute({
  method: 'get',
  path: '/api/spaces/{spaceId}/reminders',
  tags,
  request: { params: SpaceParams },
  responses: {
    200: jsonContent(z.object({ ruptures: z.array(RuptureSchema) }), 'Open ruptures to bring back gently today.'),
    ...commonErrors,
  },
});

export function timelineRoutes(deps: Pick<AppDeps, 'db' | 'clock'>) {
  const { db } = deps;
  const router = createRouter();

  router.openapi(timeline, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'timeline.read' });
    const { limit, before: cursor } = c.req.valid('query');
    const before = cursor ? decodeCursor(cursor) : undefined;
    const page = { spaceId, limit, ...(before ? { before } : {}) };
    const [ruptures, moments, checkins] = await Promise.all([
      listRuptures(db, { ...page, visible: ruptureVisibleTo(member.id) }),
      listVisibleMoments(db, { ...page, visible: momentVisibleTo(member.id) }),
      listCheckins(db, { ...page, visible: checkinVisibleTo(member.id) }),
    ]);
    const lens = await viewerOf(db, member, ruptures);
    const items: (TimelineItem & { id: string })[] = [
      ...ruptures.map((r) => ({
        type: 'rupture' as const,
        at: r.occurredAt,
        id: r.id,
        rupture: presentRupture(r, lens),
      })),
      ...moments.map((m) => ({
        type: 'moment' as const,
        at: m.createdAt,
        id: m.id,
        moment: presentMoment(m, member.id),
      })),
      ...checkins.map((ch) => ({ type: 'checkin' as const, at: ch.createdAt, id: ch.id, checkin: presentCheckin(ch) })),
    ];
    items.sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id));
    const shown = items.slice(0, limit);
    const last = shown[shown.length - 1];
    return c.json(
      {
        items: shown.map(({ id: _id, ...item }) => item),
        nextBefore: shown.length === limit && last ? encodeCursor(last) : null,
      },
      200,
    );
  });

  router.openapi(reminders, async (c) => {
    const viewer = requireViewer(c);
    const { spaceId } = c.req.valid('param');
    const member = await authorizeSpace(db, viewer, { spaceId, action: 'rupture.read' });
    const [open, states] = await Promise.all([
      listRuptures(db, { spaceId, visible: ruptureVisibleTo(member.id), status: 'open' }),
      listReminderStates(db, { spaceId, memberId: member.id }),
    ]);
    const due = remindersDue(open, states, deps.clock.now());
    return c.json({ ruptures: await presentRupturesFor(db, member, due) }, 200);
  });

  return router;
}
