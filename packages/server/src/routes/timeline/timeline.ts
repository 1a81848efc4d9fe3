import { z } from '@hono/zod-openapi';
import { remindersDue, type TimelineItem } from '@repairable/core';
import { authorizeSpace, requireViewer } from '../../access/authorize';
import { checkinVisibleTo, momentVisibleTo, ruptureVisibleTo } from '../../access/visibility';
import type { AppDeps } from '../../http/env';
import { commonErrors, createRouter, defineRoute, jsonContent } from '../../http/openapi';
import { decodeCursor, encodeCursor, PAGE_MAX, pageQuery } from '../../http/paging';
import { listCheckins, listVisibleMoments } from '../../store/moments';
import { listReminderStates, reminderMayBeDue } from '../../store/reminders';
import { listRuptures } from '../../store/ruptures';
import { presentCheckin, presentMoment } from '../moments/presenters';
import { CheckinSchema, MomentSchema } from '../moments/schema';
import { presentRupturesFor, viewerOf } from '../ruptures/operations';
import { presentRupture } from '../ruptures/presenters';
import { RuptureSchema } from '../ruptures/schema';
import { SpaceParams } from '../spaces/schema';

const tags = ['timeline'];

/**
 * Reminders are a gentle few, not a list to page through: the oldest due
 * today, at most this many (the rest come back as these are seen or put
 * away; every open one is also in the paginated rupture list).
 */
const REMINDERS_SHOWN = 10;

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
    200: jsonContent(
      z.object({ ruptures: z.array(RuptureSchema) }),
      `Open ruptures to bring back gently today: the oldest due, at most ${REMINDERS_SHOWN}.`,
    ),
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
    const now = deps.clock.now();
    const mayBeDue = reminderMayBeDue(member.id, now);
    const candidates = await listRuptures(db, {
      spaceId,
      visible: (eb) => eb.and([ruptureVisibleTo(member.id)(eb), mayBeDue(eb)]),
      status: 'open',
      oldestFirst: true,
      limit: PAGE_MAX,
    });
    const states = await listReminderStates(db, {
      spaceId,
      memberId: member.id,
      ruptureIds: candidates.map((r) => r.id),
    });
    const due = remindersDue(candidates, states, now).slice(0, REMINDERS_SHOWN);
    return c.json({ ruptures: await presentRupturesFor(db, member, due) }, 200);
  });

  return router;
}
